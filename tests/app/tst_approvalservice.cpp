// ApprovalService against the reference acceptor, in-process over TLS on 127.0.0.1 (its
// certificate is self-signed and accepted by the pin, as for a real LPSE without a CA certificate):
// enrollment and its failures, a challenge delivered by the long poll, approve / deny / wrong
// number / expiry, revocation by Reset TOTP or by a second enrollment, and a server restart.
#include "approvaltestsupport.h"
#include "httpsresponder.h"

#include "app/approval/approvaltext.h"
#include "app/approval/pollloop.h"
#include "core/approval/ids.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

using namespace Qt::StringLiterals;
using namespace sandi;
using namespace sandi::test;

Q_DECLARE_METATYPE(sandi::server::ChallengeState)

class TestApprovalService : public QObject
{
    Q_OBJECT

private:
    // An enrolled and polling service for `user`.
    static QString enrolled(TestAcceptor& acceptor, ServiceUnderTest& sut, const QString& user)
    {
        if (!acceptor.addUser(user) || !sut.load()) {
            return {};
        }
        bool ok = false;
        const QString id = sut.addAndEnroll(acceptor.activationUri(user), &ok);
        if (!ok) {
            return {};
        }
        sut.service.start();
        const bool held = QTest::qWaitFor([&] { return acceptor.server->api().heldPolls() == 1; }, 10'000);
        return held ? id : QString();
    }

    static std::optional<server::ChallengeRecord> challengeFor(TestAcceptor& acceptor, const QString& user)
    {
        return acceptor.server->acceptor().createChallenge(user, u"Mozilla/5.0 (X11; Linux) Firefox/133.0"_s,
                                                           u"203.0.113.7"_s, {});
    }

private Q_SLOTS:
    void enrollmentKeepsTheKeyInTheKeychainOnly()
    {
        TestAcceptor acceptor;
        QVERIFY(acceptor.start());
        QVERIFY(acceptor.addUser(u"ppk1"_s));
        ServiceUnderTest sut;
        QVERIFY(sut.load());
        QSignalSpy states(&sut.service, &ApprovalService::stateChanged);
        bool ok = false;
        QString detail;
        const QString id = sut.addAndEnroll(acceptor.activationUri(u"ppk1"_s), &ok, &detail);
        QVERIFY(!id.isEmpty());
        QVERIFY2(ok, qPrintable(detail));
        QVERIFY(detail.contains(u"ppk1"_s));
        QCOMPARE(sut.service.state(id), ApprovalState::Active);
        QVERIFY(!states.isEmpty());

        // The record: device id, pins, site and account, as the acceptor bound them.
        const auto record = sut.record(id);
        QVERIFY(record && record->usable());
        const auto device = acceptor.server->acceptor().activeDevice(u"ppk1"_s);
        QVERIFY(device.has_value());
        QCOMPARE(record->deviceId, device->deviceId);
        QCOMPARE(record->account, u"ppk1"_s);
        QCOMPARE(record->site, acceptor.server->options().siteName);

        // The private key is in the (fake) keychain and matches the bound public key; on disk there
        // is no trace of it.
        QVERIFY(sut.secrets.contains(deviceKeyName(id)));
        const SecretBytes der = sut.secrets.secret(deviceKeyName(id));
        const auto key = crypto::EcPrivateKey::fromPkcs8(der.view());
        QVERIFY(key.has_value());
        const auto spki = key->publicKey().spki();
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(spki.data()), qsizetype(spki.size())), device->publicKey);
        const QByteArray raw(reinterpret_cast<const char*>(der.view().data()), qsizetype(der.size()));
        for (QDirIterator it(sut.dir.path(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            QVERIFY(!content.contains(raw.mid(raw.size() - 32)));
            QVERIFY(!content.contains(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
            QVERIFY(!content.contains(raw.toBase64()));
        }

        // Removing the account removes its device key.
        bool removed = false;
        sut.store.remove(id, [&](const StoreResult& r) { removed = r.ok(); });
        QTRY_VERIFY(removed);
        QTRY_VERIFY(!sut.secrets.contains(deviceKeyName(id)));
    }

    void enrollmentFailuresKeepTheTotpAccount_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("pin mismatch") << u"pin"_s;
        QTest::newRow("pin mismatch behind a CA-valid certificate") << u"pin-ca"_s;
        QTest::newRow("token expired (local check)") << u"expired"_s;
        QTest::newRow("token used") << u"used"_s;
        QTest::newRow("server unreachable") << u"unreachable"_s;
        QTest::newRow("plain http refused") << u"http"_s;
        QTest::newRow("incomplete parameters") << u"incomplete"_s;
    }

    void enrollmentFailuresKeepTheTotpAccount()
    {
        QFETCH(QString, kind);
        TestAcceptor acceptor;
        QVERIFY(acceptor.start());
        QVERIFY(acceptor.addUser(u"ppk1"_s));
        ServiceUnderTest sut;
        QVERIFY(sut.load());
        EnrollmentReason expected = EnrollmentReason::None;
        QString uri;
        if (kind == u"pin"_s || kind == u"pin-ca"_s) {
            auto other = crypto::EcPrivateKey::generate();
            const auto spki = other->publicKey().spki();
            const QString otherPin = server::AcceptorIdentity::pinOf(
                QByteArray(reinterpret_cast<const char*>(spki.data()), qsizetype(spki.size())));
            uri = acceptor.activationUri(u"ppk1"_s, otherPin);
            if (kind == u"pin-ca"_s) { // TLS passes by CA; the acceptor key in the answer is not the pinned one
                sut.service.setExtraCaCertificates({acceptor.server->identity().certificatePem()});
            }
            expected = EnrollmentReason::Certificate;
        } else if (kind == u"expired"_s) {
            uri = acceptor.activationUri(u"ppk1"_s, {}, QDateTime::currentSecsSinceEpoch() - 5);
            expected = EnrollmentReason::TokenExpired;
        } else if (kind == u"used"_s) {
            uri = acceptor.activationUri(u"ppk1"_s);
            bool ok = false;
            QVERIFY(!sut.addAndEnroll(uri, &ok).isEmpty());
            QVERIFY(ok);
            expected = EnrollmentReason::TokenUsed;
        } else if (kind == u"unreachable"_s) {
            uri = acceptor.activationUri(u"ppk1"_s);
            acceptor.stop(); // nothing listens there any more
            expected = EnrollmentReason::Unreachable;
        } else if (kind == u"http"_s) {
            uri = acceptor.activationUri(u"ppk1"_s).replace(u"https%3A"_s, u"http%3A"_s);
            expected = EnrollmentReason::InsecureUrl;
        } else {
            uri = acceptor.activationUri(u"ppk1"_s);
            uri = uri.left(uri.indexOf(u"&pin="_s));
            expected = EnrollmentReason::InvalidLink;
        }
        bool ok = true;
        QString detail;
        const QString id = sut.addAndEnroll(uri, &ok, &detail);
        QVERIFY(!id.isEmpty());
        QVERIFY(!ok);
        QCOMPARE(detail, approvaltext::enrollFailed(expected));
        QCOMPARE(sut.service.state(id), ApprovalState::EnrollFailed);
        QCOMPARE(sut.service.stateDetail(id), approvaltext::reason(expected));
        QCOMPARE(sut.record(id)->reason, expected);
        // The TOTP account works; no device key stays behind.
        QVERIFY(sut.store.code(id, 59).has_value());
        QTRY_VERIFY(!sut.secrets.contains(deviceKeyName(id)));
    }

    // The TLS layer on its own: a self-signed certificate whose key is not the pinned one is
    // refused before any request is sent (the acceptor key check comes after that).
    void tlsRefusesACertificateThatIsNotPinned()
    {
        HttpsResponder responder(0);
        ServiceUnderTest sut;
        QVERIFY(sut.load());
        auto other = crypto::EcPrivateKey::generate();
        approval::Enrollment e{responder.url().toString().toStdString(), *approval::randomToken(),
                               QDateTime::currentSecsSinceEpoch() + 600, *approval::pinOf(other->publicKey())};
        auto uri = parseUri(totpUri(u"LPSE Kota"_s, u"ppk1"_s));
        approval::addEnrollment(uri, e);
        bool ok = true;
        QString detail;
        const QString id = sut.addAndEnroll(QString::fromStdString(uri::serializeOtpauth(uri)), &ok, &detail);
        QVERIFY(!id.isEmpty());
        QVERIFY(!ok);
        QCOMPARE(sut.record(id)->reason, EnrollmentReason::Certificate);
        QCOMPARE(responder.requests, 0);
        // Trusted as a CA, the same server is reached (and its empty answer is refused).
        sut.service.setExtraCaCertificates({responder.trustedConfiguration().caCertificates().first().toPem()});
        const QString second = sut.addAndEnroll(QString::fromStdString(uri::serializeOtpauth(uri)), &ok, &detail);
        QVERIFY(!ok);
        QCOMPARE(sut.record(second)->reason, EnrollmentReason::BadResponse);
        QCOMPARE(responder.requests, 1);
    }

    void approveDenyWrongNumberAndExpiry_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<PromptEnd>("end");
        QTest::addColumn<server::ChallengeState>("serverState");
        QTest::newRow("approve") << u"approve"_s << PromptEnd::Approved << server::ChallengeState::Approved;
        QTest::newRow("deny") << u"deny"_s << PromptEnd::Denied << server::ChallengeState::Denied;
        QTest::newRow("wrong number") << u"wrong"_s << PromptEnd::WrongNumber << server::ChallengeState::WrongNumber;
        QTest::newRow("expired at the acceptor") << u"late"_s << PromptEnd::Expired << server::ChallengeState::Expired;
    }

    void approveDenyWrongNumberAndExpiry()
    {
        QFETCH(QString, action);
        QFETCH(PromptEnd, end);
        QFETCH(server::ChallengeState, serverState);
        TestAcceptor acceptor;
        QVERIFY(acceptor.start());
        ServiceUnderTest sut;
        const QString id = enrolled(acceptor, sut, u"ppk1"_s);
        QVERIFY(!id.isEmpty());

        QSignalSpy added(&sut.service, &ApprovalService::promptAdded);
        const auto challenge = challengeFor(acceptor, u"ppk1"_s);
        QVERIFY(challenge.has_value());
        QVERIFY(added.wait(5000));
        const auto prompt = added.first().first().value<ApprovalPrompt>();
        QCOMPARE(prompt.id, challenge->challengeId);
        QCOMPARE(prompt.accountId, id);
        QCOMPARE(prompt.account, u"ppk1"_s);
        QCOMPARE(prompt.site, acceptor.server->options().siteName);
        QCOMPARE(prompt.ip, u"203.0.113.7"_s);
        QVERIFY(prompt.userAgent.contains(u"Firefox"_s));
        QCOMPARE(QList<int>(prompt.numbers.begin(), prompt.numbers.end()), challenge->options);
        QCOMPARE(prompt.expiresAtMs, challenge->exp * 1000);
        QCOMPARE(sut.service.pending().size(), 1);

        // The same open challenge comes again with every poll: shown once.
        QTest::qWait(2500);
        QCOMPARE(added.size(), 1);

        QSignalSpy ended(&sut.service, &ApprovalService::promptEnded);
        const int wrong =
            *std::find_if(prompt.numbers.begin(), prompt.numbers.end(), [&](int n) { return n != challenge->number; });
        if (action == u"approve"_s) {
            sut.service.approve(prompt.id, challenge->number);
        } else if (action == u"deny"_s) {
            sut.service.deny(prompt.id);
        } else if (action == u"wrong"_s) {
            sut.service.approve(prompt.id, wrong);
        } else {
            QVERIFY(acceptor.expireChallenge(prompt.id));
            sut.service.approve(prompt.id, challenge->number);
        }
        QVERIFY(sut.service.answering(prompt.id));
        QVERIFY(ended.wait(5000));
        QCOMPARE(ended.first().at(0).toString(), prompt.id);
        QCOMPARE(ended.first().at(1).value<PromptEnd>(), end);
        QCOMPARE(ended.first().at(2).toString(), approvaltext::promptEnded(end));
        QVERIFY(sut.service.pending().isEmpty());
        QCOMPARE(acceptor.server->acceptor().challenge(prompt.id)->state, serverState);
        // Polling goes on.
        QTRY_COMPARE_WITH_TIMEOUT(acceptor.server->api().heldPolls(), 1, 5000);
        QCOMPARE(sut.service.state(id), ApprovalState::Active);
    }

    void promptExpiresOnSandisClock()
    {
        TestAcceptor acceptor;
        QVERIFY(acceptor.start());
        ServiceUnderTest sut;
        QVERIFY(!enrolled(acceptor, sut, u"ppk1"_s).isEmpty());
        QSignalSpy added(&sut.service, &ApprovalService::promptAdded);
        QVERIFY(challengeFor(acceptor, u"ppk1"_s).has_value());
        QVERIFY(added.wait(5000));
        // The expiry wait is the one scheduled for the challenge's lifetime (about 120 s).
        const auto prompt = added.first().first().value<ApprovalPrompt>();
        QCOMPARE(sut.fake.pendingDelays().size(), 1);
        QVERIFY(qAbs(sut.fake.pendingDelays().first() - (prompt.expiresAtMs - QDateTime::currentMSecsSinceEpoch())) <
                2000);
        QSignalSpy ended(&sut.service, &ApprovalService::promptEnded);
        QVERIFY(sut.fake.fireNext());
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.first().at(1).value<PromptEnd>(), PromptEnd::Expired);
        QVERIFY(sut.service.pending().isEmpty());
    }

    void revokedByResetOrSecondEnrollment_data()
    {
        QTest::addColumn<bool>("reset");
        QTest::newRow("Reset TOTP") << true;
        QTest::newRow("enrolled elsewhere") << false;
    }

    void revokedByResetOrSecondEnrollment()
    {
        QFETCH(bool, reset);
        TestAcceptor acceptor;
        QVERIFY(acceptor.start());
        ServiceUnderTest sut;
        const QString id = enrolled(acceptor, sut, u"ppk1"_s);
        QVERIFY(!id.isEmpty());
        QSignalSpy added(&sut.service, &ApprovalService::promptAdded);
        QVERIFY(challengeFor(acceptor, u"ppk1"_s).has_value());
        QVERIFY(added.wait(5000));

        QSignalSpy ended(&sut.service, &ApprovalService::promptEnded);
        QSignalSpy states(&sut.service, &ApprovalService::stateChanged);
        if (reset) {
            acceptor.server->acceptor().resetTotp(u"ppk1"_s);
        } else {
            ServiceUnderTest other; // another computer
            QVERIFY(other.load());
            bool ok = false;
            QVERIFY(!other.addAndEnroll(acceptor.activationUri(u"ppk1"_s), &ok).isEmpty());
            QVERIFY(ok);
        }
        QTRY_COMPARE_WITH_TIMEOUT(sut.service.state(id), ApprovalState::Revoked, 5000);
        QVERIFY(!states.isEmpty());
        QCOMPARE(sut.service.stateDetail(id), approvaltext::reason(EnrollmentReason::Revoked));
        QTRY_COMPARE(ended.size(), 1);
        QCOMPARE(ended.first().at(1).value<PromptEnd>(), PromptEnd::Revoked);
        // Polling stopped, the state is saved, and the useless key is gone.
        QTRY_VERIFY(sut.service.pollLoop(id) == nullptr);
        QTRY_COMPARE(sut.record(id)->state, EnrollmentRecord::State::Revoked);
        QTRY_VERIFY(!sut.secrets.contains(deviceKeyName(id)));
        QTest::qWait(300);
        QCOMPARE(acceptor.server->api().heldPolls(), 0);
    }

    void reconnectsAfterAServerRestart()
    {
        TestAcceptor acceptor;
        QVERIFY(acceptor.start());
        ServiceUnderTest sut;
        sut.fake.autoFireBelowMs = 60'000;
        sut.fake.defaultRandom = 0.1; // 100 ms, 200 ms, 400 ms, ...
        const QString id = enrolled(acceptor, sut, u"ppk1"_s);
        QVERIFY(!id.isEmpty());
        const quint16 port = acceptor.server->port();
        acceptor.stop();
        QTRY_VERIFY_WITH_TIMEOUT(sut.service.pollLoop(id)->failures() >= 2, 10'000);
        QVERIFY(acceptor.start(port));
        QTRY_COMPARE_WITH_TIMEOUT(acceptor.server->api().heldPolls(), 1, 15'000);
        QSignalSpy added(&sut.service, &ApprovalService::promptAdded);
        QVERIFY(challengeFor(acceptor, u"ppk1"_s).has_value());
        QVERIFY(added.wait(5000));
        QCOMPARE(sut.service.pollLoop(id)->failures(), 0); // a 200 ends the backoff
    }
};

QTEST_GUILESS_MAIN(TestApprovalService)
#include "tst_approvalservice.moc"
