#include "app/approval/acceptorconnection.h"

#include "app/approval/approvaltiming.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslKey>
#include <QUrl>

#include <memory>
#include <span>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApprovalHttp, "sandi.approval.http", QtWarningMsg)

namespace sandi {

namespace {

std::string_view view(const QByteArray& bytes)
{
    return {bytes.constData(), std::size_t(bytes.size())};
}

// What one request remembers between Qt's signals.
struct Call
{
    AcceptorConnection::Done done;
    qint64 maxBody = 0;
    bool tooLarge = false;
    bool pinRejected = false;
    QString certificateProblem;
};

HttpOutcome outcomeOf(QNetworkReply* reply, const Call& call)
{
    HttpOutcome out;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (call.tooLarge) {
        out.kind = HttpOutcome::Kind::TooLarge;
        out.detail = u"the answer is larger than %1 bytes"_s.arg(call.maxBody);
        return out;
    }
    const auto error = reply->error();
    const bool transportError = error != QNetworkReply::NoError && error < QNetworkReply::ProxyConnectionRefusedError;
    if (status.isValid() && status.toInt() > 0 && !transportError) {
        out.kind = HttpOutcome::Kind::Response;
        out.status = status.toInt();
        out.body = reply->read(call.maxBody + 1);
        if (out.body.size() > call.maxBody) {
            out = HttpOutcome{HttpOutcome::Kind::TooLarge, 0, {}, -1, u"the answer is too large"_s};
            return out;
        }
        out.retryAfterMs = retryAfterMs(reply->rawHeader("Retry-After"), QDateTime::currentMSecsSinceEpoch());
        return out;
    }
    if (call.pinRejected) {
        out.kind = HttpOutcome::Kind::CertificateRejected;
        out.detail = call.certificateProblem;
    } else if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
        out.kind = HttpOutcome::Kind::Timeout; // only the transfer timeout aborts a reply we still listen to
        out.detail = u"no answer within the read timeout"_s;
    } else {
        out.kind = HttpOutcome::Kind::Unreachable;
        out.detail = reply->errorString();
    }
    return out;
}

} // namespace

std::optional<approval::Rejection> HttpOutcome::rejection() const
{
    if (kind != Kind::Response || status < 400 || status > 499) {
        return std::nullopt;
    }
    return approval::readErrorBody(view(body));
}

AcceptorConnection::AcceptorConnection(QString baseUrl, approval::Pin pin, QList<QSslCertificate> extraCa,
                                       QObject* parent)
    : QObject(parent), m_baseUrl(std::move(baseUrl)), m_pin(pin), m_extraCa(std::move(extraCa))
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy); // never leave the pinned origin
    m_network.setCookieJar(nullptr);
}

AcceptorConnection::~AcceptorConnection()
{
    // Replies are children of m_network; drop their callbacks before they are aborted.
    for (QNetworkReply* reply : m_network.findChildren<QNetworkReply*>()) {
        reply->disconnect();
    }
}

QNetworkReply* AcceptorConnection::post(std::string_view path, const QByteArray& jws, Done done, RequestOptions options)
{
    return send("POST", path, jws, {}, std::move(done), options);
}

QNetworkReply* AcceptorConnection::get(std::string_view path, const QByteArray& authorization, Done done,
                                       RequestOptions options)
{
    return send("GET", path, {}, authorization, std::move(done), options);
}

void AcceptorConnection::cancel(QNetworkReply* reply)
{
    if (reply == nullptr) {
        return;
    }
    reply->disconnect();
    reply->abort();
    reply->deleteLater();
}

void AcceptorConnection::resetConnections()
{
    m_network.clearConnectionCache();
}

QNetworkReply* AcceptorConnection::send(const QByteArray& verb, std::string_view path, const QByteArray& body,
                                        const QByteArray& authorization, Done done, RequestOptions options)
{
    QNetworkRequest request(QUrl(m_baseUrl + QString::fromUtf8(path.data(), qsizetype(path.size()))));
    request.setTransferTimeout(options.readTimeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setRawHeader("Accept", "application/json");
    if (request.url().scheme() == u"https") {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setProtocol(QSsl::TlsV1_2OrLater); // §3
        if (!m_extraCa.isEmpty()) {
            tls.addCaCertificates(m_extraCa);
        }
        request.setSslConfiguration(tls);
    }
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArray(approval::kJwsContentType.data(), qsizetype(approval::kJwsContentType.size())));
    }
    if (!authorization.isEmpty()) {
        request.setRawHeader("Authorization", authorization);
    }
    QNetworkReply* reply = m_network.sendCustomRequest(request, verb, body);
    auto call = std::make_shared<Call>();
    call->done = std::move(done);
    call->maxBody = options.maxBodyBytes;

    connect(reply, &QNetworkReply::sslErrors, reply, [this, reply, call](const QList<QSslError>& errors) {
        // Not valid for a CA: accept only the pinned key (§3). The handshake's signature is still
        // checked by TLS; only the chain (and name) validation is replaced by the pin.
        const QByteArray spki = reply->sslConfiguration().peerCertificate().publicKey().toDer();
        if (!spki.isEmpty() &&
            approval::pinMatches(m_pin, std::as_bytes(std::span(spki.constData(), std::size_t(spki.size()))))) {
            reply->ignoreSslErrors(errors);
            return;
        }
        call->pinRejected = true;
        QStringList problems;
        for (const QSslError& e : errors) {
            problems.append(e.errorString());
        }
        call->certificateProblem = u"certificate not valid and not the pinned key: "_s + problems.join(u"; "_s);
    });
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, call](qint64 received, qint64 total) {
        if (!call->tooLarge && (received > call->maxBody || total > call->maxBody)) {
            call->tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [reply, call] {
        reply->deleteLater();
        const HttpOutcome outcome = outcomeOf(reply, *call);
        qCDebug(lcApprovalHttp) << reply->operation() << reply->url().path() << "->" << int(outcome.kind)
                                << outcome.status << outcome.detail;
        if (auto callback = std::exchange(call->done, nullptr)) {
            callback(outcome);
        }
    });
    return reply;
}

} // namespace sandi
