// ClockCheck against SNTP responders on 127.0.0.1 inside the test: good ones set ahead or behind,
// slow ones, Kiss-o'-Death, malformed and silent ones.

#include "app/clock/clockcheck.h"

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

constexpr qint64 kNtpToUnixSeconds = 2208988800LL;

// NTP timestamp of a Unix time in milliseconds (era 0 is enough until 2036; the core tests cover 2036).
quint64 ntpFromUnixMs(qint64 ms)
{
    const auto seconds = static_cast<quint64>(ms / 1000 + kNtpToUnixSeconds);
    const auto fraction = (static_cast<quint64>(ms % 1000) << 32) / 1000;
    return (seconds << 32) | fraction;
}

void putTimestamp(QByteArray& packet, int at, quint64 ntp)
{
    for (int i = 0; i < 8; ++i) {
        packet[at + i] = static_cast<char>(ntp >> (56 - 8 * i));
    }
}

// An SNTP server on 127.0.0.1 with a clock `offsetMs` away from ours.
class Responder : public QObject
{
public:
    enum class Mode
    {
        Good,
        KissOfDeath,
        Malformed,
        Silent,
    };

    Responder(Mode mode, qint64 offsetMs = 0, int replyDelayMs = 0)
        : m_mode(mode), m_offsetMs(offsetMs), m_replyDelayMs(replyDelayMs)
    {
        QVERIFY(m_socket.bind(QHostAddress::LocalHost, 0));
        connect(&m_socket, &QUdpSocket::readyRead, this, &Responder::answer);
    }

    [[nodiscard]] sandi::ClockServer server() const { return {u"127.0.0.1"_s, m_socket.localPort()}; }
    [[nodiscard]] QString label() const { return u"127.0.0.1:%1"_s.arg(m_socket.localPort()); }
    int requests = 0;

private:
    [[nodiscard]] qint64 serverNowMs() const { return QDateTime::currentMSecsSinceEpoch() + m_offsetMs; }

    void answer()
    {
        while (m_socket.hasPendingDatagrams()) {
            const QNetworkDatagram request = m_socket.receiveDatagram();
            ++requests;
            if (m_mode == Mode::Silent || request.data().size() < 48) {
                continue;
            }
            QByteArray reply(48, '\0');
            reply[0] = static_cast<char>((0 << 6) | (4 << 3) | 4); // LI 0, VN 4, mode 4 (server)
            reply[1] = 2;                                          // stratum
            reply.replace(24, 8, request.data().mid(40, 8));       // originate = the client's transmit
            putTimestamp(reply, 32, ntpFromUnixMs(serverNowMs()));
            if (m_mode == Mode::KissOfDeath) {
                reply[0] = static_cast<char>((3 << 6) | (4 << 3) | 4);
                reply[1] = 0;
                reply.replace(12, 4, "RATE");
            } else if (m_mode == Mode::Malformed) {
                reply = QByteArrayLiteral("not an NTP packet");
            }
            const QHostAddress to = request.senderAddress();
            const auto port = static_cast<quint16>(request.senderPort());
            QTimer::singleShot(m_replyDelayMs, this, [this, reply, to, port]() mutable {
                if (m_mode == Mode::Good) {
                    putTimestamp(reply, 40, ntpFromUnixMs(serverNowMs()));
                }
                m_socket.writeDatagram(reply, to, port);
            });
        }
    }

    QUdpSocket m_socket;
    Mode m_mode;
    qint64 m_offsetMs;
    int m_replyDelayMs;
};

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
};

QTEST_GUILESS_MAIN(TestClockCheck)
#include "tst_clockcheck.moc"
