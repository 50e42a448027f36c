#include "core/import/andotp.h"

#include "core/crypto/aead.h"
#include "core/crypto/kdf.h"
#include "core/encoding/base32.h"
#include "core/import/entryfields.h"
#include "core/import/importutil.h"

namespace sandi::importer {

namespace {

std::uint32_t iterationsOf(std::string_view bytes)
{
    std::uint32_t n = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        n = (n << 8) | static_cast<unsigned char>(bytes[i]);
    }
    return n;
}

void readEntry(const json::Value& e, std::size_t index, ImportResult& result)
{
    EntryFields fields;
    std::string label = json::string(e, "label").value_or("");
    if (json::member(e, "issuer") != nullptr) {
        fields.issuer = json::string(e, "issuer").value_or("");
        fields.account = std::move(label);
    } else if (const auto dash = label.find(" - "); dash != std::string::npos) {
        // Before andOTP 0.6 the issuer was part of the label: "Issuer - account".
        fields.issuer = label.substr(0, dash);
        fields.account = label.substr(dash + 3);
    } else {
        fields.account = std::move(label);
    }
    const auto secret = json::string(e, "secret");
    if (!secret) {
        addUnusable(result, index, accountLabel(fields.issuer, fields.account), Errc::MissingSecret,
                    "the entry has no secret");
        return;
    }
    auto key = base32::decode(*secret);
    if (!key) {
        addUnusable(result, index, accountLabel(fields.issuer, fields.account), Errc::InvalidSecret,
                    "the secret is not Base32");
        return;
    }
    fields.secret = std::move(*key);
    fields.type = json::string(e, "type").value_or("");
    fields.algorithm = json::string(e, "algorithm").value_or("SHA1");
    fields.digits = json::integer(e, "digits").value_or(6);
    fields.period = json::integer(e, "period").value_or(30);
    fields.counter = static_cast<std::uint64_t>(std::max<std::int64_t>(0, json::integer(e, "counter").value_or(0)));
    addEntry(result, index, std::move(fields));
}

Result<ImportResult> readList(std::string_view text, const ReadLimits& limits)
{
    auto list = detail::parseJsonFile(text, limits);
    if (!list) {
        return tl::unexpected(list.error());
    }
    if (!list->is_array()) {
        return fail(Errc::CorruptedFile, "an andOTP backup is a list of entries");
    }
    ImportResult result;
    for (std::size_t i = 0; i < list->size(); ++i) {
        readEntry((*list)[i], i, result);
    }
    detail::wipeMember(*list, "secret");
    return result;
}

} // namespace

bool looksLikeAndOtpEncrypted(std::string_view bytes) noexcept
{
    if (bytes.size() < kAndOtpMinEncryptedSize) {
        return false;
    }
    const std::uint32_t n = iterationsOf(bytes);
    return n >= kAndOtpMinIterations && n <= kAndOtpMaxIterations;
}

Result<ImportResult> importAndOtp(std::string_view bytes, std::optional<std::string_view> password,
                                  const ReadLimits& limits)
{
    if (bytes.size() > limits.maxFileBytes) {
        return fail(Errc::FileTooLarge, std::to_string(bytes.size()) + " bytes");
    }
    const auto first = bytes.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos && (bytes[first] == '[' || bytes[first] == '{')) {
        return readList(bytes, limits); // JSON: a list, or an error saying why not
    }
    // Told the format, any count is read (see andotp.h): only the size and the limit are checked.
    const std::uint32_t iterations = bytes.size() < kAndOtpMinEncryptedSize ? 0 : iterationsOf(bytes);
    if (iterations == 0) {
        return fail(Errc::CorruptedFile, "neither an andOTP list nor a whole encrypted andOTP file");
    }
    if (iterations > limits.maxPbkdf2Iterations) {
        return fail(Errc::InvalidKdfParams, std::to_string(iterations) + " PBKDF2 iterations");
    }
    if (!password) {
        return fail(Errc::PasswordRequired, "the andOTP backup is encrypted");
    }
    const auto all = detail::bytesOf(bytes);
    auto key = crypto::pbkdf2(crypto::HashAlgorithm::Sha1, detail::bytesOf(*password), all.subspan(4, 12), iterations,
                              crypto::aead::kKeySize);
    if (!key) {
        return tl::unexpected(key.error());
    }
    auto plain = crypto::aead::openCombined(key->view(), all.subspan(16, 12), all.subspan(kAndOtpHeaderSize));
    if (!plain) {
        if (plain.error().code == Errc::DecryptionFailed) {
            return fail(Errc::WrongPassword, "the password does not open the andOTP backup (or it is damaged)");
        }
        return tl::unexpected(plain.error());
    }
    return readList(detail::textOf(*plain), limits);
}

} // namespace sandi::importer
