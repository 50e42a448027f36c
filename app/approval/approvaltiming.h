#pragma once
// What the approval service takes from its surroundings besides the network: a random source for
// the backoff's jitter, one-shot timers, and the wall and monotonic clocks it compares to notice
// a sleep/resume. Tests put their own in, so the backoff schedule, expiry and resume run without
// sleeping (docs/architecture.md, "The device side of login approval").

#include <QObject>

#include <functional>

namespace sandi {

struct ApprovalTiming
{
    using Clock = std::function<qint64()>; // milliseconds
    // Runs `fn` once, `delayMs` from now, on the calling thread, unless `context` is deleted first
    // (deleting the context is how a wait is cancelled).
    using Schedule = std::function<void(qint64 delayMs, QObject* context, std::function<void()> fn)>;

    std::function<double()> random; // uniform in [0, 1)
    Schedule schedule;
    Clock wallMs;      // the system clock, ms since 1970 (not Sandi's corrected clock)
    Clock monotonicMs; // ms from any origin; stands still while the computer sleeps (Linux, macOS)

    // QRandomGenerator::global(), QTimer::singleShot, QDateTime and QElapsedTimer.
    [[nodiscard]] static ApprovalTiming system();
};

// docs/approval-protocol.md §7: exponential backoff with full jitter after a failed poll.
inline constexpr qint64 kBackoffBaseMs = 1'000;
inline constexpr qint64 kBackoffCapMs = 60'000;
// A Retry-After longer than this is taken as this (a hostile or broken server cannot park a
// device for days).
inline constexpr qint64 kMaxRetryAfterMs = 3'600'000;
// Polls start at least this far apart. The acceptor answers a poll at once while a challenge is
// pending (§7), so "reconnect at once" alone would spin until the user answers.
inline constexpr qint64 kMinPollSpacingMs = 1'000;
// A wall clock that moved this much more (or less) than the monotonic one between two looks: the
// computer slept, or its clock was set; held connections are likely dead.
inline constexpr qint64 kClockJumpMs = 5'000;

// delay = random × min(cap, base × 2^attempt), at least retryAfterMs (−1: none).
// `attempt` counts consecutive failures from 0; `random01` is in [0, 1).
[[nodiscard]] qint64 backoffDelayMs(int attempt, double random01, qint64 retryAfterMs = -1);

// A Retry-After header value (RFC 9110 §10.2.3: seconds, or an HTTP date compared with `nowMs`)
// in milliseconds, capped at kMaxRetryAfterMs; −1 when absent or unreadable.
[[nodiscard]] qint64 retryAfterMs(const QByteArray& value, qint64 nowMs);

} // namespace sandi
