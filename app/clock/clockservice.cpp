#include "app/clock/clockservice.h"

#include "app/clock/clockserver.h"
#include "app/settings.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QUrl>

#include <cstdlib>

namespace sandi {

ClockService::ClockService(Settings* settings, QObject* parent, Clock wall, Clock monotonic)
    : QObject(parent), m_settings(settings), m_check(new ClockCheck(this)), m_wall(std::move(wall)),
      m_monotonic(std::move(monotonic))
{
    // Hours-long timers: coarse ones let the system batch the wake-ups.
    m_recheck.setSingleShot(true);
    m_recheck.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_recheck, &QTimer::timeout, this, &ClockService::checkNow);
    m_watch.setTimerType(Qt::VeryCoarseTimer);
    m_watch.setInterval(kWatchEvery);
    connect(&m_watch, &QTimer::timeout, this, &ClockService::watch);
    connect(m_check, &ClockCheck::finished, this, &ClockService::finished);
    configure();
    if (m_settings) {
        connect(m_settings, &Settings::clockSourcesChanged, this, [this] {
            configure();
            checkNow();
        });
        connect(m_settings, &Settings::clockCorrectionChanged, this, [this](bool enabled) {
            const qint64 measured = m_hasResult && m_result.measured ? m_result.offsetMs : 0;
            emitIfApplicationChanged(enabled ? 0 : (std::abs(measured) >= kCorrectFromMs ? measured : 0));
        });
    }
}

ClockService::Clock ClockService::systemClock()
{
    return [] { return QDateTime::currentMSecsSinceEpoch(); };
}

ClockService::Clock ClockService::monotonicClock()
{
    return [] {
        static QElapsedTimer timer = [] {
            QElapsedTimer t;
            t.start();
            return t;
        }();
        return timer.elapsed();
    };
}

void ClockService::configure()
{
    if (!m_settings) {
        return;
    }
    const auto servers = parseClockServers(m_settings->clockServers());
    m_check->setServers(servers && !servers->isEmpty() ? *servers : ClockCheck::defaultServers());
    const QUrl fallback(m_settings->clockFallbackUrl());
    m_check->setHttpsFallback(fallback.isValid() && fallback.scheme() == QLatin1String("https") ? fallback : QUrl());
}

void ClockService::start()
{
    m_lastWall = m_wall();
    m_lastMonotonic = m_monotonic();
    m_watch.start();
    checkNow();
}

void ClockService::checkNow()
{
    if (m_check->isRunning()) {
        return;
    }
    m_recheck.stop();
    m_check->start();
    Q_EMIT checkingChanged(true);
}

bool ClockService::correctionEnabled() const
{
    return !m_settings || m_settings->clockCorrection();
}

qint64 ClockService::appliedOffsetMs() const
{
    if (!m_hasResult || !m_result.measured || !correctionEnabled() || std::abs(m_result.offsetMs) < kCorrectFromMs) {
        return 0;
    }
    return m_result.offsetMs;
}

bool ClockService::clockIsWrong() const
{
    return m_hasResult && m_result.measured && std::abs(m_result.offsetMs) >= kWarnFromMs;
}

void ClockService::finished(const ClockResult& result)
{
    const qint64 before = appliedOffsetMs();
    // Offline: keep what an earlier measurement found (the clock did not get better by losing
    // the network), but say that this check failed.
    if (result.measured || !m_hasResult || !m_result.measured) {
        m_result = result;
    } else {
        m_result.error = result.error;
    }
    m_hasResult = true;
    m_checkedAtMs = m_wall();
    m_recheck.start(result.measured ? std::chrono::milliseconds(kRecheckEvery)
                                    : std::chrono::milliseconds(kRetryAfterFailure));
    Q_EMIT checkingChanged(false);
    Q_EMIT resultChanged(m_result);
    emitIfApplicationChanged(before);
}

void ClockService::emitIfApplicationChanged(qint64 before)
{
    const qint64 after = appliedOffsetMs();
    if (after != before) {
        Q_EMIT appliedOffsetChanged(after);
    }
}

void ClockService::watch()
{
    const qint64 wall = m_wall();
    const qint64 monotonic = m_monotonic();
    const qint64 drift = (wall - m_lastWall) - (monotonic - m_lastMonotonic);
    m_lastWall = wall;
    m_lastMonotonic = monotonic;
    if (std::abs(drift) >= kJumpMs && !m_check->isRunning()) {
        // Woke up from sleep (the monotonic clock stood still) or the clock was set.
        m_recheck.start(std::chrono::milliseconds(kCheckAfterJump));
    }
}

} // namespace sandi
