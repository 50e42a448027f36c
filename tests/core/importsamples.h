#pragma once
// Files of every format Sandi imports, built from the formats' public documentation with the
// unusual entries those apps produce (Steam, HOTP, 8 digits, SHA512, period 60, empty issuer,
// non-ASCII names, icons, notes and groups), plain and encrypted. The core importer tests check
// them field by field; tests/core/sandi_import_samples writes them for the sandi-cli and app tests.
// Encrypted samples use small KDF costs where the format allows, so that tests stay fast.

#include "core/encoding/json.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sandi::test::samples {

// One importable file: its bytes, its password (empty: not encrypted), and what it holds in the
// form of importtestutil.h: describeAll() and describeUnusable().
struct Sample
{
    std::string name; // file name, e.g. "aegis-encrypted.json"
    std::string bytes;
    std::string password;
    std::vector<std::string> accounts;
    std::vector<std::string> unusable;
};

// Aegis (docs/vault.md of beemdevelopment/Aegis).
inline constexpr std::string_view kAegisPassword = "kata sandi Aegis ✓";
[[nodiscard]] json::Value aegisContents();
[[nodiscard]] std::string aegisPlainVault();
[[nodiscard]] std::string aegisEncryptedVault(std::string_view contentsText);
extern const std::vector<std::string> kAegisAccounts;
extern const std::vector<std::string> kAegisUnusable;

// 2FAS (.2fas, schemaVersion 4).
inline constexpr std::string_view kTwoFasPassword = "Rahasia 2FAS";
[[nodiscard]] json::Value twoFasServices();
[[nodiscard]] std::string twoFasPlainFile();
[[nodiscard]] std::string twoFasEncryptedFile(std::string_view servicesText);
extern const std::vector<std::string> kTwoFasAccounts;
extern const std::vector<std::string> kTwoFasUnusable;

// andOTP (plain JSON list, encrypted .json.aes). The default count is the least andOTP writes, so
// that detect() recognises the file (core/import/andotp.h); a test that calls importAndOtp() itself
// may choose a cheaper one.
inline constexpr std::string_view kAndOtpPassword = "andOTP-sandi";
[[nodiscard]] json::Value andOtpEntries();
[[nodiscard]] std::string andOtpEncrypted(std::string_view plain, std::uint32_t iterations = 140'000);
extern const std::vector<std::string> kAndOtpAccounts;
extern const std::vector<std::string> kAndOtpUnusable;

// FreeOTP+ JSON export.
[[nodiscard]] std::string freeOtpPlusExport();
extern const std::vector<std::string> kFreeOtpPlusAccounts;
extern const std::vector<std::string> kFreeOtpPlusUnusable;

// A text file of otpauth:// links with comments, CR line ends, bad lines and a Google
// Authenticator export line (otpauth-migration://).
[[nodiscard]] std::string migrationLine();
[[nodiscard]] std::string otpauthList();
extern const std::vector<std::string> kOtpauthListAccounts;
extern const std::vector<std::string> kOtpauthListUnusable;

// Every sample above, plain and encrypted, ready to write to files.
[[nodiscard]] std::vector<Sample> allSamples();

} // namespace sandi::test::samples
