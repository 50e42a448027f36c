#pragma once
// The typed 6-digit code on the Acceptor TOTP and Aktivasi pages: RFC 6238 with a ±1 step window
// and no replay. Kept alone in this file so it can later be swapped for the equivalent pure rule
// in core/approval (issue 6) without touching the pages.

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace sandi::server {

enum class TypedCodeVerdict
{
    Accepted,
    Malformed, // not exactly six ASCII digits
    Wrong,     // matches no step in the window
    Replayed,  // matches a step at or before the last accepted one
};

struct TypedCodeResult
{
    TypedCodeVerdict verdict = TypedCodeVerdict::Wrong;
    std::int64_t step = 0; // the matched step (Accepted and Replayed)
};

// Steps either side of the current one that are accepted (RFC 6238 §5.2 recommends at most one).
inline constexpr std::int64_t kTypedCodeWindow = 1;

// Checks `code` against the SHA-1, 6-digit, 30 s TOTP of `key` at `unixTime`, trying the current
// step first, then the previous and the next. A code whose step is <= `lastAcceptedStep` is
// Replayed, so a code once used (and every older one) is refused.
[[nodiscard]] TypedCodeResult checkTypedCode(std::span<const std::byte> key, std::string_view code,
                                             std::int64_t unixTime, std::optional<std::int64_t> lastAcceptedStep);

} // namespace sandi::server
