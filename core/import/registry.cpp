#include "core/import/registry.h"

#include "core/backup/backup.h"
#include "core/encoding/json.h"
#include "core/import/aegis.h"
#include "core/import/andotp.h"
#include "core/import/freeotpplus.h"
#include "core/import/otpauthlist.h"
#include "core/import/twofas.h"

namespace sandi::importer {

namespace {

bool has(std::string_view text, std::string_view marker)
{
    return text.find(marker) != std::string_view::npos;
}

// A file that is valid JSON: its structure decides.
Detection detectJson(const json::Value& v)
{
    if (v.is_array()) {
        return {Format::AndOtp, false};
    }
    if (!v.is_object()) {
        return {};
    }
    if (json::string(v, "format") == "sandi-backup") {
        return {Format::SandiBackup, true};
    }
    if (json::member(v, "header") != nullptr && json::member(v, "db") != nullptr) {
        return {Format::Aegis, json::member(v, "db")->is_string()};
    }
    if (json::member(v, "schemaVersion") != nullptr &&
        (json::member(v, "services") != nullptr || json::member(v, "servicesEncrypted") != nullptr)) {
        return {Format::TwoFas, json::member(v, "servicesEncrypted") != nullptr};
    }
    if (json::member(v, "tokens") != nullptr) {
        return {Format::FreeOtpPlus, false};
    }
    return {};
}

// A file that is not valid JSON (damaged, truncated) but names its format near its start.
Detection detectByMarkers(std::string_view text)
{
    const std::string_view head = text.substr(0, 4096);
    if (has(head, "\"sandi-backup\"")) {
        return {Format::SandiBackup, true};
    }
    // Aegis writes "version", "header", "db" in this order, but sorted JSON starts with a long "db".
    if ((has(head, "\"header\"") && has(head, "\"slots\"")) || has(head, "{\"db\":")) {
        return {Format::Aegis, has(head, "\"key_params\"") || has(head, "{\"db\":\"")};
    }
    if (has(head, "\"schemaVersion\"") || has(head, "\"servicesEncrypted\"")) {
        return {Format::TwoFas, has(head, "\"servicesEncrypted\"")};
    }
    if (has(head, "\"tokenOrder\"") || has(head, "\"tokens\"")) {
        return {Format::FreeOtpPlus, false};
    }
    return {};
}

} // namespace

Detection detect(std::string_view bytes)
{
    if (looksLikeOtpauthList(bytes)) {
        return {Format::OtpauthList, false};
    }
    const auto first = bytes.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos && (bytes[first] == '{' || bytes[first] == '[')) {
        if (auto value = json::parse(bytes, {std::size_t{64} << 20, 64}); value) {
            return detectJson(*value);
        }
        return detectByMarkers(bytes);
    }
    if (looksLikeAndOtpEncrypted(bytes)) {
        return {Format::AndOtp, true};
    }
    return {};
}

Result<ImportResult> importAs(Format format, std::string_view bytes, std::optional<std::string_view> password,
                              const ReadLimits& limits)
{
    switch (format) {
    case Format::SandiBackup:
        if (!password) {
            // The whole header first: a damaged file says so before any password is asked.
            if (auto header = backup::readHeader(bytes, limits); !header) {
                return tl::unexpected(header.error());
            }
            return fail(Errc::PasswordRequired, "a Sandi backup is always encrypted");
        }
        return backup::readBackup(bytes, *password, limits);
    case Format::Aegis:
        return importAegis(bytes, password, limits);
    case Format::TwoFas:
        return importTwoFas(bytes, password, limits);
    case Format::AndOtp:
        return importAndOtp(bytes, password, limits);
    case Format::FreeOtpPlus:
        return importFreeOtpPlus(bytes, limits);
    case Format::OtpauthList:
        return importOtpauthList(bytes, limits);
    case Format::Unknown:
        break;
    }
    return fail(Errc::UnknownFileFormat, "not a format Sandi imports");
}

Result<ImportResult> importFile(std::string_view bytes, std::optional<std::string_view> password,
                                const ReadLimits& limits)
{
    if (bytes.size() > limits.maxFileBytes) {
        return fail(Errc::FileTooLarge, std::to_string(bytes.size()) + " bytes");
    }
    const Detection detection = detect(bytes);
    if (detection.format == Format::Unknown) {
        // Say "too deep" rather than "unknown" for a file that only a nesting limit stopped.
        if (auto value = json::parse(bytes, {limits.maxFileBytes, 64});
            !value && value.error().code == Errc::JsonTooDeep) {
            return tl::unexpected(value.error());
        }
        return fail(Errc::UnknownFileFormat, "not a format Sandi imports");
    }
    return importAs(detection.format, bytes, password, limits);
}

std::string_view formatName(Format format) noexcept
{
    switch (format) {
    case Format::SandiBackup:
        return "sandi";
    case Format::Aegis:
        return "aegis";
    case Format::TwoFas:
        return "2fas";
    case Format::AndOtp:
        return "andotp";
    case Format::FreeOtpPlus:
        return "freeotp+";
    case Format::OtpauthList:
        return "otpauth";
    case Format::Unknown:
        break;
    }
    return "unknown";
}

} // namespace sandi::importer
