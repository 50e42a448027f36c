#pragma once
// The fields every authenticator's export has in some form, and the one place that turns them into
// a validated account. Importers read their format's names into EntryFields; makeAccount() applies
// the same rules to all of them, so that "SHA512", "sha512" and 8 digits mean one thing everywhere.

#include "core/crypto/secretbytes.h"
#include "core/import/importresult.h"
#include "core/result.h"
#include "core/uri/otpauth.h"

#include <cstdint>
#include <string>

namespace sandi::importer {

struct EntryFields
{
    std::string type = "totp";      // totp, hotp or steam, any case; anything else is UnsupportedOtpType
    std::string algorithm = "SHA1"; // SHA1, SHA256 or SHA512, any case, "SHA-256" too; ignored for Steam
    std::int64_t digits = 6;        // ignored for Steam (always 5 characters)
    std::int64_t period = 30;       // seconds; ignored for HOTP
    std::uint64_t counter = 0;      // HOTP
    std::string issuer;
    std::string account;
    SecretBytes secret; // decoded key bytes
};

// Validates and builds the account, moving the secret out of `fields`. The label is the issuer
// and the account name as given (no "issuer:" prefix parsing). Errors: EmptySecret,
// UnsupportedOtpType, UnsupportedAlgorithm, InvalidDigits, InvalidPeriod, MissingLabel (no issuer
// and no account name).
[[nodiscard]] Result<uri::OtpauthUri> makeAccount(EntryFields&& fields);

// Appends the account to `result`, or an Unusable entry with `index` and the fields' label.
void addEntry(ImportResult& result, std::size_t index, EntryFields&& fields);

// Appends an Unusable entry for an entry that could not even be read into EntryFields.
void addUnusable(ImportResult& result, std::size_t index, std::string label, Errc reason, std::string detail);

} // namespace sandi::importer
