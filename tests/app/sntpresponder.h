#pragma once
// An SNTP server (RFC 4330) on 127.0.0.1 for the clock tests: its clock is `offsetMs` away from
// ours, and it can answer late, with a Kiss-o'-Death, with garbage, or not at all.

#include "app/clock/clockcheck.h"

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QNetworkDatagram>
#include <QObject>
#include <QTimer>
#include <QUdpSocket>

namespace sandi::test {

using namespace Qt::StringLiterals;

constexpr qint64 kNtpToUnixSeconds = 2208988800LL;

// NTP timestamp of a Unix time in milliseconds (era 0 is enough until 2036; the core tests cover 2036).
inline quint64 ntpFromUnixMs(qint64 ms)
{
    const auto seconds = static_cast<quint64>(ms / 1000 + kNtpToUnixSeconds);
    const auto fraction = (static_cast<quint64>(ms % 1000) << 32) / 1000;
    return (seconds << 32) | fraction;
}

inline void putTimestamp(QByteArray& packet, int at, quint64 ntp)
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
        if (!m_socket.bind(QHostAddress::LocalHost, 0)) {
            qFatal("cannot bind a UDP socket on 127.0.0.1");
        }
        connect(&m_socket, &QUdpSocket::readyRead, this, &Responder::answer);
    }

    [[nodiscard]] sandi::ClockServer server() const { return {u"127.0.0.1"_s, m_socket.localPort()}; }
    [[nodiscard]] QString label() const { return u"127.0.0.1:%1"_s.arg(m_socket.localPort()); }
    int requests = 0;

    void setOffsetMs(qint64 offsetMs) { m_offsetMs = offsetMs; }

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

} // namespace sandi::test
