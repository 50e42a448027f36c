#pragma once
// 2FAS Authenticator backup (.2fas): JSON with "services", or, when protected by a password,
// "servicesEncrypted" = Base64(ciphertext ‖ GCM tag) ":" Base64(salt) ":" Base64(IV), the key being
// PBKDF2-HMAC-SHA256(password, salt, 10,000 iterations, 32 bytes) and the cipher AES-256-GCM (as
// 2FAS writes it and Aegis' TwoFASImporter reads it). "reference", encrypted the same way, holds a
// known text and tells a wrong password from a damaged file.

#include "core/import/importresult.h"
#include "core/result.h"

#include <optional>
#include <string_view>

namespace sandi::importer {

constexpr std::uint32_t kTwoFasIterations = 10'000;

// Without a password, servicesEncrypted's pieces are checked before PasswordRequired.
// Errors: FileTooLarge, JsonTooDeep, CorruptedFile, UnsupportedFormatVersion (schemaVersion > 4),
// PasswordRequired, WrongPassword, InvalidKdfParams (over ReadLimits::maxPbkdf2Iterations).
// Services: TOTP, HOTP, STEAM; others are Unusable. Icons, groups and order are ignored.
[[nodiscard]] Result<ImportResult> importTwoFas(std::string_view text, std::optional<std::string_view> password,
                                                const ReadLimits& limits = {});

} // namespace sandi::importer
