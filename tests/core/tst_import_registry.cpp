// The otpauth:// list importer, format detection across all formats, the Sandi backup through the
// registry, sameAccount(), and hostile input that every importer must refuse cleanly.
#include "core/import/registry.h"

#include "core/backup/backup.h"
#include "core/encoding/json.h"
#include "core/import/otpauthlist.h"
#include "hexutil.h"
#include "importsamples.h"
#include "importtestutil.h"

#include <gtest/gtest.h>

namespace sandi::importer {
namespace {

using test::describeAll;
using test::describeUnusable;

TEST(ImportOtpauthList, LinesCommentsAndBadLines)
{
    const std::string text = test::samples::otpauthList();
    EXPECT_EQ(detect(text).format, Format::OtpauthList);
    const auto result = importFile(text, std::nullopt);
    ASSERT_TRUE(result) << result.error().detail;
    EXPECT_EQ(describeAll(*result), test::samples::kOtpauthListAccounts);
    EXPECT_EQ(describeUnusable(*result), test::samples::kOtpauthListUnusable);
    for (const auto& u : result->unusable) {
        EXPECT_EQ(u.detail.find("JBSWY3DP"), std::string::npos); // never quotes a secret
    }
}

TEST(ImportOtpauthList, NotAList)
{
    EXPECT_EQ(importOtpauthList("hello\notpauth://totp/a?secret=JBSWY3DPEHPK3PXP").error().code,
              Errc::UnknownFileFormat);
    EXPECT_EQ(detect("hello").format, Format::Unknown);
    EXPECT_EQ(importFile("", std::nullopt).error().code, Errc::UnknownFileFormat);
    EXPECT_EQ(importFile("\x89PNG\r\n\x1a\n", std::nullopt).error().code, Errc::UnknownFileFormat);
}

TEST(ImportRegistry, SandiBackupThroughTheRegistry)
{
    std::vector<std::byte> master(32, std::byte{7});
    auto slot = backup::PasswordSlot::wrap(master, "pw", {16, 1, 1}, master, crypto::aead::Nonce{});
    auto key = backup::BackupKey::fromParts(SecretBytes(master), {*slot});
    std::vector<uri::OtpauthUri> accounts;
    accounts.push_back(*uri::parseOtpauth("otpauth://totp/LPSE:ppk1?secret=JBSWY3DPEHPK3PXP"));
    const auto text = backup::writeBackup(accounts, *key);
    ASSERT_TRUE(text);
    EXPECT_EQ(detect(*text).format, Format::SandiBackup);
    EXPECT_TRUE(detect(*text).encrypted);
    EXPECT_EQ(importFile(*text, std::nullopt).error().code, Errc::PasswordRequired);
    EXPECT_EQ(importFile(*text, "PW").error().code, Errc::WrongPassword);
    const auto result = importFile(*text, "pw");
    ASSERT_TRUE(result);
    EXPECT_EQ(describeAll(*result), (std::vector<std::string>{"totp SHA1 6 30 0|LPSE|ppk1|JBSWY3DPEHPK3PXP"}));
    EXPECT_EQ(importFile(text->substr(0, text->size() / 2), "pw").error().code, Errc::CorruptedFile);
}

// Issue 11: a truncated backup went to the password page and said it was damaged only after the
// password. Without a password, every encrypted format's container is checked in full first:
// PasswordRequired means that only the password is missing.
TEST(ImportRegistry, Issue11DamagedEncryptedFileIsRefusedBeforeThePassword)
{
    std::vector<std::byte> master(32, std::byte{7});
    auto slot = backup::PasswordSlot::wrap(master, "pw", {16, 1, 1}, master, crypto::aead::Nonce{});
    auto key = backup::BackupKey::fromParts(SecretBytes(master), {*slot});
    std::vector<uri::OtpauthUri> accounts;
    accounts.push_back(*uri::parseOtpauth("otpauth://totp/LPSE:ppk1?secret=JBSWY3DPEHPK3PXP"));
    const std::string text = *backup::writeBackup(accounts, *key);
    const auto refusedAtOnce = [](std::string_view bytes) {
        const Detection detection = detect(bytes);
        const auto r = importFile(bytes, std::nullopt);
        return detection.encrypted && !r ? r.error().code : Errc{};
    };
    EXPECT_EQ(refusedAtOnce(text), Errc::PasswordRequired);
    EXPECT_EQ(refusedAtOnce(text.substr(0, text.size() / 2)), Errc::CorruptedFile);
    json::Value noTag = *json::parse(text);
    noTag.erase("tag");
    EXPECT_EQ(refusedAtOnce(json::dump(noTag)), Errc::CorruptedFile);
    json::Value newer = *json::parse(text);
    newer["version"] = 2;
    EXPECT_EQ(refusedAtOnce(json::dump(newer)), Errc::UnsupportedFormatVersion);

    const std::string aegis = test::samples::aegisEncryptedVault("{}");
    EXPECT_EQ(refusedAtOnce(aegis), Errc::PasswordRequired);
    for (const char* pointer : {"/header/params/nonce", "/header/params/tag", "/header/slots/1/salt",
                                "/header/slots/1/key_params/tag", "/header/slots/1/n"}) {
        json::Value vault = *json::parse(aegis);
        vault[json::Value::json_pointer(pointer)] = "zz";
        EXPECT_EQ(refusedAtOnce(json::dump(vault)), Errc::CorruptedFile) << pointer;
    }
    json::Value notBase64 = *json::parse(aegis);
    notBase64["db"] = "not Base64!";
    EXPECT_EQ(refusedAtOnce(json::dump(notBase64)), Errc::CorruptedFile);
    json::Value noPasswordSlot = *json::parse(aegis);
    noPasswordSlot["header"]["slots"].erase(1);
    EXPECT_EQ(refusedAtOnce(json::dump(noPasswordSlot)), Errc::CorruptedFile);

    const std::string twofas = test::samples::twoFasEncryptedFile("[]");
    EXPECT_EQ(refusedAtOnce(twofas), Errc::PasswordRequired);
    json::Value noColons = *json::parse(twofas);
    noColons["servicesEncrypted"] = "no colons";
    EXPECT_EQ(refusedAtOnce(json::dump(noColons)), Errc::CorruptedFile);
}

TEST(ImportRegistry, HostileInputIsOneClearError)
{
    const std::string big(50u << 20, '[');
    EXPECT_EQ(importFile(big, std::nullopt).error().code, Errc::FileTooLarge);
    for (auto format : {Format::SandiBackup, Format::Aegis, Format::TwoFas, Format::AndOtp, Format::FreeOtpPlus,
                        Format::OtpauthList}) {
        const auto r = importAs(format, big, "pw");
        ASSERT_FALSE(r) << formatName(format);
        EXPECT_EQ(r.error().code, Errc::FileTooLarge) << formatName(format);
    }
    const std::string deepArray = std::string(10000, '[') + std::string(10000, ']');
    const std::string deepObject = [] {
        std::string s;
        for (int i = 0; i < 10000; ++i) {
            s += "{\"tokens\":";
        }
        return s + "1" + std::string(10000, '}');
    }();
    for (const std::string* deep : {&deepArray, &deepObject}) {
        const auto r = importFile(*deep, "pw");
        ASSERT_FALSE(r);
        EXPECT_TRUE(r.error().code == Errc::JsonTooDeep) << errcName(r.error().code);
        for (auto format : {Format::Aegis, Format::TwoFas, Format::AndOtp, Format::FreeOtpPlus}) {
            const auto each = importAs(format, *deep, "pw");
            ASSERT_FALSE(each);
            EXPECT_EQ(each.error().code, Errc::JsonTooDeep) << formatName(format);
        }
    }
}

TEST(ImportRegistry, FormatNames)
{
    EXPECT_EQ(formatName(Format::TwoFas), "2fas");
    EXPECT_EQ(formatName(Format::Unknown), "unknown");
    EXPECT_EQ(importAs(Format::Unknown, "x", std::nullopt).error().code, Errc::UnknownFileFormat);
}

TEST(SameAccount, IssuerAccountAndSecret)
{
    const auto a = *uri::parseOtpauth("otpauth://totp/LPSE:ppk1?secret=JBSWY3DPEHPK3PXP");
    const auto digits = *uri::parseOtpauth("otpauth://totp/LPSE:ppk1?secret=JBSWY3DPEHPK3PXP&digits=8");
    const auto otherSecret = *uri::parseOtpauth("otpauth://totp/LPSE:ppk1?secret=JBSWY3DPEHPK3PXQ");
    const auto otherIssuer = *uri::parseOtpauth("otpauth://totp/LPSE2:ppk1?secret=JBSWY3DPEHPK3PXP");
    const auto otherName = *uri::parseOtpauth("otpauth://totp/LPSE:ppk2?secret=JBSWY3DPEHPK3PXP");
    EXPECT_TRUE(sameAccount(a, a));
    EXPECT_TRUE(sameAccount(a, digits));
    EXPECT_FALSE(sameAccount(a, otherSecret));
    EXPECT_FALSE(sameAccount(a, otherIssuer));
    EXPECT_FALSE(sameAccount(a, otherName));
    EXPECT_EQ(accountLabel("", "x"), "x");
    EXPECT_EQ(accountLabel("I", ""), "I");
    EXPECT_EQ(accountLabel("I", "x"), "I: x");
}

} // namespace
} // namespace sandi::importer
