#pragma once
// otpauth-migration://offline?data=BASE64 — Google Authenticator's export (a protobuf
// MigrationPayload). Read and written by a small hand-written protobuf reader
// (core/encoding/protobuf.h; docs/architecture.md says why not libprotobuf).
//
// Parsing is in two steps: parseMigration() is the syntax (URI, Base64, protobuf) and keeps every
// entry with its enum values as numbers; migrationEntryParams() gives an entry its meaning.

#include "core/crypto/secretbytes.h"
#include "core/otp/otp.h"
#include "core/result.h"
#include "core/uri/otpauth.h"

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
    int algorithm = 0;         // 0 unspecified, 1 SHA1, 2 SHA256, 3 SHA512, 4 MD5
    int digits = 0;            // 0 unspecified, 1 six, 2 eight
    int type = 0;              // 0 unspecified, 1 HOTP, 2 TOTP
    std::uint64_t counter = 0; // HOTP; an int64 on the wire, kept as its 64-bit pattern
};

struct MigrationPayload
{
    std::vector<MigrationEntry> entries;
    int version = 0;
    int batchSize = 0;  // number of QR codes in this export (1 when it fits in one)
    int batchIndex = 0; // 0-based index of this one
    std::int32_t batchId = 0;
};

// Parses otpauth-migration://offline?data=... Lenient where real exports and copies differ:
// scheme, host and parameter name are case-insensitive; ASCII whitespace around the URI, a "/"
// after the host, other parameters and a fragment are ignored; data may be percent-encoded (a '+'
// stays '+'), in standard or URL-safe Base64, padding optional. An empty data value is the empty
// payload (no entries). Errors: NotMigrationUri (scheme or host), MalformedUri (a path),
// MissingMigrationData, DuplicateParameter, InvalidPercentEncoding, InvalidBase64, and those of
// decodeMigrationPayload().
[[nodiscard]] Result<MigrationPayload> parseMigration(std::string_view text);

// Decodes the protobuf bytes alone (after Base64), with protobuf's rules: unknown fields (and
// known ones with another wire type) are skipped, and a field that appears twice keeps its last value.
// Errors: MalformedProtobuf (see protobuf::Reader::next(); groups are rejected), InvalidUtf8 (a
// name or issuer, which proto3 requires to be UTF-8).
[[nodiscard]] Result<MigrationPayload> decodeMigrationPayload(std::span<const std::byte> bytes);

// Encodes to a full otpauth-migration:// URI as Google Authenticator writes it (standard Base64,
// padded, percent-encoded), with fields in number order and default values left out, so the bytes
// are what libprotobuf would write. parseMigration() reads it back to an identical payload. Holds
// secrets: the caller wipes it (secureWipe).
[[nodiscard]] std::string serializeMigration(const MigrationPayload& payload);

// Validated OTP parameters of an entry (unspecified values take Google's defaults: SHA1, 6
// digits, TOTP; the period is always 30 s). Errors, checked in this order: EmptySecret,
// UnsupportedMigrationEntry (type not HOTP/TOTP), UnsupportedAlgorithm (MD5 or unknown),
// InvalidDigits (not SIX/EIGHT).
[[nodiscard]] Result<otp::Params> migrationEntryParams(const MigrationEntry& entry);

// The entry as an account to add, as if scanned from its otpauth:// link: the issuer is the
// entry's, else the prefix of a "Issuer:account" name; the account is the name without that
// prefix (and the spaces after its colon). Moves the secret out of `entry`, also on failure
// (then it is wiped). Errors: those of migrationEntryParams(), MissingLabel for an entry with
// neither name nor issuer.
[[nodiscard]] Result<OtpauthUri> migrationEntryAccount(MigrationEntry&& entry);

} // namespace sandi::uri
