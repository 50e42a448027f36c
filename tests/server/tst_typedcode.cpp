// The typed code on the Acceptor TOTP and Aktivasi pages, now checked by the protocol's rule
// approval::checkTypedCode (docs/approval-protocol.md §10) with SPSE's parameters (SHA-1, 6 digits,
// 30 s): RFC 6238 Appendix B's SHA-1 key and times, cut to six digits (RFC 4226 §5.3: the last six
// digits of the 8-digit vectors), ±1 step, no replay. The pages check the six-digit form first.
#include "core/approval/rules.h"

#include <gtest/gtest.h>

#include <optional>
#include <string_view>

namespace {

using sandi::approval::Rejection;

std::span<const std::byte> rfcKey()
{
    static constexpr std::string_view key = "12345678901234567890"; // RFC 6238 Appendix B, SHA-1
    return std::as_bytes(std::span(key.data(), key.size()));
}

sandi::approval::Verdict<std::int64_t> check(std::string_view code, std::int64_t now,
                                             std::optional<std::int64_t> last = std::nullopt)
{
    return sandi::approval::checkTypedCode(rfcKey(), sandi::otp::Params{}, code, now, last);
}

// RFC 6238 Appendix B: 94287082 at T = 59 s (step 1); RFC 4226 Appendix D: 755224 (counter 0),
// 359152 (counter 2).
constexpr std::string_view kStep1 = "287082";

TEST(TypedCode, AcceptsTheCurrentStep)
{
    EXPECT_EQ(check(kStep1, 59), 1);
    EXPECT_EQ(check("081804", 1111111109), 1111111109 / 30);
    EXPECT_EQ(check("005924", 1234567890), 1234567890 / 30);
}

TEST(TypedCode, AcceptsOneStepEitherSide)
{
    EXPECT_EQ(check(kStep1, 89), 1); // now step 2: previous
    EXPECT_EQ(check(kStep1, 29), 1); // now step 0: next
}

TEST(TypedCode, RefusesTwoStepsAway)
{
    EXPECT_EQ(check(kStep1, 90).error(), Rejection::WrongCode);  // step 3
    EXPECT_EQ(check("359152", 30), 2);                           // 2 from 1
    EXPECT_EQ(check("359152", 0).error(), Rejection::WrongCode); // 2 from 0
}

TEST(TypedCode, RefusesWrongCodes)
{
    EXPECT_EQ(check("000000", 59).error(), Rejection::WrongCode);
    EXPECT_EQ(check("287083", 59).error(), Rejection::WrongCode);
}

TEST(TypedCode, RefusesMalformedInputAsWrong)
{
    for (std::string_view bad : {"", "28708", "2870822", "28708a", " 87082", "287 82", "２87082", "0287082"})
        EXPECT_EQ(check(bad, 59).error(), Rejection::WrongCode) << bad;
}

TEST(TypedCode, RefusesAReplayedCode)
{
    // Used once at step 1: the same code is refused for the rest of its window.
    EXPECT_EQ(check(kStep1, 60, 1).error(), Rejection::ReplayedCode);
    // After a newer code (step 2) was accepted, the older one is refused too.
    EXPECT_EQ(check(kStep1, 89, 2).error(), Rejection::ReplayedCode);
    // A code newer than the last accepted one passes.
    EXPECT_EQ(check("359152", 60, 1), 2);
    EXPECT_EQ(check(kStep1, 59, 0), 1);
}

TEST(TypedCode, ReportsTheMatchedStep)
{
    EXPECT_EQ(check("755224", 29), 0);
    EXPECT_EQ(check("359152", 59), 2);
}

} // namespace
