// MainWindow and the clock check: the banner that says the computer's clock is wrong.

#include "app/clock/clockservice.h"
#include "app/clock/clocktext.h"
#include "ui/banner.h"
#include "ui/mainwindow.h"

namespace sandi {

void MainWindow::connectClock()
{
    if (!m_services.clock) {
        return;
    }
    connect(m_services.clock, &ClockService::resultChanged, this, &MainWindow::updateClockBanner);
    connect(m_services.clock, &ClockService::appliedOffsetChanged, this, &MainWindow::updateClockBanner);
    updateClockBanner();
}

void MainWindow::updateClockBanner()
{
    ClockService* clock = m_services.clock;
    if (!clock->clockIsWrong()) {
        m_banner->clearMessage(Banner::Topic::Clock);
        return;
    }
    const bool corrected = clock->appliedOffsetMs() != 0;
    const QString text = clockBannerText(clock->lastResult().offsetMs, corrected) + u'\n' + clockFixHint();
    // Not dismissable while codes are not corrected: they are wrong until the clock is fixed.
    m_banner->setMessage(Banner::Topic::Clock, corrected ? Banner::Severity::Warning : Banner::Severity::Error, text,
                         corrected, tr("Check again"), [clock] { clock->checkNow(); });
}

} // namespace sandi
