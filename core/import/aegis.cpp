#include "core/import/aegis.h"

#include "core/crypto/aead.h"
#include "core/crypto/kdf.h"
#include "core/encoding/base32.h"
#include "core/encoding/base64.h"
#include "core/import/entryfields.h"
#include "core/import/importutil.h"

namespace sandi::importer {

namespace {

using detail::hexBytes;

// Aegis' content versions so far: 1 (first), 2 (groups as names), 3 (groups as UUIDs).
constexpr std::int64_t kMaxDbVersion = 3;

// A password slot (type 1), read and checked; its scrypt cost is checked against the limits only
// when it is tried, so that a vault with one costly slot still opens with another.
struct PasswordSlot
{
    crypto::ScryptParams params;
    SecretBytes salt;
    SecretBytes key;
    SecretBytes nonce;
    SecretBytes tag;
};

// The vault's password slots (the first limits.maxKeySlots). Errors: CorruptedFile (a field is
// missing or malformed, or there is no password slot: Aegis always writes one).
Result<std::vector<PasswordSlot>> passwordSlots(const json::Value& slots, const ReadLimits& limits)
{
    std::vector<PasswordSlot> out;
    for (const auto& slot : slots) {
        if (json::integer(slot, "type") != 1 || out.size() >= limits.maxKeySlots) {
            continue; // raw (0) and biometric (2) slots need keys only the phone has
        }
        const auto n = json::integer(slot, "n");
        const auto r = json::integer(slot, "r");
        const auto p = json::integer(slot, "p");
        const json::Value* params = json::member(slot, "key_params");
        auto salt = hexBytes(json::string(slot, "salt").value_or(""), 0);
        auto key = hexBytes(json::string(slot, "key").value_or(""), crypto::aead::kKeySize);
        auto nonce =
            params ? hexBytes(json::string(*params, "nonce").value_or(""), crypto::aead::kNonceSize) : std::nullopt;
        auto tag = params ? hexBytes(json::string(*params, "tag").value_or(""), crypto::aead::kTagSize) : std::nullopt;
        if (!n || !r || !p || *n < 2 || *n > (1 << 22) || *r < 1 || *r > 32 || *p < 1 || *p > 16 || !salt || !key ||
            !nonce || !tag) {
            return fail(Errc::CorruptedFile, "a password slot has a missing or malformed field");
        }
        out.push_back({{static_cast<std::uint64_t>(*n), static_cast<std::uint32_t>(*r), static_cast<std::uint32_t>(*p)},
                       std::move(*salt),
                       std::move(*key),
                       std::move(*nonce),
                       std::move(*tag)});
    }
    if (out.empty()) {
        return fail(Errc::CorruptedFile, "the vault has no password slot");
    }
    return out;
}

// The master key from the first password slot that `password` opens.
Result<SecretBytes> openSlots(const std::vector<PasswordSlot>& slots, std::string_view password,
                              const ReadLimits& limits)
{
    std::optional<Error> costly;
    for (const PasswordSlot& slot : slots) {
        const crypto::ScryptParams& sp = slot.params;
        if (128 * sp.n * sp.r * sp.p > limits.maxScryptMemory) {
            costly = Error{Errc::InvalidKdfParams, "a password slot asks for more scrypt work than allowed"};
            continue;
        }
        auto kek = crypto::scrypt(detail::bytesOf(password), slot.salt.view(), sp, crypto::aead::kKeySize);
        if (!kek) {
            return tl::unexpected(kek.error());
        }
        auto master = crypto::aead::open(kek->view(), slot.nonce.view(), slot.key.view(), slot.tag.view());
        if (master) {
            return std::move(*master);
        }
    }
    if (costly) {
        return tl::unexpected(*costly);
    }
    return fail(Errc::WrongPassword, "no password slot opens");
}

void readEntry(const json::Value& e, std::size_t index, ImportResult& result)
{
    EntryFields fields;
    fields.type = json::string(e, "type").value_or("");
    fields.issuer = json::string(e, "issuer").value_or("");
    fields.account = json::string(e, "name").value_or("");
    const json::Value* info = json::member(e, "info");
    const auto secret = info ? json::string(*info, "secret") : std::nullopt;
    if (info == nullptr || !secret) {
        addUnusable(result, index, accountLabel(fields.issuer, fields.account), Errc::MissingSecret,
                    "the entry has no info.secret");
        return;
    }
    auto key = base32::decode(*secret);
    if (!key) {
        addUnusable(result, index, accountLabel(fields.issuer, fields.account), Errc::InvalidSecret,
                    "the secret is not Base32");
        return;
    }
    fields.secret = std::move(*key);
    fields.algorithm = json::string(*info, "algo").value_or("SHA1");
    fields.digits = json::integer(*info, "digits").value_or(6);
    fields.period = json::integer(*info, "period").value_or(30);
    fields.counter = static_cast<std::uint64_t>(std::max<std::int64_t>(0, json::integer(*info, "counter").value_or(0)));
    addEntry(result, index, std::move(fields));
}

Result<ImportResult> readContents(json::Value& db)
{
    const auto version = json::integer(db, "version");
    if (version && *version > kMaxDbVersion) {
        return fail(Errc::UnsupportedFormatVersion, "Aegis contents version " + std::to_string(*version));
    }
    json::Value* entries = db.is_object() && db.contains("entries") ? &db["entries"] : nullptr;
    if (!version || entries == nullptr || !entries->is_array()) {
        return fail(Errc::CorruptedFile, "the vault has no list of entries");
    }
    ImportResult result;
    for (std::size_t i = 0; i < entries->size(); ++i) {
        readEntry((*entries)[i], i, result);
        if (json::Value* info =
                (*entries)[i].is_object() && (*entries)[i].contains("info") ? &(*entries)[i]["info"] : nullptr;
            info != nullptr && info->is_object() && info->contains("secret") && (*info)["secret"].is_string()) {
            secureWipe((*info)["secret"].get_ref<std::string&>());
        }
    }
    return result;
}

} // namespace

Result<ImportResult> importAegis(std::string_view text, std::optional<std::string_view> password,
                                 const ReadLimits& limits)
{
    auto vault = detail::parseJsonFile(text, limits);
    if (!vault) {
        return tl::unexpected(vault.error());
    }
    const auto version = json::integer(*vault, "version");
    if (version && *version > 1) {
        return fail(Errc::UnsupportedFormatVersion, "Aegis vault version " + std::to_string(*version));
    }
    const json::Value* header = json::member(*vault, "header");
    json::Value* db = vault->is_object() && vault->contains("db") ? &(*vault)["db"] : nullptr;
    if (version != 1 || header == nullptr || db == nullptr) {
        return fail(Errc::CorruptedFile, "not a complete Aegis vault");
    }
    if (db->is_object()) {
        return readContents(*db);
    }
    const json::Value* slots = json::member(*header, "slots");
    const json::Value* params = json::member(*header, "params");
    if (!db->is_string() || slots == nullptr || !slots->is_array() || params == nullptr) {
        return fail(Errc::CorruptedFile, "the encrypted vault lacks its slots or parameters");
    }
    // Every field before the password: a damaged vault says so without asking for one.
    const auto nonce = hexBytes(json::string(*params, "nonce").value_or(""), crypto::aead::kNonceSize);
    const auto tag = hexBytes(json::string(*params, "tag").value_or(""), crypto::aead::kTagSize);
    auto ciphertext = base64::decode(db->get_ref<const std::string&>());
    if (!nonce || !tag || !ciphertext) {
        return fail(Errc::CorruptedFile, "the vault's nonce, tag or contents are malformed");
    }
    const auto keySlots = passwordSlots(*slots, limits);
    if (!keySlots) {
        return tl::unexpected(keySlots.error());
    }
    if (!password) {
        return fail(Errc::PasswordRequired, "the Aegis vault is encrypted");
    }
    auto master = openSlots(*keySlots, *password, limits);
    if (!master) {
        return tl::unexpected(master.error());
    }
    auto plain = crypto::aead::open(master->view(), nonce->view(), ciphertext->view(), tag->view());
    if (!plain) {
        return fail(Errc::CorruptedFile, "the vault's contents fail their tag: the file was changed");
    }
    auto contents = json::parse(detail::textOf(*plain), {limits.maxFileBytes, 64});
    if (!contents) {
        return fail(Errc::CorruptedFile, "the decrypted contents are not JSON");
    }
    return readContents(*contents);
}

} // namespace sandi::importer
