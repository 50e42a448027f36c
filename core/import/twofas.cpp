#include "core/import/twofas.h"

#include "core/crypto/aead.h"
#include "core/crypto/kdf.h"
#include "core/encoding/base32.h"
#include "core/encoding/base64.h"
#include "core/import/entryfields.h"
#include "core/import/importutil.h"

namespace sandi::importer {

namespace {

constexpr std::int64_t kMaxSchemaVersion = 4; // 2FAS 5.x writes 4

struct Sealed
{
    SecretBytes data; // ciphertext ‖ tag
    SecretBytes salt;
    SecretBytes iv;
};

std::optional<Sealed> splitSealed(std::string_view text)
{
    const auto c1 = text.find(':');
    const auto c2 = c1 == std::string_view::npos ? c1 : text.find(':', c1 + 1);
    if (c2 == std::string_view::npos) {
        return std::nullopt;
    }
    auto data = base64::decode(text.substr(0, c1));
    auto salt = base64::decode(text.substr(c1 + 1, c2 - c1 - 1));
    auto iv = base64::decode(text.substr(c2 + 1));
    if (!data || !salt || !iv || iv->size() != crypto::aead::kNonceSize || salt->empty()) {
        return std::nullopt;
    }
    return Sealed{std::move(*data), std::move(*salt), std::move(*iv)};
}

// The caller has checked kTwoFasIterations against the limits.
Result<SecretBytes> open(const Sealed& sealed, std::string_view password)
{
    auto key = crypto::pbkdf2(crypto::HashAlgorithm::Sha256, detail::bytesOf(password), sealed.salt.view(),
                              kTwoFasIterations, crypto::aead::kKeySize);
    if (!key) {
        return tl::unexpected(key.error());
    }
    return crypto::aead::openCombined(key->view(), sealed.iv.view(), sealed.data.view());
}

void readService(const json::Value& s, std::size_t index, ImportResult& result)
{
    const json::Value* otp = json::member(s, "otp");
    static const json::Value kEmpty = json::Value::object();
    const json::Value& o = otp != nullptr ? *otp : kEmpty;
    EntryFields fields;
    // "name" is the service as the user sees it; otp.issuer is what the QR code said.
    fields.issuer = json::string(o, "issuer").value_or("");
    if (fields.issuer.empty()) {
        fields.issuer = json::string(s, "name").value_or("");
    }
    fields.account = json::string(o, "account").value_or(json::string(o, "label").value_or(""));
    const auto secret = json::string(s, "secret");
    const std::string label = accountLabel(fields.issuer, fields.account);
    if (!secret) {
        addUnusable(result, index, label, Errc::MissingSecret, "the service has no secret");
        return;
    }
    auto key = base32::decode(*secret);
    if (!key) {
        addUnusable(result, index, label, Errc::InvalidSecret, "the secret is not Base32");
        return;
    }
    fields.secret = std::move(*key);
    fields.type = json::string(o, "tokenType").value_or("TOTP");
    fields.algorithm = json::string(o, "algorithm").value_or("SHA1");
    fields.digits = json::integer(o, "digits").value_or(6);
    fields.period = json::integer(o, "period").value_or(30);
    fields.counter = static_cast<std::uint64_t>(std::max<std::int64_t>(0, json::integer(o, "counter").value_or(0)));
    addEntry(result, index, std::move(fields));
}

Result<ImportResult> readServices(json::Value& services)
{
    if (!services.is_array()) {
        return fail(Errc::CorruptedFile, "the services are not a list");
    }
    ImportResult result;
    for (std::size_t i = 0; i < services.size(); ++i) {
        readService(services[i], i, result);
    }
    detail::wipeMember(services, "secret");
    return result;
}

} // namespace

Result<ImportResult> importTwoFas(std::string_view text, std::optional<std::string_view> password,
                                  const ReadLimits& limits)
{
    auto file = detail::parseJsonFile(text, limits);
    if (!file) {
        return tl::unexpected(file.error());
    }
    const auto schema = json::integer(*file, "schemaVersion");
    if (schema && *schema > kMaxSchemaVersion) {
        return fail(Errc::UnsupportedFormatVersion, "2FAS schema version " + std::to_string(*schema));
    }
    if (!schema || !file->is_object()) {
        return fail(Errc::CorruptedFile, "the 2FAS file has no schemaVersion");
    }
    const auto encrypted = json::string(*file, "servicesEncrypted");
    if (!encrypted) {
        if (!file->contains("services")) {
            return fail(Errc::CorruptedFile, "the 2FAS file has no services");
        }
        return readServices((*file)["services"]);
    }
    // Its pieces and the limit before the password: a damaged file says so without asking for one.
    const auto sealed = splitSealed(*encrypted);
    if (!sealed) {
        return fail(Errc::CorruptedFile, "servicesEncrypted is not data:salt:iv in Base64");
    }
    if (kTwoFasIterations > limits.maxPbkdf2Iterations) {
        return fail(Errc::InvalidKdfParams, "PBKDF2 iterations over the limit");
    }
    if (!password) {
        return fail(Errc::PasswordRequired, "the 2FAS backup is encrypted");
    }
    auto plain = open(*sealed, *password);
    if (!plain) {
        if (plain.error().code != Errc::DecryptionFailed) {
            return tl::unexpected(plain.error());
        }
        // The reference opens with a right password: then the services themselves were damaged.
        const auto reference = splitSealed(json::string(*file, "reference").value_or(""));
        if (reference && open(*reference, *password)) {
            return fail(Errc::CorruptedFile, "the services fail their tag: the file was changed");
        }
        return fail(Errc::WrongPassword, "the password does not open the 2FAS backup");
    }
    auto services = json::parse(detail::textOf(*plain), {limits.maxFileBytes, 64});
    if (!services) {
        return fail(Errc::CorruptedFile, "the decrypted services are not JSON");
    }
    return readServices(*services);
}

} // namespace sandi::importer
