#pragma once
// A plain-HTTP server on 127.0.0.1 that answers each request with the next canned response
// (status line, headers and body as raw bytes), or holds it when none is queued. For the approval
// service's tests of broken and hostile acceptors; the service reaches it through the
// development flag (http:// to loopback).

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <deque>

namespace sandi::test {

class HostileAcceptor : public QObject
{
public:
    HostileAcceptor()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
        if (!m_server.listen(QHostAddress::LocalHost, 0)) {
            qFatal("cannot listen on 127.0.0.1");
        }
    }

    [[nodiscard]] QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }

    static QByteArray response(int status, const QByteArray& body = {}, const QByteArray& headers = {})
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n" + headers;
        if (status != 204) {
            out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        }
        return out + "Connection: close\r\n\r\n" + body;
    }

    void queue(const QByteArray& raw) { m_queue.push_back(raw); }
    // Answers every held request with `raw`.
    void releaseHeld(const QByteArray& raw)
    {
        for (const QPointer<QTcpSocket>& socket : std::as_const(m_held)) {
            if (socket) {
                socket->write(raw);
                socket->disconnectFromHost();
            }
        }
        m_held.clear();
    }

    QList<QByteArray> requests; // "METHOD PATH" of each complete request
    QList<QByteArray> bodies;

private:
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            return;
        }
        qsizetype length = 0;
        for (const QByteArray& line : buffer.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:")) {
                length = line.mid(15).trimmed().toLongLong();
            }
        }
        if (buffer.size() < end + 4 + length) {
            return;
        }
        const QList<QByteArray> first = buffer.left(buffer.indexOf("\r\n")).split(' ');
        requests.append(first.value(0) + ' ' + first.value(1));
        bodies.append(buffer.mid(end + 4, length));
        m_buffers.remove(socket);
        if (m_queue.empty()) {
            m_held.append(socket);
            return;
        }
        socket->write(m_queue.front());
        m_queue.pop_front();
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    std::deque<QByteArray> m_queue;
    QList<QPointer<QTcpSocket>> m_held;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace sandi::test
