#pragma once
// The one entry point for importing a file: detect its format from its bytes, then read it with
// that format's importer. Synchronous and pure (no globals): the app calls it on a worker thread,
// since encrypted formats run scrypt or PBKDF2.

#include "core/import/importresult.h"
#include "core/result.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace sandi::importer {

enum class Format : std::uint8_t
{
    Unknown,
    SandiBackup, // docs/backup-format.md
    Aegis,       // Aegis vault JSON, plain or encrypted
    TwoFas,      // 2FAS .2fas, plain or encrypted
    AndOtp,      // andOTP JSON, or its encrypted .json.aes
    FreeOtpPlus, // FreeOTP+ JSON export
    OtpauthList, // text, one otpauth:// or otpauth-migration:// URI per line
};

struct Detection
{
    Format format = Format::Unknown;
    bool encrypted = false; // a password will be needed (ask for it before calling importFile)
};

// Looks at the bytes only; never decrypts. A damaged or truncated file of a known format is still
// detected by its markers where it can be (its import then says CorruptedFile).
[[nodiscard]] Detection detect(std::string_view bytes);

// Detects, then imports. `password` is used only by encrypted files. Errors: UnknownFileFormat,
// FileTooLarge, JsonTooDeep, and those of each importer: PasswordRequired, WrongPassword,
// CorruptedFile, UnsupportedFormatVersion, InvalidKdfParams. On error nothing is returned.
// Without a password, an encrypted file's container (header, key slots, nonces, tags, the encoding
// of the ciphertext) is checked in full and no key is derived: PasswordRequired then means that only
// the password is missing, so a caller asks for one only after this says so.
[[nodiscard]] Result<ImportResult> importFile(std::string_view bytes, std::optional<std::string_view> password,
                                              const ReadLimits& limits = {});

// Imports as the given format, without detection. Errors: as importFile().
[[nodiscard]] Result<ImportResult> importAs(Format format, std::string_view bytes,
                                            std::optional<std::string_view> password, const ReadLimits& limits = {});

// Stable identifier: "sandi", "aegis", "2fas", "andotp", "freeotp+", "otpauth", "unknown".
[[nodiscard]] std::string_view formatName(Format format) noexcept;

} // namespace sandi::importer
