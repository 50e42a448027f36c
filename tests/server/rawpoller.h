#pragma once
// A device's long poll over one raw TLS connection, for tests and benchmarks that hold hundreds of
// polls at once (QNetworkAccessManager opens at most six connections per host). The request is
// signed by core/approval; the answer is read as HTTP/1.1 with a Content-Length.

#include "core/approval/polltoken.h"
#include "core/approval/protocol.h"
#include "core/crypto/ecdsa.h"

#include <QDateTime>
#include <QObject>
#include <QSslConfiguration>
#include <QSslSocket>

#include <optional>
#include <utility>
#include <string>

namespace sandi::testing {

class RawPoller : public QObject
{
public:
    struct Device
    {
        std::string id;
        crypto::EcPrivateKey key;
    };

    RawPoller(Device device, const QSslConfiguration& tls, QObject* parent = nullptr)
        : QObject(parent), m_device(std::move(device))
    {
        m_socket.setSslConfiguration(tls);
        QObject::connect(&m_socket, &QSslSocket::readyRead, this, [this] { read(); });
        QObject::connect(&m_socket, &QSslSocket::encrypted, this,
                         [this] { m_socket.write(std::exchange(m_pending, {})); });
    }

    // Connects (once) and sends a fresh poll request; the answer arrives later (done()).
    void poll(quint16 port)
    {
        const auto token = approval::newPollToken(m_device.id, QDateTime::currentSecsSinceEpoch());
        const auto header = approval::authorizationValue(m_device.key, *token);
        QByteArray request = "GET " + QByteArray(approval::kPollPath.data(), approval::kPollPath.size()) +
                             " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + QByteArray::fromStdString(*header) +
                             "\r\n\r\n";
        m_buffer.clear();
        m_status.reset();
        if (m_socket.isEncrypted()) {
            m_socket.write(request);
        } else {
            m_pending = request; // sent once the handshake is done
            if (m_socket.state() == QAbstractSocket::UnconnectedState)
                m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        }
    }

    void close() { m_socket.abort(); }
    [[nodiscard]] bool done() const { return m_status.has_value(); }
    [[nodiscard]] int status() const { return m_status.value_or(0); }
    [[nodiscard]] const QByteArray& body() const { return m_body; }
    [[nodiscard]] qint64 doneAtNs() const { return m_doneAt; }
    [[nodiscard]] QSslSocket& socket() { return m_socket; }

private:
    void read()
    {
        m_buffer += m_socket.readAll();
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray& line : m_buffer.left(end).split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (m_buffer.size() < end + 4 + length)
            return;
        m_body = m_buffer.mid(end + 4, length);
        m_status = m_buffer.mid(9, 3).toInt();
        m_doneAt = QDateTime::currentMSecsSinceEpoch();
        m_buffer.remove(0, end + 4 + length);
    }

    Device m_device;
    QSslSocket m_socket;
    QByteArray m_buffer;
    QByteArray m_pending;
    QByteArray m_body;
    std::optional<int> m_status;
    qint64 m_doneAt = 0;
};

} // namespace sandi::testing
