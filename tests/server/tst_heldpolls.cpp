// 200 devices hold a long poll at once on one in-process acceptor over TLS; one challenge reaches
// exactly the device it is for, the others stay held; closed connections are forgotten at once.
#include "core/approval/challenge.h"
#include "rawpoller.h"
#include "server/acceptorserver.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace sandi;

class TestHeldPolls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoHundredHeldPollsOneChallenge()
    {
        constexpr int kPollers = 200;
        QTemporaryDir dir;
        server::ServerOptions options;
        options.dataDir = dir.filePath(u"data"_s);
        options.port = 0;
        server::AcceptorServer acceptorServer(options);
        QString error;
        QVERIFY2(acceptorServer.start(&error), qPrintable(error));
        acceptorServer.api().setHoldMilliseconds(60'000);

        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({acceptorServer.identity().certificate()}); // its name is 127.0.0.1
        std::vector<std::unique_ptr<testing::RawPoller>> pollers;
        for (int i = 0; i < kPollers; ++i) {
            auto key = crypto::EcPrivateKey::generate();
            QVERIFY(key.has_value());
            QSqlQuery user(acceptorServer.database().connection()); // no password needed here
            user.prepare(
                u"INSERT INTO users (user_id, email, password_hash, created) VALUES (?, 'x@example', '-', 0)"_s);
            user.addBindValue(u"user%1"_s.arg(i));
            QVERIFY(user.exec());
            const auto spki = key->publicKey().spki();
            const QString id = acceptorServer.acceptor().bindDevice(
                u"user%1"_s.arg(i),
                QByteArray(reinterpret_cast<const char*>(spki.data()), static_cast<qsizetype>(spki.size())));
            pollers.push_back(std::make_unique<testing::RawPoller>(
                testing::RawPoller::Device{id.toStdString(), std::move(*key)}, tls));
            pollers.back()->poll(acceptorServer.port());
        }
        QTRY_VERIFY_WITH_TIMEOUT(acceptorServer.api().heldPolls() == kPollers || pollers.front()->done() ||
                                     pollers.front()->socket().error() != QAbstractSocket::UnknownSocketError,
                                 60'000);
        QVERIFY2(!pollers.front()->done(), pollers.front()->body().constData());
        QVERIFY2(pollers.front()->socket().error() == QAbstractSocket::UnknownSocketError,
                 qPrintable(pollers.front()->socket().errorString()));
        QCOMPARE(acceptorServer.api().heldPolls(), kPollers);
        for (const auto& p : pollers)
            QVERIFY2(!p->done(), qPrintable(p->socket().errorString()));

        const int target = 137;
        const auto challenge =
            acceptorServer.acceptor().createChallenge(u"user%1"_s.arg(target), u"ua"_s, u"127.0.0.1"_s, {});
        QVERIFY(challenge.has_value());
        QTRY_VERIFY_WITH_TIMEOUT(pollers[target]->done(), 5000);
        QCOMPARE(pollers[target]->status(), 200);
        const auto body = pollers[target]->body();
        const auto list =
            approval::readPollResponse(std::string_view(body.constData(), static_cast<std::size_t>(body.size())));
        QVERIFY(list.has_value());
        QCOMPARE(list->size(), 1u);
        const auto acceptorKey = acceptorServer.identity().signingKey();
        const auto verified = approval::verifyChallenge(list->front(), acceptorKey->publicKey(), "user137",
                                                        QDateTime::currentSecsSinceEpoch());
        QVERIFY2(verified.has_value(), verified ? "" : verified.error().detail.c_str());
        QCOMPARE(QString::fromStdString(verified->id), challenge->challengeId);
        QTest::qWait(300);
        for (int i = 0; i < kPollers; ++i)
            if (i != target)
                QVERIFY2(!pollers[static_cast<std::size_t>(i)]->done(), qPrintable(QString::number(i)));
        QCOMPARE(acceptorServer.api().heldPolls(), kPollers - 1);

        // Clients that go away are forgotten at once, without waiting for the hold time.
        for (int i = 0; i < 100; ++i)
            pollers[static_cast<std::size_t>(i)]->close();
        QTRY_COMPARE_WITH_TIMEOUT(acceptorServer.api().heldPolls(), kPollers - 1 - 100, 10'000);
    }
};

QTEST_GUILESS_MAIN(TestHeldPolls)
#include "tst_heldpolls.moc"
