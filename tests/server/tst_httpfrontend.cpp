// HttpFrontend, the one wrapper of Qt 6.4's QHttpServer, over plain HTTP on 127.0.0.1: routing
// (404, 405 with Allow), the default headers on every answer, the body limit, and a long-poll: an
// async route keeps its HttpReply and answers when Acceptor::challengeCreated fires, the way the
// protocol's /api/v1/poll is meant to be wired.
#include "server/acceptor.h"
#include "server/database.h"
#include "server/httpfrontend.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace sandi::server;

class TestHttpFrontend : public QObject
{
    Q_OBJECT

    std::unique_ptr<HttpFrontend> m_http;
    std::unique_ptr<QTcpServer> m_listener;
    QNetworkAccessManager m_nam;

    QUrl url(const QString& path) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_listener->serverPort()).arg(path));
    }

    // Sends and waits (event loop running) for the answer.
    std::unique_ptr<QNetworkReply> send(const QByteArray& method, const QString& path, const QByteArray& body = {})
    {
        QNetworkRequest req(url(path));
        req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(req, method, body));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        return reply;
    }

    static int status(QNetworkReply* r) { return r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(); }

private Q_SLOTS:
    void init()
    {
        m_http = std::make_unique<HttpFrontend>();
        m_http->setDefaultHeaders({{"X-Frame-Options", "DENY"}, {"Cache-Control", "no-store"}});
        m_http->setBodyLimit(1024);
        m_listener = HttpFrontend::makeServer(nullptr, 1024);
        QVERIFY(m_listener->listen(QHostAddress::LocalHost, 0));
        QVERIFY(m_http->bind(m_listener.get(), false));
        m_http->route("POST", u"/echo"_s, [](const HttpRequest& r) {
            return HttpResponse::text(200, r.form().queryItemValue(u"x"_s, QUrl::FullyDecoded));
        });
    }

    void cleanup()
    {
        m_listener.reset();
        m_http.reset();
    }

    void routesAndHeaders()
    {
        auto r = send("POST", u"/echo"_s, "x=a+b%26c");
        QCOMPARE(status(r.get()), 200);
        QCOMPARE(r->readAll(), QByteArray("a b&c"));
        QCOMPARE(r->rawHeader("X-Frame-Options"), QByteArray("DENY"));
        r = send("GET", u"/echo"_s);
        QCOMPARE(status(r.get()), 405);
        QCOMPARE(r->rawHeader("Allow"), QByteArray("POST"));
        r = send("GET", u"/nothing"_s);
        QCOMPARE(status(r.get()), 404);
        QCOMPARE(r->rawHeader("Cache-Control"), QByteArray("no-store"));
    }

    void bodyLimit()
    {
        auto r = send("POST", u"/echo"_s, "x=" + QByteArray(1022, 'a'));
        QCOMPARE(status(r.get()), 200);
        r = send("POST", u"/echo"_s, "x=" + QByteArray(1023, 'a'));
        QCOMPARE(status(r.get()), 413);
    }

    void longPollAnsweredWhenAChallengeIsCreated()
    {
        Database db(u":memory:"_s);
        QVERIFY(db.ok());
        qint64 now = 1'800'000'000;
        Acceptor acceptor(db, [&] { return now; });
        QSqlQuery(db.connection())
            .exec(u"INSERT INTO users (user_id, email, password_hash, totp_secret, created) "
                  "VALUES ('ppk1', 'e', 'h', 'JBSWY3DPEHPK3PXP', 0)"_s);
        const QString device = acceptor.bindDevice(u"ppk1"_s, QByteArray(91, 'k'));

        // /poll: answered at once when something is pending, else held until challengeCreated.
        QList<HttpReply> held;
        const auto answer = [&acceptor](const QString& dev, const HttpReply& reply) {
            const auto pending = acceptor.pendingChallengesForDevice(dev);
            reply.send(HttpResponse::json(200, pending.first().challengeId.toUtf8()));
        };
        m_http->routeAsync("GET", u"/poll"_s, [&](const HttpRequest& r, HttpReply reply) {
            const QString dev = r.query.queryItemValue(u"device"_s);
            if (!acceptor.pendingChallengesForDevice(dev).isEmpty())
                answer(dev, reply);
            else
                held.append(reply);
        });
        connect(&acceptor, &Acceptor::challengeCreated, this, [&](const QString&, const QString& dev) {
            for (const HttpReply& reply : std::exchange(held, {}))
                answer(dev, reply);
        });

        std::unique_ptr<QNetworkReply> poll(m_nam.get(QNetworkRequest(url(u"/poll?device="_s + device))));
        QTRY_COMPARE(held.size(), 1); // the request is held
        QVERIFY(!poll->isFinished());
        QVERIFY(held.first().pending());
        QElapsedTimer timer;
        timer.start();
        const auto c = acceptor.createChallenge(u"ppk1"_s, u"UA"_s, u"127.0.0.1"_s, {});
        QVERIFY(c);
        QSignalSpy done(poll.get(), &QNetworkReply::finished);
        QVERIFY(poll->isFinished() || done.wait(5000));
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(status(poll.get()), 200);
        QCOMPARE(poll->readAll(), c->challengeId.toUtf8());
    }

    void replyToAClientThatLeftIsHarmless()
    {
        QList<HttpReply> held;
        m_http->routeAsync("GET", u"/hold"_s, [&](const HttpRequest&, HttpReply reply) { held.append(reply); });
        std::unique_ptr<QNetworkReply> r(m_nam.get(QNetworkRequest(url(u"/hold"_s))));
        QTRY_COMPARE(held.size(), 1);
        r->abort();
        QTRY_VERIFY(!held.first().pending());
        held.first().send(HttpResponse::text(200, u"late"_s)); // nothing to write to: no crash
        // The server still answers others.
        auto ok = send("POST", u"/echo"_s, "x=1");
        QCOMPARE(status(ok.get()), 200);
    }
};

QTEST_GUILESS_MAIN(TestHttpFrontend)
#include "tst_httpfrontend.moc"
