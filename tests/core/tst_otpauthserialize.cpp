// serializeOtpauth(): the canonical form documented in docs/otpauth-uri.md, and round trips of
// values built in code (including names that need every kind of escaping).
#include "core/encoding/base32.h"
#include "core/uri/otpauth.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>
#include <string>

namespace sandi::uri {
namespace {

// The serialization with the secret's value replaced by "<S>", so that failures print no secret.
std::string canonicalMasked(const OtpauthUri& uri)
{
    std::string text = serializeOtpauth(uri);
    const std::size_t start = text.find("secret=") + 7;
    const std::size_t end = text.find('&', start);
    std::string out = text.substr(0, start) + "<S>" + (end == std::string::npos ? "" : text.substr(end));
    secureWipe(text);
    return out;
}

struct Canonical
{
    const char* name;
    const char* input;
    const char* expected; // with the secret shown as <S>
};

void PrintTo(const Canonical& row, std::ostream* os)
{
    *os << row.name;
}

class OtpauthCanonical : public ::testing::TestWithParam<Canonical>
{};

TEST_P(OtpauthCanonical, SerializesTo)
{
    auto parsed = parseOtpauth(GetParam().input);
    ASSERT_TRUE(parsed) << errcName(parsed.error().code);
    EXPECT_EQ(canonicalMasked(*parsed), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Forms, OtpauthCanonical,
    ::testing::Values(
        Canonical{"DefaultsLeftOut",
                  "otpauth://totp/E:a?secret=JBSWY3DPEHPK3PXP&issuer=E&algorithm=SHA1&digits=6&period=30",
                  "otpauth://totp/E:a?secret=<S>&issuer=E"},
        Canonical{"NonDefaultsWritten",
                  "otpauth://TOTP/a?period=60&digits=8&Algorithm=sha256&secret=JBSWY3DPEHPK3PXP&t0=5",
                  "otpauth://totp/a?secret=<S>&algorithm=SHA256&digits=8&period=60&t0=5"},
        Canonical{"HotpCounterAlwaysWritten", "otpauth://hotp/a?secret=JBSWY3DPEHPK3PXP&counter=0",
                  "otpauth://hotp/a?secret=<S>&counter=0"},
        Canonical{"TotpCounterOnlyIfNonZero", "otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&counter=0",
                  "otpauth://totp/a?secret=<S>"},
        Canonical{"SteamAegisForm", "otpauth://steam/Steam:g?secret=JBSWY3DPEHPK3PXP&issuer=Steam&digits=5&period=30",
                  "otpauth://steam/Steam:g?secret=<S>&issuer=Steam&digits=5"},
        Canonical{"SteamKeePassXCForm", "otpauth://totp/Steam:g?secret=JBSWY3DPEHPK3PXP&encoder=steam",
                  "otpauth://totp/Steam:g?secret=<S>&digits=5&encoder=steam"},
        Canonical{"LabelPartsEncoded", "otpauth://totp/Acme%3AEU:a%20b%23%25%26%3D%2B?secret=JBSWY3DPEHPK3PXP",
                  "otpauth://totp/Acme%3AEU:a%20b%23%25%26%3D%2B?secret=<S>"},
        Canonical{"EncodedSeparatorBecomesLiteral", "otpauth://totp/Example%3Aalice?secret=JBSWY3DPEHPK3PXP",
                  "otpauth://totp/Example:alice?secret=<S>"},
        Canonical{"AtSignEncoded", "otpauth://totp/E:alice@example.com?secret=JBSWY3DPEHPK3PXP",
                  "otpauth://totp/E:alice%40example.com?secret=<S>"},
        Canonical{"PlusWrittenAsSpace", "otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&issuer=ACME+Co",
                  "otpauth://totp/a?secret=<S>&issuer=ACME%20Co"},
        Canonical{"LiteralPlusEncoded", "otpauth://totp/C++:a?secret=JBSWY3DPEHPK3PXP",
                  "otpauth://totp/C%2B%2B:a?secret=<S>"},
        Canonical{"Utf8Encoded", "otpauth://totp/Caf\xC3\xA9:a?secret=JBSWY3DPEHPK3PXP",
                  "otpauth://totp/Caf%C3%A9:a?secret=<S>"},
        Canonical{"EmptyIssuerParamFilledFromLabel",
                  "otpauth://totp/E:a?secret=JBSWY3DPEHPK3PXP&issuer=", "otpauth://totp/E:a?secret=<S>&issuer=E"},
        Canonical{"NoLabelStaysEmpty", "otpauth://totp?secret=JBSWY3DPEHPK3PXP&issuer=E",
                  "otpauth://totp/?secret=<S>&issuer=E"},
        Canonical{"ExtrasAfterKnownInOrder",
                  "otpauth://totp/a?z=1&secret=JBSWY3DPEHPK3PXP&Image=https://x.test/i.png&a=%26",
                  "otpauth://totp/a?secret=<S>&z=1&Image=https%3A%2F%2Fx.test%2Fi.png&a=%26"}),
    [](const auto& row) { return std::string(row.param.name); });

TEST(OtpauthSerialize, SecretIsUpperCaseUnpaddedBase32)
{
    auto parsed = parseOtpauth("otpauth://totp/a?secret=mzxw+6ytb+oi%3D%3D%3D%3D%3D%3D");
    ASSERT_TRUE(parsed);
    std::string text = serializeOtpauth(*parsed);
    EXPECT_TRUE(text == "otpauth://totp/a?secret=MZXW6YTBOI") << "unexpected secret form";
    secureWipe(text);
}

OtpauthUri built(std::string labelIssuer, std::string account, std::string issuer, bool param)
{
    OtpauthUri uri;
    uri.labelIssuer = std::move(labelIssuer);
    uri.account = std::move(account);
    uri.issuer = std::move(issuer);
    uri.issuerParamPresent = param;
    const std::string_view seed = "12345678901234567890";
    uri.secret = SecretBytes(std::as_bytes(std::span(seed.data(), seed.size())));
    return uri;
}

TEST(OtpauthSerialize, AccountWithColonGetsAnEmptyPrefix)
{
    const OtpauthUri uri = built("", "a:b", "", false);
    EXPECT_EQ(canonicalMasked(uri), "otpauth://totp/:a%3Ab?secret=<S>");
    std::string text = serializeOtpauth(uri);
    auto back = parseOtpauth(text);
    secureWipe(text);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->labelIssuer, "");
    EXPECT_EQ(back->account, "a:b");
}

TEST(OtpauthSerialize, IssuerDifferentFromPrefixIsWrittenAsParameter)
{
    EXPECT_EQ(canonicalMasked(built("Old", "a", "New", false)), "otpauth://totp/Old:a?secret=<S>&issuer=New");
    EXPECT_EQ(canonicalMasked(built("", "a", "New", false)), "otpauth://totp/a?secret=<S>&issuer=New");
    EXPECT_EQ(canonicalMasked(built("E", "a", "E", false)), "otpauth://totp/E:a?secret=<S>");
}

// Built values whose names need every escape; each must survive serialize → parse, and the result
// must serialize canonically.
TEST(OtpauthSerialize, HostileNamesRoundTrip)
{
    const char* names[] = {"",
                           "a",
                           ":",
                           "a:b",
                           "::",
                           " x",
                           "x ",
                           "#",
                           "%",
                           "%25",
                           "&=?",
                           "+",
                           "a+b",
                           "/",
                           "?",
                           "@",
                           "\t",
                           "Caf\xC3\xA9",
                           "\xF0\x9F\x94\x91",
                           "100% #1"};
    int checked = 0;
    for (const std::string_view prefix : names) {
        for (const std::string_view account : names) {
            for (bool param : {false, true}) {
                OtpauthUri uri = built(std::string(prefix), std::string(account), std::string(prefix), param);
                uri.extraParams.push_back(Parameter{std::string(account), std::string(prefix)});
                std::string text = serializeOtpauth(uri);
                auto back = parseOtpauth(text);
                secureWipe(text);
                // Spaces after a written ':' separator are dropped, as Google's spec allows.
                const bool separator = !prefix.empty() || account.find(':') != std::string_view::npos;
                const std::string_view expected =
                    separator ? account.substr(std::min(account.find_first_not_of(' '), account.size())) : account;
                if (prefix.empty() && expected.empty()) {
                    ASSERT_FALSE(back);
                    EXPECT_EQ(back.error().code, Errc::MissingLabel);
                    continue;
                }
                ASSERT_TRUE(back) << '"' << prefix << "\" / \"" << account << "\": " << back.error().detail;
                ++checked;
                EXPECT_EQ(back->account, expected);
                EXPECT_EQ(back->labelIssuer, prefix);
                EXPECT_EQ(back->issuer, prefix);
                EXPECT_EQ(back->issuerParamPresent, param);
                EXPECT_TRUE(back->extraParams == uri.extraParams);
                EXPECT_TRUE(constantTimeEquals(back->secret.view(), uri.secret.view()));
                std::string canonical = serializeOtpauth(*back);
                auto third = parseOtpauth(canonical);
                ASSERT_TRUE(third);
                EXPECT_TRUE(equivalent(*back, *third)) << '"' << prefix << "\" / \"" << account << '"';
                std::string again = serializeOtpauth(*third);
                EXPECT_TRUE(again == canonical) << '"' << prefix << "\" / \"" << account << '"';
                secureWipe(canonical);
                secureWipe(again);
            }
        }
    }
    EXPECT_EQ(checked, 20 * 20 * 2 - 2);
}

TEST(OtpauthSerialize, EquivalentComparesTheSecret)
{
    auto a = parseOtpauth("otpauth://totp/a?secret=JBSWY3DPEHPK3PXP");
    auto b = parseOtpauth("otpauth://totp/a?secret=JBSWY3DPEHPK3PXQ");
    auto c = parseOtpauth("otpauth://totp/a?secret=jbsw+y3dp+ehpk+3pxp");
    ASSERT_TRUE(a && b && c);
    EXPECT_FALSE(equivalent(*a, *b));
    EXPECT_TRUE(equivalent(*a, *c));
}

} // namespace
} // namespace sandi::uri
