// 2FAS backups built in the test from the layout 2FAS writes (services, schemaVersion 4) and, for
// the encrypted form, servicesEncrypted = Base64(ciphertext ‖ tag):Base64(salt):Base64(IV) with
// PBKDF2-HMAC-SHA256 (10,000 iterations) and AES-256-GCM, encrypted here with core/crypto.
#include "core/import/twofas.h"

#include "core/crypto/aead.h"
#include "core/crypto/kdf.h"
#include "core/encoding/base64.h"
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

Value service(const char* name, const char* secret, Value otp)
{
    return {{"name", name},
            {"secret", secret},
            {"updatedAt", 1700000000000},
            {"otp", std::move(otp)},
            {"order", {{"position", 0}}},
            {"icon", {{"selected", "Label"}, {"label", {{"text", "GO"}, {"backgroundColor", "Orange"}}}}},
            {"groupId", "5f1e0000-0000-4000-8000-000000000000"}};
}

Value services()
{
    Value list = Value::array();
    list.push_back(service("Google", "JBSWY3DPEHPK3PXP",
                           {{"label", "Google:bob"},
                            {"account", "bob"},
                            {"issuer", "Google"},
                            {"digits", 6},
                            {"period", 30},
                            {"algorithm", "SHA1"},
                            {"tokenType", "TOTP"},
                            {"source", "Link"}}));
    list.push_back(service("LPSE Kota Kupang", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
                           {{"account", "penyedia01"},
                            {"digits", 8},
                            {"period", 60},
                            {"algorithm", "SHA512"},
                            {"tokenType", "TOTP"},
                            {"source", "Manual"}}));
    list.push_back(service("Steam", "JBSWY3DPEHPK3PXP",
                           {{"account", "gamer"},
                            {"issuer", "Steam"},
                            {"digits", 5},
                            {"period", 30},
                            {"algorithm", "SHA1"},
                            {"tokenType", "STEAM"}}));
    list.push_back(service("Bank", "JBSWY3DPEHPK3PXP",
                           {{"account", "Ñandú"},
                            {"issuer", "Bank"},
                            {"digits", 6},
                            {"counter", 7},
                            {"algorithm", "SHA256"},
                            {"tokenType", "HOTP"}}));
    list.push_back(service("Other", "JBSWY3DPEHPK3PXP", {{"account", "x"}, {"tokenType", "MOTP"}}));
    list.push_back(service("Bad", "01", {{"account", "y"}, {"tokenType", "TOTP"}}));
    return list;
}

const std::vector<std::string> kExpected = {
    "totp SHA1 6 30 0|Google|bob|JBSWY3DPEHPK3PXP",
    "totp SHA512 8 60 0|LPSE Kota Kupang|penyedia01|GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
    "steam SHA1 5 30 0|Steam|gamer|JBSWY3DPEHPK3PXP",
    "hotp SHA256 6 30 7|Bank|Ñandú|JBSWY3DPEHPK3PXP",
};
const std::vector<std::string> kUnusable = {"4|Other: x|UnsupportedOtpType", "5|Bad: y|InvalidSecret"};

constexpr std::string_view kPassword = "Rahasia 2FAS";

std::string sealed(std::string_view plain, std::span<const std::byte> salt, std::string_view ivHex)
{
    const auto key = crypto::pbkdf2(crypto::HashAlgorithm::Sha256, test::bytes(kPassword), salt, 10000, 32);
    const auto iv = test::unhex(ivHex);
    auto s = crypto::aead::seal(key->view(), iv, test::bytes(plain));
    s->ciphertext.insert(s->ciphertext.end(), s->tag.begin(), s->tag.end());
    return base64::encode(s->ciphertext) + ":" + base64::encode(salt) + ":" + base64::encode(iv);
}

std::string encryptedFile(std::string_view plain)
{
    std::vector<std::byte> salt(256);
    for (std::size_t i = 0; i < salt.size(); ++i) {
        salt[i] = static_cast<std::byte>(i);
    }
    return json::dump({{"services", Value::array()},
                       {"groups", Value::array()},
                       {"updatedAt", 1700000000000},
                       {"schemaVersion", 4},
                       {"appVersionCode", 5000012},
                       {"appVersionName", "5.3.0"},
                       {"appOrigin", "android"},
                       {"servicesEncrypted", sealed(plain, salt, "0102030405060708090a0b0c")},
                       {"reference", sealed("reference text", salt, "1112131415161718191a1b1c")}});
}

TEST(ImportTwoFas, PlainFile)
{
    const std::string text = json::dump({{"services", services()}, {"groups", Value::array()}, {"schemaVersion", 4}});
    EXPECT_EQ(detect(text).format, Format::TwoFas);
    EXPECT_FALSE(detect(text).encrypted);
    const auto result = importFile(text, std::nullopt);
    ASSERT_TRUE(result) << result.error().detail;
    EXPECT_EQ(describeAll(*result), kExpected);
    EXPECT_EQ(describeUnusable(*result), kUnusable);
}

TEST(ImportTwoFas, EncryptedFile)
{
    const std::string text = encryptedFile(json::dump(services()));
    EXPECT_EQ(detect(text).format, Format::TwoFas);
    EXPECT_TRUE(detect(text).encrypted);
    EXPECT_EQ(importFile(text, std::nullopt).error().code, Errc::PasswordRequired);
    const auto result = importFile(text, kPassword);
    ASSERT_TRUE(result) << result.error().detail;
    EXPECT_EQ(describeAll(*result), kExpected);
    EXPECT_EQ(describeUnusable(*result), kUnusable);
}

TEST(ImportTwoFas, WrongPasswordIsToldFromDamage)
{
    const std::string text = encryptedFile(json::dump(services()));
    EXPECT_EQ(importTwoFas(text, "rahasia 2fas").error().code, Errc::WrongPassword);
    Value file = *json::parse(text);
    std::string enc = file["servicesEncrypted"];
    enc[5] = enc[5] == 'A' ? 'B' : 'A';
    file["servicesEncrypted"] = enc;
    EXPECT_EQ(importTwoFas(json::dump(file), kPassword).error().code, Errc::CorruptedFile);
    file["servicesEncrypted"] = "no colons";
    EXPECT_EQ(importTwoFas(json::dump(file), kPassword).error().code, Errc::CorruptedFile);
    const auto cut = importFile(std::string_view(text).substr(0, text.size() - 20), kPassword);
    ASSERT_FALSE(cut);
    EXPECT_EQ(cut.error().code, Errc::CorruptedFile);
}

TEST(ImportTwoFas, NewerSchemaIsRefused)
{
    const std::string text = json::dump({{"services", services()}, {"schemaVersion", 5}});
    EXPECT_EQ(importFile(text, std::nullopt).error().code, Errc::UnsupportedFormatVersion);
}

TEST(ImportTwoFas, KdfLimitIsHonoured)
{
    ReadLimits limits;
    limits.maxPbkdf2Iterations = 1000;
    EXPECT_EQ(importTwoFas(encryptedFile("[]"), kPassword, limits).error().code, Errc::InvalidKdfParams);
}

} // namespace
} // namespace sandi::importer
