#pragma once
// The one timer that drives the window: it fires just after every wall-clock second boundary, so
// every code and countdown changes at the same instant as the clock. It runs only while someone
// looks (the window is shown); start() ticks at once and re-aligns to the clock.

#include <QObject>
#include <QTimer>

#include <functional>

namespace sandi {

class Ticker : public QObject
{
    Q_OBJECT
public:
    // Milliseconds since 1970 (UTC). Tests pass a fake; the app passes the system clock (later:
    // the corrected clock).
    using Clock = std::function<qint64()>;

    // Fire this long after the boundary, so a timer that wakes up a little early still lands in
    // the new second (coarse timers on Windows can be ~1 ms early).
    static constexpr int kSlackMs = 5;

    explicit Ticker(Clock clock = systemClock(), QObject* parent = nullptr);

    [[nodiscard]] static Clock systemClock();

    // The clock's current time in whole seconds (floor).
    [[nodiscard]] qint64 now() const;
    [[nodiscard]] qint64 nowMs() const { return m_clock(); }

    // Ticks at once, then after every second boundary. Calling it again re-aligns.
    void start();
    // No more ticks until start().
    void stop();
    [[nodiscard]] bool isActive() const { return m_timer.isActive(); }
    // Milliseconds until the armed timer fires (for tests); -1 when stopped.
    [[nodiscard]] int intervalMs() const { return m_timer.isActive() ? m_timer.interval() : -1; }

    // What the timer calls: emits ticked() for a new second and arms the timer for the next one.
    // Public so that tests drive the ticker without waiting.
    void fire();

Q_SIGNALS:
    // A new wall-clock second began (seconds since 1970).
    void ticked(qint64 unixTime);

private:
    void arm();

    Clock m_clock;
    QTimer m_timer;
    qint64 m_lastTick = 0;
    bool m_hasTicked = false;
};

} // namespace sandi
