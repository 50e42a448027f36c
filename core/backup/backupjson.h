#pragma once
// Internal to core/backup: the JSON pieces of the backup format (docs/backup-format.md) and of the
// keychain form of a BackupKey. Every reader here fails with the Errc its caller names.

#include "core/backup/backupkey.h"
#include "core/encoding/json.h"
#include "core/import/importresult.h"
#include "core/result.h"
#include "core/uri/otpauth.h"

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace sandi::backup::detail {

// Standard Base64 with padding, as every binary field of the format is written.
[[nodiscard]] std::string b64(std::span<const std::byte> bytes);
// The Base64 member `key` of `object`, decoded; its size must be `size` (any size in 1..maxSize when
// `size` is 0). nullopt when missing, not a string, not Base64 or of the wrong size.
[[nodiscard]] std::optional<SecretBytes> bytesMember(const json::Value& object, std::string_view key, std::size_t size,
                                                     std::size_t maxSize = 64);

[[nodiscard]] json::Value slotToJson(const PasswordSlot& slot);
// A password slot, nullopt for a slot of another type or KDF (skipped, not an error), or `code`.
[[nodiscard]] Result<std::optional<PasswordSlot>> slotFromJson(const json::Value& value, Errc code);

// The payload's plaintext. The returned text holds secrets: the caller wipes it.
[[nodiscard]] std::string accountsToText(std::span<const uri::OtpauthUri> accounts);
// Errors: CorruptedFile (not the payload object); entries it cannot use are Unusable.
[[nodiscard]] Result<importer::ImportResult> accountsFromText(std::string_view text);

// True when `value` holds only what the canonical header form (RFC 8785 for this subset) allows:
// objects, arrays, printable ASCII strings, non-negative integers, booleans, null.
[[nodiscard]] bool canonicalSubset(const json::Value& value) noexcept;

} // namespace sandi::backup::detail
