#include "core/import/freeotpplus.h"

#include "core/import/entryfields.h"
#include "core/import/importutil.h"

namespace sandi::importer {

namespace {

// Java bytes are signed: FreeOTP+ writes -128..127. 0..255 is accepted too.
std::optional<SecretBytes> secretOf(const json::Value* list)
{
    if (list == nullptr || !list->is_array() || list->empty() || list->size() > 1024) {
        return std::nullopt;
    }
    SecretBytes out = SecretBytes::zeroed(list->size());
    for (std::size_t i = 0; i < list->size(); ++i) {
        const json::Value& v = (*list)[i];
        if (!v.is_number_integer()) {
            return std::nullopt;
        }
        const std::int64_t b = v.get<std::int64_t>();
        if (b < -128 || b > 255) {
            return std::nullopt;
        }
        out.mutableView()[i] = static_cast<std::byte>(static_cast<std::uint8_t>(b & 0xff));
    }
    return out;
}

void wipeSecret(json::Value& token)
{
    if (token.is_object() && token.contains("secret") && token["secret"].is_array()) {
        for (auto& b : token["secret"]) {
            b = 0;
        }
    }
}

} // namespace

Result<ImportResult> importFreeOtpPlus(std::string_view text, const ReadLimits& limits)
{
    auto file = detail::parseJsonFile(text, limits);
    if (!file) {
        return tl::unexpected(file.error());
    }
    json::Value* tokens = file->is_object() && file->contains("tokens") ? &(*file)["tokens"] : nullptr;
    if (tokens == nullptr || !tokens->is_array()) {
        return fail(Errc::CorruptedFile, "the FreeOTP+ export has no tokens");
    }
    ImportResult result;
    for (std::size_t i = 0; i < tokens->size(); ++i) {
        json::Value& t = (*tokens)[i];
        EntryFields fields;
        fields.issuer = json::string(t, "issuerExt").value_or("");
        fields.account = json::string(t, "label").value_or("");
        auto secret = secretOf(json::member(t, "secret"));
        wipeSecret(t);
        if (!secret) {
            addUnusable(result, i, accountLabel(fields.issuer, fields.account), Errc::InvalidSecret,
                        "the secret is not a list of bytes");
            continue;
        }
        fields.secret = std::move(*secret);
        fields.type = json::string(t, "type").value_or("");
        fields.algorithm = json::string(t, "algo").value_or("SHA1");
        fields.digits = json::integer(t, "digits").value_or(6);
        fields.period = json::integer(t, "period").value_or(30);
        fields.counter = static_cast<std::uint64_t>(std::max<std::int64_t>(0, json::integer(t, "counter").value_or(0)));
        addEntry(result, i, std::move(fields));
    }
    return result;
}

} // namespace sandi::importer
