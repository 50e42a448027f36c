#include "app/ticker.h"

#include <QDateTime>

#include <utility>

namespace sandi {

namespace {

// Floor division: the second that contains `ms`, also before 1970.
qint64 floorSeconds(qint64 ms)
{
    qint64 s = ms / 1000;
    if (ms % 1000 < 0) {
        --s;
    }
    return s;
}

} // namespace

Ticker::Ticker(Clock clock, QObject* parent) : QObject(parent), m_clock(std::move(clock))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Ticker::fire);
}

Ticker::Clock Ticker::systemClock()
{
    return [] { return QDateTime::currentMSecsSinceEpoch(); };
}

qint64 Ticker::now() const
{
    return floorSeconds(m_clock());
}

void Ticker::start()
{
    m_hasTicked = false; // the model may have missed seconds while stopped: always tick now
    fire();
}

void Ticker::stop()
{
    m_timer.stop();
}

void Ticker::fire()
{
    const qint64 second = now();
    if (!m_hasTicked || second != m_lastTick) {
        m_lastTick = second;
        m_hasTicked = true;
        Q_EMIT ticked(second);
    }
    arm();
}

void Ticker::arm()
{
    const qint64 ms = m_clock();
    const qint64 intoSecond = ms - floorSeconds(ms) * 1000;
    m_timer.start(static_cast<int>(1000 - intoSecond) + kSlackMs);
}

} // namespace sandi
