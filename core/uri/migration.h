#pragma once
// otpauth-migration://offline?data=BASE64 — Google Authenticator's export (a protobuf
// MigrationPayload). Read and written by a small hand-written protobuf reader; see
// docs/architecture.md for why not libprotobuf.

#include "core/crypto/secretbytes.h"
#include "core/otp/otp.h"
#include "core/result.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sandi::uri {

// One account of a migration payload, with the payload's own enum values kept as numbers so that
// an entry Sandi cannot use (e.g. MD5, unknown type) is still reported rather than dropped.
struct MigrationEntry
{
    SecretBytes secret;
    std::string name; // label, often "Issuer:account"
    std::string issuer;
    int algorithm = 0; // 0 unspecified, 1 SHA1, 2 SHA256, 3 SHA512, 4 MD5
    int digits = 0;    // 0 unspecified, 1 six, 2 eight
    int type = 0;      // 0 unspecified, 1 HOTP, 2 TOTP
    std::uint64_t counter = 0;
};

struct MigrationPayload
{
    std::vector<MigrationEntry> entries;
    int version = 0;
    int batchSize = 0;  // number of QR codes in this export (1 when it fits in one)
    int batchIndex = 0; // 0-based index of this one
    std::int32_t batchId = 0;
};

// Parses otpauth-migration://offline?data=... (scheme and host case-insensitive; data may be
// percent-encoded, standard or URL-safe Base64, padding optional).
[[nodiscard]] Result<MigrationPayload> parseMigration(std::string_view text);

// Decodes the protobuf bytes alone (after Base64).
[[nodiscard]] Result<MigrationPayload> decodeMigrationPayload(std::span<const std::byte> bytes);

// Encodes to a full otpauth-migration:// URI. Holds secrets: the caller wipes it.
[[nodiscard]] std::string serializeMigration(const MigrationPayload& payload);

// Validated OTP parameters of an entry (unspecified values take Google's defaults: SHA1, 6
// digits, TOTP); UnsupportedAlgorithm / UnsupportedMigrationEntry / InvalidDigits otherwise.
[[nodiscard]] Result<otp::Params> migrationEntryParams(const MigrationEntry& entry);

} // namespace sandi::uri
