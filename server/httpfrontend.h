#pragma once
// The one class that touches QHttpServer (a technology preview in Qt 6.4, whose API changes in
// later versions): the rest of the server sees only HttpRequest, HttpResponse and HttpReply.
// Every request goes through one dispatch point, which applies the body limit, routes by method
// and exact path, and adds the security headers to every response.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QHttpServer;
class QHttpServerResponder;
class QSslConfiguration;
class QTcpServer;

namespace sandi::server {

struct HttpRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;      // decoded, without the query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString remoteIp;
    bool secure = false; // arrived over TLS

    [[nodiscard]] QByteArray header(const QByteArray& name) const; // case-insensitive, first match
    [[nodiscard]] QString cookie(const QString& name) const;
    [[nodiscard]] QUrlQuery form() const; // application/x-www-form-urlencoded body
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "text/html; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    [[nodiscard]] static HttpResponse text(int status, const QString& text);
    [[nodiscard]] static HttpResponse json(int status, const QByteArray& json);
    [[nodiscard]] static HttpResponse redirect(const QString& location); // 303 See Other
};

// A handle to answer a request later (a long-poll): copyable; the first send() wins, later ones
// and sends after the client went away do nothing.
class HttpReply
{
public:
    HttpReply() = default;
    void send(const HttpResponse& response) const;
    [[nodiscard]] bool pending() const;
    // Calls `closed` (in `context`'s thread, while it lives) when the client's connection closes
    // before send(): a held long-poll can then be forgotten at once.
    void onClientGone(QObject* context, std::function<void()> closed) const;

private:
    friend class HttpFrontend;
    struct State;
    std::shared_ptr<State> m_state;
};

class HttpFrontend : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;
    using AsyncHandler = std::function<void(const HttpRequest&, HttpReply)>;

    static constexpr qsizetype kDefaultBodyLimit = 16 * 1024;

    explicit HttpFrontend(QObject* parent = nullptr);
    ~HttpFrontend() override;

    // Routes by method and exact path ("/api/v1/poll"). A path with a known route but another
    // method gets 405; an unknown path 404.
    void route(const QByteArray& method, const QString& path, Handler handler);
    void routeAsync(const QByteArray& method, const QString& path, AsyncHandler handler);
    // Headers added to every response unless the handler set them (Content-Security-Policy, ...).
    void setDefaultHeaders(QList<QPair<QByteArray, QByteArray>> headers);
    void setBodyLimit(qsizetype bytes) { m_bodyLimit = bytes; }

    // Starts serving on an already listening server made by makeServer(); takes no ownership.
    bool bind(QTcpServer* server, bool secure);

    // A TCP server (TLS with `tls`) whose connections are checked before Qt 6.4's HTTP server
    // buffers a body: a request that declares a Content-Length over `bodyLimit`, or a chunked
    // body, gets 413 at once and the connection is closed, so no oversized body is read.
    [[nodiscard]] static std::unique_ptr<QTcpServer> makeServer(const QSslConfiguration* tls, qsizetype bodyLimit);
    [[nodiscard]] qsizetype bodyLimit() const { return m_bodyLimit; }

private:
    void dispatch(const HttpRequest& request, HttpReply reply);

    std::unique_ptr<QHttpServer> m_server;
    QHash<QString, QHash<QByteArray, AsyncHandler>> m_routes;
    QList<QPair<QByteArray, QByteArray>> m_defaultHeaders;
    qsizetype m_bodyLimit = kDefaultBodyLimit;
    bool m_secure = false;
};

} // namespace sandi::server
