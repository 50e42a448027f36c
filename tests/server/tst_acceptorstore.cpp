// The acceptor's stores on an in-memory database with a test clock: the schema's version, enrollment
// tokens (once, before expiry), one device per user, challenges (number, options, expiry, pending
// limit) and the answer rules, Reset TOTP, attempt limits and the typed code's step.
#include "server/acceptor.h"
#include "server/accounts.h"
#include "server/database.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace sandi::server;

class TestAcceptorStore : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = 1'800'000'000;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Accounts> m_accounts;
    std::unique_ptr<Acceptor> m_acceptor;
    QTemporaryDir m_dir;

    Clock clock()
    {
        return [this] { return m_now; };
    }
    QByteArray fakeKey(char c) { return QByteArray(91, c); } // stands for a DER SPKI; stored as given

private Q_SLOTS:
    void init()
    {
        m_now = 1'800'000'000;
        m_acceptor.reset();
        m_accounts.reset();
        m_db = std::make_unique<Database>(u":memory:"_s);
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
        m_accounts = std::make_unique<Accounts>(*m_db, clock(), m_dir.filePath(u"outbox"_s));
        m_acceptor = std::make_unique<Acceptor>(*m_db, clock());
        QString error;
        QVERIFY(m_accounts->addUser(u"ppk1"_s, u"ppk1@example.go.id"_s, u"Rahasia-123!"_s, &error));
        QVERIFY(!m_accounts->ensureTotpSecret(u"ppk1"_s).isEmpty());
    }

    void schemaIsAtItsVersionAndRefusesNewer()
    {
        QCOMPARE(m_db->version(), Database::kSchemaVersion);
        const QString path = m_dir.filePath(u"newer.sqlite"_s);
        {
            Database db(path);
            QVERIFY(db.ok());
            QSqlQuery q(db.connection());
            QVERIFY2(q.exec(u"PRAGMA user_version = 99"_s), qPrintable(q.lastError().text()));
            QCOMPARE(db.version(), 99);
        }
        Database again(path);
        QVERIFY(!again.ok());
        QVERIFY(again.error().contains(u"99"_s));
    }

    void passwordsAreHashedAndChecked()
    {
        QVERIFY(m_accounts->checkPassword(u"ppk1"_s, u"Rahasia-123!"_s));
        QVERIFY(!m_accounts->checkPassword(u"ppk1"_s, u"rahasia-123!"_s));
        QVERIFY(!m_accounts->checkPassword(u"nobody"_s, u"Rahasia-123!"_s));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT password_hash FROM users"_s) && q.next());
        QVERIFY(q.value(0).toString().startsWith(u"$scrypt$"_s));
        QVERIFY(!q.value(0).toString().contains(u"Rahasia"_s));
    }

    void enrollmentTokenWorksOnceBeforeExpiry()
    {
        const auto t = m_acceptor->createEnrollmentToken(u"ppk1"_s);
        QCOMPARE(t.expires, m_now + Acceptor::kEnrollmentLifetime);
        QVERIFY(t.token.size() >= 22); // 16+ random bytes, base64url
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT token_hash FROM enrollment_tokens"_s) && q.next());
        QVERIFY(q.value(0).toString() != t.token); // only its hash is stored
        QString user;
        QCOMPARE(m_acceptor->consumeEnrollmentToken(t.token, &user), TokenStatus::Ok);
        QCOMPARE(user, u"ppk1"_s);
        QCOMPARE(m_acceptor->consumeEnrollmentToken(t.token, &user), TokenStatus::Used);
        QCOMPARE(m_acceptor->consumeEnrollmentToken(u"no-such-token"_s, &user), TokenStatus::Unknown);

        const auto late = m_acceptor->createEnrollmentToken(u"ppk1"_s);
        m_now += Acceptor::kEnrollmentLifetime + 1;
        QCOMPARE(m_acceptor->consumeEnrollmentToken(late.token, &user), TokenStatus::Expired);
    }

    void newTokenRetiresTheOldOne()
    {
        const auto first = m_acceptor->createEnrollmentToken(u"ppk1"_s);
        const auto second = m_acceptor->createEnrollmentToken(u"ppk1"_s);
        QString user;
        QCOMPARE(m_acceptor->consumeEnrollmentToken(first.token, &user), TokenStatus::Used);
        QCOMPARE(m_acceptor->consumeEnrollmentToken(second.token, &user), TokenStatus::Ok);
    }

    void bindingADeviceRevokesThePrevious()
    {
        QSignalSpy bound(m_acceptor.get(), &Acceptor::deviceBound);
        const QString a = m_acceptor->bindDevice(u"ppk1"_s, fakeKey('a'));
        QVERIFY(m_accounts->user(u"ppk1"_s)->totpActive);
        const auto pending = m_acceptor->createChallenge(u"ppk1"_s, u"UA"_s, u"127.0.0.1"_s, {});
        QVERIFY(pending);
        m_now += 5;
        const QString b = m_acceptor->bindDevice(u"ppk1"_s, fakeKey('b'));
        QCOMPARE(bound.count(), 2);
        QVERIFY(!m_acceptor->device(a)->active);
        QCOMPARE(m_acceptor->device(a)->revoked, m_now);
        QCOMPARE(m_acceptor->activeDevice(u"ppk1"_s)->deviceId, b);
        QCOMPARE(m_acceptor->activeDevice(u"ppk1"_s)->publicKey, fakeKey('b'));
        QCOMPARE(m_acceptor->challenge(pending->challengeId)->state, ChallengeState::Expired);
        QCOMPARE(m_acceptor->recordAnswer(pending->challengeId, a, true, pending->number), AnswerOutcome::WrongDevice);
    }

    void challengeHasANumberAndThreeOptions()
    {
        const QString dev = m_acceptor->bindDevice(u"ppk1"_s, fakeKey('a'));
        QSignalSpy created(m_acceptor.get(), &Acceptor::challengeCreated);
        for (int i = 0; i < 50; ++i) {
            const auto c = m_acceptor->createChallenge(u"ppk1"_s, u"Firefox"_s, u"10.0.0.7"_s, {});
            QVERIFY(c);
            QVERIFY(c->number >= 10 && c->number <= 99);
            QCOMPARE(c->options.size(), 3);
            QVERIFY(c->options.contains(c->number));
            QVERIFY(c->options[0] != c->options[1] && c->options[1] != c->options[2] && c->options[0] != c->options[2]);
            QCOMPARE(c->exp - c->iat, Acceptor::kChallengeLifetime);
            QCOMPARE(created.last().at(1).toString(), dev);
            m_acceptor->expireChallenge(c->challengeId);
        }
        QCOMPARE(created.count(), 50);
    }

    void pendingChallengesAreLimited()
    {
        (void)m_acceptor->bindDevice(u"ppk1"_s, fakeKey('a'));
        QString last;
        for (int i = 0; i < Acceptor::kMaxPendingChallenges; ++i)
            last = m_acceptor->createChallenge(u"ppk1"_s, u"UA"_s, u"ip"_s, {})->challengeId;
        bool tooMany = false;
        QVERIFY(!m_acceptor->createChallenge(u"ppk1"_s, u"UA"_s, u"ip"_s, {}, &tooMany));
        QVERIFY(tooMany);
        // A browser asking again replaces its own challenge instead of adding one.
        QVERIFY(m_acceptor->createChallenge(u"ppk1"_s, u"UA"_s, u"ip"_s, last, &tooMany));
        QCOMPARE(m_acceptor->challenge(last)->state, ChallengeState::Expired);
        // Expired ones stop counting.
        m_now += Acceptor::kChallengeLifetime + 1;
        QVERIFY(m_acceptor->createChallenge(u"ppk1"_s, u"UA"_s, u"ip"_s, {}));
    }

    // --challenge-lifetime: a shorter wait, for tests and demonstrations of expiry; never past the
    // protocol's 120 s.
    void challengeLifetimeIsConfigurable()
    {
        (void)m_acceptor->bindDevice(u"ppk1"_s, fakeKey('a'));
        m_acceptor->setChallengeLifetime(20);
        auto c = m_acceptor->createChallenge(u"ppk1"_s, u"UA"_s, u"ip"_s, {});
        QVERIFY(c);
        QCOMPARE(c->exp - c->iat, 20);
        m_now += 21;
        QCOMPARE(m_acceptor->challenge(c->challengeId)->state, ChallengeState::Expired);
        m_acceptor->setChallengeLifetime(600);
        QCOMPARE(m_acceptor->challengeLifetime(), Acceptor::kChallengeLifetime);
        m_acceptor->setChallengeLifetime(0);
        QCOMPARE(m_acceptor->challengeLifetime(), 1);
    }

    void noDeviceNoChallenge()
    {
        bool tooMany = true;
        QVERIFY(!m_acceptor->createChallenge(u"ppk1"_s, u"UA"_s, u"ip"_s, {}, &tooMany));
        QVERIFY(!tooMany);
    }

    void answerRules()
    {
        const QString dev = m_acceptor->bindDevice(u"ppk1"_s, fakeKey('a'));
        auto c = m_acceptor->createChallenge(u"ppk1"_s, u"UA"_s, u"ip"_s, {});
        QCOMPARE(m_acceptor->pendingChallengesForDevice(dev).size(), 1);
        QCOMPARE(m_acceptor->recordAnswer(u"nope"_s, dev, true, c->number), AnswerOutcome::UnknownChallenge);
        QCOMPARE(m_acceptor->recordAnswer(c->challengeId, u"other"_s, true, c->number), AnswerOutcome::WrongDevice);
        QSignalSpy finished(m_acceptor.get(), &Acceptor::challengeFinished);
        QCOMPARE(m_acceptor->recordAnswer(c->challengeId, dev, true, c->number), AnswerOutcome::Approved);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(m_acceptor->recordAnswer(c->challengeId, dev, true, c->number), AnswerOutcome::NotPending);
        QCOMPARE(m_acceptor->challenge(c->challengeId)->state, ChallengeState::Approved);
        QVERIFY(m_acceptor->pendingChallengesForDevice(dev).isEmpty());

        c = m_acceptor->createChallenge(u"ppk1"_s, u"UA"_s, u"ip"_s, {});
        const int wrong = c->number == 99 ? 98 : c->number + 1;
        QCOMPARE(m_acceptor->recordAnswer(c->challengeId, dev, true, wrong), AnswerOutcome::WrongNumber);
        QCOMPARE(m_acceptor->challenge(c->challengeId)->state, ChallengeState::WrongNumber);
        QCOMPARE(m_acceptor->recordAnswer(c->challengeId, dev, true, c->number), AnswerOutcome::NotPending);

        c = m_acceptor->createChallenge(u"ppk1"_s, u"UA"_s, u"ip"_s, {});
        QCOMPARE(m_acceptor->recordAnswer(c->challengeId, dev, false, 0), AnswerOutcome::Denied);
        QCOMPARE(m_acceptor->challenge(c->challengeId)->state, ChallengeState::Denied);

        c = m_acceptor->createChallenge(u"ppk1"_s, u"UA"_s, u"ip"_s, {});
        m_now += Acceptor::kChallengeLifetime;
        QCOMPARE(m_acceptor->challenge(c->challengeId)->state, ChallengeState::Pending); // exp itself still counts
        m_now += 1;
        QCOMPARE(m_acceptor->recordAnswer(c->challengeId, dev, true, c->number), AnswerOutcome::Expired);
        QCOMPARE(m_acceptor->challenge(c->challengeId)->state, ChallengeState::Expired);
    }

    void resetTotpRevokesAndForgets()
    {
        const QString dev = m_acceptor->bindDevice(u"ppk1"_s, fakeKey('a'));
        const auto c = m_acceptor->createChallenge(u"ppk1"_s, u"UA"_s, u"ip"_s, {});
        QVERIFY(m_accounts->advanceTotpStep(u"ppk1"_s, 100));
        m_acceptor->resetTotp(u"ppk1"_s);
        const auto user = m_accounts->user(u"ppk1"_s);
        QVERIFY(user->totpSecret.isEmpty());
        QVERIFY(!user->totpActive);
        QVERIFY(!user->lastTotpStep);
        QVERIFY(!m_acceptor->device(dev)->active);
        QVERIFY(!m_acceptor->activeDevice(u"ppk1"_s));
        QCOMPARE(m_acceptor->recordAnswer(c->challengeId, dev, true, c->number), AnswerOutcome::WrongDevice);
        const QString fresh = m_accounts->ensureTotpSecret(u"ppk1"_s);
        QCOMPARE(fresh.size(), 32); // 20 bytes in Base32
    }

    void typedCodeStepOnlyMovesForward()
    {
        QVERIFY(m_accounts->advanceTotpStep(u"ppk1"_s, 10));
        QVERIFY(!m_accounts->advanceTotpStep(u"ppk1"_s, 10));
        QVERIFY(!m_accounts->advanceTotpStep(u"ppk1"_s, 9));
        QVERIFY(m_accounts->advanceTotpStep(u"ppk1"_s, 11));
        QCOMPARE(*m_accounts->user(u"ppk1"_s)->lastTotpStep, 11);
    }

    void failuresAreLimitedPerAccountAndAddress()
    {
        for (int i = 0; i < Accounts::kMaxFailures - 1; ++i)
            m_accounts->recordFailure(u"ppk1"_s, u"10.0.0.1"_s, u"password"_s);
        QVERIFY(!m_accounts->limited(u"ppk1"_s, u"10.0.0.1"_s));
        m_accounts->recordFailure(u"ppk1"_s, u"10.0.0.2"_s, u"code"_s);
        QVERIFY(m_accounts->limited(u"ppk1"_s, u"10.0.0.9"_s)); // the account, from any address
        QVERIFY(!m_accounts->limited(u"ppk2"_s, u"10.0.0.1"_s));
        m_now += Accounts::kFailureWindow + 1;
        QVERIFY(!m_accounts->limited(u"ppk1"_s, u"10.0.0.1"_s));
        for (int i = 0; i < Accounts::kMaxFailuresPerIp; ++i)
            m_accounts->recordFailure(u"user%1"_s.arg(i), u"10.0.0.3"_s, u"password"_s);
        QVERIFY(m_accounts->limited(u"someone"_s, u"10.0.0.3"_s)); // the address, for any account
    }

    void resetLinkOnlyForTheRightEmailAndOnce()
    {
        QVERIFY(!m_accounts->createResetToken(u"ppk1"_s, u"other@example.go.id"_s));
        const auto token = m_accounts->createResetToken(u"ppk1"_s, u"PPK1@example.go.id"_s);
        QVERIFY(token);
        QCOMPARE(m_accounts->resetTokenUser(*token), u"ppk1"_s);
        QVERIFY(!m_accounts->consumeResetToken(*token, u"ppk2"_s));
        QVERIFY(m_accounts->consumeResetToken(*token, u"ppk1"_s));
        QVERIFY(!m_accounts->consumeResetToken(*token, u"ppk1"_s));
        QVERIFY(!m_accounts->resetTokenUser(*token));
        const auto late = m_accounts->createResetToken(u"ppk1"_s, u"ppk1@example.go.id"_s);
        m_now += Accounts::kResetLinkLifetime + 1;
        QVERIFY(!m_accounts->resetTokenUser(*late));
    }

    void sessionsByCookie()
    {
        auto [cookie, s] = m_accounts->createSession(u"UA"_s, u"127.0.0.1"_s);
        QVERIFY(cookie.size() >= 43);
        QCOMPARE(s.hash, tokenHash(cookie));
        s.userId = u"ppk1"_s;
        s.stage = Stage::Acceptor;
        m_accounts->saveSession(s);
        const auto back = m_accounts->session(cookie);
        QVERIFY(back);
        QCOMPARE(back->stage, Stage::Acceptor);
        QCOMPARE(back->csrf, s.csrf);
        QVERIFY(!m_accounts->session(s.hash)); // the stored hash is not a cookie
        m_now += Accounts::kSessionLifetime + 1;
        QVERIFY(!m_accounts->session(cookie));
    }

    void passwordPolicy()
    {
        QVERIFY(passwordMeetsPolicy(u"Rahasia-123!"_s));
        QVERIFY(!passwordMeetsPolicy(u"Rahasia-1"_s));    // 9 characters
        QVERIFY(!passwordMeetsPolicy(u"rahasia-123!"_s)); // no upper case
        QVERIFY(!passwordMeetsPolicy(u"Rahasia1234"_s));  // no punctuation
        for (int i = 0; i < 20; ++i)
            QVERIFY(passwordMeetsPolicy(generatePassword()));
    }
};

QTEST_GUILESS_MAIN(TestAcceptorStore)
#include "tst_acceptorstore.moc"
