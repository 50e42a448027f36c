// andOTP backups built in the test: the plain JSON list andOTP writes, and its encrypted form
// (iterations ‖ salt ‖ nonce ‖ ciphertext ‖ tag; PBKDF2-HMAC-SHA1 and AES-256-GCM, as andOTP's
// EncryptionHelper and Aegis' AndOtpImporter describe), encrypted here with core/crypto.
#include "core/import/andotp.h"

#include "core/crypto/aead.h"
#include "core/crypto/kdf.h"
#include "core/encoding/json.h"
#include "core/import/registry.h"
#include "hexutil.h"
#include "importtestutil.h"

#include <gtest/gtest.h>

namespace sandi::importer {
namespace {

using json::Value;
using test::describeAll;
using test::describeUnusable;

Value entries()
{
    const Value tags = {"kantor"};
    return {
        {{"secret", "JBSWY3DPEHPK3PXP"},
         {"issuer", "GitHub"},
         {"label", "octocat"},
         {"digits", 6},
         {"type", "TOTP"},
         {"algorithm", "SHA1"},
         {"thumbnail", "Default"},
         {"last_used", 1700000000000},
         {"used_frequency", 3},
         {"period", 30},
         {"tags", tags}},
        {{"secret", "JBSWY3DPEHPK3PXP"},
         {"issuer", ""},
         {"label", "tanpa penerbit"},
         {"digits", 8},
         {"type", "TOTP"},
         {"algorithm", "SHA512"},
         {"period", 60},
         {"tags", Value::array()}},
        {{"secret", "JBSWY3DPEHPK3PXP"},
         {"issuer", "Server"},
         {"label", "ssh"},
         {"digits", 6},
         {"type", "HOTP"},
         {"algorithm", "SHA256"},
         {"counter", 5},
         {"tags", Value::array()}},
        {{"secret", "JBSWY3DPEHPK3PXP"},
         {"issuer", "Steam"},
         {"label", "gamer"},
         {"digits", 5},
         {"type", "STEAM"},
         {"algorithm", "SHA1"},
         {"period", 30}},
        {{"secret", "JBSWY3DPEHPK3PXP"},
         {"label", "Lama - pengguna"},
         {"digits", 6},
         {"type", "TOTP"},
         {"algorithm", "SHA1"},
         {"period", 30}},
        {{"secret", "JBSWY3DPEHPK3PXP"},
         {"issuer", "X"},
         {"label", "m"},
         {"digits", 6},
         {"type", "MOTP"},
         {"algorithm", "MD5"},
         {"period", 10}},
        {{"issuer", "NoSecret"}, {"label", "n"}, {"digits", 6}, {"type", "TOTP"}},
    };
}

const std::vector<std::string> kExpected = {
    "totp SHA1 6 30 0|GitHub|octocat|JBSWY3DPEHPK3PXP", "totp SHA512 8 60 0||tanpa penerbit|JBSWY3DPEHPK3PXP",
    "hotp SHA256 6 30 5|Server|ssh|JBSWY3DPEHPK3PXP",   "steam SHA1 5 30 0|Steam|gamer|JBSWY3DPEHPK3PXP",
    "totp SHA1 6 30 0|Lama|pengguna|JBSWY3DPEHPK3PXP",
};
const std::vector<std::string> kUnusable = {"5|X: m|UnsupportedOtpType", "6|NoSecret: n|MissingSecret"};

constexpr std::string_view kPassword = "andOTP-sandi";

std::string encrypted(std::string_view plain, std::uint32_t iterations = 1000)
{
    const auto salt = test::unhex("0102030405060708090a0b0c");
    const auto nonce = test::unhex("a1a2a3a4a5a6a7a8a9aaabac");
    const auto key = crypto::pbkdf2(crypto::HashAlgorithm::Sha1, test::bytes(kPassword), salt, iterations, 32);
    const auto sealed = crypto::aead::seal(key->view(), nonce, test::bytes(plain));
    std::string out;
    for (int shift = 24; shift >= 0; shift -= 8) {
        out += static_cast<char>((iterations >> shift) & 0xff);
    }
    for (const auto* part : {&salt, &nonce}) {
        out.append(reinterpret_cast<const char*>(part->data()), part->size());
    }
    out.append(reinterpret_cast<const char*>(sealed->ciphertext.data()), sealed->ciphertext.size());
    out.append(reinterpret_cast<const char*>(sealed->tag.data()), sealed->tag.size());
    return out;
}

TEST(ImportAndOtp, PlainList)
{
    const std::string text = json::dump(entries());
    EXPECT_EQ(detect(text).format, Format::AndOtp);
    const auto result = importFile(text, std::nullopt);
    ASSERT_TRUE(result) << result.error().detail;
    EXPECT_EQ(describeAll(*result), kExpected);
    EXPECT_EQ(describeUnusable(*result), kUnusable);
}

TEST(ImportAndOtp, EncryptedFile)
{
    const std::string bytes = encrypted(json::dump(entries()), 140000);
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
    const std::string bytes = encrypted(json::dump(entries()));
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
