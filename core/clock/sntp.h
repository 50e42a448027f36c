#pragma once
// SNTP client packets (RFC 4330): the request a client sends and the checks and arithmetic on the
// server's answer. No sockets and no clock here: the caller passes the times in.

#include "core/result.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace sandi::clock {

inline constexpr std::size_t kSntpPacketSize = 48;            // RFC 4330 §4, without the optional fields
inline constexpr std::int64_t kNtpToUnixSeconds = 2208988800; // 1900-01-01 to 1970-01-01

// One good answer: how far the server's clock is ahead of ours, and the round-trip delay.
struct SntpSample
{
    std::int64_t offsetMicros = 0;
    std::int64_t delayMicros = 0;
    std::uint8_t stratum = 0;
};

// The 64-bit NTP timestamp (seconds since 1900 in the high 32 bits, fraction in the low 32) of a
// Unix time in microseconds; the seconds wrap in 2036 (era 1).
[[nodiscard]] std::uint64_t ntpFromUnixMicros(std::int64_t unixMicros) noexcept;

// The Unix time in microseconds of an NTP timestamp. RFC 4330 §3 rollover rule: seconds with the
// top bit clear are in era 1 (from 2036-02-07), so the range is 1968 to 2104.
[[nodiscard]] std::int64_t unixMicrosFromNtp(std::uint64_t ntp) noexcept;

// A client request: version 4, mode 3 (client), our transmit timestamp (the server echoes it).
[[nodiscard]] std::array<std::byte, kSntpPacketSize> sntpRequest(std::uint64_t transmitTimestampNtp) noexcept;

// Checks a server's answer to the request sent with `originateNtp` and received at
// `destinationUnixMicros`, and computes offset ((T2-T1)+(T3-T4))/2 and delay (T4-T1)-(T3-T2).
// Kiss-o'-Death (stratum 0) gives SntpKissOfDeath with the 4-character code as the detail.
[[nodiscard]] Result<SntpSample> parseSntpResponse(std::span<const std::byte> packet, std::uint64_t originateNtp,
                                                   std::int64_t destinationUnixMicros);

// The median offset of the samples (the mean of the middle two for an even count);
// NoClockSamples when there are none.
[[nodiscard]] Result<std::int64_t> combineOffsets(std::vector<SntpSample> samples);

} // namespace sandi::clock
