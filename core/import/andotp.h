#pragma once
// andOTP backups: a plain JSON list of entries, or the encrypted ".json.aes" file of andOTP 0.6.3+:
// iterations (4 bytes, big-endian) ‖ salt (12) ‖ nonce (12) ‖ ciphertext ‖ GCM tag (16), the key being
// PBKDF2-HMAC-SHA1(password, salt, iterations, 32 bytes) and the cipher AES-256-GCM (andOTP's
// EncryptionHelper; Aegis' AndOtpImporter reads it the same way). The old format (key = SHA-256 of
// the password) is not supported.

#include "core/import/importresult.h"
#include "core/result.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace sandi::importer {

constexpr std::size_t kAndOtpHeaderSize = 4 + 12 + 12;
// The shortest encrypted file: the header, the ciphertext of the empty list "[]" and the GCM tag.
constexpr std::size_t kAndOtpMinEncryptedSize = kAndOtpHeaderSize + 2 + 16;
// The iteration counts andOTP writes: a random count from PBKDF2_MIN_BACKUP_ITERATIONS (140,000)
// below PBKDF2_MAX_BACKUP_ITERATIONS (160,000) of its Constants.java, the same in every version with
// this format; OTPClient, which also writes it, uses the same two bounds.
constexpr std::uint32_t kAndOtpMinIterations = 140'000;
constexpr std::uint32_t kAndOtpMaxIterations = 160'000;

// True when `bytes` has the shape of an encrypted andOTP file: at least kAndOtpMinEncryptedSize
// bytes, starting with an iteration count andOTP writes. The format has no other marker, so any
// other count (a damaged file that starts with a zero byte) is not taken for one.
[[nodiscard]] bool looksLikeAndOtpEncrypted(std::string_view bytes) noexcept;

// Reads a plain list, or an encrypted file with any iteration count from 1 to
// ReadLimits::maxPbkdf2Iterations: a caller that names the format is not held to detection's range.
// Without a password, the header is checked before PasswordRequired is returned.
// Errors: FileTooLarge, JsonTooDeep, CorruptedFile (neither JSON nor a whole encrypted header),
// InvalidKdfParams (iterations over ReadLimits::maxPbkdf2Iterations), PasswordRequired,
// WrongPassword (the tag fails: andOTP's format cannot tell a wrong password from damage).
// Entries: TOTP, HOTP, STEAM; thumbnails and tags ignored.
[[nodiscard]] Result<ImportResult> importAndOtp(std::string_view bytes, std::optional<std::string_view> password,
                                                const ReadLimits& limits = {});

} // namespace sandi::importer
