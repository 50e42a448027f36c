#pragma once
// One acceptor as the device reaches it (docs/approval-protocol.md §3, §4): HTTPS only (plain
// HTTP only to loopback behind the development flag, which the caller checked), the certificate
// accepted when it validates against the system CAs or when the SHA-256 of its public key equals
// the enrollment pin, request bodies as application/jose, and every answer read with a size limit
// and a read timeout. Each enrollment gets its own connection object with its own
// QNetworkAccessManager, so a TLS connection accepted by one pin is never reused for a request
// that belongs to another.

#include "core/approval/keys.h"
#include "core/approval/protocol.h"
#include "core/approval/rules.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>
#include <QString>

#include <functional>
#include <optional>
#include <string_view>

class QNetworkReply;

namespace sandi {

struct HttpOutcome
{
    enum class Kind
    {
        Response,            // an HTTP answer arrived: status and body are set
        Unreachable,         // no connection, refused, reset, DNS, TLS handshake failure
        CertificateRejected, // neither a CA-valid certificate nor one with the pinned key
        Timeout,             // no data for the read timeout
        TooLarge,            // the body exceeded its limit: dropped unread
    };
    Kind kind = Kind::Unreachable;
    int status = 0;
    QByteArray body;
    qint64 retryAfterMs = -1; // from a Retry-After header; −1: none
    QString detail;           // English, for logs; never a secret

    // The reason a 4xx body names (§14), or nullopt (not a 4xx, or no such body).
    [[nodiscard]] std::optional<approval::Rejection> rejection() const;
    [[nodiscard]] bool isStatus(int expected) const { return kind == Kind::Response && status == expected; }
};

struct RequestOptions
{
    qint64 maxBodyBytes = qint64(approval::kMaxMessageSize);
    int readTimeoutMs = 35'000; // §7: a little over the acceptor's 25 s hold
};

class AcceptorConnection : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(HttpOutcome)>;

    // `baseUrl`: a normalised acceptor URL (normaliseAcceptorUrl()). `extraCa`: certificates trusted
    // besides the system's (tests; a private CA).
    AcceptorConnection(QString baseUrl, approval::Pin pin, QList<QSslCertificate> extraCa, QObject* parent = nullptr);
    ~AcceptorConnection() override;

    // Starts a request and answers exactly once through `done`, later, from the event loop,
    // unless it is cancelled. The reply is returned for cancel() and for its requestSent() signal.
    QNetworkReply* post(std::string_view path, const QByteArray& jws, Done done, RequestOptions options = {});
    QNetworkReply* get(std::string_view path, const QByteArray& authorization, Done done, RequestOptions options = {});
    // Drops a running request: its `done` is never called.
    static void cancel(QNetworkReply* reply);
    // Forgets pooled connections (after a network change or a resume they may be dead).
    void resetConnections();

    [[nodiscard]] const QString& baseUrl() const noexcept { return m_baseUrl; }

private:
    QNetworkReply* send(const QByteArray& verb, std::string_view path, const QByteArray& body,
                        const QByteArray& authorization, Done done, RequestOptions options);

    QString m_baseUrl;
    approval::Pin m_pin;
    QList<QSslCertificate> m_extraCa;
    QNetworkAccessManager m_network;
};

} // namespace sandi
