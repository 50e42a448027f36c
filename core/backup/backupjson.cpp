#include "core/backup/backupjson.h"

#include "core/encoding/base32.h"
#include "core/encoding/base64.h"
#include "core/import/entryfields.h"

#include <algorithm>

namespace sandi::backup::detail {

std::string b64(std::span<const std::byte> bytes)
{
    return base64::encode(bytes, base64::Alphabet::Standard, true);
}

std::optional<SecretBytes> bytesMember(const json::Value& object, std::string_view key, std::size_t size,
                                       std::size_t maxSize)
{
    const auto text = json::string(object, key);
    if (!text || text->size() > 4 * ((std::max(size, maxSize) + 2) / 3)) {
        return std::nullopt;
    }
    auto decoded = base64::decode(*text);
    if (!decoded || (size != 0 && decoded->size() != size) ||
        (size == 0 && (decoded->empty() || decoded->size() > maxSize))) {
        return std::nullopt;
    }
    // Only the one canonical spelling (padded, unused bits zero): otherwise a changed character
    // could decode to the same bytes and a changed file would still open.
    std::string again = b64(decoded->view());
    const bool canonical = again == *text;
    secureWipe(again);
    if (!canonical) {
        return std::nullopt;
    }
    return std::move(*decoded);
}

json::Value slotToJson(const PasswordSlot& slot)
{
    return json::Value{
        {"type", "password"},  {"kdf", "scrypt"},        {"n", slot.params.n},       {"r", slot.params.r},
        {"p", slot.params.p},  {"salt", b64(slot.salt)}, {"nonce", b64(slot.nonce)}, {"key", b64(slot.wrappedKey)},
        {"tag", b64(slot.tag)}};
}

Result<std::optional<PasswordSlot>> slotFromJson(const json::Value& value, Errc code)
{
    const auto type = json::string(value, "type");
    if (!type) {
        return fail(code, "a key slot has no type");
    }
    if (*type != "password" || json::string(value, "kdf") != "scrypt") {
        return std::optional<PasswordSlot>{}; // a slot of a later minor version: not ours to open
    }
    const auto n = json::integer(value, "n");
    const auto r = json::integer(value, "r");
    const auto p = json::integer(value, "p");
    auto salt = bytesMember(value, "salt", 0, 1024);
    auto nonce = bytesMember(value, "nonce", crypto::aead::kNonceSize);
    auto key = bytesMember(value, "key", kMasterKeySize);
    auto tag = bytesMember(value, "tag", crypto::aead::kTagSize);
    if (!n || !r || !p || *n < 2 || *r < 1 || *p < 1 || *r > UINT32_MAX || *p > UINT32_MAX || !salt || !nonce || !key ||
        !tag) {
        return fail(code, "a password slot has a missing or malformed field");
    }
    PasswordSlot slot;
    slot.params = {static_cast<std::uint64_t>(*n), static_cast<std::uint32_t>(*r), static_cast<std::uint32_t>(*p)};
    slot.salt.assign(salt->view().begin(), salt->view().end());
    std::copy(nonce->view().begin(), nonce->view().end(), slot.nonce.begin());
    slot.wrappedKey.assign(key->view().begin(), key->view().end());
    std::copy(tag->view().begin(), tag->view().end(), slot.tag.begin());
    return std::optional<PasswordSlot>(std::move(slot));
}

namespace {

json::Value accountToJson(const uri::OtpauthUri& a)
{
    json::Value extra = json::Value::array();
    for (const auto& param : a.extraParams) {
        extra.push_back({{"name", param.name}, {"value", param.value}});
    }
    std::string secret = base32::encode(a.secret.view());
    json::Value out{{"type", otp::typeName(a.params.type())},
                    {"algorithm", otp::algorithmName(a.params.algorithm())},
                    {"digits", a.params.digits()},
                    {"period", a.params.period()},
                    {"t0", a.params.t0()},
                    {"counter", a.counter},
                    {"issuer", a.issuer},
                    {"account", a.account},
                    {"labelIssuer", a.labelIssuer},
                    {"issuerParam", a.issuerParamPresent},
                    {"steamEncoder", a.steamViaEncoder},
                    {"extra", std::move(extra)},
                    {"secret", secret}};
    secureWipe(secret);
    return out;
}

void wipeSecrets(json::Value& accounts)
{
    if (!accounts.is_array()) {
        return;
    }
    for (auto& entry : accounts) {
        if (entry.is_object()) {
            const auto it = entry.find("secret");
            if (it != entry.end() && it->is_string()) {
                secureWipe(it->get_ref<std::string&>());
            }
        }
    }
}

// One payload entry. Wrong field types are CorruptedFile for the whole file (the payload is
// authenticated, so only a broken writer makes them); a value this version cannot use (a type or
// algorithm of a later minor version) makes the entry Unusable.
Result<void> readAccount(const json::Value& e, std::size_t index, importer::ImportResult& result)
{
    const auto type = json::string(e, "type");
    const auto algorithm = json::string(e, "algorithm");
    const auto digits = json::integer(e, "digits");
    const auto period = json::integer(e, "period");
    const auto t0 = json::member(e, "t0") ? json::integer(e, "t0") : std::optional<std::int64_t>(0);
    const json::Value* counter = json::member(e, "counter");
    auto issuer = json::string(e, "issuer");
    auto account = json::string(e, "account");
    const json::Value* secret = json::member(e, "secret");
    if (!type || !algorithm || !digits || !period || !t0 || !counter || !counter->is_number_unsigned() || !issuer ||
        !account || !secret || !secret->is_string()) {
        return fail(Errc::CorruptedFile, "account " + std::to_string(index) + " lacks a field of the format");
    }
    auto key = base32::decode(secret->get_ref<const std::string&>());
    const std::string label = importer::accountLabel(*issuer, *account);
    if (!key) {
        importer::addUnusable(result, index, label, Errc::InvalidSecret, "the secret is not Base32");
        return {};
    }
    importer::EntryFields fields{*type,   *algorithm, *digits,        *period, counter->get<std::uint64_t>(),
                                 *issuer, *account,   std::move(*key)};
    auto made = importer::makeAccount(std::move(fields));
    Result<otp::Params> params = made ? otp::Params::create(made->params.type(), made->params.algorithm(),
                                                            made->params.digits(), made->params.period(), *t0)
                                      : tl::unexpected(made.error());
    if (!params) {
        importer::addUnusable(result, index, label, params.error().code, params.error().detail);
        return {};
    }
    made->params = *params;
    made->labelIssuer = json::string(e, "labelIssuer").value_or("");
    made->issuerParamPresent = json::boolean(e, "issuerParam").value_or(false);
    made->steamViaEncoder = json::boolean(e, "steamEncoder").value_or(false);
    if (const json::Value* extra = json::member(e, "extra"); extra != nullptr && extra->is_array()) {
        for (const auto& param : *extra) {
            auto name = json::string(param, "name");
            auto value = json::string(param, "value");
            if (!name || !value) {
                return fail(Errc::CorruptedFile, "account " + std::to_string(index) + " has a malformed parameter");
            }
            made->extraParams.push_back({std::move(*name), std::move(*value)});
        }
    }
    result.accounts.push_back(std::move(*made));
    return {};
}

} // namespace

std::string accountsToText(std::span<const uri::OtpauthUri> accounts)
{
    json::Value list = json::Value::array();
    for (const auto& a : accounts) {
        list.push_back(accountToJson(a));
    }
    json::Value payload{{"accounts", std::move(list)}};
    std::string text = json::dump(payload);
    wipeSecrets(payload["accounts"]);
    return text;
}

Result<importer::ImportResult> accountsFromText(std::string_view text)
{
    auto payload = json::parse(text);
    if (!payload) {
        return fail(Errc::CorruptedFile, "the decrypted payload is not JSON");
    }
    json::Value* accounts = payload->is_object() && payload->contains("accounts") ? &(*payload)["accounts"] : nullptr;
    importer::ImportResult result;
    Result<void> ok = accounts != nullptr && accounts->is_array()
                          ? Result<void>{}
                          : fail(Errc::CorruptedFile, "the payload has no list of accounts");
    for (std::size_t i = 0; ok && accounts != nullptr && i < accounts->size(); ++i) {
        ok = readAccount((*accounts)[i], i, result);
    }
    if (accounts != nullptr) {
        wipeSecrets(*accounts);
    }
    if (!ok) {
        return tl::unexpected(ok.error());
    }
    return result;
}

bool canonicalSubset(const json::Value& value) noexcept
{
    switch (value.type()) {
    case json::Value::value_t::object:
    case json::Value::value_t::array:
        return std::all_of(value.begin(), value.end(), [](const json::Value& v) { return canonicalSubset(v); }) &&
               (!value.is_object() || std::all_of(value.items().begin(), value.items().end(), [](const auto& item) {
                   return std::all_of(item.key().begin(), item.key().end(),
                                      [](char c) { return c >= 0x20 && c < 0x7f; });
               }));
    case json::Value::value_t::string: {
        const auto& s = value.get_ref<const std::string&>();
        return std::all_of(s.begin(), s.end(), [](char c) { return c >= 0x20 && c < 0x7f; });
    }
    case json::Value::value_t::number_unsigned:
    case json::Value::value_t::boolean:
    case json::Value::value_t::null:
        return true;
    default:
        return false; // floats (1e5, 1.0), negative numbers, binary
    }
}

} // namespace sandi::backup::detail
