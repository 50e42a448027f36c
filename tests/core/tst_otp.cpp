#include "core/encoding/base32.h"
#include "core/otp/otp.h"

#include <gtest/gtest.h>

#include <limits>
#include <ostream>
#include <string>

namespace sandi::otp {
namespace {

std::span<const std::byte> ascii(std::string_view s)
{
    return std::as_bytes(std::span(s.data(), s.size()));
}

// RFC 4226 Appendix D / RFC 6238 Appendix B seeds: ASCII digits of 20, 32 and 64 bytes.
constexpr std::string_view kSeed20 = "12345678901234567890";
constexpr std::string_view kSeed32 = "12345678901234567890123456789012";
constexpr std::string_view kSeed64 = "1234567890123456789012345678901234567890123456789012345678901234";

Params params(Type type, Algorithm alg, int digits, std::int64_t period = 30, std::int64_t t0 = 0)
{
    auto p = Params::create(type, alg, digits, period, t0);
    EXPECT_TRUE(p.has_value());
    return p.value_or(Params{});
}

TEST(Hotp, Rfc4226AppendixD)
{
    const char* expected[] = {"755224", "287082", "359152", "969429", "338314",
                              "254676", "287922", "162583", "399871", "520489"};
    const Params p = params(Type::Hotp, Algorithm::Sha1, 6);
    for (std::uint64_t counter = 0; counter < 10; ++counter) {
        EXPECT_EQ(codeAt(ascii(kSeed20), p, counter).value(), expected[counter]) << "counter " << counter;
    }
}

struct TotpVector
{
    std::int64_t time;
    const char* sha1;
    const char* sha256;
    const char* sha512;
};

// Names the row in test output instead of a byte dump.
std::ostream& operator<<(std::ostream& out, const TotpVector& row)
{
    return out << row.time;
}

// RFC 6238 Appendix B, 8 digits, 30 s, T0 = 0.
const TotpVector kRfc6238[] = {
    {59, "94287082", "46119246", "90693936"},         {1111111109, "07081804", "68084774", "25091201"},
    {1111111111, "14050471", "67062674", "99943326"}, {1234567890, "89005924", "91819424", "93441116"},
    {2000000000, "69279037", "90698825", "38618901"}, {20000000000, "65353130", "77737706", "47863826"},
};

class TotpRfc6238 : public ::testing::TestWithParam<TotpVector>
{};

TEST_P(TotpRfc6238, AllThreeHashes)
{
    const auto& v = GetParam();
    EXPECT_EQ(totpAt(ascii(kSeed20), params(Type::Totp, Algorithm::Sha1, 8), v.time).value(), v.sha1);
    EXPECT_EQ(totpAt(ascii(kSeed32), params(Type::Totp, Algorithm::Sha256, 8), v.time).value(), v.sha256);
    EXPECT_EQ(totpAt(ascii(kSeed64), params(Type::Totp, Algorithm::Sha512, 8), v.time).value(), v.sha512);
}

INSTANTIATE_TEST_SUITE_P(AppendixB, TotpRfc6238, ::testing::ValuesIn(kRfc6238),
                         [](const auto& p) { return "t" + std::to_string(p.param.time); });

TEST(Totp, SixDigitsAreTheLastSixOfEight)
{
    EXPECT_EQ(totpAt(ascii(kSeed20), Params{}, 59).value(), "287082");
    EXPECT_EQ(totpAt(ascii(kSeed20), Params{}, 1111111109).value(), "081804");
}

TEST(Totp, TenDigitsZeroPadTheTruncatedValue)
{
    // Truncated value for counter 1 of the RFC key is 0x45E0C81A... checked via 6/8 digit suffixes.
    const Params p10 = params(Type::Hotp, Algorithm::Sha1, 10);
    const Params p8 = params(Type::Hotp, Algorithm::Sha1, 8);
    for (std::uint64_t c = 0; c < 10; ++c) {
        const std::string ten = codeAt(ascii(kSeed20), p10, c).value();
        ASSERT_EQ(ten.size(), 10U);
        EXPECT_EQ(ten.substr(2), codeAt(ascii(kSeed20), p8, c).value());
        EXPECT_LE(ten, "2147483647"); // a 31-bit value
    }
}

TEST(Totp, SevenAndNineDigits)
{
    const Params p7 = params(Type::Totp, Algorithm::Sha1, 7);
    const Params p9 = params(Type::Totp, Algorithm::Sha1, 9);
    EXPECT_EQ(totpAt(ascii(kSeed20), p7, 59).value(), "4287082");
    EXPECT_EQ(totpAt(ascii(kSeed20), p9, 59).value().substr(1), "94287082");
}

TEST(Totp, StepUsesFloorBeforeT0)
{
    const Params p;
    EXPECT_EQ(timeStep(p, 0), 0);
    EXPECT_EQ(timeStep(p, 29), 0);
    EXPECT_EQ(timeStep(p, 30), 1);
    EXPECT_EQ(timeStep(p, -1), -1);
    EXPECT_EQ(timeStep(p, -30), -1);
    EXPECT_EQ(timeStep(p, -31), -2);
}

TEST(Totp, BeforeEpochUsesTwosComplementCounter)
{
    const Params hotp = params(Type::Hotp, Algorithm::Sha1, 6);
    const std::string viaCounter = codeAt(ascii(kSeed20), hotp, std::numeric_limits<std::uint64_t>::max()).value();
    EXPECT_EQ(totpAt(ascii(kSeed20), Params{}, -1).value(), viaCounter);
    EXPECT_EQ(totpAt(ascii(kSeed20), Params{}, -30).value(), viaCounter);
}

TEST(Totp, CustomT0ShiftsTheSteps)
{
    const Params shifted = params(Type::Totp, Algorithm::Sha1, 8, 30, 1000);
    const Params plain = params(Type::Totp, Algorithm::Sha1, 8);
    EXPECT_EQ(totpAt(ascii(kSeed20), shifted, 1059).value(), totpAt(ascii(kSeed20), plain, 59).value());
    EXPECT_EQ(secondsLeft(shifted, 1000), 30);
    EXPECT_EQ(secondsLeft(shifted, 1029), 1);
}

TEST(Totp, ExtremeTimesDoNotOverflow)
{
    constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
    constexpr auto kMin = std::numeric_limits<std::int64_t>::min();
    const Params negT0 = params(Type::Totp, Algorithm::Sha1, 6, 1, kMin);
    EXPECT_EQ(timeStep(negT0, kMax), -1); // exact value 2^64 - 1, modulo 2^64
    EXPECT_EQ(timeStep(negT0, kMin), 0);
    const Params posT0 = params(Type::Totp, Algorithm::Sha1, 6, 1, kMax);
    EXPECT_EQ(timeStep(posT0, kMin), 1); // exact value -(2^64 - 1), modulo 2^64
    const Params p = params(Type::Totp, Algorithm::Sha1, 6, 86400);
    EXPECT_EQ(timeStep(p, kMax), kMax / 86400);
    EXPECT_EQ(timeStep(p, kMin), kMin / 86400 - 1);
    EXPECT_TRUE(totpAt(ascii(kSeed20), p, kMax).has_value());
    EXPECT_TRUE(totpAt(ascii(kSeed20), p, kMin).has_value());
    EXPECT_GE(secondsLeft(p, kMin), 1);
    EXPECT_LE(secondsLeft(p, kMax), 86400);
}

TEST(Totp, SecondsLeftCountsDown)
{
    const Params p;
    EXPECT_EQ(secondsLeft(p, 0), 30);
    EXPECT_EQ(secondsLeft(p, 1), 29);
    EXPECT_EQ(secondsLeft(p, 29), 1);
    EXPECT_EQ(secondsLeft(p, 30), 30);
    EXPECT_EQ(secondsLeft(p, -1), 1);
    EXPECT_EQ(secondsLeft(p, -30), 30);
    const Params day = params(Type::Totp, Algorithm::Sha1, 6, 86400);
    EXPECT_EQ(secondsLeft(day, 86399), 1);
    const Params one = params(Type::Totp, Algorithm::Sha1, 6, 1);
    EXPECT_EQ(secondsLeft(one, 12345), 1);
}

TEST(Totp, NextCodeIsTheCodeOfTheNextPeriod)
{
    const Params p = params(Type::Totp, Algorithm::Sha1, 8);
    EXPECT_EQ(nextTotpAt(ascii(kSeed20), p, 1111111109 - 30).value(), "07081804");
    EXPECT_EQ(nextTotpAt(ascii(kSeed20), p, 29).value(), "94287082");
    // Crossing from step -1 to 0.
    EXPECT_EQ(nextTotpAt(ascii(kSeed20), p, -1).value(), totpAt(ascii(kSeed20), p, 0).value());
}

TEST(Totp, HotpParamsAreNotTimeBased)
{
    const Params hotp = params(Type::Hotp, Algorithm::Sha1, 6);
    EXPECT_FALSE(totpAt(ascii(kSeed20), hotp, 59).has_value());
    EXPECT_FALSE(nextTotpAt(ascii(kSeed20), hotp, 59).has_value());
}

TEST(Steam, MatchesCodesFromTheSteamApp)
{
    // Pairs published in KeePassXC's test suite, taken from the Steam mobile app.
    const auto key = base32::decode("63BEDWCQZKTQWPESARIERL5DTTQFCJTK");
    ASSERT_TRUE(key);
    EXPECT_EQ(totpAt(key->view(), Params::steam(), 1511200518).value(), "FR8RV");
    EXPECT_EQ(totpAt(key->view(), Params::steam(), 1511200714).value(), "9P3VP");
}

TEST(Steam, ParamsAreFixed)
{
    EXPECT_TRUE(Params::create(Type::Steam, Algorithm::Sha1, 5).has_value());
    EXPECT_EQ(Params::create(Type::Steam, Algorithm::Sha1, 6).error().code, Errc::InvalidDigits);
    EXPECT_EQ(Params::create(Type::Steam, Algorithm::Sha256, 5).error().code, Errc::UnsupportedAlgorithm);
}

struct BadParams
{
    const char* name;
    Type type;
    int digits;
    std::int64_t period;
    Errc code;
};

// Names the row in test output instead of a byte dump.
std::ostream& operator<<(std::ostream& out, const BadParams& row)
{
    return out << row.name;
}

class ParamsValidation : public ::testing::TestWithParam<BadParams>
{};

TEST_P(ParamsValidation, Rejects)
{
    const auto& b = GetParam();
    auto r = Params::create(b.type, Algorithm::Sha1, b.digits, b.period);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, b.code);
}

INSTANTIATE_TEST_SUITE_P(Bounds, ParamsValidation,
                         ::testing::Values(BadParams{"Digits5", Type::Totp, 5, 30, Errc::InvalidDigits},
                                           BadParams{"Digits11", Type::Totp, 11, 30, Errc::InvalidDigits},
                                           BadParams{"Digits0", Type::Hotp, 0, 30, Errc::InvalidDigits},
                                           BadParams{"Period0", Type::Totp, 6, 0, Errc::InvalidPeriod},
                                           BadParams{"PeriodNegative", Type::Totp, 6, -30, Errc::InvalidPeriod},
                                           BadParams{"Period86401", Type::Totp, 6, 86401, Errc::InvalidPeriod}),
                         [](const auto& p) { return std::string(p.param.name); });

TEST(Params, AcceptsTheWholeRange)
{
    for (int digits = kMinDigits; digits <= kMaxDigits; ++digits) {
        EXPECT_TRUE(Params::create(Type::Totp, Algorithm::Sha512, digits, 1).has_value());
        EXPECT_TRUE(Params::create(Type::Totp, Algorithm::Sha256, digits, 86400).has_value());
    }
}

TEST(Params, UnknownAlgorithmValueIsRejected)
{
    auto r = Params::create(Type::Totp, static_cast<Algorithm>(7), 6);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::UnsupportedAlgorithm);
}

} // namespace
} // namespace sandi::otp
