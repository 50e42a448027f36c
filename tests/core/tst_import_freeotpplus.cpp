// FreeOTP+ JSON exports built in the test, in the layout FreeOTP+ writes ("tokens" with secrets as
// lists of signed Java bytes, "tokenOrder").
#include "core/import/freeotpplus.h"

#include "core/encoding/json.h"
#include "core/import/registry.h"
#include "importtestutil.h"

#include <gtest/gtest.h>

namespace sandi::importer {
namespace {

using json::Value;

// "Hello!\xDE\xAD\xBE\xEF" = JBSWY3DPEHPK3PXP: bytes over 127 are written negative by Java.
const Value kSecret = {72, 101, 108, 108, 111, 33, -34, -83, -66, -17};

TEST(ImportFreeOtpPlus, Export)
{
    Value tokens = Value::array();
    tokens.push_back({{"algo", "SHA1"},
                      {"counter", 0},
                      {"digits", 6},
                      {"issuerExt", "GitLab"},
                      {"issuerInt", "GitLab"},
                      {"label", "dev"},
                      {"period", 30},
                      {"secret", kSecret},
                      {"type", "TOTP"},
                      {"imagePath", "x.png"}});
    tokens.push_back({{"algo", "SHA256"},
                      {"counter", 9},
                      {"digits", 8},
                      {"issuerExt", "VPN"},
                      {"label", "ops"},
                      {"period", 30},
                      {"secret", kSecret},
                      {"type", "HOTP"}});
    tokens.push_back({{"algo", "SHA512"},
                      {"counter", 0},
                      {"digits", 6},
                      {"issuerExt", ""},
                      {"label", "Ğüç"},
                      {"period", 60},
                      {"secret", kSecret},
                      {"type", "TOTP"}});
    tokens.push_back(
        {{"algo", "SHA1"}, {"digits", 6}, {"issuerExt", "Bad"}, {"label", "b"}, {"secret", {300}}, {"type", "TOTP"}});
    tokens.push_back(
        {{"algo", "MD5"}, {"digits", 6}, {"issuerExt", "Old"}, {"label", "o"}, {"secret", kSecret}, {"type", "TOTP"}});
    const std::string text = json::dump({{"tokenOrder", {"GitLab:dev", "VPN:ops"}}, {"tokens", tokens}});
    EXPECT_EQ(detect(text).format, Format::FreeOtpPlus);
    const auto result = importFile(text, std::nullopt);
    ASSERT_TRUE(result) << result.error().detail;
    EXPECT_EQ(test::describeAll(*result), (std::vector<std::string>{
                                              "totp SHA1 6 30 0|GitLab|dev|JBSWY3DPEHPK3PXP",
                                              "hotp SHA256 8 30 9|VPN|ops|JBSWY3DPEHPK3PXP",
                                              "totp SHA512 6 60 0||Ğüç|JBSWY3DPEHPK3PXP",
                                          }));
    EXPECT_EQ(test::describeUnusable(*result),
              (std::vector<std::string>{"3|Bad: b|InvalidSecret", "4|Old: o|UnsupportedAlgorithm"}));
}

TEST(ImportFreeOtpPlus, DamagedExport)
{
    EXPECT_EQ(importFreeOtpPlus("{\"tokens\": {}}").error().code, Errc::CorruptedFile);
    EXPECT_EQ(importFile("{\"tokenOrder\": [], \"tokens\": [", std::nullopt).error().code, Errc::CorruptedFile);
}

} // namespace
} // namespace sandi::importer
