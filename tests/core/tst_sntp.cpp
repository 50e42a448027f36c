#include "core/clock/sntp.h"

#include <gtest/gtest.h>

#include <array>
#include <string>
#include <vector>

namespace sandi::clock {
namespace {

// Names instantiated tests after their table row, so ctest lists readable names.
struct ByName
{
    template <class P> std::string operator()(const ::testing::TestParamInfo<P>& p) const { return p.param.name; }
};

using Packet = std::array<std::byte, kSntpPacketSize>;

constexpr std::int64_t kSecond = 1'000'000;
// 2026-11-25T06:00:00Z, a whole second, so every timestamp below round-trips exactly.
constexpr std::int64_t kNow = 1'795'586'400 * kSecond;

void putTimestamp(Packet& p, std::size_t at, std::uint64_t ntp)
{
    for (std::size_t i = 0; i < 8; ++i) {
        p[at + i] = static_cast<std::byte>(ntp >> (56 - 8 * i));
    }
}

// A server answer (RFC 4330 §4) to a request sent with `originate`, with receive time T2 and
// transmit time T3 in Unix microseconds.
Packet answer(std::uint64_t originate, std::int64_t t2, std::int64_t t3, unsigned mode = 4, unsigned stratum = 2,
              unsigned leap = 0, unsigned version = 4)
{
    Packet p{};
    p[0] = static_cast<std::byte>((leap << 6) | (version << 3) | mode);
    p[1] = static_cast<std::byte>(stratum);
    putTimestamp(p, 24, originate);
    putTimestamp(p, 32, ntpFromUnixMicros(t2));
    putTimestamp(p, 40, ntpFromUnixMicros(t3));
    return p;
}

std::string errorName(const Result<SntpSample>& r)
{
    return r ? std::string("ok") : std::string(errcName(r.error().code));
}

TEST(Sntp, RequestIsVersion4ClientWithOurTransmitTime)
{
    const auto p = sntpRequest(0x0123'4567'89AB'CDEFULL);
    EXPECT_EQ(p[0], std::byte{0x23}); // LI 0, VN 4, mode 3
    EXPECT_EQ(p[40], std::byte{0x01});
    EXPECT_EQ(p[47], std::byte{0xEF});
    for (std::size_t i = 1; i < 40; ++i) {
        EXPECT_EQ(p[i], std::byte{0}) << i;
    }
}

TEST(Sntp, UnixAndNtpTimestampsRoundTrip)
{
    EXPECT_EQ(ntpFromUnixMicros(0), std::uint64_t{2208988800} << 32); // RFC 868: 1970 is 2208988800
    EXPECT_EQ(ntpFromUnixMicros(500'000) & 0xFFFF'FFFFU, 0x8000'0000U);
    for (std::int64_t t : {kNow, kNow + 1, kNow + 999'999, std::int64_t{-1}, std::int64_t{123'456'789}}) {
        EXPECT_EQ(unixMicrosFromNtp(ntpFromUnixMicros(t)), t) << t;
    }
}

TEST(Sntp, EraRolloverAfter2036)
{
    // 2036-02-07T06:28:16Z is NTP second 2^32, i.e. 0 in era 1 (RFC 4330 §3).
    constexpr std::int64_t kRollover = 2'085'978'496;
    EXPECT_EQ(ntpFromUnixMicros(kRollover * kSecond), 0U);
    EXPECT_EQ(unixMicrosFromNtp(0), kRollover * kSecond);
    EXPECT_EQ(unixMicrosFromNtp(std::uint64_t{10} << 32), (kRollover + 10) * kSecond);
    EXPECT_EQ(unixMicrosFromNtp(0xFFFF'FFFFULL << 32), (kRollover - 1) * kSecond);

    // A request just before the rollover, answered just after it.
    const std::int64_t t1 = (kRollover - 1) * kSecond;
    const std::uint64_t originate = ntpFromUnixMicros(t1);
    const auto r = parseSntpResponse(answer(originate, t1 + 2 * kSecond, t1 + 2 * kSecond), originate, t1);
    ASSERT_TRUE(r) << errorName(r);
    EXPECT_EQ(r->offsetMicros, 2 * kSecond);
}

TEST(Sntp, OffsetAndDelayFromFourTimestamps)
{
    // Server 90 s ahead; 40 ms out, 10 ms in the server, 60 ms back.
    const std::int64_t t1 = kNow;
    const std::int64_t t2 = kNow + 90 * kSecond + 40'000;
    const std::int64_t t3 = t2 + 10'000;
    const std::int64_t t4 = kNow + 110'000;
    const std::uint64_t originate = ntpFromUnixMicros(t1);
    const auto r = parseSntpResponse(answer(originate, t2, t3), originate, t4);
    ASSERT_TRUE(r) << errorName(r);
    // ((T2-T1)+(T3-T4))/2 = (90.040 + 89.940)/2 = 89.990 s; (T4-T1)-(T3-T2) = 110 - 10 = 100 ms.
    EXPECT_EQ(r->offsetMicros, 89'990'000);
    EXPECT_EQ(r->delayMicros, 100'000);
    EXPECT_EQ(r->stratum, 2);
}

TEST(Sntp, NegativeOffset)
{
    const std::uint64_t originate = ntpFromUnixMicros(kNow);
    const std::int64_t t2 = kNow - 45 * kSecond + 5'000;
    const auto r = parseSntpResponse(answer(originate, t2, t2, 4, 1), originate, kNow + 10'000);
    ASSERT_TRUE(r) << errorName(r);
    EXPECT_EQ(r->offsetMicros, -45 * kSecond);
    EXPECT_EQ(r->delayMicros, 10'000);
}

TEST(Sntp, BroadcastModeAndOlderVersionsAccepted)
{
    const std::uint64_t originate = ntpFromUnixMicros(kNow);
    EXPECT_TRUE(parseSntpResponse(answer(originate, kNow, kNow, 5), originate, kNow));
    EXPECT_TRUE(parseSntpResponse(answer(originate, kNow, kNow, 4, 2, 0, 1), originate, kNow));
    EXPECT_TRUE(parseSntpResponse(answer(originate, kNow, kNow, 4, 2, 0, 3), originate, kNow));
}

TEST(Sntp, KissOfDeathCarriesItsCode)
{
    const std::uint64_t originate = ntpFromUnixMicros(kNow);
    for (std::string code : {"RATE", "DENY"}) {
        Packet p = answer(originate, kNow, kNow, 4, 0, 3);
        for (std::size_t i = 0; i < 4; ++i) {
            p[12 + i] = static_cast<std::byte>(code[i]);
        }
        const auto r = parseSntpResponse(p, originate, kNow);
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().code, Errc::SntpKissOfDeath);
        EXPECT_EQ(r.error().detail, code);
    }
}

struct Bad
{
    const char* name;
    unsigned mode;
    unsigned stratum;
    unsigned leap;
    unsigned version;
    Errc code;
};

class SntpRejects : public ::testing::TestWithParam<Bad>
{};

TEST_P(SntpRejects, Packet)
{
    const Bad& b = GetParam();
    const std::uint64_t originate = ntpFromUnixMicros(kNow);
    const auto r =
        parseSntpResponse(answer(originate, kNow, kNow, b.mode, b.stratum, b.leap, b.version), originate, kNow);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, b.code) << errcName(r.error().code);
}

INSTANTIATE_TEST_SUITE_P(Sntp, SntpRejects,
                         ::testing::Values(Bad{"ClientMode", 3, 2, 0, 4, Errc::SntpBadMode},
                                           Bad{"SymmetricMode", 1, 2, 0, 4, Errc::SntpBadMode},
                                           Bad{"Version0", 4, 2, 0, 0, Errc::SntpBadVersion},
                                           Bad{"Version5", 4, 2, 0, 5, Errc::SntpBadVersion},
                                           Bad{"Stratum16", 4, 16, 0, 4, Errc::SntpBadStratum},
                                           Bad{"Unsynchronised", 4, 2, 3, 4, Errc::SntpUnsynchronised}),
                         ByName());

TEST(Sntp, ShortPacketRejected)
{
    const std::uint64_t originate = ntpFromUnixMicros(kNow);
    const Packet p = answer(originate, kNow, kNow);
    const auto r = parseSntpResponse(std::span(p).first(47), originate, kNow);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::SntpPacketTooShort);
    EXPECT_FALSE(parseSntpResponse({}, originate, kNow));
}

TEST(Sntp, MismatchedOriginateRejected)
{
    const std::uint64_t originate = ntpFromUnixMicros(kNow);
    const auto r = parseSntpResponse(answer(originate + 1, kNow, kNow), originate, kNow);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::SntpOriginateMismatch);
}

TEST(Sntp, ZeroTransmitRejected)
{
    const std::uint64_t originate = ntpFromUnixMicros(kNow);
    Packet p = answer(originate, kNow, kNow);
    putTimestamp(p, 40, 0);
    const auto r = parseSntpResponse(p, originate, kNow);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::SntpNoTransmitTime);
}

std::vector<SntpSample> samples(std::initializer_list<std::int64_t> offsets)
{
    std::vector<SntpSample> out;
    for (std::int64_t o : offsets) {
        out.push_back(SntpSample{o, 1000, 2});
    }
    return out;
}

TEST(Sntp, MedianOfOddSet)
{
    EXPECT_EQ(combineOffsets(samples({5, -300, 90, 7, 6})).value(), 6);
    EXPECT_EQ(combineOffsets(samples({42})).value(), 42);
}

TEST(Sntp, MedianOfEvenSetIsMeanOfMiddleTwo)
{
    EXPECT_EQ(combineOffsets(samples({100, 0, 90'000'000, 40})).value(), 70);
    EXPECT_EQ(combineOffsets(samples({-3, -6})).value(), -5); // floor of -4.5
}

TEST(Sntp, NoSamplesIsAnError)
{
    const auto r = combineOffsets({});
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::NoClockSamples);
}

} // namespace
} // namespace sandi::clock
