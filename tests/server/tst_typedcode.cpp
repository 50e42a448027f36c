// The typed code on the Acceptor TOTP page: RFC 6238 Appendix B's SHA-1 key and times, cut to six
// digits (RFC 4226 §5.3: the last six digits of the 8-digit vectors), ±1 step, no replay.
#include "server/typedcode.h"

#include <gtest/gtest.h>

#include <string_view>

namespace {

using sandi::server::checkTypedCode;
using sandi::server::TypedCodeVerdict;

std::span<const std::byte> rfcKey()
{
    static constexpr std::string_view key = "12345678901234567890"; // RFC 6238 Appendix B, SHA-1
    return std::as_bytes(std::span(key.data(), key.size()));
}

// RFC 6238 Appendix B: 94287082 at T = 59 s (step 1); RFC 4226 Appendix D: 755224 (counter 0),
// 359152 (counter 2).
constexpr std::string_view kStep1 = "287082";

TEST(TypedCode, AcceptsTheCurrentStep)
{
    const auto r = checkTypedCode(rfcKey(), kStep1, 59, std::nullopt);
    EXPECT_EQ(r.verdict, TypedCodeVerdict::Accepted);
    EXPECT_EQ(r.step, 1);
    EXPECT_EQ(checkTypedCode(rfcKey(), "081804", 1111111109, std::nullopt).verdict, TypedCodeVerdict::Accepted);
    EXPECT_EQ(checkTypedCode(rfcKey(), "005924", 1234567890, std::nullopt).verdict, TypedCodeVerdict::Accepted);
}

TEST(TypedCode, AcceptsOneStepEitherSide)
{
    EXPECT_EQ(checkTypedCode(rfcKey(), kStep1, 89, std::nullopt).step, 1); // now step 2: previous
    EXPECT_EQ(checkTypedCode(rfcKey(), kStep1, 29, std::nullopt).step, 1); // now step 0: next
    EXPECT_EQ(checkTypedCode(rfcKey(), kStep1, 89, std::nullopt).verdict, TypedCodeVerdict::Accepted);
    EXPECT_EQ(checkTypedCode(rfcKey(), kStep1, 29, std::nullopt).verdict, TypedCodeVerdict::Accepted);
}

TEST(TypedCode, RefusesTwoStepsAway)
{
    EXPECT_EQ(checkTypedCode(rfcKey(), kStep1, 90, std::nullopt).verdict, TypedCodeVerdict::Wrong);      // step 3
    EXPECT_EQ(checkTypedCode(rfcKey(), "359152", 30, std::nullopt).verdict, TypedCodeVerdict::Accepted); // 2 from 1
    EXPECT_EQ(checkTypedCode(rfcKey(), "359152", 0, std::nullopt).verdict, TypedCodeVerdict::Wrong);     // 2 from 0
}

TEST(TypedCode, RefusesWrongCodes)
{
    EXPECT_EQ(checkTypedCode(rfcKey(), "000000", 59, std::nullopt).verdict, TypedCodeVerdict::Wrong);
    EXPECT_EQ(checkTypedCode(rfcKey(), "287083", 59, std::nullopt).verdict, TypedCodeVerdict::Wrong);
}

TEST(TypedCode, RefusesMalformedInput)
{
    for (std::string_view bad : {"", "28708", "2870822", "28708a", " 87082", "287 82", "２87082"})
        EXPECT_EQ(checkTypedCode(rfcKey(), bad, 59, std::nullopt).verdict, TypedCodeVerdict::Malformed) << bad;
}

TEST(TypedCode, RefusesAReplayedCode)
{
    // Used once at step 1: the same code is refused for the rest of its window.
    const auto again = checkTypedCode(rfcKey(), kStep1, 60, std::int64_t{1});
    EXPECT_EQ(again.verdict, TypedCodeVerdict::Replayed);
    EXPECT_EQ(again.step, 1);
    // After a newer code (step 2) was accepted, the older one is refused too.
    EXPECT_EQ(checkTypedCode(rfcKey(), kStep1, 89, std::int64_t{2}).verdict, TypedCodeVerdict::Replayed);
    // A code newer than the last accepted one passes.
    EXPECT_EQ(checkTypedCode(rfcKey(), "359152", 60, std::int64_t{1}).verdict, TypedCodeVerdict::Accepted);
    EXPECT_EQ(checkTypedCode(rfcKey(), kStep1, 59, std::int64_t{0}).verdict, TypedCodeVerdict::Accepted);
}

TEST(TypedCode, ReportsTheMatchedStep)
{
    EXPECT_EQ(checkTypedCode(rfcKey(), "755224", 29, std::nullopt).step, 0);
    EXPECT_EQ(checkTypedCode(rfcKey(), "359152", 59, std::nullopt).step, 2);
}

} // namespace
