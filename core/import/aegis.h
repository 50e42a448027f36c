#pragma once
// Aegis Authenticator vault export (docs/vault.md of beemdevelopment/Aegis), plain or encrypted:
// scrypt password slots wrapping a master key, the entries AES-256-GCM encrypted under it.

#include "core/import/importresult.h"
#include "core/result.h"

#include <optional>
#include <string_view>

namespace sandi::importer {

// Without a password, every field of an encrypted vault is checked before PasswordRequired.
// Errors: FileTooLarge, JsonTooDeep, CorruptedFile (damaged, truncated, a field missing, no password
// slot, or the contents fail their tag after a slot opened), UnsupportedFormatVersion (vault
// version > 1 or contents version > 3), PasswordRequired, WrongPassword (no password slot opens),
// InvalidKdfParams (a slot over the limits). Entries: totp, hotp, steam; yandex, motp and others
// are Unusable (UnsupportedOtpType). Icons, notes, groups and favourites are ignored.
[[nodiscard]] Result<ImportResult> importAegis(std::string_view text, std::optional<std::string_view> password,
                                               const ReadLimits& limits = {});

} // namespace sandi::importer
