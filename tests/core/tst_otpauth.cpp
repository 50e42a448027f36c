// otpauth:// URIs that parse: Google's Key URI format and what real issuers and other apps write.
// Rejected URIs and error details are in tst_otpautherrors.cpp, exact serializations in
// tst_otpauthserialize.cpp. docs/otpauth-uri.md is the contract these tables check.
#include "core/encoding/base32.h"
#include "core/uri/otpauth.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>

namespace sandi::uri {
namespace {

constexpr const char* kGoogle = "JBSWY3DPEHPK3PXP";              // Google's Key URI example
constexpr const char* kRfc = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"; // RFC 4226 seed "1234...890"

// Everything but the secret, in one line that reads well in a failure message:
// "type ALG digits period [c=counter] [t0=..] [encoder] | issuer | account | label prefix | param|- [| extras]"
std::string summary(const OtpauthUri& uri)
{
    const otp::Params& p = uri.params;
    std::string out = std::string(otp::typeName(p.type())) + ' ' + std::string(otp::algorithmName(p.algorithm())) +
                      ' ' + std::to_string(p.digits()) + ' ' + std::to_string(p.period());
    if (p.type() == otp::Type::Hotp || uri.counter != 0) {
        out += " c=" + std::to_string(uri.counter);
    }
    if (p.t0() != 0) {
        out += " t0=" + std::to_string(p.t0());
    }
    out += uri.steamViaEncoder ? " encoder" : "";
    out += " | " + uri.issuer + " | " + uri.account + " | " + uri.labelIssuer + " | ";
    out += uri.issuerParamPresent ? "param" : "-";
    for (std::size_t i = 0; i < uri.extraParams.size(); ++i) {
        out += (i == 0 ? " | " : ", ") + uri.extraParams[i].name + '=' + uri.extraParams[i].value;
    }
    return out;
}

struct Accepted
{
    const char* name;
    std::string uri;
    const char* expected;         // summary()
    const char* secret = kGoogle; // canonical Base32 of the expected secret bytes
};

void PrintTo(const Accepted& row, std::ostream* os)
{
    *os << row.name; // never the URI: it holds a secret
}

class OtpauthAccepted : public ::testing::TestWithParam<Accepted>
{};

TEST_P(OtpauthAccepted, ParsesToExpectedFields)
{
    auto parsed = parseOtpauth(GetParam().uri);
    ASSERT_TRUE(parsed) << errcName(parsed.error().code) << ": " << parsed.error().detail;
    EXPECT_EQ(summary(*parsed), GetParam().expected);
    auto secret = base32::decode(GetParam().secret);
    ASSERT_TRUE(secret);
    EXPECT_TRUE(constantTimeEquals(parsed->secret.view(), secret->view())) << "secret bytes differ";
}

TEST_P(OtpauthAccepted, RoundTripsThroughCanonicalForm)
{
    auto parsed = parseOtpauth(GetParam().uri);
    ASSERT_TRUE(parsed);
    std::string canonical = serializeOtpauth(*parsed);
    auto again = parseOtpauth(canonical);
    ASSERT_TRUE(again) << errcName(again.error().code) << ": " << again.error().detail;
    EXPECT_TRUE(equivalent(*parsed, *again)) << summary(*parsed) << "\nvs\n" << summary(*again);
    std::string twice = serializeOtpauth(*again);
    EXPECT_TRUE(twice == canonical) << "serialization is not canonical";
    secureWipe(canonical);
    secureWipe(twice);
}

// Google Key URI format (github.com/google/google-authenticator/wiki/Key-Uri-Format) and its label.
INSTANTIATE_TEST_SUITE_P(
    KeyUriFormat, OtpauthAccepted,
    ::testing::Values(
        Accepted{"GoogleExample", "otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example",
                 "totp SHA1 6 30 | Example | alice@google.com | Example | param"},
        Accepted{"GoogleFullExample",
                 "otpauth://totp/ACME%20Co:john.doe@email.com?secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ&issuer=ACME%20Co"
                 "&algorithm=SHA1&digits=6&period=30",
                 "totp SHA1 6 30 | ACME Co | john.doe@email.com | ACME Co | param", "HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ"},
        Accepted{"AccountOnly", "otpauth://totp/alice@google.com?secret=JBSWY3DPEHPK3PXP",
                 "totp SHA1 6 30 |  | alice@google.com |  | -"},
        Accepted{"IssuerOnlyInLabel", "otpauth://totp/Example:alice?secret=JBSWY3DPEHPK3PXP",
                 "totp SHA1 6 30 | Example | alice | Example | -"},
        Accepted{"IssuerOnlyAsParam", "otpauth://totp/alice?secret=JBSWY3DPEHPK3PXP&issuer=Example",
                 "totp SHA1 6 30 | Example | alice |  | param"},
        Accepted{"IssuerParamWinsOverLabel",
                 "otpauth://totp/Old%20Name:alice?secret=JBSWY3DPEHPK3PXP&issuer=New%20Name",
                 "totp SHA1 6 30 | New Name | alice | Old Name | param"},
        Accepted{"EmptyIssuerParamKeepsLabelPrefix", "otpauth://totp/Example:alice?secret=JBSWY3DPEHPK3PXP&issuer=",
                 "totp SHA1 6 30 | Example | alice | Example | param"},
        Accepted{"EncodedColonSeparates", "otpauth://totp/Example%3Aalice?secret=JBSWY3DPEHPK3PXP",
                 "totp SHA1 6 30 | Example | alice | Example | -"},
        Accepted{"EncodedSpaceAfterColon", "otpauth://totp/Example:%20%20alice?secret=JBSWY3DPEHPK3PXP",
                 "totp SHA1 6 30 | Example | alice | Example | -"},
        Accepted{"RawSpaceAfterColon", "otpauth://totp/Example: alice?secret=JBSWY3DPEHPK3PXP",
                 "totp SHA1 6 30 | Example | alice | Example | -"},
        Accepted{"LeadingSpaceWithoutPrefixKept", "otpauth://totp/%20alice?secret=JBSWY3DPEHPK3PXP",
                 "totp SHA1 6 30 |  |  alice |  | -"},
        Accepted{"LabelWithTwoColons", "otpauth://totp/a:b:c?secret=JBSWY3DPEHPK3PXP",
                 "totp SHA1 6 30 | a | b:c | a | -"},
        Accepted{"EmptyLabelPrefix", "otpauth://totp/:alice?secret=JBSWY3DPEHPK3PXP",
                 "totp SHA1 6 30 |  | alice |  | -"},
        Accepted{"PrefixWithEmptyAccount", "otpauth://totp/Example:?secret=JBSWY3DPEHPK3PXP",
                 "totp SHA1 6 30 | Example |  | Example | -"},
        Accepted{"NoSlashNoLabel", "otpauth://totp?secret=JBSWY3DPEHPK3PXP&issuer=Example",
                 "totp SHA1 6 30 | Example |  |  | param"},
        Accepted{"SlashEmptyLabel", "otpauth://totp/?secret=JBSWY3DPEHPK3PXP&issuer=Example",
                 "totp SHA1 6 30 | Example |  |  | param"},
        Accepted{"SlashInLabel", "otpauth://totp/Dept/Unit:alice?secret=JBSWY3DPEHPK3PXP",
                 "totp SHA1 6 30 | Dept/Unit | alice | Dept/Unit | -"},
        Accepted{"EncodedAtSign", "otpauth://totp/GitHub:alice%40example.com?secret=JBSWY3DPEHPK3PXP",
                 "totp SHA1 6 30 | GitHub | alice@example.com | GitHub | -"},
        Accepted{"PlusInLabelIsLiteral", "otpauth://totp/Mail:alice+tag@example.com?secret=JBSWY3DPEHPK3PXP",
                 "totp SHA1 6 30 | Mail | alice+tag@example.com | Mail | -"}),
    [](const auto& row) { return std::string(row.param.name); });

// Names that break other apps: colons, '#', '%', '&', '+', non-ASCII.
INSTANTIATE_TEST_SUITE_P(
    Names, OtpauthAccepted,
    ::testing::Values(
        Accepted{"IssuerColonEncodedInLabel", "otpauth://totp/Acme%3AEU:alice?secret=JBSWY3DPEHPK3PXP&issuer=Acme%3AEU",
                 "totp SHA1 6 30 | Acme:EU | alice | Acme:EU | param"},
        Accepted{"IssuerColonRawMatchesParam", "otpauth://totp/Acme:EU:alice?secret=JBSWY3DPEHPK3PXP&issuer=Acme:EU",
                 "totp SHA1 6 30 | Acme:EU | alice | Acme:EU | param"},
        Accepted{"IssuerColonAllEncoded", "otpauth://totp/Acme%3AEU%3Aalice?secret=JBSWY3DPEHPK3PXP&issuer=Acme%3AEU",
                 "totp SHA1 6 30 | Acme:EU | alice | Acme:EU | param"},
        Accepted{"IssuerColonOnlyInParam", "otpauth://totp/alice?secret=JBSWY3DPEHPK3PXP&issuer=Acme%3AEU",
                 "totp SHA1 6 30 | Acme:EU | alice |  | param"},
        Accepted{"EncodedHash", "otpauth://totp/Team%20%231:bob?secret=JBSWY3DPEHPK3PXP&issuer=Team%20%231",
                 "totp SHA1 6 30 | Team #1 | bob | Team #1 | param"},
        Accepted{"RawHashIsNotAFragment", "otpauth://totp/Team #1:bob?secret=JBSWY3DPEHPK3PXP&issuer=Team #1",
                 "totp SHA1 6 30 | Team #1 | bob | Team #1 | param"},
        Accepted{"EncodedPercent", "otpauth://totp/100%25%20Club:bob?secret=JBSWY3DPEHPK3PXP&issuer=100%25%20Club",
                 "totp SHA1 6 30 | 100% Club | bob | 100% Club | param"},
        Accepted{"AmpersandAndEquals", "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&issuer=A%26B%3DC",
                 "totp SHA1 6 30 | A&B=C | x |  | param"},
        Accepted{"PlusInIssuerIsSpace", "otpauth://totp/ACME+Co:bob?secret=JBSWY3DPEHPK3PXP&issuer=ACME+Co",
                 "totp SHA1 6 30 | ACME Co | bob | ACME+Co | param"},
        Accepted{"EncodedPlusInIssuer", "otpauth://totp/C%2B%2B:dev?secret=JBSWY3DPEHPK3PXP&issuer=C%2B%2B%20Shop",
                 "totp SHA1 6 30 | C++ Shop | dev | C++ | param"},
        Accepted{"LpseKudus",
                 "otpauth://totp/LPSE%20Kabupaten%20Kudus:ppk1?secret=JBSWY3DPEHPK3PXP&issuer=LPSE%20Kabupaten%20Kudus",
                 "totp SHA1 6 30 | LPSE Kabupaten Kudus | ppk1 | LPSE Kabupaten Kudus | param"},
        Accepted{
            "SpseLikeNip",
            "otpauth://totp/SPSE%20LPSE%20Kota%20Bandung:198001012005011001?secret="
            "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=SPSE%20LPSE%20Kota%20Bandung&algorithm=SHA1&digits=6&period=30",
            "totp SHA1 6 30 | SPSE LPSE Kota Bandung | 198001012005011001 | SPSE LPSE Kota Bandung | param", kRfc},
        Accepted{"SpseLikePlusSpaces",
                 "otpauth://totp/LPSE%20Provinsi%20Jawa%20Tengah:pokja.2024?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                 "&issuer=LPSE+Provinsi+Jawa+Tengah",
                 "totp SHA1 6 30 | LPSE Provinsi Jawa Tengah | pokja.2024 | LPSE Provinsi Jawa Tengah | param", kRfc},
        Accepted{"EncodedUtf8", "otpauth://totp/Caf%C3%A9:zo%C3%AB?secret=JBSWY3DPEHPK3PXP&issuer=Caf%C3%A9",
                 "totp SHA1 6 30 | Caf\xC3\xA9 | zo\xC3\xAB | Caf\xC3\xA9 | param"},
        Accepted{"EncodedCjkAndEmoji", "otpauth://totp/%E6%97%A5%E6%9C%AC:%F0%9F%94%91?secret=JBSWY3DPEHPK3PXP",
                 "totp SHA1 6 30 | \xE6\x97\xA5\xE6\x9C\xAC | \xF0\x9F\x94\x91 | \xE6\x97\xA5\xE6\x9C\xAC | -"},
        Accepted{"RawUtf8", "otpauth://totp/Caf\xC3\xA9:bob?secret=JBSWY3DPEHPK3PXP",
                 "totp SHA1 6 30 | Caf\xC3\xA9 | bob | Caf\xC3\xA9 | -"}),
    [](const auto& row) { return std::string(row.param.name); });

// Secrets, parameters, case and whitespace.
INSTANTIATE_TEST_SUITE_P(
    Parameters, OtpauthAccepted,
    ::testing::Values(
        Accepted{"EncodedSpacesInSecret", "otpauth://totp/x?secret=JBSW%20Y3DP%20EHPK%203PXP",
                 "totp SHA1 6 30 |  | x |  | -"},
        Accepted{"PlusSpacesInSecret", "otpauth://totp/x?secret=JBSW+Y3DP+EHPK+3PXP", "totp SHA1 6 30 |  | x |  | -"},
        Accepted{"LowerCaseSecret", "otpauth://totp/x?secret=jbswy3dpehpk3pxp", "totp SHA1 6 30 |  | x |  | -"},
        Accepted{"PaddedSecret", "otpauth://totp/x?secret=MZXW6YTBOI%3D%3D%3D%3D%3D%3D", "totp SHA1 6 30 |  | x |  | -",
                 "MZXW6YTBOI"},
        Accepted{"RawPaddedSecret", "otpauth://totp/x?secret=MZXW6YTBOI======", "totp SHA1 6 30 |  | x |  | -",
                 "MZXW6YTBOI"},
        Accepted{"UpperCaseEverything", "OTPAUTH://TOTP/Example:alice?SECRET=JBSWY3DPEHPK3PXP&ISSUER=Example",
                 "totp SHA1 6 30 | Example | alice | Example | param"},
        Accepted{"MixedCaseNames", "otpauth://ToTp/x?Secret=JBSWY3DPEHPK3PXP&Algorithm=sha256&DIGITS=8&Period=60",
                 "totp SHA256 8 60 |  | x |  | -"},
        Accepted{"EncodedParamName", "otpauth://totp/x?%73ecret=JBSWY3DPEHPK3PXP", "totp SHA1 6 30 |  | x |  | -"},
        Accepted{"Sha512LowerCase", "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&algorithm=sha512",
                 "totp SHA512 6 30 |  | x |  | -"},
        Accepted{"TenDigits", "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=10", "totp SHA1 10 30 |  | x |  | -"},
        Accepted{"DigitsLeadingZero", "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=08",
                 "totp SHA1 8 30 |  | x |  | -"},
        Accepted{"PeriodOne", "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&period=1", "totp SHA1 6 1 |  | x |  | -"},
        Accepted{"PeriodOneDay", "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&period=86400",
                 "totp SHA1 6 86400 |  | x |  | -"},
        Accepted{"T0Extension", "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&t0=-1000",
                 "totp SHA1 6 30 t0=-1000 |  | x |  | -"},
        Accepted{"WhitespaceAround", " \t otpauth://totp/x?secret=JBSWY3DPEHPK3PXP \r\n",
                 "totp SHA1 6 30 |  | x |  | -"},
        Accepted{"EmptyQueryItemsIgnored", "otpauth://totp/x?&secret=JBSWY3DPEHPK3PXP&&issuer=E&",
                 "totp SHA1 6 30 | E | x |  | param"},
        Accepted{"HotpCounter", "otpauth://hotp/Example:alice?secret=JBSWY3DPEHPK3PXP&issuer=Example&counter=42",
                 "hotp SHA1 6 30 c=42 | Example | alice | Example | param"},
        Accepted{"HotpCounterZero", "otpauth://hotp/x?secret=JBSWY3DPEHPK3PXP&counter=0",
                 "hotp SHA1 6 30 c=0 |  | x |  | -"},
        Accepted{"HotpCounterMax", "otpauth://hotp/x?secret=JBSWY3DPEHPK3PXP&counter=18446744073709551615",
                 "hotp SHA1 6 30 c=18446744073709551615 |  | x |  | -"},
        Accepted{"HotpEightDigitsSha256",
                 "otpauth://hotp/x?secret=JBSWY3DPEHPK3PXP&counter=1&digits=8&algorithm=SHA256",
                 "hotp SHA256 8 30 c=1 |  | x |  | -"},
        Accepted{"TotpCounterKept", "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&counter=7",
                 "totp SHA1 6 30 c=7 |  | x |  | -"}),
    [](const auto& row) { return std::string(row.param.name); });

// Steam (Aegis: otpauth://steam/; KeePassXC: encoder=steam) and parameters kept for others.
INSTANTIATE_TEST_SUITE_P(
    SteamAndExtensions, OtpauthAccepted,
    ::testing::Values(
        Accepted{"SteamAegis",
                 "otpauth://steam/Steam:gaben?period=30&digits=5&algorithm=SHA1&secret=JBSWY3DPEHPK3PXP&issuer=Steam",
                 "steam SHA1 5 30 | Steam | gaben | Steam | param"},
        Accepted{"SteamAegisMinimal", "otpauth://steam/gaben?secret=JBSWY3DPEHPK3PXP",
                 "steam SHA1 5 30 |  | gaben |  | -"},
        Accepted{"SteamKeePassXC",
                 "otpauth://totp/Steam:gaben?secret=JBSWY3DPEHPK3PXP&period=30&digits=5&issuer=Steam&encoder=steam",
                 "steam SHA1 5 30 encoder | Steam | gaben | Steam | param"},
        Accepted{"SteamEncoderCaseInsensitive", "otpauth://totp/gaben?secret=JBSWY3DPEHPK3PXP&ENCODER=Steam",
                 "steam SHA1 5 30 encoder |  | gaben |  | -"},
        Accepted{"SteamTypeAndEncoder", "otpauth://steam/gaben?secret=JBSWY3DPEHPK3PXP&encoder=steam",
                 "steam SHA1 5 30 |  | gaben |  | -"},
        Accepted{"UnknownParamsKeptInOrder",
                 "otpauth://totp/x?color=red&secret=JBSWY3DPEHPK3PXP&Icon=Bank%20Logo&x-vendor=a+b&Color=blue",
                 "totp SHA1 6 30 |  | x |  | - | color=red, Icon=Bank Logo, x-vendor=a b, Color=blue"},
        Accepted{"ImageParam",
                 "otpauth://totp/Example:alice?secret=JBSWY3DPEHPK3PXP&issuer=Example&image=https%3A%2F%2Fexample.com%"
                 "2Flogo.png%3Fs%3D64",
                 "totp SHA1 6 30 | Example | alice | Example | param | image=https://example.com/logo.png?s=64"},
        Accepted{"ImageParamRaw", "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&image=https://example.com/logo.png",
                 "totp SHA1 6 30 |  | x |  | - | image=https://example.com/logo.png"},
        Accepted{"ParamWithoutValue", "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&pinned",
                 "totp SHA1 6 30 |  | x |  | - | pinned="},
        Accepted{"HashInExtraValue", "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&color=#FF0000",
                 "totp SHA1 6 30 |  | x |  | - | color=#FF0000"}),
    [](const auto& row) { return std::string(row.param.name); });

TEST(Otpauth, RfcSecretDecodesToTheRfcKey)
{
    auto parsed = parseOtpauth("otpauth://hotp/x?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&counter=0");
    ASSERT_TRUE(parsed);
    const std::string_view seed = "12345678901234567890";
    EXPECT_TRUE(constantTimeEquals(parsed->secret.view(), std::as_bytes(std::span(seed.data(), seed.size()))));
    // RFC 4226 Appendix D, counter 0.
    EXPECT_EQ(otp::codeAt(parsed->secret.view(), parsed->params, parsed->counter).value(), "755224");
}

} // namespace
} // namespace sandi::uri
