#include "app/clock/clocktext.h"

#include "app/clock/clockservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace sandi {

namespace {

// The translation context of these texts ("sandi::Clock"), in a form lupdate reads.
struct ClockText
{
    Q_DECLARE_TR_FUNCTIONS(sandi::Clock)
};

} // namespace

QString clockDurationText(qint64 ms)
{
    const qint64 total = (std::abs(ms) + 500) / 1000;
    const int hours = static_cast<int>(total / 3600);
    const int minutes = static_cast<int>(total % 3600 / 60);
    const int seconds = static_cast<int>(total % 60);
    if (hours > 0) {
        return minutes == 0
                   ? ClockText::tr("%n hour(s)", "", hours)
                   : ClockText::tr("%1 %2", "hours, then minutes")
                         .arg(ClockText::tr("%n hour(s)", "", hours), ClockText::tr("%n minute(s)", "", minutes));
    }
    if (minutes > 0) {
        return seconds == 0
                   ? ClockText::tr("%n minute(s)", "", minutes)
                   : ClockText::tr("%1 %2", "minutes, then seconds")
                         .arg(ClockText::tr("%n minute(s)", "", minutes), ClockText::tr("%n second(s)", "", seconds));
    }
    return ClockText::tr("%n second(s)", "", seconds);
}

QString clockBannerText(qint64 offsetMs, bool corrected)
{
    const QString how = clockDurationText(offsetMs);
    // offsetMs > 0: true time is later than ours, so our clock is slow.
    const QString off = offsetMs > 0 ? ClockText::tr("Your computer's clock is %1 slow").arg(how)
                                     : ClockText::tr("Your computer's clock is %1 fast").arg(how);
    return corrected ? ClockText::tr("%1; the codes have been adjusted.").arg(off)
                     : ClockText::tr("%1. Codes are not adjusted: clock correction is off in Settings.").arg(off);
}

QString clockFixHint()
{
#if defined(Q_OS_WIN)
    return ClockText::tr("To fix the clock: Settings → Time & language → Date & time → turn on “Set time "
                         "automatically”, then “Sync now”.");
#elif defined(Q_OS_MACOS)
    return ClockText::tr("To fix the clock: System Settings → General → Date & Time → turn on “Set time and date "
                         "automatically”.");
#else
    return ClockText::tr("To fix the clock: in your desktop's Date & Time settings turn on automatic time, or run "
                         "“timedatectl set-ntp true” in a terminal.");
#endif
}

QString clockStatusText(const ClockService& service)
{
    if (service.isChecking()) {
        return ClockText::tr("Checking the computer's clock…");
    }
    if (!service.hasResult()) {
        return ClockText::tr("The clock has not been checked yet.");
    }
    const ClockResult& result = service.lastResult();
    const QString when =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(service.lastCheckedMs()).time(), QLocale::ShortFormat);
    if (!result.measured) {
        return ClockText::tr("The clock could not be checked (%1): %2 Codes use the computer's clock.")
            .arg(when, result.error);
    }
    QString text;
    const QString from = result.serversUsed.join(u", "_s);
    if (std::abs(result.offsetMs) < ClockService::kCorrectFromMs) {
        text = ClockText::tr("The computer's clock is right (checked at %1 with %2).").arg(when, from);
    } else {
        const QString off = result.offsetMs > 0 ? ClockText::tr("The computer's clock is %1 slow")
                                                : ClockText::tr("The computer's clock is %1 fast");
        text = (service.correctionEnabled() ? ClockText::tr("%1 (checked at %2 with %3); codes are adjusted.")
                                            : ClockText::tr("%1 (checked at %2 with %3); codes are not adjusted."))
                   .arg(off.arg(clockDurationText(result.offsetMs)), when, from);
    }
    if (!result.error.isEmpty()) {
        text += u' ' + ClockText::tr("The latest check failed: %1").arg(result.error);
    }
    return text;
}

} // namespace sandi
