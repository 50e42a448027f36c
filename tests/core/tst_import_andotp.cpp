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

// Cheap for the tests that call importAndOtp() itself, which reads any count (andotp.h).
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

// Issue 11: a damaged file starting with a zero byte was taken for an encrypted andOTP backup,
// asked for a password and then called it wrong. Four bytes are all that format has, so only the
// counts andOTP writes, in a file long enough for the header, a ciphertext and the tag, are one.
TEST(ImportAndOtp, Issue11DamagedFileIsNotAnEncryptedBackup)
{
    std::string damaged = std::string("\x00\x01garbage", 9) + test::samples::twoFasPlainFile().substr(10);
    EXPECT_EQ(detect(damaged).format, Format::Unknown);
    EXPECT_EQ(importFile(damaged, std::nullopt).error().code, Errc::UnknownFileFormat);
    EXPECT_EQ(importFile(damaged, "pw").error().code, Errc::UnknownFileFormat);

    const std::string real = encrypted(json::dump(andOtpEntries()), kAndOtpMinIterations);
    EXPECT_TRUE(looksLikeAndOtpEncrypted(real));
    EXPECT_TRUE(looksLikeAndOtpEncrypted(encrypted("[]", kAndOtpMaxIterations)));
    for (std::uint32_t count : {1u, 1000u, 92001u, kAndOtpMinIterations - 1, kAndOtpMaxIterations + 1, 10'000'000u}) {
        std::string other = real;
        for (int i = 0; i < 4; ++i) {
            other[std::size_t(i)] = static_cast<char>((count >> (24 - 8 * i)) & 0xff);
        }
        EXPECT_FALSE(looksLikeAndOtpEncrypted(other)) << count;
        EXPECT_EQ(detect(other).format, Format::Unknown) << count;
    }
    // Too short for the header, the ciphertext of the shortest list ("[]") and the tag.
    EXPECT_FALSE(looksLikeAndOtpEncrypted(real.substr(0, kAndOtpHeaderSize + 16 + 1)));
    EXPECT_TRUE(looksLikeAndOtpEncrypted(real.substr(0, kAndOtpHeaderSize + 16 + 2)));
    // Told the format, the importer reads any count up to the limit (andOTP's format allows it).
    EXPECT_TRUE(importAndOtp(encrypted(json::dump(andOtpEntries()), 1000), kPassword));
}

// Without a password, the header is checked first: a file the limits refuse says so at once.
TEST(ImportAndOtp, Issue11HeaderIsCheckedBeforeThePassword)
{
    const std::string bytes = encrypted(json::dump(andOtpEntries()));
    ReadLimits limits;
    limits.maxPbkdf2Iterations = 999;
    EXPECT_EQ(importAndOtp(bytes, std::nullopt, limits).error().code, Errc::InvalidKdfParams);
    EXPECT_EQ(importAndOtp(bytes.substr(0, 40), std::nullopt).error().code, Errc::CorruptedFile);
    EXPECT_EQ(importAndOtp(bytes, std::nullopt).error().code, Errc::PasswordRequired);
}

} // namespace
} // namespace sandi::importer
