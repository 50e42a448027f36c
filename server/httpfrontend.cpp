#include "server/httpfrontend.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace sandi::server {
namespace {

constexpr qsizetype kHeaderPeek = 16 * 1024;

// What the head of a request (the bytes buffered when it arrives) says about its body: the
// declared length, or -1 for a chunked body (no length given up front). 0 when the buffer does not
// start with a request line and a complete header block, e.g. in the middle of a body.
qlonglong declaredBody(const QByteArray& head)
{
    static const QByteArrayList kMethods{"GET ", "POST ", "PUT ", "PATCH ", "DELETE ", "HEAD ", "OPTIONS "};
    const bool request =
        std::any_of(kMethods.cbegin(), kMethods.cend(), [&](const QByteArray& m) { return head.startsWith(m); });
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (!request || end < 0)
        return 0;
    qlonglong length = 0;
    for (const QByteArray& line : head.left(end).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed().toLower();
        if (name == "content-length")
            length = std::max(length, value.toLongLong());
        else if (name == "transfer-encoding" && value.contains("chunked"))
            return -1;
    }
    return length;
}

constexpr int kLingerMs = 1000;
constexpr qlonglong kLingerMaxBytes = 1024 * 1024;

void refuse(QTcpSocket* socket, qsizetype limit)
{
    const QByteArray body = u"Permintaan terlalu besar (batas %1 byte)."_s.arg(limit).toUtf8();
    socket->setProperty("sandiRefused", true);
    socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n"
                  "Content-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->readAll(); // nothing of it reaches the HTTP server's parser
    // A lingering close: closing at once with the client's body still arriving makes the kernel
    // reset the connection, and the client may lose the 413 before it reads it. The rest of the
    // body is read and dropped (guard() below) for a second, or until 1 MiB, then the socket closes.
    QTimer::singleShot(kLingerMs, socket, [socket] { socket->disconnectFromHost(); });
}

// Runs before the HTTP server's own readyRead handler (connected first), on decrypted data.
void guard(QTcpSocket* socket, qsizetype limit)
{
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, limit] {
        if (socket->property("sandiRefused").toBool()) {
            const qlonglong dropped = socket->property("sandiDropped").toLongLong() + socket->readAll().size();
            socket->setProperty("sandiDropped", dropped);
            if (dropped > kLingerMaxBytes)
                socket->disconnectFromHost();
            return;
        }
        const qlonglong declared = declaredBody(socket->peek(kHeaderPeek));
        if (declared < 0 || declared > limit)
            refuse(socket, limit);
    });
}

template <class Base> class GuardedServer : public Base
{
public:
    explicit GuardedServer(qsizetype limit) : m_limit(limit) {}
    QTcpSocket* nextPendingConnection() override
    {
        QTcpSocket* socket = Base::nextPendingConnection();
        if (socket)
            guard(socket, m_limit);
        return socket;
    }

private:
    qsizetype m_limit;
};

} // namespace

struct HttpReply::State
{
    std::optional<QHttpServerResponder> responder;
    QPointer<QTcpSocket> socket;
    QList<QPair<QByteArray, QByteArray>> defaultHeaders;
};

QByteArray HttpRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QString HttpRequest::cookie(const QString& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare("cookie", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray& part : value.split(';')) {
            const QByteArray item = part.trimmed();
            const qsizetype eq = item.indexOf('=');
            if (eq > 0 && QString::fromLatin1(item.left(eq)) == name)
                return QString::fromLatin1(item.mid(eq + 1));
        }
    }
    return {};
}

QUrlQuery HttpRequest::form() const
{
    // '+' is a space in form encoding; QUrlQuery leaves it as '+'.
    QByteArray body_ = body;
    body_.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(body_));
}

HttpResponse HttpResponse::text(int status, const QString& text)
{
    return HttpResponse{status, "text/plain; charset=utf-8", text.toUtf8(), {}};
}

HttpResponse HttpResponse::json(int status, const QByteArray& json)
{
    return HttpResponse{status, "application/json", json, {}};
}

HttpResponse HttpResponse::redirect(const QString& location)
{
    return HttpResponse{303, "text/plain; charset=utf-8", {}, {{"Location", location.toUtf8()}}};
}

void HttpReply::send(const HttpResponse& response) const
{
    if (!m_state || !m_state->responder)
        return;
    QHttpServerResponder responder = std::move(*m_state->responder);
    m_state->responder.reset();
    if (!m_state->socket)
        return; // the client went away; the responder's destructor has nothing to write to
    QList<QPair<QByteArray, QByteArray>> headers = response.headers;
    if (!response.contentType.isEmpty()) // a 204 has no body and so no type
        headers.append({"Content-Type", response.contentType});
    for (const auto& h : m_state->defaultHeaders) {
        const bool set = std::any_of(headers.cbegin(), headers.cend(), [&](const auto& mine) {
            return mine.first.compare(h.first, Qt::CaseInsensitive) == 0;
        });
        if (!set)
            headers.append(h);
    }
    if (response.status != 204) // RFC 9110 §8.6: never on a 204
        headers.append({"Content-Length", QByteArray::number(response.body.size())});
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto& [name, value] : headers)
        responder.writeHeader(name, value);
    responder.writeBody(response.body);
}

bool HttpReply::pending() const
{
    return m_state && m_state->responder && m_state->socket;
}

void HttpReply::onClientGone(QObject* context, std::function<void()> closed) const
{
    if (!m_state || !m_state->socket)
        return;
    QObject::connect(m_state->socket.data(), &QAbstractSocket::disconnected, context, closed);
    QObject::connect(m_state->socket.data(), &QObject::destroyed, context, std::move(closed));
}

HttpFrontend::HttpFrontend(QObject* parent) : QObject(parent), m_server(std::make_unique<QHttpServer>())
{
    // No route is registered with QHttpServer itself: every request reaches this one handler, so
    // limits, routing and headers are ours and do not depend on the preview's router.
    m_server->setMissingHandler([this](const QHttpServerRequest& req, QHttpServerResponder&& responder) {
        HttpRequest request;
        request.method = QByteArray(req.method() == QHttpServerRequest::Method::Get       ? "GET"
                                    : req.method() == QHttpServerRequest::Method::Post    ? "POST"
                                    : req.method() == QHttpServerRequest::Method::Head    ? "HEAD"
                                    : req.method() == QHttpServerRequest::Method::Put     ? "PUT"
                                    : req.method() == QHttpServerRequest::Method::Delete  ? "DELETE"
                                    : req.method() == QHttpServerRequest::Method::Options ? "OPTIONS"
                                                                                          : "OTHER");
        request.path = req.url().path();
        request.query = req.query();
        request.headers = req.headers();
        request.body = req.body();
        request.remoteIp = req.remoteAddress().toString();
        if (request.remoteIp.startsWith(u"::ffff:"_s))
            request.remoteIp = request.remoteIp.mid(7);
        request.secure = m_secure;
        HttpReply reply;
        reply.m_state = std::make_shared<HttpReply::State>();
        reply.m_state->socket = responder.socket();
        reply.m_state->defaultHeaders = m_defaultHeaders;
        reply.m_state->responder.emplace(std::move(responder));
        dispatch(request, reply);
    });
}

HttpFrontend::~HttpFrontend() = default;

void HttpFrontend::route(const QByteArray& method, const QString& path, Handler handler)
{
    routeAsync(method, path, [handler = std::move(handler)](const HttpRequest& request, HttpReply reply) {
        reply.send(handler(request));
    });
}

void HttpFrontend::routeAsync(const QByteArray& method, const QString& path, AsyncHandler handler)
{
    m_routes[path][method] = std::move(handler);
}

void HttpFrontend::setDefaultHeaders(QList<QPair<QByteArray, QByteArray>> headers)
{
    m_defaultHeaders = std::move(headers);
}

bool HttpFrontend::bind(QTcpServer* server, bool secure)
{
    if (!server || !server->isListening())
        return false;
    m_secure = secure;
    m_server->bind(server);
    return true;
}

std::unique_ptr<QTcpServer> HttpFrontend::makeServer(const QSslConfiguration* tls, qsizetype bodyLimit)
{
    if (!tls)
        return std::make_unique<GuardedServer<QTcpServer>>(bodyLimit);
    auto server = std::make_unique<GuardedServer<QSslServer>>(bodyLimit);
    server->setSslConfiguration(*tls);
    server->setHandshakeTimeout(10000);
    return server;
}

void HttpFrontend::dispatch(const HttpRequest& request, HttpReply reply)
{
    // Qt 6.4's server has read the whole body by now; the declared length is checked too, so an
    // oversized upload is refused by what it says as well as by what it sent.
    const qlonglong declared = request.header("content-length").toLongLong();
    if (request.body.size() > m_bodyLimit || declared > m_bodyLimit) {
        reply.send(HttpResponse::text(413, u"Permintaan terlalu besar (batas %1 byte)."_s.arg(m_bodyLimit)));
        return;
    }
    const auto byPath = m_routes.constFind(request.path);
    if (byPath == m_routes.cend()) {
        reply.send(HttpResponse::text(404, u"Halaman tidak ditemukan."_s));
        return;
    }
    const auto handler = byPath->constFind(request.method);
    if (handler == byPath->cend()) {
        HttpResponse r = HttpResponse::text(405, u"Metode tidak diizinkan."_s);
        r.headers.append({"Allow", byPath->keys().join(", ")});
        reply.send(r);
        return;
    }
    (*handler)(request, reply);
}

} // namespace sandi::server
