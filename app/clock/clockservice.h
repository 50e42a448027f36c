#pragma once
// Keeps Sandi's codes right on a wrong system clock (issue #8, docs/clock.md). Measures the clock's
// offset (ClockCheck) at start, every few hours, and after the computer wakes up or its clock is
// set; nowMs() is the system time plus that offset whenever the offset is large enough to matter
// and the user has not turned correction off. The Ticker, and through it every code, reads nowMs().

#include "app/clock/clockcheck.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace sandi {

class Settings;

class ClockService : public QObject
{
    Q_OBJECT
public:
    // Milliseconds: since 1970 for the wall clock, from any origin for the monotonic one.
    using Clock = std::function<qint64()>;

    // Offsets smaller than this are measurement noise for a 30-second code: left alone.
    static constexpr qint64 kCorrectFromMs = 2'000;
    // From this offset on the window says so (a code is then wrong for half of its period).
    static constexpr qint64 kWarnFromMs = 15'000;
    static constexpr std::chrono::hours kRecheckEvery{4};
    static constexpr std::chrono::minutes kRetryAfterFailure{15};
    // How often the wall clock is compared with the monotonic one, and by how much they may drift
    // apart before Sandi assumes a wake-up from sleep or a changed clock and measures again.
    static constexpr std::chrono::seconds kWatchEvery{60};
    static constexpr qint64 kJumpMs = 5'000;
    // After a jump the network may still be coming back (Wi-Fi after resume): wait this long.
    static constexpr std::chrono::seconds kCheckAfterJump{10};

    explicit ClockService(Settings* settings, QObject* parent = nullptr, Clock wall = systemClock(),
                          Clock monotonic = monotonicClock());

    [[nodiscard]] static Clock systemClock();
    [[nodiscard]] static Clock monotonicClock();

    // The measuring object, for tests to point at local servers and shorten timeouts.
    [[nodiscard]] ClockCheck* check() const { return m_check; }

    // Measures now, then keeps watching.
    void start();
    // Measures now (ignored while a measurement runs).
    void checkNow();

    [[nodiscard]] bool isChecking() const { return m_check->isRunning(); }
    [[nodiscard]] bool hasResult() const { return m_hasResult; }
    [[nodiscard]] const ClockResult& lastResult() const { return m_result; }
    // Wall-clock time (ms since 1970) of the last finished measurement.
    [[nodiscard]] qint64 lastCheckedMs() const { return m_checkedAtMs; }

    // The measured offset when it is being applied, else 0.
    [[nodiscard]] qint64 appliedOffsetMs() const;
    // The system time corrected by appliedOffsetMs().
    [[nodiscard]] qint64 nowMs() const { return m_wall() + appliedOffsetMs(); }
    // The last measurement says the clock is off by kWarnFromMs or more.
    [[nodiscard]] bool clockIsWrong() const;
    [[nodiscard]] bool correctionEnabled() const;
    // Milliseconds until the next scheduled measurement; -1 when none is scheduled.
    [[nodiscard]] int nextCheckInMs() const { return m_recheck.isActive() ? m_recheck.remainingTime() : -1; }

    // Compares how far the wall and the monotonic clocks moved since the last call; schedules a
    // measurement when they disagree by kJumpMs. The watch timer calls it; public for tests.
    void watch();

Q_SIGNALS:
    void checkingChanged(bool checking);
    void resultChanged(const sandi::ClockResult& result);
    // appliedOffsetMs() changed: the codes shown must be recomputed.
    void appliedOffsetChanged(qint64 offsetMs);

private:
    void configure();
    void finished(const ClockResult& result);
    void emitIfApplicationChanged(qint64 before);

    Settings* m_settings;
    ClockCheck* m_check;
    Clock m_wall;
    Clock m_monotonic;
    QTimer m_recheck;
    QTimer m_watch;
    ClockResult m_result;
    bool m_hasResult = false;
    qint64 m_checkedAtMs = 0;
    qint64 m_lastWall = 0;
    qint64 m_lastMonotonic = 0;
};

} // namespace sandi
