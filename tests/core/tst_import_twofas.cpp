// 2FAS backups built (importsamples.h) from the layout 2FAS writes (services, schemaVersion 4) and, for
// the encrypted form, servicesEncrypted = Base64(ciphertext ‖ tag):Base64(salt):Base64(IV) with
// PBKDF2-HMAC-SHA256 (10,000 iterations) and AES-256-GCM, encrypted with core/crypto.
#include "core/import/twofas.h"

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

const auto& kExpected = test::samples::kTwoFasAccounts;
const auto& kUnusable = test::samples::kTwoFasUnusable;
constexpr std::string_view kPassword = test::samples::kTwoFasPassword;
using test::samples::twoFasServices;

std::string encryptedFile(std::string_view plain)
{
    return test::samples::twoFasEncryptedFile(plain);
}

TEST(ImportTwoFas, PlainFile)
{
    const std::string text =
        json::dump({{"services", twoFasServices()}, {"groups", Value::array()}, {"schemaVersion", 4}});
    EXPECT_EQ(detect(text).format, Format::TwoFas);
    EXPECT_FALSE(detect(text).encrypted);
    const auto result = importFile(text, std::nullopt);
    ASSERT_TRUE(result) << result.error().detail;
    EXPECT_EQ(describeAll(*result), kExpected);
    EXPECT_EQ(describeUnusable(*result), kUnusable);
}

TEST(ImportTwoFas, EncryptedFile)
{
    const std::string text = encryptedFile(json::dump(twoFasServices()));
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
    const std::string text = encryptedFile(json::dump(twoFasServices()));
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
    const std::string text = json::dump({{"services", twoFasServices()}, {"schemaVersion", 5}});
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
