#pragma once
// Sandi's encrypted backup file, version 1 (docs/backup-format.md is normative): JSON with a
// header (format, cipher, payload nonce, password slots) that is authenticated as the AAD of the
// AES-256-GCM encrypted list of accounts. Reading returns every account or an error: never part.
// Synchronous and without global state: the app runs it on a worker thread.

#include "core/backup/backupkey.h"
#include "core/import/importresult.h"
#include "core/result.h"
#include "core/uri/otpauth.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sandi::backup {

constexpr int kFormatVersion = 1; // the major version this code writes and reads

// The parsed, not yet decrypted, file: what a restore dialog may show before asking the password.
struct Header
{
    int version = kFormatVersion;
    std::vector<PasswordSlot> slots; // the password slots (slots of unknown types are skipped)
    crypto::aead::Nonce payloadNonce{};
};

// Writes a backup of `accounts` under `key` with a fresh random payload nonce. The text holds no
// secret in clear. Errors: CryptoFailure.
[[nodiscard]] Result<std::string> writeBackup(std::span<const uri::OtpauthUri> accounts, const BackupKey& key);

// The same with a chosen payload nonce: for the worked example and tests only. A nonce must never
// be used twice with one master key.
[[nodiscard]] Result<std::string> writeBackupWithNonce(std::span<const uri::OtpauthUri> accounts, const BackupKey& key,
                                                       const crypto::aead::Nonce& nonce);

// Parses the file without decrypting. Errors: FileTooLarge, UnknownFileFormat (JSON, but not a
// Sandi backup), UnsupportedFormatVersion (a newer major version), CorruptedFile (truncated, not
// JSON, a missing or malformed field, no password slot).
[[nodiscard]] Result<Header> readHeader(std::string_view text, const importer::ReadLimits& limits = {});

// Decrypts with the password. Errors: those of readHeader(), WrongPassword (no slot opens: wrong
// password or damaged slots), InvalidKdfParams (a slot over the limits), CorruptedFile (a slot
// opened but the header or payload was changed, or the payload is not a list of accounts).
// Entries of a type this version cannot use (written by a newer Sandi) are listed as unusable.
[[nodiscard]] Result<importer::ImportResult> readBackup(std::string_view text, std::string_view password,
                                                        const importer::ReadLimits& limits = {});

// Decrypts with a key kept by the app, no scrypt. Errors: those of readHeader(), DecryptionFailed
// (the file has none of the key's slots and does not open: another backup series),
// CorruptedFile (it has the key's slot, so the key is right and the file was changed).
[[nodiscard]] Result<importer::ImportResult> readBackup(std::string_view text, const BackupKey& key,
                                                        const importer::ReadLimits& limits = {});

} // namespace sandi::backup
