#pragma once
// andOTP backups: a plain JSON list of entries, or the encrypted ".json.aes" file of andOTP 0.6.3+:
// iterations (4 bytes, big-endian) ‖ salt (12) ‖ nonce (12) ‖ ciphertext ‖ GCM tag (16), the key being
// PBKDF2-HMAC-SHA1(password, salt, iterations, 32 bytes) and the cipher AES-256-GCM (andOTP's
// EncryptionHelper; Aegis' AndOtpImporter reads it the same way). The old format (key = SHA-256 of
// the password) is not supported.

#include "core/import/importresult.h"
#include "core/result.h"

#include <optional>
#include <span>
#include <string_view>

namespace sandi::importer {

constexpr std::size_t kAndOtpHeaderSize = 4 + 12 + 12;

// True when `bytes` has the shape of an encrypted andOTP file (long enough, not text, and a
// plausible iteration count).
[[nodiscard]] bool looksLikeAndOtpEncrypted(std::string_view bytes) noexcept;

// Errors: FileTooLarge, JsonTooDeep, CorruptedFile, PasswordRequired, WrongPassword (the tag fails:
// andOTP's format cannot tell a wrong password from damage), InvalidKdfParams (iterations over
// ReadLimits::maxPbkdf2Iterations). Entries: TOTP, HOTP, STEAM; thumbnails and tags ignored.
[[nodiscard]] Result<ImportResult> importAndOtp(std::string_view bytes, std::optional<std::string_view> password,
                                                const ReadLimits& limits = {});

} // namespace sandi::importer
