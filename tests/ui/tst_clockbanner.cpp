// The clock banner under a real X server (issue #8): with a time server 90 s ahead of this
// computer, the window says the clock is off and shows the code of the true time; once the clock
// is right again the banner goes. The stack is the one app/main.cpp builds: the ticker reads the
// ClockService's corrected time.

#include "app/accountlistmodel.h"
#include "app/clipboardguard.h"
#include "app/clock/clockservice.h"
#include "app/codecopier.h"
#include "app/keychain/memorysecretstore.h"
#include "app/settings.h"
#include "app/store/accountstore.h"
#include "app/ticker.h"
#include "core/otp/otp.h"
#include "core/uri/otpauth.h"
#include "tests/app/sntpresponder.h"
#include "ui/accountview.h"
#include "ui/banner.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using sandi::ClockService;
using sandi::test::Responder;

namespace {

const char* const kKudus = "otpauth://totp/LPSE%20Kudus:ppk1?secret=JBSWY3DPEHPK3PXP&issuer=LPSE%20Kudus";

QString coreCode(qint64 unixSeconds)
{
    const auto uri = sandi::uri::parseOtpauth(kKudus);
    const std::string code = sandi::otp::totpAt(uri->secret.view(), uri->params, unixSeconds).value();
    return QString::fromStdString(code.substr(0, 3) + " " + code.substr(3));
}

} // namespace

class TestClockBanner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    sandi::MemorySecretStore m_secrets;
    std::unique_ptr<Responder> m_server;
    std::unique_ptr<sandi::Settings> m_settings;
    std::unique_ptr<sandi::AccountStore> m_store;
    std::unique_ptr<sandi::AccountListModel> m_model;
    std::unique_ptr<ClockService> m_clock;
    std::unique_ptr<sandi::Ticker> m_ticker;
    std::unique_ptr<sandi::ClipboardGuard> m_clipboard;
    std::unique_ptr<sandi::CodeCopier> m_copier;
    std::unique_ptr<sandi::MainWindow> m_window;

    QString shownCode() const
    {
        return m_window->view()->model()->index(0, 0).data(sandi::AccountListModel::GroupedCodeRole).toString();
    }

    // The code shown must be the one of the true time (ours + 90 s), not of this computer's clock.
    void expectCodeOfTime(qint64 offsetMs)
    {
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const qint64 before = (QDateTime::currentMSecsSinceEpoch() + offsetMs) / 1000;
                const QString shown = shownCode();
                const qint64 after = (QDateTime::currentMSecsSinceEpoch() + offsetMs) / 1000;
                return shown == coreCode(before) || shown == coreCode(after);
            }(),
            3000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(QGuiApplication::platformName(), u"xcb"_s);
        m_server = std::make_unique<Responder>(Responder::Mode::Good, 90'000);
        m_settings = std::make_unique<sandi::Settings>(m_dir.filePath(u"sandi.ini"_s));
        m_settings->setClockServers({m_server->label()});
        m_store = std::make_unique<sandi::AccountStore>(m_dir.filePath(u"data"_s), &m_secrets);
        m_model = std::make_unique<sandi::AccountListModel>(m_store.get());
        m_clock = std::make_unique<ClockService>(m_settings.get());
        m_ticker = std::make_unique<sandi::Ticker>([this] { return m_clock->nowMs(); });
        m_clipboard = std::make_unique<sandi::ClipboardGuard>(QGuiApplication::clipboard());
        m_copier = std::make_unique<sandi::CodeCopier>(m_store.get(), m_model.get(), m_clipboard.get(),
                                                       [this] { return m_ticker->now(); });
        connect(m_ticker.get(), &sandi::Ticker::ticked, m_model.get(), &sandi::AccountListModel::tick);
        connect(m_clock.get(), &ClockService::appliedOffsetChanged, m_ticker.get(), [this] {
            if (m_ticker->isActive()) {
                m_ticker->start();
            }
        });
        m_window = std::make_unique<sandi::MainWindow>(
            sandi::MainWindowServices{m_store.get(), m_model.get(), m_copier.get(), m_clipboard.get(), m_ticker.get(),
                                      m_settings.get(), m_clock.get()});
        m_window->resize(480, 360);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy loaded(m_store.get(), &sandi::AccountStore::loaded);
        m_store->load();
        QVERIFY(loaded.wait());
        bool added = false;
        m_store->add(std::move(*sandi::uri::parseOtpauth(kKudus)), [&](const sandi::StoreResult&) { added = true; });
        QTRY_VERIFY(added);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        m_copier.reset();
        m_clipboard.reset();
        m_ticker.reset();
        m_clock.reset();
        m_model.reset();
        m_store.reset();
    }

    void noBannerBeforeTheClockIsKnown()
    {
        QVERIFY(m_window->banner()->message(sandi::Banner::Topic::Clock).isEmpty());
        expectCodeOfTime(0);
    }

    void aClock90SecondsSlowShowsTheBannerAndTheTrueCode()
    {
        QSignalSpy result(m_clock.get(), &ClockService::resultChanged);
        m_clock->start();
        QVERIFY(result.wait(10'000));
        const QString text = m_window->banner()->message(sandi::Banner::Topic::Clock);
        QVERIFY2(text.contains(u"1 minute"_s) && text.contains(u"slow; the codes have been adjusted."_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"timedatectl"_s), qPrintable(text));
        auto* banner = m_window->banner();
        QVERIFY(banner->isVisible());
        expectCodeOfTime(90'000);
        if (qEnvironmentVariableIsSet("SANDI_SCREENSHOT_DIR")) {
            m_window->grab().save(qEnvironmentVariable("SANDI_SCREENSHOT_DIR") + u"/clock-banner.png"_s);
        }
    }

    void turningCorrectionOffSaysTheCodesAreWrong()
    {
        m_settings->setClockCorrection(false);
        const QString text = m_window->banner()->message(sandi::Banner::Topic::Clock);
        QVERIFY2(text.contains(u"not adjusted"_s), qPrintable(text));
        expectCodeOfTime(0);
        m_settings->setClockCorrection(true);
        expectCodeOfTime(90'000);
    }

    void theBannerGoesWhenTheClockIsRight()
    {
        m_server->setOffsetMs(0);
        QSignalSpy result(m_clock.get(), &ClockService::resultChanged);
        m_clock->checkNow();
        QVERIFY(result.wait(10'000));
        QVERIFY(m_window->banner()->message(sandi::Banner::Topic::Clock).isEmpty());
        expectCodeOfTime(0);
    }
};

QTEST_MAIN(TestClockBanner)
#include "tst_clockbanner.moc"
