// Aegis vaults built in the test from docs/vault.md of beemdevelopment/Aegis: the plain layout,
// and the encrypted one made here with scrypt and AES-256-GCM exactly as that document describes.
#include "core/import/aegis.h"

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

Value entry(const char* type, const char* issuer, const char* name, Value info)
{
    return {{"type", type},
            {"uuid", "01234567-89ab-cdef-0123-456789abcdef"},
            {"name", name},
            {"issuer", issuer},
            {"note", "catatan"},
            {"favorite", true},
            {"icon", "/9j/4AAQSkZJRgABAQ=="},
            {"icon_mime", "image/jpeg"},
            {"groups", {"a3b4c5d6-0000-4000-8000-000000000000"}},
            {"info", std::move(info)}};
}

// Every kind of entry Aegis writes, the unusual ones included.
Value contents()
{
    Value entries = Value::array();
    entries.push_back(
        entry("totp", "Google", "Bob",
              {{"secret", "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"}, {"algo", "SHA1"}, {"digits", 6}, {"period", 30}}));
    entries.push_back(entry("hotp", "LPSE Kab. Sikka", "pokja3",
                            {{"secret", "JBSWY3DPEHPK3PXP"}, {"algo", "SHA256"}, {"digits", 8}, {"counter", 42}}));
    entries.push_back(entry("steam", "Steam", "gamer",
                            {{"secret", "JBSWY3DPEHPK3PXP"}, {"algo", "SHA1"}, {"digits", 5}, {"period", 30}}));
    entries.push_back(entry("totp", "", "李四@例子.中国",
                            {{"secret", "JBSWY3DPEHPK3PXP"}, {"algo", "SHA512"}, {"digits", 8}, {"period", 60}}));
    entries.push_back(
        entry("yandex", "Yandex", "ivan",
              {{"secret", "JBSWY3DPEHPK3PXP"}, {"algo", "SHA256"}, {"digits", 8}, {"period", 30}, {"pin", "1234"}}));
    entries.push_back(
        entry("motp", "Old", "m", {{"secret", "JBSWY3DPEHPK3PXP"}, {"algo", "MD5"}, {"digits", 6}, {"period", 10}}));
    entries.push_back(
        entry("totp", "Broken", "b", {{"secret", "not base32!"}, {"algo", "SHA1"}, {"digits", 6}, {"period", 30}}));
    entries.push_back(
        entry("totp", "Odd", "o", {{"secret", "JBSWY3DPEHPK3PXP"}, {"algo", "MD5"}, {"digits", 6}, {"period", 30}}));
    return {{"version", 3},
            {"entries", std::move(entries)},
            {"groups", {{{"uuid", "a3b4c5d6-0000-4000-8000-000000000000"}, {"name", "Kerja"}}}}};
}

const std::vector<std::string> kExpected = {
    "totp SHA1 6 30 0|Google|Bob|ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
    "hotp SHA256 8 30 42|LPSE Kab. Sikka|pokja3|JBSWY3DPEHPK3PXP",
    "steam SHA1 5 30 0|Steam|gamer|JBSWY3DPEHPK3PXP",
    "totp SHA512 8 60 0||李四@例子.中国|JBSWY3DPEHPK3PXP",
};
const std::vector<std::string> kUnusable = {
    "4|Yandex: ivan|UnsupportedOtpType",
    "5|Old: m|UnsupportedOtpType",
    "6|Broken: b|InvalidSecret",
    "7|Odd: o|UnsupportedAlgorithm",
};

std::string plainVault()
{
    return json::dump({{"version", 1}, {"header", {{"slots", nullptr}, {"params", nullptr}}}, {"db", contents()}});
}

constexpr std::string_view kPassword = "kata sandi Aegis ✓";

// docs/vault.md: a random master key encrypts the contents; a password slot holds it encrypted
// under scrypt(password, salt). Small N keeps the test fast; Aegis itself writes N = 2^15.
std::string encryptedVault(std::string_view contentsText)
{
    const auto master = test::unhex("000102030405060708090a0b0c0d0e0f000102030405060708090a0b0c0d0e0f");
    const auto salt = test::unhex("a0a1a2a3a4a5a6a7a8a9aaabacadaeafa0a1a2a3a4a5a6a7a8a9aaabacadaeaf");
    const auto slotNonce = test::unhex("b0b1b2b3b4b5b6b7b8b9babb");
    const auto dbNonce = test::unhex("c0c1c2c3c4c5c6c7c8c9cacb");
    const auto kek = crypto::scrypt(test::bytes(kPassword), salt, {1024, 8, 1}, 32);
    const auto wrapped = crypto::aead::seal(kek->view(), slotNonce, master);
    const auto db = crypto::aead::seal(master, dbNonce, test::bytes(contentsText));
    const Value biometric = {
        {"type", 2},
        {"uuid", "11111111-89ab-cdef-0123-456789abcdef"},
        {"key", test::hex(master)},
        {"key_params", {{"nonce", "000000000000000000000000"}, {"tag", "00000000000000000000000000000000"}}}};
    const Value password = {{"type", 1},
                            {"uuid", "01234567-89ab-cdef-0123-456789abcdef"},
                            {"key", test::hex(wrapped->ciphertext)},
                            {"key_params", {{"nonce", test::hex(slotNonce)}, {"tag", test::hex(wrapped->tag)}}},
                            {"n", 1024},
                            {"r", 8},
                            {"p", 1},
                            {"salt", test::hex(salt)},
                            {"repaired", true},
                            {"is_backup", false}};
    return json::dump(
        {{"version", 1},
         {"header",
          {{"slots", {biometric, password}}, {"params", {{"nonce", test::hex(dbNonce)}, {"tag", test::hex(db->tag)}}}}},
         {"db", base64::encode(db->ciphertext)}});
}

TEST(ImportAegis, PlainVault)
{
    const std::string text = plainVault();
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
    const std::string text = encryptedVault(json::dump(contents()));
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
    const std::string text = encryptedVault(json::dump(contents()));
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
    Value vault = *json::parse(plainVault());
    vault["version"] = 2;
    EXPECT_EQ(importAegis(json::dump(vault), std::nullopt).error().code, Errc::UnsupportedFormatVersion);
    vault = *json::parse(plainVault());
    vault["db"]["version"] = 4;
    EXPECT_EQ(importAegis(json::dump(vault), std::nullopt).error().code, Errc::UnsupportedFormatVersion);
    Value contentsV4 = contents();
    contentsV4["version"] = 4;
    EXPECT_EQ(importAegis(encryptedVault(json::dump(contentsV4)), kPassword).error().code,
              Errc::UnsupportedFormatVersion);
}

} // namespace
} // namespace sandi::importer
