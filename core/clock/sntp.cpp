#include "core/clock/sntp.h"

#include <algorithm>
#include <string>

namespace sandi::clock {

namespace {

constexpr std::int64_t kMicros = 1'000'000;
constexpr std::uint64_t kEraSeconds = std::uint64_t{1} << 32;

// RFC 4330 §4 field offsets.
constexpr std::size_t kReferenceIdAt = 12;
constexpr std::size_t kOriginateAt = 24;
constexpr std::size_t kReceiveAt = 32;
constexpr std::size_t kTransmitAt = 40;

std::uint64_t readTimestamp(std::span<const std::byte> packet, std::size_t at) noexcept
{
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < 8; ++i) {
        value = (value << 8) | std::to_integer<std::uint64_t>(packet[at + i]);
    }
    return value;
}

std::int64_t floorDiv(std::int64_t a, std::int64_t b) noexcept
{
    const std::int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

} // namespace

std::uint64_t ntpFromUnixMicros(std::int64_t unixMicros) noexcept
{
    const std::int64_t seconds = floorDiv(unixMicros, kMicros);
    const auto micros = static_cast<std::uint64_t>(unixMicros - seconds * kMicros);
    const auto ntpSeconds = static_cast<std::uint64_t>(seconds + kNtpToUnixSeconds) % kEraSeconds;
    // Rounded, so that unixMicrosFromNtp() gives the same microseconds back.
    const std::uint64_t fraction = ((micros << 32) + kMicros / 2) / kMicros;
    return (ntpSeconds << 32) | fraction;
}

std::int64_t unixMicrosFromNtp(std::uint64_t ntp) noexcept
{
    std::uint64_t seconds = ntp >> 32;
    if ((seconds & 0x8000'0000U) == 0) {
        seconds += kEraSeconds; // RFC 4330 §3: era 1, after 2036-02-07T06:28:16Z
    }
    const std::uint64_t fraction = ntp & 0xFFFF'FFFFU;
    const auto micros = static_cast<std::int64_t>((fraction * kMicros + (std::uint64_t{1} << 31)) >> 32);
    return (static_cast<std::int64_t>(seconds) - kNtpToUnixSeconds) * kMicros + micros;
}

std::array<std::byte, kSntpPacketSize> sntpRequest(std::uint64_t transmitTimestampNtp) noexcept
{
    std::array<std::byte, kSntpPacketSize> packet{};
    packet[0] = std::byte{(0 << 6) | (4 << 3) | 3}; // LI 0, VN 4, mode 3 (client): RFC 4330 §5
    for (std::size_t i = 0; i < 8; ++i) {
        packet[kTransmitAt + i] = static_cast<std::byte>(transmitTimestampNtp >> (56 - 8 * i));
    }
    return packet;
}

Result<SntpSample> parseSntpResponse(std::span<const std::byte> packet, std::uint64_t originateNtp,
                                     std::int64_t destinationUnixMicros)
{
    if (packet.size() < kSntpPacketSize) {
        return fail(Errc::SntpPacketTooShort, std::to_string(packet.size()) + " bytes");
    }
    const auto first = std::to_integer<unsigned>(packet[0]);
    const unsigned leap = first >> 6;
    const unsigned version = (first >> 3) & 7U;
    const unsigned mode = first & 7U;
    if (version < 1 || version > 4) {
        return fail(Errc::SntpBadVersion, "version " + std::to_string(version));
    }
    if (mode != 4 && mode != 5) { // server or broadcast (RFC 4330 §5)
        return fail(Errc::SntpBadMode, "mode " + std::to_string(mode));
    }
    // Checked before anything the server says, so a spoofed or stale packet cannot even kiss us off.
    if (readTimestamp(packet, kOriginateAt) != originateNtp) {
        return fail(Errc::SntpOriginateMismatch);
    }
    const auto stratum = std::to_integer<std::uint8_t>(packet[1]);
    if (stratum == 0) { // RFC 4330 §8: the reference identifier holds the ASCII kiss code
        std::string code;
        for (std::size_t i = 0; i < 4; ++i) {
            const auto c = std::to_integer<char>(packet[kReferenceIdAt + i]);
            code.push_back(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return fail(Errc::SntpKissOfDeath, code);
    }
    if (stratum > 15) {
        return fail(Errc::SntpBadStratum, "stratum " + std::to_string(stratum));
    }
    if (leap == 3) {
        return fail(Errc::SntpUnsynchronised);
    }
    const std::uint64_t transmit = readTimestamp(packet, kTransmitAt);
    if (transmit == 0) {
        return fail(Errc::SntpNoTransmitTime);
    }
    const std::int64_t t1 = unixMicrosFromNtp(originateNtp);
    const std::int64_t t2 = unixMicrosFromNtp(readTimestamp(packet, kReceiveAt));
    const std::int64_t t3 = unixMicrosFromNtp(transmit);
    const std::int64_t t4 = destinationUnixMicros;
    SntpSample sample;
    sample.offsetMicros = floorDiv((t2 - t1) + (t3 - t4), 2);
    sample.delayMicros = (t4 - t1) - (t3 - t2);
    sample.stratum = stratum;
    return sample;
}

Result<std::int64_t> combineOffsets(std::vector<SntpSample> samples)
{
    if (samples.empty()) {
        return fail(Errc::NoClockSamples);
    }
    std::sort(samples.begin(), samples.end(),
              [](const SntpSample& a, const SntpSample& b) { return a.offsetMicros < b.offsetMicros; });
    const std::size_t mid = samples.size() / 2;
    if (samples.size() % 2 == 1) {
        return samples[mid].offsetMicros;
    }
    const std::int64_t low = samples[mid - 1].offsetMicros;
    const std::int64_t high = samples[mid].offsetMicros;
    return low + floorDiv(high - low, 2);
}

} // namespace sandi::clock
