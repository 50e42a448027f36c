#pragma once
// A web server on https://127.0.0.1 for the clock tests: answers every request with an empty 200
// whose Date header is `offsetMs` away from our clock (or a given raw Date value). Its certificate
// is made on the spot with the openssl program, for 127.0.0.1, and trustedConfiguration() trusts it.

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUrl>

namespace sandi::test {

class HttpsResponder : public QObject
{
public:
    explicit HttpsResponder(qint64 offsetMs) : m_offsetMs(offsetMs)
    {
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), cert});
        if (!openssl.waitForFinished(30'000) || openssl.exitCode() != 0) {
            qFatal("openssl req failed: %s", openssl.readAllStandardError().constData());
        }
        QFile keyFile(key);
        QFile certFile(cert);
        if (!keyFile.open(QIODevice::ReadOnly) || !certFile.open(QIODevice::ReadOnly)) {
            qFatal("cannot read the generated certificate");
        }
        m_certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
        QSslConfiguration server = QSslConfiguration::defaultConfiguration();
        server.setLocalCertificate(m_certificate);
        server.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem));
        m_server.setSslConfiguration(server);
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, &HttpsResponder::accept);
        if (!m_server.listen(QHostAddress::LocalHost, 0)) {
            qFatal("cannot listen on 127.0.0.1");
        }
    }

    [[nodiscard]] QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(m_server.serverPort())); }

    // Trusts this server's certificate only.
    [[nodiscard]] QSslConfiguration trustedConfiguration() const
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({m_certificate});
        return tls;
    }

    // Sends this text as the Date header instead of a real date (a broken server).
    void setRawDate(const QByteArray& date) { m_rawDate = date; }
    int requests = 0;

private:
    void accept()
    {
        while (auto* socket = qobject_cast<QSslSocket*>(m_server.nextPendingConnection())) {
            connect(socket, &QSslSocket::readyRead, socket, [this, socket] {
                m_buffers[socket] += socket->readAll();
                if (!m_buffers[socket].contains("\r\n\r\n")) {
                    return;
                }
                m_buffers.remove(socket);
                ++requests;
                const QDateTime now =
                    QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch() + m_offsetMs, QTimeZone::utc());
                const QByteArray date =
                    m_rawDate.isNull()
                        ? QLocale::c().toString(now, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1()
                        : m_rawDate;
                socket->write("HTTP/1.1 200 OK\r\nDate: " + date +
                              "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            });
            connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    QTemporaryDir m_dir;
    QSslServer m_server;
    QSslCertificate m_certificate;
    qint64 m_offsetMs;
    QByteArray m_rawDate;
    QHash<QSslSocket*, QByteArray> m_buffers;
};

} // namespace sandi::test
