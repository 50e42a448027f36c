// ClockCheck against SNTP responders on 127.0.0.1 inside the test: good ones set ahead or behind,
// slow ones, Kiss-o'-Death, malformed and silent ones.

#include "app/clock/clockcheck.h"
#include "tests/app/httpsresponder.h"
#include "tests/app/sntpresponder.h"

#include <QElapsedTimer>
#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>

#include <chrono>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

using sandi::test::Responder;

sandi::ClockResult runCheck(sandi::ClockCheck& check, int waitMs = 10'000)
{
    QSignalSpy finished(&check, &sandi::ClockCheck::finished);
    check.start();
    if (finished.count() != 0) {
        qWarning("finished before start() returned");
        return {};
    }
    if (!finished.wait(waitMs)) {
        qWarning("no result");
        return {};
    }
    return finished.first().first().value<sandi::ClockResult>();
}

} // namespace

class TestClockCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void measuresOffset_data()
    {
        QTest::addColumn<qint64>("offsetMs");
        QTest::addColumn<int>("replyDelayMs");
        QTest::newRow("90 s ahead") << qint64(90'000) << 0;
        QTest::newRow("45 s behind") << qint64(-45'000) << 0;
        QTest::newRow("90 s ahead, 300 ms in the server") << qint64(90'000) << 300;
    }
    void measuresOffset()
    {
        QFETCH(qint64, offsetMs);
        QFETCH(int, replyDelayMs);
        Responder server(Responder::Mode::Good, offsetMs, replyDelayMs);
        sandi::ClockCheck check;
        check.setServers({server.server()});
        const sandi::ClockResult result = runCheck(check);
        QVERIFY2(result.measured, qPrintable(result.error));
        QVERIFY2(qAbs(result.offsetMs - offsetMs) < 1000, qPrintable(QString::number(result.offsetMs)));
        QCOMPARE(result.serversUsed, QStringList{server.label()});
        QCOMPARE(result.method, u"sntp"_s);
        QVERIFY(result.error.isEmpty());
        QCOMPARE(server.requests, 3); // three samples per server by default
    }

    void ignoresKissOfDeathAndMalformedAnswers()
    {
        Responder kod(Responder::Mode::KissOfDeath, 3'600'000);
        Responder malformed(Responder::Mode::Malformed);
        Responder silent(Responder::Mode::Silent);
        Responder good(Responder::Mode::Good, 90'000);
        sandi::ClockCheck check;
        check.setServers({kod.server(), malformed.server(), silent.server(), good.server()});
        check.setTimeouts(300ms, 5000ms);
        const sandi::ClockResult result = runCheck(check);
        QVERIFY2(result.measured, qPrintable(result.error));
        QVERIFY2(qAbs(result.offsetMs - 90'000) < 1000, qPrintable(QString::number(result.offsetMs)));
        QCOMPARE(result.serversUsed, QStringList{good.label()});
        QCOMPARE(kod.requests, 1); // RFC 4330 §8: no more requests after a kiss
    }

    void onlyBadAnswersSayWhy()
    {
        Responder kod(Responder::Mode::KissOfDeath);
        sandi::ClockCheck check;
        check.setServers({kod.server()});
        const sandi::ClockResult result = runCheck(check);
        QVERIFY(!result.measured);
        QVERIFY2(result.error.contains(u"refused"_s), qPrintable(result.error));
    }

    void allSilentFinishesWithinTheBound_data()
    {
        QTest::addColumn<int>("perRequestMs");
        QTest::addColumn<int>("totalMs");
        QTest::newRow("defaults: 3 x 1.5 s, 5 s in all") << 1500 << 5000;
        QTest::newRow("the total bound cuts the requests short") << 1000 << 800;
    }
    void allSilentFinishesWithinTheBound()
    {
        QFETCH(int, perRequestMs);
        QFETCH(int, totalMs);
        Responder a(Responder::Mode::Silent);
        Responder b(Responder::Mode::Silent);
        sandi::ClockCheck check;
        check.setServers({a.server(), b.server()});
        check.setTimeouts(std::chrono::milliseconds(perRequestMs), std::chrono::milliseconds(totalMs));
        QElapsedTimer elapsed;
        elapsed.start();
        const sandi::ClockResult result = runCheck(check);
        QVERIFY(elapsed.elapsed() <= totalMs + 500);
        QVERIFY(!result.measured);
        QVERIFY2(result.error.startsWith(u"No time server answered."_s), qPrintable(result.error));
        QVERIFY(result.serversUsed.isEmpty());
        QVERIFY(a.requests >= 1 && b.requests >= 1);
    }

    void noServersFinishesFromTheEventLoop()
    {
        sandi::ClockCheck check;
        check.setServers({});
        const sandi::ClockResult result = runCheck(check, 1000);
        QVERIFY(!result.measured);
        QVERIFY(!result.error.isEmpty());
    }

    void canRunAgain()
    {
        Responder server(Responder::Mode::Good, -45'000);
        sandi::ClockCheck check;
        check.setServers({server.server()});
        check.setSamplesPerServer(1);
        QVERIFY(runCheck(check).measured);
        const sandi::ClockResult second = runCheck(check);
        QVERIFY(second.measured);
        QVERIFY(qAbs(second.offsetMs + 45'000) < 1000);
        QCOMPARE(server.requests, 2);
    }

    // Where UDP 123 is blocked: the Date header of an HTTPS server, 90 s ahead of us.
    void httpsFallbackWhenNoTimeServerAnswers()
    {
        Responder silent(Responder::Mode::Silent);
        sandi::test::HttpsResponder web(90'000);
        sandi::ClockCheck check;
        check.setServers({silent.server()});
        check.setTimeouts(300ms, 1000ms);
        check.setHttpsFallback(web.url());
        check.setTlsConfiguration(web.trustedConfiguration());
        const sandi::ClockResult result = runCheck(check);
        QVERIFY2(result.measured, qPrintable(result.error));
        QCOMPARE(result.method, u"https"_s);
        QCOMPARE(result.serversUsed, QStringList{u"127.0.0.1"_s});
        // The Date header has whole seconds; the core adds half a second for the truncation.
        QVERIFY2(qAbs(result.offsetMs - 90'000) <= 1000, qPrintable(QString::number(result.offsetMs)));
        QCOMPARE(web.requests, 1);
    }

    void httpsFallbackIsNotAskedWhenATimeServerAnswers()
    {
        Responder good(Responder::Mode::Good, -30'000);
        sandi::test::HttpsResponder web(90'000);
        sandi::ClockCheck check;
        check.setServers({good.server()});
        check.setHttpsFallback(web.url());
        check.setTlsConfiguration(web.trustedConfiguration());
        const sandi::ClockResult result = runCheck(check);
        QVERIFY(result.measured);
        QCOMPARE(result.method, u"sntp"_s);
        QVERIFY(qAbs(result.offsetMs + 30'000) < 1000);
        QCOMPARE(web.requests, 0);
    }

    void httpsFallbackWithABrokenDateSaysWhy()
    {
        Responder silent(Responder::Mode::Silent);
        sandi::test::HttpsResponder web(0);
        web.setRawDate("yesterday at noon");
        sandi::ClockCheck check;
        check.setServers({silent.server()});
        check.setTimeouts(300ms, 1000ms);
        check.setHttpsFallback(web.url());
        check.setTlsConfiguration(web.trustedConfiguration());
        const sandi::ClockResult result = runCheck(check);
        QVERIFY(!result.measured);
        QVERIFY2(result.error.contains(u"127.0.0.1"_s), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"invalid date"_s), qPrintable(result.error));
    }

    // A certificate nobody vouches for is not a source of time: a man in the middle could set it.
    void httpsFallbackRefusesAnUntrustedCertificate()
    {
        Responder silent(Responder::Mode::Silent);
        sandi::test::HttpsResponder web(90'000);
        sandi::ClockCheck check;
        check.setServers({silent.server()});
        check.setTimeouts(300ms, 1000ms);
        check.setHttpsFallback(web.url());
        const sandi::ClockResult result = runCheck(check);
        QVERIFY(!result.measured);
        QVERIFY2(result.error.contains(u"could not be reached"_s), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestClockCheck)
#include "tst_clockcheck.moc"
