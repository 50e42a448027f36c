// ApprovalService against broken and hostile acceptors (a canned-response HTTP server on
// 127.0.0.1, reached through the development flag), with the timing driven by the test: the
// backoff schedule with jitter and Retry-After, reconnecting at once after a network change or a
// clock jump, and answers that must be refused with no crash and no prompt.
#include "approvaltestsupport.h"
#include "hostileacceptor.h"

#include "app/approval/approvaltext.h"
#include "app/approval/pollloop.h"
#include "core/approval/challenge.h"
#include "core/approval/ids.h"
#include "core/encoding/base64.h"

using namespace Qt::StringLiterals;
using namespace sandi;
using namespace sandi::test;

Q_DECLARE_METATYPE(sandi::EnrollmentReason)

namespace {

QByteArray pollBody(const std::vector<std::string>& challenges)
{
    return QByteArray::fromStdString(approval::writePollResponse(challenges));
}

approval::Challenge challengeFor(const std::string& account)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return approval::Challenge{*approval::randomToken(), account, "LPSE Hostile", "Firefox",
                               "198.51.100.1",           now,     now + 120,      {47, 12, 83}};
}

std::string signedChallenge(const crypto::EcPrivateKey& key, const std::string& account = "ppk1")
{
    return *approval::signChallenge(key, challengeFor(account));
}

} // namespace

class TestApprovalServiceHostile : public QObject
{
    Q_OBJECT

private:
    crypto::EcPrivateKey m_acceptorKey = *crypto::EcPrivateKey::generate();

    // An account enrolled (by its record and a key in the fake keychain) at `hostile`.
    QString enrollAt(ServiceUnderTest& sut, const HostileAcceptor& hostile)
    {
        if (!sut.load()) {
            return {};
        }
        sut.service.setUrlPolicy(approval::UrlPolicy{true});
        const QString id = sut.add(totpUri(u"LPSE Hostile"_s, u"ppk1"_s));
        auto deviceKey = crypto::EcPrivateKey::generate();
        sut.secrets.insert(deviceKeyName(id), *deviceKey->pkcs8());
        EnrollmentRecord record;
        record.state = EnrollmentRecord::State::Active;
        record.acceptor = hostile.url();
        record.pin = *approval::pinOf(m_acceptorKey.publicKey());
        record.deviceId = QString::fromStdString(*approval::randomToken());
        record.acceptorKey = m_acceptorKey.publicKey();
        record.site = u"LPSE Hostile"_s;
        record.account = u"ppk1"_s;
        bool saved = false;
        sut.store.setAcceptor(id, record.toJson(0), [&](const StoreResult& r) { saved = r.ok(); });
        return QTest::qWaitFor([&] { return saved; }, 5000) ? id : QString();
    }

private Q_SLOTS:
    void backoffScheduleWithJitterAndRetryAfter()
    {
        HostileAcceptor hostile;
        ServiceUnderTest sut;
        sut.fake.autoFireBelowMs = 0; // every wait is the test's to fire
        const QString id = enrollAt(sut, hostile);
        QVERIFY(!id.isEmpty());
        const QByteArray unavailable = HostileAcceptor::response(503, R"({"error":"x"})");
        for (int i = 0; i < 9; ++i) {
            hostile.queue(unavailable);
        }
        // §7: random(0, min(60 s, 1 s × 2^attempt)); here the random source always says 0.5.
        sut.service.start();
        const QList<qint64> expected{500, 1000, 2000, 4000, 8000, 16000, 30000, 30000};
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QTRY_COMPARE_WITH_TIMEOUT(sut.fake.pendingDelays().size(), 1, 5000);
            QCOMPARE(sut.fake.pendingDelays().first(), expected[i]);
            QCOMPARE(sut.service.pollLoop(id)->failures(), int(i) + 1);
            QVERIFY(sut.fake.fireNext());
        }
        QTRY_COMPARE_WITH_TIMEOUT(hostile.requests.size(), expected.size() + 1, 5000);
        // Retry-After is a minimum, even when the jitter says 0.
        sut.fake.randoms = {0.0};
        QTRY_COMPARE_WITH_TIMEOUT(sut.fake.pendingDelays().size(), 1, 5000); // the 9th 503
        QVERIFY(sut.fake.fireNext());
        hostile.queue(HostileAcceptor::response(429, R"({"error":"too_many_requests"})", "Retry-After: 7\r\n"));
        QTRY_COMPARE_WITH_TIMEOUT(sut.fake.pendingDelays().size(), 1, 5000);
        QCOMPARE(sut.fake.pendingDelays().first(), 7000);
        // A 204 ends the backoff; the next poll still waits out the spacing from the last start.
        hostile.queue(HostileAcceptor::response(204));
        QVERIFY(sut.fake.fireNext());
        QTRY_COMPARE_WITH_TIMEOUT(sut.fake.pendingDelays().size(), 1, 5000);
        QCOMPARE(sut.service.pollLoop(id)->failures(), 0);
        QCOMPARE(sut.fake.pendingDelays().first(), kMinPollSpacingMs);
        // And the next failure starts again at attempt 0: random(0, 1 s).
        hostile.queue(unavailable);
        sut.fake.randoms = {0.25};
        QVERIFY(sut.fake.fireNext());
        QTRY_COMPARE_WITH_TIMEOUT(sut.fake.pendingDelays().size(), 1, 5000);
        QCOMPARE(sut.fake.pendingDelays().first(), 250);
        QCOMPARE(sut.service.pollLoop(id)->failures(), 1);
    }

    void backoffFunction()
    {
        QCOMPARE(backoffDelayMs(0, 0.0), 0);
        QCOMPARE(backoffDelayMs(0, 0.999), 999);
        QCOMPARE(backoffDelayMs(5, 0.5), 16'000);
        QCOMPARE(backoffDelayMs(6, 0.999), 59'940);
        QCOMPARE(backoffDelayMs(1000, 0.999), 59'940); // no overflow for long outages
        QCOMPARE(backoffDelayMs(2, 0.1, 5'000), 5'000);
        QCOMPARE(retryAfterMs("7", 0), 7'000);
        QCOMPARE(retryAfterMs("99999999999", 0), kMaxRetryAfterMs);
        QCOMPARE(retryAfterMs("-3", 0), -1);
        QCOMPARE(retryAfterMs("soon", 0), -1);
        QCOMPARE(retryAfterMs("", 0), -1);
        const qint64 now = QDateTime(QDate(2026, 12, 7), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(retryAfterMs("Mon, 07 Dec 2026 08:00:30 GMT", now), 30'000);
        QCOMPARE(retryAfterMs("Mon, 07 Dec 2026 07:00:00 GMT", now), 0);
    }

    void reconnectsAtOnceAfterANetworkChange()
    {
        HostileAcceptor hostile;
        ServiceUnderTest sut;
        sut.fake.autoFireBelowMs = 0;
        const QString id = enrollAt(sut, hostile);
        QVERIFY(!id.isEmpty());
        hostile.queue(HostileAcceptor::response(503));
        sut.service.start();
        QTRY_COMPARE_WITH_TIMEOUT(sut.fake.pendingDelays().size(), 1, 5000); // backing off
        sut.service.reconnectNow();
        QVERIFY(sut.fake.pendingDelays().isEmpty());                 // the wait is cancelled ...
        QTRY_COMPARE_WITH_TIMEOUT(hostile.requests.size(), 2, 5000); // ... and the poll is made at once
        QCOMPARE(sut.service.pollLoop(id)->failures(), 0);
        // A held poll is dropped and made again.
        sut.service.reconnectNow();
        QTRY_COMPARE_WITH_TIMEOUT(hostile.requests.size(), 3, 5000);
    }

    void clockJumpReconnectsEveryAccount()
    {
        HostileAcceptor hostile;
        ServiceUnderTest sut;
        sut.fake.autoFireBelowMs = 0;
        const QString id = enrollAt(sut, hostile);
        QVERIFY(!id.isEmpty());
        sut.service.start();
        QTRY_COMPARE_WITH_TIMEOUT(hostile.requests.size(), 1, 5000); // held
        // The computer slept an hour: the wall clock moved, the monotonic one did not.
        sut.fake.wallMs += 3'600'000;
        hostile.releaseHeld(HostileAcceptor::response(204));
        // Without the jump the next poll would wait for the spacing; with it, it goes at once.
        QTRY_COMPARE_WITH_TIMEOUT(hostile.requests.size(), 2, 5000);
        QVERIFY(sut.fake.pendingDelays().isEmpty());
    }

    void hostileAnswersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("prompts");
        QTest::addColumn<bool>("failure");
        const QByteArray big(70 * 1024, 'x');
        QTest::newRow("oversized body") << HostileAcceptor::response(200, big) << 0 << true;
        QTest::newRow("oversized Content-Length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 99999999\r\n\r\n{") << 0 << true;
        QTest::newRow("not JSON") << HostileAcceptor::response(200, "<html>hello</html>") << 0 << true;
        QTest::newRow("not a challenge list") << HostileAcceptor::response(200, R"({"challenges":7})") << 0 << true;
        QTest::newRow("truncated body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n{\"challenges\":[")
                                        << 0 << true;
        QTest::newRow("redirect elsewhere")
            << HostileAcceptor::response(302, {}, "Location: http://198.51.100.9/api/v1/poll\r\n") << 0 << true;
        const auto other = crypto::EcPrivateKey::generate();
        QTest::newRow("signed by another key")
            << HostileAcceptor::response(200, pollBody({signedChallenge(*other)})) << 0 << false;
        QTest::newRow("unsigned (alg none)")
            << HostileAcceptor::response(
                   200, pollBody({"eyJhbGciOiJub25lIn0." +
                                  base64::encodeUrl(std::as_bytes(std::span(std::string_view(
                                      R"({"typ":"challenge","id":"AAAAAAAAAAAAAAAAAAAAAA","account":"ppk1"})")))) +
                                  "."}))
            << 0 << false;
        QTest::newRow("ok and bad mixed")
            << HostileAcceptor::response(200, pollBody({signedChallenge(*other), signedChallenge(m_acceptorKey),
                                                        signedChallenge(m_acceptorKey, "someone-else")}))
            << 1 << false;
    }

    void hostileAnswersAreRefused()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, prompts);
        QFETCH(bool, failure);
        HostileAcceptor hostile;
        ServiceUnderTest sut;
        sut.fake.autoFireBelowMs = 0;
        const QString id = enrollAt(sut, hostile);
        QVERIFY(!id.isEmpty());
        QSignalSpy added(&sut.service, &ApprovalService::promptAdded);
        hostile.queue(answer);
        sut.service.start();
        // After the answer the loop waits: a backoff after a failure, the spacing after a 200.
        QTRY_VERIFY_WITH_TIMEOUT(sut.service.pollLoop(id) && sut.service.pollLoop(id)->waiting(), 5000);
        QCOMPARE(added.size(), prompts);
        QCOMPARE(sut.service.pollLoop(id)->failures(), failure ? 1 : 0);
        QVERIFY(sut.service.pollLoop(id)->running());
        QCOMPARE(sut.service.state(id), ApprovalState::Active);
    }

    void pollOnceReturnsWhatIsWaitingWithoutHolding()
    {
        HostileAcceptor hostile;
        ServiceUnderTest sut;
        sut.fake.autoFireBelowMs = 0;
        const QString id = enrollAt(sut, hostile);
        QVERIFY(!id.isEmpty());
        // A pending challenge comes back at once.
        hostile.queue(HostileAcceptor::response(200, pollBody({signedChallenge(m_acceptorKey)})));
        std::optional<QStringList> problems;
        sut.service.pollOnce(2000, [&](const QStringList& p) { problems = p; });
        QVERIFY(!problems); // never from inside the call
        QTRY_VERIFY_WITH_TIMEOUT(problems.has_value(), 5000);
        QCOMPARE(*problems, QStringList());
        QCOMPARE(sut.service.pending().size(), 1);
        QVERIFY(sut.service.pollLoop(id) == nullptr); // no loop: the service was not started
        // Nothing waiting: the acceptor holds the poll; the quiet wait ends it.
        problems.reset();
        sut.service.pollOnce(2000, [&](const QStringList& p) { problems = p; });
        QTRY_COMPARE_WITH_TIMEOUT(hostile.requests.size(), 2, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(sut.fake.pendingDelays().contains(2000), 5000);
        QVERIFY(!problems);
        while (sut.fake.pendingDelays().contains(2000)) {
            QVERIFY(sut.fake.fireNext());
        }
        QTRY_VERIFY_WITH_TIMEOUT(problems.has_value(), 5000);
        QCOMPARE(*problems, QStringList());
        // A refusal is reported, in words.
        problems.reset();
        hostile.queue(HostileAcceptor::response(500, "{}"));
        sut.service.pollOnce(2000, [&](const QStringList& p) { problems = p; });
        QTRY_VERIFY_WITH_TIMEOUT(problems.has_value(), 5000);
        QCOMPARE(problems->size(), 1);
        QVERIFY(problems->first().startsWith(u"LPSE Hostile (ppk1): "_s));
    }

    void staleRequestSuggestsAClockCheck()
    {
        HostileAcceptor hostile;
        ServiceUnderTest sut;
        sut.fake.autoFireBelowMs = 0;
        const QString id = enrollAt(sut, hostile);
        QVERIFY(!id.isEmpty());
        QSignalSpy suggested(&sut.service, &ApprovalService::clockCheckSuggested);
        hostile.queue(HostileAcceptor::response(401, R"({"error":"stale_request"})"));
        sut.service.start();
        QTRY_COMPARE_WITH_TIMEOUT(suggested.size(), 1, 5000);
        QCOMPARE(sut.service.pollLoop(id)->failures(), 1); // and it retries with backoff
    }

    void hostileEnrollmentAnswers_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<EnrollmentReason>("reason");
        const auto other = crypto::EcPrivateKey::generate();
        const auto response = [](const crypto::EcPrivateKey& key) {
            return QByteArray::fromStdString(
                *approval::writeEnrollResponse({"ZGV2aWNlLWlkLTAwMDAwMDE", key.publicKey(), "ppk1", "LPSE Hostile"}));
        };
        QTest::newRow("not JSON") << HostileAcceptor::response(200, "nonsense") << EnrollmentReason::BadResponse;
        QTest::newRow("another acceptor key")
            << HostileAcceptor::response(200, response(*other)) << EnrollmentReason::Certificate;
        QTest::newRow("oversized") << HostileAcceptor::response(200, QByteArray(20 * 1024, '{'))
                                   << EnrollmentReason::BadResponse;
        QTest::newRow("server error") << HostileAcceptor::response(500, "{}") << EnrollmentReason::Refused;
        QTest::newRow("token used") << HostileAcceptor::response(409, R"({"error":"enroll_token_used"})")
                                    << EnrollmentReason::TokenUsed;
        QTest::newRow("token expired") << HostileAcceptor::response(410, R"({"error":"enroll_token_expired"})")
                                       << EnrollmentReason::TokenExpired;
        QTest::newRow("clock") << HostileAcceptor::response(401, R"({"error":"stale_request"})")
                               << EnrollmentReason::Clock;
        QTest::newRow("unknown token") << HostileAcceptor::response(404, R"({"error":"unknown_enroll_token"})")
                                       << EnrollmentReason::TokenUnknown;
        QTest::newRow("the right key") << HostileAcceptor::response(200, response(m_acceptorKey))
                                       << EnrollmentReason::None;
    }

    void hostileEnrollmentAnswers()
    {
        QFETCH(QByteArray, answer);
        QFETCH(EnrollmentReason, reason);
        HostileAcceptor hostile;
        hostile.queue(answer);
        ServiceUnderTest sut;
        QVERIFY(sut.load());
        sut.service.setUrlPolicy(approval::UrlPolicy{true});
        approval::Enrollment e{hostile.url().toStdString(), *approval::randomToken(),
                               QDateTime::currentSecsSinceEpoch() + 600, *approval::pinOf(m_acceptorKey.publicKey())};
        auto uri = parseUri(totpUri(u"LPSE Hostile"_s, u"ppk1"_s));
        approval::addEnrollment(uri, e);
        bool ok = false;
        QString detail;
        const QString id = sut.addAndEnroll(QString::fromStdString(uri::serializeOtpauth(uri)), &ok, &detail);
        QVERIFY(!id.isEmpty());
        QCOMPARE(hostile.requests, QList<QByteArray>{"POST /api/v1/enroll"});
        QCOMPARE(ok, reason == EnrollmentReason::None);
        if (!ok) {
            QCOMPARE(detail, approvaltext::enrollFailed(reason));
            QCOMPARE(sut.record(id)->reason, reason);
            QTRY_VERIFY(!sut.secrets.contains(deviceKeyName(id)));
        } else {
            QCOMPARE(sut.service.state(id), ApprovalState::Active);
            QVERIFY(sut.secrets.contains(deviceKeyName(id)));
        }
        QVERIFY(sut.store.code(id, 59).has_value());
    }
};

QTEST_GUILESS_MAIN(TestApprovalServiceHostile)
#include "tst_approvalservice_hostile.moc"
