#include "core/otp/otp.h"

#include "core/crypto/secretbytes.h"

#include <array>

namespace sandi::otp {

namespace {

// GCC and Clang have 128-bit integers; __extension__ keeps -Wpedantic quiet about it.
__extension__ using Int128 = __int128;

constexpr std::string_view kSteamAlphabet = "23456789BCDFGHJKMNPQRTVWXY";

constexpr std::array<std::uint64_t, 11> kPow10 = {
    1ULL,       10ULL,       100ULL,       1000ULL,       10000ULL,       100000ULL,
    1000000ULL, 10000000ULL, 100000000ULL, 1000000000ULL, 10000000000ULL,
};

// RFC 4226 §5.3 dynamic truncation; RFC 6238's reference code applies it unchanged to SHA-256/512.
std::uint32_t dynamicTruncate(std::span<const std::byte> mac) noexcept
{
    const auto offset = std::to_integer<std::size_t>(mac[mac.size() - 1] & std::byte{0x0F});
    return (std::to_integer<std::uint32_t>(mac[offset] & std::byte{0x7F}) << 24) |
           (std::to_integer<std::uint32_t>(mac[offset + 1]) << 16) |
           (std::to_integer<std::uint32_t>(mac[offset + 2]) << 8) | std::to_integer<std::uint32_t>(mac[offset + 3]);
}

std::string decimal(std::uint32_t value, int digits)
{
    std::string code(static_cast<std::size_t>(digits), '0');
    std::uint64_t rest = value % kPow10[static_cast<std::size_t>(digits)];
    for (auto it = code.rbegin(); it != code.rend() && rest != 0; ++it) {
        *it = static_cast<char>('0' + rest % 10);
        rest /= 10;
    }
    return code;
}

std::string steamCode(std::uint32_t value)
{
    std::string code;
    code.reserve(kSteamDigits);
    for (int i = 0; i < kSteamDigits; ++i) {
        code.push_back(kSteamAlphabet[value % kSteamAlphabet.size()]);
        value /= static_cast<std::uint32_t>(kSteamAlphabet.size());
    }
    return code;
}

} // namespace

Result<Params> Params::create(Type type, Algorithm algorithm, int digits, std::int64_t period, std::int64_t t0)
{
    switch (algorithm) {
    case Algorithm::Sha1:
    case Algorithm::Sha256:
    case Algorithm::Sha512:
        break;
    default:
        return fail(Errc::UnsupportedAlgorithm);
    }
    if (type == Type::Steam) {
        if (digits != kSteamDigits) {
            return fail(Errc::InvalidDigits, "Steam codes have 5 characters");
        }
        if (algorithm != Algorithm::Sha1) {
            return fail(Errc::UnsupportedAlgorithm, "Steam codes use SHA1");
        }
    } else if (digits < kMinDigits || digits > kMaxDigits) {
        return fail(Errc::InvalidDigits, "digits=" + std::to_string(digits));
    }
    if (period < kMinPeriod || period > kMaxPeriod) {
        return fail(Errc::InvalidPeriod, "period=" + std::to_string(period));
    }
    Params params;
    params.m_type = type;
    params.m_algorithm = algorithm;
    params.m_digits = digits;
    params.m_period = period;
    params.m_t0 = t0;
    return params;
}

Params Params::steam() noexcept
{
    Params params;
    params.m_type = Type::Steam;
    params.m_digits = kSteamDigits;
    return params;
}

Result<std::string> codeAt(std::span<const std::byte> key, const Params& params, std::uint64_t counter)
{
    // The counter is an 8-byte big-endian integer (RFC 4226 §5.2).
    std::array<std::byte, 8> message{};
    for (std::size_t i = 0; i < message.size(); ++i) {
        message[message.size() - 1 - i] = static_cast<std::byte>((counter >> (8 * i)) & 0xFFU);
    }
    auto mac = crypto::hmac(params.algorithm(), key, message);
    if (!mac) {
        return tl::unexpected(std::move(mac.error()));
    }
    const std::uint32_t value = dynamicTruncate(mac->view());
    secureWipe(mac->bytes);
    return params.type() == Type::Steam ? steamCode(value) : decimal(value, params.digits());
}

std::int64_t timeStep(const Params& params, std::int64_t unixTime) noexcept
{
    // time - T0 can exceed int64 (e.g. INT64_MAX - INT64_MIN); 128-bit arithmetic keeps it exact.
    const Int128 delta = static_cast<Int128>(unixTime) - params.t0();
    const Int128 period = params.period();
    Int128 step = delta / period;
    if (delta % period != 0 && delta < 0) {
        --step; // floor, RFC 6238 §4.2
    }
    // The counter is 8 bytes (RFC 4226 §5.2): beyond int64 (only with period 1 and |t - T0| >= 2^63)
    // the step wraps modulo 2^64, exactly as the bytes fed to HMAC would.
    return static_cast<std::int64_t>(static_cast<std::uint64_t>(step));
}

Result<std::string> totpAt(std::span<const std::byte> key, const Params& params, std::int64_t unixTime)
{
    if (!params.timeBased()) {
        return fail(Errc::UnsupportedOtpType, "HOTP codes depend on a counter, not on time");
    }
    return codeAt(key, params, static_cast<std::uint64_t>(timeStep(params, unixTime)));
}

Result<std::string> nextTotpAt(std::span<const std::byte> key, const Params& params, std::int64_t unixTime)
{
    if (!params.timeBased()) {
        return fail(Errc::UnsupportedOtpType, "HOTP codes depend on a counter, not on time");
    }
    // Unsigned wrap-around is the intended two's complement step + 1.
    return codeAt(key, params, static_cast<std::uint64_t>(timeStep(params, unixTime)) + 1U);
}

std::int64_t secondsLeft(const Params& params, std::int64_t unixTime) noexcept
{
    const Int128 delta = static_cast<Int128>(unixTime) - params.t0();
    Int128 into = delta % params.period();
    if (into < 0) {
        into += params.period();
    }
    return params.period() - static_cast<std::int64_t>(into);
}

std::string_view algorithmName(Algorithm algorithm) noexcept
{
    switch (algorithm) {
    case Algorithm::Sha1:
        return "SHA1";
    case Algorithm::Sha256:
        return "SHA256";
    case Algorithm::Sha512:
        return "SHA512";
    }
    return "?";
}

std::string_view typeName(Type type) noexcept
{
    switch (type) {
    case Type::Totp:
        return "totp";
    case Type::Hotp:
        return "hotp";
    case Type::Steam:
        return "steam";
    }
    return "?";
}

} // namespace sandi::otp
