// andOTP backups (importsamples.h): the plain JSON list andOTP writes, and its encrypted form
// (iterations ‖ salt ‖ nonce ‖ ciphertext ‖ tag; PBKDF2-HMAC-SHA1 and AES-256-GCM, as andOTP's
// EncryptionHelper and Aegis' AndOtpImporter describe), encrypted with core/crypto.
#include "core/import/andotp.h"

#include "core/encoding/json.h"
#include "core/import/registry.h"
#include "importsamples.h"
#include "importtestutil.h"

#include <gtest/gtest.h>

namespace sandi::importer {
namespace {

using json::Value;
using test::describeAll;
using test::describeUnusable;

const auto& kExpected = test::samples::kAndOtpAccounts;
const auto& kUnusable = test::samples::kAndOtpUnusable;
constexpr std::string_view kPassword = test::samples::kAndOtpPassword;
using test::samples::andOtpEntries;

std::string encrypted(std::string_view plain, std::uint32_t iterations = 1000)
{
    return test::samples::andOtpEncrypted(plain, iterations);
}

TEST(ImportAndOtp, PlainList)
{
    const std::string text = json::dump(andOtpEntries());
    EXPECT_EQ(detect(text).format, Format::AndOtp);
    const auto result = importFile(text, std::nullopt);
    ASSERT_TRUE(result) << result.error().detail;
    EXPECT_EQ(describeAll(*result), kExpected);
    EXPECT_EQ(describeUnusable(*result), kUnusable);
}

TEST(ImportAndOtp, EncryptedFile)
{
    const std::string bytes = encrypted(json::dump(andOtpEntries()), 140000);
    EXPECT_EQ(detect(bytes).format, Format::AndOtp);
    EXPECT_TRUE(detect(bytes).encrypted);
    EXPECT_EQ(importFile(bytes, std::nullopt).error().code, Errc::PasswordRequired);
    const auto result = importFile(bytes, kPassword);
    ASSERT_TRUE(result) << result.error().detail;
    EXPECT_EQ(describeAll(*result), kExpected);
    EXPECT_EQ(describeUnusable(*result), kUnusable);
}

TEST(ImportAndOtp, WrongPasswordDamageAndLimits)
{
    const std::string bytes = encrypted(json::dump(andOtpEntries()));
    EXPECT_EQ(importAndOtp(bytes, "andotp-sandi").error().code, Errc::WrongPassword);
    for (std::size_t at : {std::size_t{5}, std::size_t{20}, std::size_t{40}, bytes.size() - 1}) {
        std::string changed = bytes;
        changed[at] = static_cast<char>(changed[at] ^ 1);
        EXPECT_EQ(importAndOtp(changed, kPassword).error().code, Errc::WrongPassword) << at;
    }
    EXPECT_EQ(importAndOtp(std::string_view(bytes).substr(0, 40), kPassword).error().code, Errc::CorruptedFile);
    ReadLimits limits;
    limits.maxPbkdf2Iterations = 999;
    EXPECT_EQ(importAndOtp(bytes, kPassword, limits).error().code, Errc::InvalidKdfParams);
    // Plain text that decrypts but is not a list.
    EXPECT_EQ(importAndOtp(encrypted("{\"a\":1}"), kPassword).error().code, Errc::CorruptedFile);
}

} // namespace
} // namespace sandi::importer
