#include "core/clock/httpdate.h"

#include <gtest/gtest.h>

#include <string>

namespace sandi::clock {
namespace {

// Names instantiated tests after their table row, so ctest lists readable names.
struct ByName
{
    template <class P> std::string operator()(const ::testing::TestParamInfo<P>& p) const { return p.param.name; }
};

constexpr std::int64_t kExample = 784'111'777; // RFC 7231 §7.1.1.1's example, 1994-11-06T08:49:37Z

struct Good
{
    const char* name;
    const char* text;
    std::int64_t unix;
};

class HttpDateParses : public ::testing::TestWithParam<Good>
{};

TEST_P(HttpDateParses, Date)
{
    const auto r = parseHttpDate(GetParam().text);
    ASSERT_TRUE(r) << r.error().detail;
    EXPECT_EQ(*r, GetParam().unix);
}

INSTANTIATE_TEST_SUITE_P(HttpDate, HttpDateParses,
                         ::testing::Values(Good{"ImfFixdate", "Sun, 06 Nov 1994 08:49:37 GMT", kExample},
                                           Good{"Rfc850", "Sunday, 06-Nov-94 08:49:37 GMT", kExample},
                                           Good{"Asctime", "Sun Nov  6 08:49:37 1994", kExample},
                                           Good{"Epoch", "Thu, 01 Jan 1970 00:00:00 GMT", 0},
                                           Good{"LeapDay", "Thu, 29 Feb 2024 12:00:00 GMT", 1'709'208'000},
                                           Good{"Rfc850TwentyFirstCentury", "Wednesday, 25-Nov-26 06:00:00 GMT",
                                                1'795'586'400},
                                           Good{"After2038", "Tue, 19 Jan 2038 03:14:08 GMT", 2'147'483'648}),
                         ByName());

struct Bad
{
    const char* name;
    const char* text;
};

class HttpDateRejects : public ::testing::TestWithParam<Bad>
{};

TEST_P(HttpDateRejects, Date)
{
    const auto r = parseHttpDate(GetParam().text);
    ASSERT_FALSE(r) << *r;
    EXPECT_EQ(r.error().code, Errc::InvalidHttpDate);
}

INSTANTIATE_TEST_SUITE_P(
    HttpDate, HttpDateRejects,
    ::testing::Values(
        Bad{"Empty", ""}, Bad{"BadMonth", "Sun, 06 Foo 1994 08:49:37 GMT"},
        Bad{"LowercaseMonth", "Sun, 06 nov 1994 08:49:37 GMT"}, Bad{"Day32", "Thu, 32 Dec 1994 08:49:37 GMT"},
        Bad{"Day0", "Sun, 00 Nov 1994 08:49:37 GMT"}, Bad{"Feb29NotLeap", "Thu, 29 Feb 2023 12:00:00 GMT"},
        Bad{"NotGmt", "Sun, 06 Nov 1994 08:49:37 UTC"}, Bad{"Offset", "Sun, 06 Nov 1994 08:49:37 +0000"},
        Bad{"WrongWeekday", "Mon, 06 Nov 1994 08:49:37 GMT"}, Bad{"Hour24", "Sun, 06 Nov 1994 24:00:00 GMT"},
        Bad{"Minute60", "Sun, 06 Nov 1994 08:60:37 GMT"}, Bad{"OneDigitDay", "Sun, 6 Nov 1994 08:49:37 GMT"},
        Bad{"TrailingSpace", "Sun, 06 Nov 1994 08:49:37 GMT "}, Bad{"Rfc850ShortDay", "Sun, 06-Nov-94 08:49:37 GMT"},
        Bad{"AsctimeZeroPadded", "Sun Nov 06 08:49:37 1994x"}, Bad{"SignInNumber", "Sun, +6 Nov 1994 08:49:37 GMT"}),
    ByName());

TEST(HttpDate, OffsetComparesMiddleOfSecondWithMiddleOfRoundTrip)
{
    // Sent at 100.0 s, answered at 100.4 s (middle 100.2 s); Date says 190 s, i.e. 190.5 s on average.
    EXPECT_EQ(httpDateOffsetMicros(190, 100'000'000, 100'400'000), 90'300'000);
    EXPECT_EQ(httpDateOffsetMicros(55, 100'000'000, 100'000'000), -44'500'000);
}

} // namespace
} // namespace sandi::clock
