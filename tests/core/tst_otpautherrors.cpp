// otpauth:// URIs that must be rejected, each with its one error code (docs/otpauth-uri.md), and
// error details that never leak the secret.
#include "core/uri/otpauth.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>

namespace sandi::uri {
namespace {

struct Rejected
{
    const char* name;
    std::string uri;
    Errc code;
};

void PrintTo(const Rejected& row, std::ostream* os)
{
    *os << row.name << " (" << errcName(row.code) << ")";
}

class OtpauthRejected : public ::testing::TestWithParam<Rejected>
{};

TEST_P(OtpauthRejected, FailsWithItsCode)
{
    auto parsed = parseOtpauth(GetParam().uri);
    ASSERT_FALSE(parsed) << "accepted";
    EXPECT_EQ(errcName(parsed.error().code), errcName(GetParam().code)) << parsed.error().detail;
}

// The test secret, so that "detail never contains the secret" can be checked on every row.
#define SEC "JBSWY3DPEHPK3PXP"
constexpr char kNulUri[] = "otpauth://totp/x\0?secret=" SEC;

INSTANTIATE_TEST_SUITE_P(
    Shape, OtpauthRejected,
    ::testing::Values(
        Rejected{"Empty", "", Errc::NotOtpauthUri}, Rejected{"OnlySpaces", "  \n", Errc::NotOtpauthUri},
        Rejected{"HttpsUrl", "https://example.com/?secret=" SEC, Errc::NotOtpauthUri},
        Rejected{"BareSecret", SEC, Errc::NotOtpauthUri},
        Rejected{"MigrationUri", "otpauth-migration://offline?data=CiQKCkhlbGxvId6tvu8", Errc::NotOtpauthUri},
        Rejected{"NoDoubleSlash", "otpauth:totp/x?secret=" SEC, Errc::MalformedUri},
        Rejected{"NoType", "otpauth:///x?secret=" SEC, Errc::MalformedUri},
        Rejected{"NewlineInside", "otpauth://totp/x\n?secret=" SEC, Errc::MalformedUri},
        Rejected{"NulInside", std::string(kNulUri, sizeof kNulUri - 1), Errc::MalformedUri},
        Rejected{"TypeMotp", "otpauth://motp/x?secret=" SEC, Errc::UnsupportedOtpType},
        Rejected{"TypeYandex", "otpauth://yaotp/x?secret=" SEC, Errc::UnsupportedOtpType},
        Rejected{"TypeWithPort", "otpauth://totp:443/x?secret=" SEC, Errc::UnsupportedOtpType},
        Rejected{"EncoderUnknown", "otpauth://totp/x?secret=" SEC "&encoder=yandex", Errc::UnsupportedOtpType},
        Rejected{"EncoderEmpty", "otpauth://totp/x?secret=" SEC "&encoder=", Errc::UnsupportedOtpType},
        Rejected{"EncoderOnHotp", "otpauth://hotp/x?secret=" SEC "&counter=1&encoder=steam", Errc::UnsupportedOtpType}),
    [](const auto& row) { return std::string(row.param.name); });

INSTANTIATE_TEST_SUITE_P(
    LabelAndText, OtpauthRejected,
    ::testing::Values(
        Rejected{"NoLabelNoIssuer", "otpauth://totp?secret=" SEC, Errc::MissingLabel},
        Rejected{"EmptyLabelNoIssuer", "otpauth://totp/?secret=" SEC, Errc::MissingLabel},
        Rejected{"OnlyColon", "otpauth://totp/:?secret=" SEC, Errc::MissingLabel},
        Rejected{"OnlySpacesAfterColon", "otpauth://totp/:%20?secret=" SEC, Errc::MissingLabel},
        Rejected{"EmptyIssuerParamOnly", "otpauth://totp/?secret=" SEC "&issuer=", Errc::MissingLabel},
        Rejected{"BadPercentInLabel", "otpauth://totp/x%G1?secret=" SEC, Errc::InvalidPercentEncoding},
        Rejected{"TruncatedPercentInLabel", "otpauth://totp/x%4?secret=" SEC, Errc::InvalidPercentEncoding},
        Rejected{"BadPercentInIssuer", "otpauth://totp/x?secret=" SEC "&issuer=100%", Errc::InvalidPercentEncoding},
        Rejected{"BadPercentInExtra", "otpauth://totp/x?secret=" SEC "&image=%zz", Errc::InvalidPercentEncoding},
        Rejected{"BadPercentInName", "otpauth://totp/x?secret=" SEC "&%q=1", Errc::InvalidPercentEncoding},
        Rejected{"Latin1Label", "otpauth://totp/Caf%E9:bob?secret=" SEC, Errc::InvalidUtf8},
        Rejected{"RawLatin1Label", "otpauth://totp/Caf\xE9:bob?secret=" SEC, Errc::InvalidUtf8},
        Rejected{"Latin1Issuer", "otpauth://totp/x?secret=" SEC "&issuer=Caf%E9", Errc::InvalidUtf8},
        Rejected{"OverlongInLabel", "otpauth://totp/%C0%AF?secret=" SEC, Errc::InvalidUtf8},
        Rejected{"SurrogateInLabel", "otpauth://totp/%ED%A0%80?secret=" SEC, Errc::InvalidUtf8},
        Rejected{"NonUtf8Extra", "otpauth://totp/x?secret=" SEC "&icon=%FF", Errc::InvalidUtf8},
        Rejected{"NonUtf8ParamName", "otpauth://totp/x?secret=" SEC "&%FF=1", Errc::InvalidUtf8}),
    [](const auto& row) { return std::string(row.param.name); });

INSTANTIATE_TEST_SUITE_P(
    Secret, OtpauthRejected,
    ::testing::Values(
        Rejected{"NoSecret", "otpauth://totp/x?issuer=E", Errc::MissingSecret},
        Rejected{"NoQuery", "otpauth://totp/x", Errc::MissingSecret},
        Rejected{"EmptySecret", "otpauth://totp/x?secret=", Errc::MissingSecret},
        Rejected{"SecretWithoutEquals", "otpauth://totp/x?secret", Errc::MissingSecret},
        Rejected{"SecretOnlySpaces", "otpauth://totp/x?secret=%20+%20", Errc::MissingSecret},
        Rejected{"SecretDigitOne", "otpauth://totp/x?secret=JBSWY3DPEHPK3PX1", Errc::InvalidSecret},
        Rejected{"SecretBadLength", "otpauth://totp/x?secret=JBSWY3DPE", Errc::InvalidSecret},
        Rejected{"SecretHex", "otpauth://totp/x?secret=3132333435363738393031323334353637383930", Errc::InvalidSecret},
        Rejected{"SecretNonUtf8", "otpauth://totp/x?secret=JBSW%FFY3DP", Errc::InvalidSecret},
        Rejected{"SecretBadPercent", "otpauth://totp/x?secret=JBSW%ZZY3DP", Errc::InvalidPercentEncoding},
        Rejected{"TwoSecrets", "otpauth://totp/x?secret=" SEC "&secret=" SEC, Errc::DuplicateParameter},
        Rejected{"TwoSecretsDifferentCase", "otpauth://totp/x?secret=" SEC "&SECRET=" SEC, Errc::DuplicateParameter},
        Rejected{"TwoIssuers", "otpauth://totp/x?secret=" SEC "&issuer=A&issuer=B", Errc::DuplicateParameter},
        Rejected{"TwoDigits", "otpauth://totp/x?secret=" SEC "&digits=6&digits=8", Errc::DuplicateParameter}),
    [](const auto& row) { return std::string(row.param.name); });

INSTANTIATE_TEST_SUITE_P(
    OtpParameters, OtpauthRejected,
    ::testing::Values(
        Rejected{"AlgorithmMd5", "otpauth://totp/x?secret=" SEC "&algorithm=MD5", Errc::UnsupportedAlgorithm},
        Rejected{"AlgorithmEmpty", "otpauth://totp/x?secret=" SEC "&algorithm=", Errc::UnsupportedAlgorithm},
        Rejected{"AlgorithmDashed", "otpauth://totp/x?secret=" SEC "&algorithm=SHA-256", Errc::UnsupportedAlgorithm},
        Rejected{"SteamSha256", "otpauth://steam/x?secret=" SEC "&algorithm=SHA256", Errc::UnsupportedAlgorithm},
        Rejected{"Digits0", "otpauth://totp/x?secret=" SEC "&digits=0", Errc::InvalidDigits},
        Rejected{"Digits5", "otpauth://totp/x?secret=" SEC "&digits=5", Errc::InvalidDigits},
        Rejected{"Digits11", "otpauth://totp/x?secret=" SEC "&digits=11", Errc::InvalidDigits},
        Rejected{"DigitsAbc", "otpauth://totp/x?secret=" SEC "&digits=abc", Errc::InvalidDigits},
        Rejected{"DigitsEmpty", "otpauth://totp/x?secret=" SEC "&digits=", Errc::InvalidDigits},
        Rejected{"DigitsNegative", "otpauth://totp/x?secret=" SEC "&digits=-6", Errc::InvalidDigits},
        Rejected{"DigitsPlusSign", "otpauth://totp/x?secret=" SEC "&digits=%2B6", Errc::InvalidDigits},
        Rejected{"DigitsHuge", "otpauth://totp/x?secret=" SEC "&digits=99999999999", Errc::InvalidDigits},
        Rejected{"SteamDigits6", "otpauth://steam/x?secret=" SEC "&digits=6", Errc::InvalidDigits},
        Rejected{"EncoderSteamDigits6", "otpauth://totp/x?secret=" SEC "&digits=6&encoder=steam", Errc::InvalidDigits},
        Rejected{"Period0", "otpauth://totp/x?secret=" SEC "&period=0", Errc::InvalidPeriod},
        Rejected{"PeriodMinus1", "otpauth://totp/x?secret=" SEC "&period=-1", Errc::InvalidPeriod},
        Rejected{"PeriodAbc", "otpauth://totp/x?secret=" SEC "&period=abc", Errc::InvalidPeriod},
        Rejected{"PeriodFraction", "otpauth://totp/x?secret=" SEC "&period=30.5", Errc::InvalidPeriod},
        Rejected{"PeriodTooLong", "otpauth://totp/x?secret=" SEC "&period=86401", Errc::InvalidPeriod},
        Rejected{"HotpPeriod0", "otpauth://hotp/x?secret=" SEC "&counter=1&period=0", Errc::InvalidPeriod},
        Rejected{"T0Abc", "otpauth://totp/x?secret=" SEC "&t0=abc", Errc::InvalidT0},
        Rejected{"HotpWithoutCounter", "otpauth://hotp/x?secret=" SEC, Errc::MissingCounter},
        Rejected{"CounterNegative", "otpauth://hotp/x?secret=" SEC "&counter=-1", Errc::InvalidCounter},
        Rejected{"CounterAbc", "otpauth://hotp/x?secret=" SEC "&counter=abc", Errc::InvalidCounter},
        Rejected{"CounterEmpty", "otpauth://hotp/x?secret=" SEC "&counter=", Errc::InvalidCounter},
        Rejected{"CounterOverflow", "otpauth://hotp/x?secret=" SEC "&counter=18446744073709551616",
                 Errc::InvalidCounter},
        Rejected{"TotpCounterAbc", "otpauth://totp/x?secret=" SEC "&counter=abc", Errc::InvalidCounter}),
    [](const auto& row) { return std::string(row.param.name); });

#undef SEC

TEST_P(OtpauthRejected, DetailNeverContainsTheSecret)
{
    auto parsed = parseOtpauth(GetParam().uri);
    ASSERT_FALSE(parsed);
    EXPECT_EQ(parsed.error().detail.find("JBSWY3DP"), std::string::npos) << parsed.error().detail;
}

TEST(OtpauthErrors, SecretErrorsNameAPositionNotTheText)
{
    for (const char* uri : {"otpauth://totp/x?secret=SECRETSECRETSECRE1", "otpauth://totp/x?secret=SECRET%ZZSECRET",
                            "otpauth://totp/x?secret=SECRETSECRETSE", "otpauth://totp/x?secret=SECRET%FFSECRET"}) {
        auto parsed = parseOtpauth(uri);
        ASSERT_FALSE(parsed);
        EXPECT_EQ(parsed.error().detail.find("SECRET"), std::string::npos) << parsed.error().detail;
        EXPECT_EQ(parsed.error().detail.find("ECRE"), std::string::npos) << parsed.error().detail;
    }
}

TEST(OtpauthErrors, ValuesInDetailsArePrintableAndShort)
{
    auto parsed = parseOtpauth("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&algorithm=%E2%9C%93" + std::string(100, 'A'));
    ASSERT_FALSE(parsed);
    EXPECT_EQ(parsed.error().code, Errc::UnsupportedAlgorithm);
    EXPECT_LT(parsed.error().detail.size(), 60U);
    for (char c : parsed.error().detail) {
        EXPECT_TRUE(c >= 0x20 && c < 0x7F);
    }
}

std::string_view firstError(std::string_view uri)
{
    auto parsed = parseOtpauth(uri);
    return parsed ? "accepted" : errcName(parsed.error().code);
}

TEST(OtpauthErrors, FirstProblemInDocumentedOrderWins)
{
    // docs/otpauth-uri.md, "Errors": type, parameter names, encoder, label, secret, OTP parameters.
    EXPECT_EQ(firstError("otpauth://motp/?digits=0&%ZZ"), "UnsupportedOtpType");
    EXPECT_EQ(firstError("otpauth://totp/%ZZ?secret=A&secret=B"), "DuplicateParameter");
    EXPECT_EQ(firstError("otpauth://totp/?encoder=x"), "UnsupportedOtpType");
    EXPECT_EQ(firstError("otpauth://totp/%ZZ?issuer=%FF"), "InvalidUtf8");
    EXPECT_EQ(firstError("otpauth://totp/?digits=0"), "MissingLabel");
    EXPECT_EQ(firstError("otpauth://totp/x?digits=0"), "MissingSecret");
    EXPECT_EQ(firstError("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&period=0&digits=0&algorithm=MD5"),
              "UnsupportedAlgorithm");
    EXPECT_EQ(firstError("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&period=0&digits=0"), "InvalidDigits");
    EXPECT_EQ(firstError("otpauth://hotp/x?secret=JBSWY3DPEHPK3PXP&period=0"), "InvalidPeriod");
}

} // namespace
} // namespace sandi::uri
