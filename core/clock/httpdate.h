#pragma once
// HTTP Date headers (RFC 7231 §7.1.1.1), the clock check's fallback when no SNTP server answers.

#include "core/result.h"

#include <cstdint>
#include <string_view>

namespace sandi::clock {

// Unix seconds of an HTTP date: IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") or, as RFC 7231
// asks recipients to accept, the obsolete RFC 850 ("Sunday, 06-Nov-94 08:49:37 GMT") and asctime
// ("Sun Nov  6 08:49:37 1994") forms. Strict otherwise: exact spacing, GMT only, real calendar
// dates, the weekday must match. Leniency: RFC 850 two-digit years 70-99 are 19xx, 00-69 20xx.
[[nodiscard]] Result<std::int64_t> parseHttpDate(std::string_view text);

// How far the server's clock is ahead of ours, from a Date header read from a response to a
// request sent at `sentUnixMicros` and received at `receivedUnixMicros`. The date is truncated to
// the second, so its middle (+0.5 s) is compared with the middle of the round trip.
[[nodiscard]] std::int64_t httpDateOffsetMicros(std::int64_t dateUnixSeconds, std::int64_t sentUnixMicros,
                                                std::int64_t receivedUnixMicros) noexcept;

} // namespace sandi::clock
