// Aegis vaults built from docs/vault.md of beemdevelopment/Aegis (importsamples.h): the plain layout,
// and the encrypted one made with scrypt and AES-256-GCM exactly as that document describes.
#include "core/import/aegis.h"

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

using test::samples::aegisContents;
using test::samples::aegisEncryptedVault;
using test::samples::aegisPlainVault;
const auto& kExpected = test::samples::kAegisAccounts;
const auto& kUnusable = test::samples::kAegisUnusable;
constexpr std::string_view kPassword = test::samples::kAegisPassword;

TEST(ImportAegis, PlainVault)
{
    const std::string text = aegisPlainVault();
    EXPECT_EQ(detect(text).format, Format::Aegis);
    EXPECT_FALSE(detect(text).encrypted);
    const auto result = importAegis(text, std::nullopt);
    ASSERT_TRUE(result) << result.error().detail;
    EXPECT_EQ(describeAll(*result), kExpected);
    EXPECT_EQ(describeUnusable(*result), kUnusable);
    EXPECT_EQ(describeAll(*importFile(text, std::nullopt)), kExpected);
}

TEST(ImportAegis, EncryptedVault)
{
    const std::string text = aegisEncryptedVault(json::dump(aegisContents()));
    EXPECT_EQ(detect(text).format, Format::Aegis);
    EXPECT_TRUE(detect(text).encrypted);
    EXPECT_EQ(importAegis(text, std::nullopt).error().code, Errc::PasswordRequired);
    const auto result = importFile(text, kPassword);
    ASSERT_TRUE(result) << result.error().detail;
    EXPECT_EQ(describeAll(*result), kExpected);
    EXPECT_EQ(describeUnusable(*result), kUnusable);
}

TEST(ImportAegis, WrongPasswordAndDamage)
{
    const std::string text = aegisEncryptedVault(json::dump(aegisContents()));
    EXPECT_EQ(importAegis(text, "kata sandi aegis ✓").error().code, Errc::WrongPassword);

    Value vault = *json::parse(text);
    std::string db = vault["db"];
    db[10] = db[10] == 'A' ? 'B' : 'A';
    vault["db"] = db;
    EXPECT_EQ(importAegis(json::dump(vault), kPassword).error().code, Errc::CorruptedFile);

    vault = *json::parse(text);
    std::string tag = vault["header"]["params"]["tag"];
    tag[0] = tag[0] == '0' ? '1' : '0';
    vault["header"]["params"]["tag"] = tag;
    EXPECT_EQ(importAegis(json::dump(vault), kPassword).error().code, Errc::CorruptedFile);

    vault = *json::parse(text);
    std::string salt = vault["header"]["slots"][1]["salt"];
    salt[0] = salt[0] == '0' ? '1' : '0';
    vault["header"]["slots"][1]["salt"] = salt;
    EXPECT_EQ(importAegis(json::dump(vault), kPassword).error().code, Errc::WrongPassword);

    vault = *json::parse(text);
    vault["header"]["slots"][1]["n"] = 1 << 22;
    ReadLimits limits;
    limits.maxScryptMemory = 1 << 20;
    EXPECT_EQ(importAegis(json::dump(vault), kPassword, limits).error().code, Errc::InvalidKdfParams);

    for (std::size_t n : {std::size_t{0}, std::size_t{1}, text.size() / 2, text.size() - 1}) {
        const auto cut = importAegis(std::string_view(text).substr(0, n), kPassword);
        ASSERT_FALSE(cut);
        EXPECT_EQ(cut.error().code, Errc::CorruptedFile) << n;
    }
    const auto truncated = importFile(std::string_view(text).substr(0, text.size() / 2), kPassword);
    ASSERT_FALSE(truncated);
    EXPECT_EQ(truncated.error().code, Errc::CorruptedFile);
}

TEST(ImportAegis, NewerVersionsAreRefused)
{
    Value vault = *json::parse(aegisPlainVault());
    vault["version"] = 2;
    EXPECT_EQ(importAegis(json::dump(vault), std::nullopt).error().code, Errc::UnsupportedFormatVersion);
    vault = *json::parse(aegisPlainVault());
    vault["db"]["version"] = 4;
    EXPECT_EQ(importAegis(json::dump(vault), std::nullopt).error().code, Errc::UnsupportedFormatVersion);
    Value contentsV4 = aegisContents();
    contentsV4["version"] = 4;
    EXPECT_EQ(importAegis(aegisEncryptedVault(json::dump(contentsV4)), kPassword).error().code,
              Errc::UnsupportedFormatVersion);
}

} // namespace
} // namespace sandi::importer
