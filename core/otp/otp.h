#pragma once
// HOTP (RFC 4226), TOTP (RFC 6238) and Steam Guard codes.

#include "core/crypto/hmac.h"
#include "core/result.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace sandi::otp {

using Algorithm = crypto::HashAlgorithm;

enum class Type : std::uint8_t
{
    Totp,
    Hotp,
    Steam, // TOTP, SHA-1, 30 s, five characters from Steam's alphabet
};

inline constexpr int kMinDigits = 6;
inline constexpr int kMaxDigits = 10; // 2^31 - 1 has ten digits (RFC 4226 §5.3)
inline constexpr int kSteamDigits = 5;
inline constexpr std::int64_t kMinPeriod = 1;
inline constexpr std::int64_t kMaxPeriod = 86400;
inline constexpr std::int64_t kDefaultPeriod = 30;
inline constexpr int kDefaultDigits = 6;

// Validated generation parameters. The default is what Google Authenticator assumes:
// TOTP, SHA-1, 6 digits, 30 s, T0 = 0.
class Params
{
public:
    Params() = default;

    // Checks digits (6..10; exactly 5 for Steam), period (1..86400 s) and the algorithm
    // (Steam is SHA-1 only). The period and T0 are ignored for HOTP but still validated.
    [[nodiscard]] static Result<Params> create(Type type, Algorithm algorithm, int digits,
                                               std::int64_t period = kDefaultPeriod, std::int64_t t0 = 0);
    [[nodiscard]] static Params steam() noexcept;

    [[nodiscard]] Type type() const noexcept { return m_type; }
    [[nodiscard]] Algorithm algorithm() const noexcept { return m_algorithm; }
    [[nodiscard]] int digits() const noexcept { return m_digits; }
    [[nodiscard]] std::int64_t period() const noexcept { return m_period; }
    [[nodiscard]] std::int64_t t0() const noexcept { return m_t0; }
    [[nodiscard]] bool timeBased() const noexcept { return m_type != Type::Hotp; }

    friend bool operator==(const Params&, const Params&) = default;

private:
    Type m_type = Type::Totp;
    Algorithm m_algorithm = Algorithm::Sha1;
    int m_digits = kDefaultDigits;
    std::int64_t m_period = kDefaultPeriod;
    std::int64_t m_t0 = 0;
};

// The code for one counter value: decimal digits (HOTP/TOTP) or Steam characters, per params.
[[nodiscard]] Result<std::string> codeAt(std::span<const std::byte> key, const Params& params, std::uint64_t counter);

// RFC 6238 §4.2: T = floor((time - T0) / period). Negative for times before T0 (floor, not
// truncation); the counter fed to HMAC is its 64-bit two's complement. Exact over the full int64
// range of time and T0; a step beyond int64 (period 1, |time - T0| >= 2^63) wraps modulo 2^64.
[[nodiscard]] std::int64_t timeStep(const Params& params, std::int64_t unixTime) noexcept;

// TOTP or Steam code at `unixTime` (seconds since 1970, may be negative or past 2038).
[[nodiscard]] Result<std::string> totpAt(std::span<const std::byte> key, const Params& params, std::int64_t unixTime);

// The code of the following period, for the UI's preview near the end of a period.
[[nodiscard]] Result<std::string> nextTotpAt(std::span<const std::byte> key, const Params& params,
                                             std::int64_t unixTime);

// Seconds until the code changes, 1..period.
[[nodiscard]] std::int64_t secondsLeft(const Params& params, std::int64_t unixTime) noexcept;

[[nodiscard]] std::string_view algorithmName(Algorithm algorithm) noexcept; // "SHA1", "SHA256", "SHA512"
[[nodiscard]] std::string_view typeName(Type type) noexcept;                // "totp", "hotp", "steam"

} // namespace sandi::otp
