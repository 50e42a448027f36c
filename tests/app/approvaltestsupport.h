#pragma once
// Shared by the approval service tests: a timing source the test drives (random values, one-shot
// waits, wall and monotonic clocks), the reference acceptor in-process over TLS on 127.0.0.1, and
// a store + service pair on a MemorySecretStore.

#include "app/approval/approvalservice.h"
#include "app/approval/approvaltiming.h"
#include "app/approval/enrollmentrecord.h"
#include "app/keychain/memorysecretstore.h"
#include "app/store/accountstore.h"
#include "core/approval/enrollment.h"
#include "core/uri/otpauth.h"
#include "server/acceptorserver.h"
#include "storetestsupport.h"

#include <QDateTime>
#include <QPointer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <memory>
#include <vector>

namespace sandi::test {

// Waits the service schedules. Those shorter than autoFireBelowMs run on a real timer of that
// length (so the poll spacing does not stall a test against a real server); the others wait for
// fireNext()/fireAll(), which also move the fake clocks to their due time.
class FakeTiming
{
public:
    struct Wait
    {
        qint64 delay = 0;
        qint64 due = 0;
        QPointer<QObject> context;
        std::function<void()> fn;
    };

    qint64 wallMs = 1'790'000'000'000;
    qint64 monotonicMs = 1'000'000;
    std::deque<double> randoms; // used first, then defaultRandom
    double defaultRandom = 0.5;
    qint64 autoFireBelowMs = 0;
    std::vector<Wait> waits; // in the order scheduled

    ApprovalTiming timing()
    {
        ApprovalTiming t;
        t.random = [this] {
            if (randoms.empty()) {
                return defaultRandom;
            }
            const double r = randoms.front();
            randoms.pop_front();
            return r;
        };
        t.schedule = [this](qint64 delay, QObject* context, std::function<void()> fn) {
            if (delay < autoFireBelowMs) {
                QTimer::singleShot(int(std::max<qint64>(0, delay)), context, std::move(fn));
                return;
            }
            waits.push_back(Wait{delay, monotonicMs + delay, context, std::move(fn)});
        };
        t.wallMs = [this] { return wallMs; };
        t.monotonicMs = [this] { return monotonicMs; };
        return t;
    }

    // Delays of the waits still pending (their context alive), in the order scheduled.
    [[nodiscard]] QList<qint64> pendingDelays() const
    {
        QList<qint64> list;
        for (const Wait& w : waits) {
            if (w.context) {
                list.append(w.delay);
            }
        }
        return list;
    }

    // Runs the earliest pending wait, moving both clocks to its due time. False when none.
    bool fireNext()
    {
        auto next = waits.end();
        for (auto it = waits.begin(); it != waits.end(); ++it) {
            if (it->context && (next == waits.end() || it->due < next->due)) {
                next = it;
            }
        }
        if (next == waits.end()) {
            waits.clear();
            return false;
        }
        Wait wait = std::move(*next);
        waits.erase(next);
        if (wait.due > monotonicMs) {
            wallMs += wait.due - monotonicMs;
            monotonicMs = wait.due;
        }
        wait.fn();
        return true;
    }
};

// The reference acceptor in this process, TLS with its self-signed certificate (accepted by pin).
struct TestAcceptor
{
    QTemporaryDir dir;
    std::unique_ptr<server::AcceptorServer> server;

    // Starts on `port` (0: any free one). `holdMs`: how long a poll is held before 204.
    bool start(quint16 port = 0, int holdMs = 25'000)
    {
        server::ServerOptions options;
        options.dataDir = dir.filePath(QStringLiteral("server"));
        options.port = port;
        server = std::make_unique<server::AcceptorServer>(options);
        QString error;
        if (!server->start(&error)) {
            qWarning("acceptor did not start: %s", qPrintable(error));
            return false;
        }
        server->api().setHoldMilliseconds(holdMs);
        return true;
    }
    void stop() { server.reset(); }

    bool addUser(const QString& userId)
    {
        QSqlQuery user(server->database().connection());
        user.prepare(QStringLiteral(
            "INSERT INTO users (user_id, email, password_hash, created) VALUES (?, 'x@example', '-', 0)"));
        user.addBindValue(userId);
        return user.exec();
    }

    // The activation link the SPSE page would show: RFC 6238's secret plus the four parameters.
    QString activationUri(const QString& userId, const QString& pin = {}, qint64 expires = 0)
    {
        const auto token = server->acceptor().createEnrollmentToken(userId);
        approval::Enrollment e;
        e.acceptor = server->baseUrl().toStdString();
        e.token = token.token.toStdString();
        e.expires = expires != 0 ? expires : token.expires;
        e.pin = *approval::parsePin((pin.isEmpty() ? server->identity().pin() : pin).toStdString());
        auto uri = parseUri(totpUri(server->options().siteName, userId));
        approval::addEnrollment(uri, e);
        return QString::fromStdString(uri::serializeOtpauth(uri));
    }

    // Changes a challenge so that it expired 80 s ago (the lifetime stays within 120 s).
    bool expireChallenge(const QString& id)
    {
        QSqlQuery q(server->database().connection());
        q.prepare(QStringLiteral("UPDATE challenges SET iat = iat - 200, exp = exp - 200 WHERE challenge_id = ?"));
        q.addBindValue(id);
        return q.exec() && q.numRowsAffected() == 1;
    }
};

// A store on a MemorySecretStore and a service over it, with a FakeTiming.
struct ServiceUnderTest
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    AccountStore store{dir.path(), &secrets};
    FakeTiming fake;
    qint64 offsetMs = 0; // added to the real clock for the service's corrected clock
    ApprovalService service{&store, &secrets, [this] { return QDateTime::currentMSecsSinceEpoch() + offsetMs; }};

    ServiceUnderTest()
    {
        fake.autoFireBelowMs = 5'000;
        service.setTiming(fake.timing());
    }

    bool load()
    {
        QSignalSpy loaded(&store, &AccountStore::loaded);
        store.load();
        return loaded.wait(5000);
    }

    // Adds the account of `uri` (enrolling it when the link says so); the new id, or empty.
    QString add(const QString& uri)
    {
        QString id;
        bool done = false;
        store.add(parseUri(uri), [&](const StoreResult& result) {
            done = true;
            id = result.ok() ? result.id : QString();
        });
        return QTest::qWaitFor([&] { return done; }, 5000) ? id : QString();
    }

    // Adds and waits for enrollmentFinished; `ok` and `detail` tell how it went.
    QString addAndEnroll(const QString& uri, bool* ok = nullptr, QString* detail = nullptr)
    {
        QSignalSpy finished(&service, &ApprovalService::enrollmentFinished);
        const QString id = add(uri);
        if (id.isEmpty() || (finished.isEmpty() && !finished.wait(15'000))) {
            return {};
        }
        if (ok != nullptr) {
            *ok = finished.first().at(1).toBool();
        }
        if (detail != nullptr) {
            *detail = finished.first().at(2).toString();
        }
        return id;
    }

    std::optional<EnrollmentRecord> record(const QString& id) const
    {
        const Account* account = store.find(id);
        return account ? EnrollmentRecord::fromJson(account->acceptor) : std::nullopt;
    }
};

} // namespace sandi::test
