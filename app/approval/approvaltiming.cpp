#include "app/approval/approvaltiming.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <climits>

namespace sandi {

ApprovalTiming ApprovalTiming::system()
{
    ApprovalTiming timing;
    timing.random = [] { return QRandomGenerator::global()->generateDouble(); };
    timing.schedule = [](qint64 delayMs, QObject* context, std::function<void()> fn) {
        QTimer::singleShot(int(std::clamp<qint64>(delayMs, 0, INT_MAX)), context, std::move(fn));
    };
    timing.wallMs = [] { return QDateTime::currentMSecsSinceEpoch(); };
    timing.monotonicMs = [] {
        static QElapsedTimer started = [] {
            QElapsedTimer t;
            t.start();
            return t;
        }();
        return started.elapsed();
    };
    return timing;
}

qint64 backoffDelayMs(int attempt, double random01, qint64 retryAfterMs)
{
    // 2^6 s already exceeds the 60 s cap: larger attempts need no bigger shift.
    const qint64 ceiling = std::min(kBackoffCapMs, kBackoffBaseMs << std::clamp(attempt, 0, 6));
    const double r = std::clamp(random01, 0.0, 1.0);
    const auto delay = qint64(r * double(ceiling));
    return std::max(std::min(delay, ceiling), retryAfterMs);
}

qint64 retryAfterMs(const QByteArray& value, qint64 nowMs)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty()) {
        return -1;
    }
    bool ok = false;
    const qlonglong seconds = text.toLongLong(&ok);
    if (ok) {
        return seconds < 0 ? -1
                           : std::min<qint64>(kMaxRetryAfterMs, qint64(std::min<qlonglong>(seconds, 1LL << 40)) * 1000);
    }
    // IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
    if (!text.endsWith(" GMT")) {
        return -1;
    }
    const QDateTime date =
        QLocale::c().toDateTime(QString::fromLatin1(text).chopped(4), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!date.isValid()) {
        return -1;
    }
    QDateTime utc = date;
    utc.setTimeSpec(Qt::UTC);
    return std::clamp<qint64>(utc.toMSecsSinceEpoch() - nowMs, 0, kMaxRetryAfterMs);
}

} // namespace sandi
