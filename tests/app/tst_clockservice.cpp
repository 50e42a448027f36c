// ClockService: when the measured offset is applied to the codes, what the settings change, what
// happens offline, and when it measures again (every few hours, after a failure sooner, and after
// the wall clock jumps: a wake-up from sleep or a clock set by hand).

#include "app/clock/clockservice.h"
#include "app/clock/clocktext.h"
#include "app/settings.h"
#include "tests/app/sntpresponder.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using sandi::ClockService;
using sandi::test::Responder;

class TestClockService : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sandi::Settings> m_settings;

    // Settings that point at `server` only, as a user would type it in the settings.
    void useServer(const Responder& server) { m_settings->setClockServers({server.label()}); }

    static void measure(ClockService& service)
    {
        QSignalSpy result(&service, &ClockService::resultChanged);
        service.start();
        QVERIFY(result.wait(10'000));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<sandi::Settings>(m_dir->filePath(u"sandi.ini"_s));
    }

    void cleanup()
    {
        m_settings.reset();
        m_dir.reset();
    }

    void appliesALargeOffset()
    {
        Responder server(Responder::Mode::Good, 90'000);
        useServer(server);
        ClockService service(m_settings.get());
        QSignalSpy applied(&service, &ClockService::appliedOffsetChanged);
        measure(service);
        QVERIFY(service.lastResult().measured);
        QVERIFY(qAbs(service.appliedOffsetMs() - 90'000) < 1000);
        QCOMPARE(applied.count(), 1);
        QCOMPARE(applied.first().first().toLongLong(), service.appliedOffsetMs());
        QVERIFY(service.clockIsWrong());
        QVERIFY(qAbs(service.nowMs() - QDateTime::currentMSecsSinceEpoch() - 90'000) < 1000);
        // The wording (and its plurals) is checked with the translations loaded, in i18n.tst_translations.
        QVERIFY2(clockStatusText(service).contains(u"slow"_s), qPrintable(clockStatusText(service)));
        QVERIFY2(clockStatusText(service).contains(u"adjusted"_s), qPrintable(clockStatusText(service)));
    }

    void leavesAnOffsetBelowTwoSecondsAlone()
    {
        Responder server(Responder::Mode::Good, 1'000);
        useServer(server);
        ClockService service(m_settings.get());
        QSignalSpy applied(&service, &ClockService::appliedOffsetChanged);
        measure(service);
        QVERIFY(service.lastResult().measured);
        QCOMPARE(service.appliedOffsetMs(), 0);
        QVERIFY(!service.clockIsWrong());
        QCOMPARE(applied.count(), 0);
        QVERIFY2(clockStatusText(service).contains(u"is right"_s), qPrintable(clockStatusText(service)));
    }

    void aFewSecondsAreCorrectedWithoutAWarning()
    {
        Responder server(Responder::Mode::Good, -7'000);
        useServer(server);
        ClockService service(m_settings.get());
        measure(service);
        QVERIFY(qAbs(service.appliedOffsetMs() + 7'000) < 1000);
        QVERIFY(!service.clockIsWrong());
    }

    void theSettingTurnsCorrectionOffAndOn()
    {
        Responder server(Responder::Mode::Good, -120'000);
        useServer(server);
        ClockService service(m_settings.get());
        measure(service);
        QVERIFY(service.appliedOffsetMs() < -119'000);
        QSignalSpy applied(&service, &ClockService::appliedOffsetChanged);
        m_settings->setClockCorrection(false);
        QCOMPARE(applied.count(), 1);
        QCOMPARE(applied.last().first().toLongLong(), 0);
        QCOMPARE(service.appliedOffsetMs(), 0);
        QVERIFY(service.clockIsWrong()); // still wrong, only no longer corrected
        QVERIFY(qAbs(service.nowMs() - QDateTime::currentMSecsSinceEpoch()) < 100);
        m_settings->setClockCorrection(true);
        QCOMPARE(applied.count(), 2);
        QVERIFY(service.appliedOffsetMs() < -119'000);
    }

    void offlineAtFirstMeansNoOffsetAndAQuietNote()
    {
        Responder silent(Responder::Mode::Silent);
        useServer(silent);
        ClockService service(m_settings.get());
        service.check()->setTimeouts(200ms, 600ms);
        measure(service);
        QVERIFY(service.hasResult());
        QVERIFY(!service.lastResult().measured);
        QCOMPARE(service.appliedOffsetMs(), 0);
        QVERIFY(!service.clockIsWrong());
        QVERIFY2(clockStatusText(service).contains(u"could not be checked"_s), qPrintable(clockStatusText(service)));
        // Tried again sooner than the regular recheck.
        const int next = service.nextCheckInMs();
        QVERIFY2(next > 0 && next <= 15 * 60 * 1000 + 1000, // coarse timers round to whole seconds
                 qPrintable(QString::number(next)));
    }

    void goingOfflineKeepsTheLastOffset()
    {
        Responder good(Responder::Mode::Good, 90'000);
        Responder silent(Responder::Mode::Silent);
        useServer(good);
        ClockService service(m_settings.get());
        service.check()->setTimeouts(200ms, 600ms);
        measure(service);
        QVERIFY(qAbs(service.appliedOffsetMs() - 90'000) < 1000);
        const int regular = service.nextCheckInMs();
        QVERIFY2(regular > 3 * 3600 * 1000, qPrintable(QString::number(regular)));

        QSignalSpy result(&service, &ClockService::resultChanged);
        useServer(silent); // a new server list measures at once
        QVERIFY(result.wait(10'000));
        QVERIFY(qAbs(service.appliedOffsetMs() - 90'000) < 1000);
        QVERIFY(service.clockIsWrong());
        QVERIFY(!service.lastResult().error.isEmpty());
        QVERIFY2(clockStatusText(service).contains(u"latest check failed"_s), qPrintable(clockStatusText(service)));
    }

    void aFixedClockClearsTheOffset()
    {
        Responder server(Responder::Mode::Good, 90'000);
        useServer(server);
        ClockService service(m_settings.get());
        measure(service);
        QVERIFY(service.clockIsWrong());
        server.setOffsetMs(0);
        QSignalSpy applied(&service, &ClockService::appliedOffsetChanged);
        QSignalSpy result(&service, &ClockService::resultChanged);
        service.checkNow();
        QVERIFY(result.wait(10'000));
        QCOMPARE(service.appliedOffsetMs(), 0);
        QVERIFY(!service.clockIsWrong());
        QCOMPARE(applied.count(), 1);
    }

    // The watch compares the wall clock with the monotonic one; fake clocks drive it.
    void aJumpOfTheWallClockMeasuresAgainSoon()
    {
        Responder silent(Responder::Mode::Silent);
        useServer(silent);
        qint64 wall = 1'800'000'000'000;
        qint64 monotonic = 0;
        ClockService service(
            m_settings.get(), nullptr, [&] { return wall; }, [&] { return monotonic; });
        service.check()->setTimeouts(100ms, 300ms);
        measure(service);
        const int afterFailure = service.nextCheckInMs();
        QVERIFY(afterFailure > 60'000);

        // A minute on both clocks: nothing happened.
        wall += 60'000;
        monotonic += 60'000;
        service.watch();
        QVERIFY(service.nextCheckInMs() > 60'000);

        // Eight hours on the wall clock in one minute of monotonic time: the computer slept.
        wall += 8 * 3600'000;
        monotonic += 60'000;
        service.watch();
        const int afterJump = service.nextCheckInMs();
        QVERIFY2(afterJump >= 0 && afterJump <= 11'000, qPrintable(QString::number(afterJump)));

        // The clock set back by hand while running counts too.
        measure(service);
        wall -= 3600'000;
        monotonic += 60'000;
        service.watch();
        QVERIFY(service.nextCheckInMs() <= 11'000);
    }
};

QTEST_GUILESS_MAIN(TestClockService)
#include "tst_clockservice.moc"
