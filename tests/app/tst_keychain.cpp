// KeychainSecretStore against a real Secret Service (gnome-keyring), and on a bus without one.
// Run only through tests/app/run-with-keyring.sh (ctest does): it gives a private HOME, a private
// D-Bus session and an unlocked headless keyring, or a bus where no Secret Service can start. Run
// directly, every case skips, so that nothing touches the user's own keyring.

#include "app/keychain/keychainsecretstore.h"
#include "app/store/accountstore.h"

#include "storetestsupport.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace sandi;
using namespace sandi::test;

namespace {

// Generous: the daemon answers in milliseconds, but the first call may have to start it.
constexpr int kWait = 20000;

SecretBytes bytesOf(const QByteArray& raw)
{
    return SecretBytes(std::as_bytes(std::span<const char>(raw.constData(), std::size_t(raw.size()))));
}

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void writeReadRemoveRoundTrip();
    void itemIsFiledUnderServiceSandiAndTheAccountId();
    void answersComeLaterAndInCallOrder();
    void destroyedContextGetsNoAnswer();
    void shutDownLetsEveryJobAnswerThenStartsNoMore();
    void storeOverTheRealKeychainAddsAndReloads();
    void noSecretServiceAnswersUnavailableQuickly();
    void storeWithoutSecretServiceIsReadOnly();

private:
    [[nodiscard]] static bool keyringRunning() { return qEnvironmentVariable("SANDI_TEST_KEYRING") == u"running"_s; }
    [[nodiscard]] static bool keyringAbsent() { return qEnvironmentVariable("SANDI_TEST_KEYRING") == u"absent"_s; }

    SecretResult read(const QString& key, SecretBytes* value = nullptr);
    SecretResult write(const QString& key, const SecretBytes& secret);
    SecretResult remove(const QString& key);

    KeychainSecretStore m_keychain;
};

void TestKeychain::init()
{
    if (qEnvironmentVariableIsEmpty("SANDI_TEST_KEYRING")) {
        QSKIP("run through tests/app/run-with-keyring.sh (ctest -R app.tst_keychain), never on the user's session");
    }
    const char* function = QTest::currentTestFunction();
    const bool needsNoService = QByteArray(function).startsWith("noSecretService") ||
                                QByteArray(function).startsWith("storeWithoutSecretService");
    if (needsNoService && !keyringAbsent()) {
        QSKIP("this case runs in app.tst_keychain.no-secret-service");
    }
    if (!needsNoService && !keyringRunning()) {
        QSKIP("this case runs in app.tst_keychain, with gnome-keyring");
    }
}

SecretResult TestKeychain::read(const QString& key, SecretBytes* value)
{
    std::optional<SecretResult> answer;
    m_keychain.read(key, this, [&](SecretResult result, SecretBytes bytes) {
        answer = result;
        if (value != nullptr) {
            *value = std::move(bytes);
        }
    });
    (void)QTest::qWaitFor([&] { return answer.has_value(); }, kWait); // no answer: checked below
    return answer.value_or(SecretResult{SecretStatus::Failed, u"no answer"_s});
}

SecretResult TestKeychain::write(const QString& key, const SecretBytes& secret)
{
    std::optional<SecretResult> answer;
    m_keychain.write(key, secret, this, [&](SecretResult result) { answer = result; });
    (void)QTest::qWaitFor([&] { return answer.has_value(); }, kWait); // no answer: checked below
    return answer.value_or(SecretResult{SecretStatus::Failed, u"no answer"_s});
}

SecretResult TestKeychain::remove(const QString& key)
{
    std::optional<SecretResult> answer;
    m_keychain.remove(key, this, [&](SecretResult result) { answer = result; });
    (void)QTest::qWaitFor([&] { return answer.has_value(); }, kWait); // no answer: checked below
    return answer.value_or(SecretResult{SecretStatus::Failed, u"no answer"_s});
}

// sandi-cli ends right after a command's last answer; the keychain must not be destroyed while a
// job runs (QtKeychain's libsecret backend answers into it). Every job asked for still answers.
void TestKeychain::shutDownLetsEveryJobAnswerThenStartsNoMore()
{
    const QString first = newKey();
    const QString second = newKey();
    KeychainSecretStore keychain;
    QStringList answered;
    keychain.write(first, bytesOf(kSeed20), this,
                   [&](SecretResult r) { answered << u"write "_s + first + (r.ok() ? u" ok"_s : r.message); });
    keychain.write(second, bytesOf(kSeed32), this,
                   [&](SecretResult r) { answered << u"write "_s + second + (r.ok() ? u" ok"_s : r.message); });
    QVERIFY(answered.isEmpty()); // nothing answers inside the call
    QVERIFY(keychain.shutDown(kWait));
    QCOMPARE(answered, (QStringList{u"write "_s + first + u" ok"_s, u"write "_s + second + u" ok"_s}));
    // No more jobs after it: a read is never started, so it never answers.
    bool late = false;
    keychain.read(first, this, [&](SecretResult, SecretBytes) { late = true; });
    QTest::qWait(300);
    QVERIFY(!late);
    // The writes were real: another store reads them back.
    SecretBytes back;
    QVERIFY(read(second, &back).ok());
    QVERIFY(constantTimeEquals(back.view(), bytesOf(kSeed32).view()));
    QVERIFY(remove(first).ok());
    QVERIFY(remove(second).ok());
}

void TestKeychain::writeReadRemoveRoundTrip()
{
    const QString key = newKey();
    const SecretResult written = write(key, bytesOf(kSeed32));
    QVERIFY2(written.ok(), qPrintable(written.message));
    SecretBytes back;
    QVERIFY(read(key, &back).ok());
    QVERIFY(constantTimeEquals(back.view(), bytesOf(kSeed32).view()));
    QVERIFY(remove(key).ok());
    QCOMPARE(read(key).status, SecretStatus::NotFound);
    const auto again = remove(key).status; // libsecret answers Ok for an item that is not there
    QVERIFY(again == SecretStatus::Ok || again == SecretStatus::NotFound);
}

void TestKeychain::itemIsFiledUnderServiceSandiAndTheAccountId()
{
    const QString tool = QStandardPaths::findExecutable(u"secret-tool"_s);
    if (tool.isEmpty()) {
        QSKIP("secret-tool (package libsecret-tools) is not installed");
    }
    const QString key = newKey();
    QVERIFY(write(key, bytesOf(kSeed20)).ok());
    // QtKeychain's libsecret schema: server = the service name, user = the key, the bytes in Base64.
    QProcess lookup;
    lookup.start(tool, {u"lookup"_s, u"server"_s, u"Sandi"_s, u"user"_s, key});
    QVERIFY(lookup.waitForFinished(kWait));
    QCOMPARE(lookup.exitCode(), 0);
    QCOMPARE(lookup.readAllStandardOutput().trimmed(), kSeed20.toBase64());
    QVERIFY(remove(key).ok());
}

void TestKeychain::answersComeLaterAndInCallOrder()
{
    const QString key = newKey();
    QStringList answers;
    m_keychain.write(key, bytesOf(kSeed20), this, [&](SecretResult r) { answers << u"write %1"_s.arg(int(r.status)); });
    m_keychain.read(key, this, [&](SecretResult r, SecretBytes) { answers << u"read %1"_s.arg(int(r.status)); });
    m_keychain.remove(key, this, [&](SecretResult r) { answers << u"remove %1"_s.arg(int(r.status)); });
    m_keychain.read(key, this, [&](SecretResult r, SecretBytes) { answers << u"read %1"_s.arg(int(r.status)); });
    QVERIFY(answers.isEmpty()); // nothing from inside the calls
    QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 4, kWait);
    const QStringList expected{u"write %1"_s.arg(int(SecretStatus::Ok)), u"read %1"_s.arg(int(SecretStatus::Ok)),
                               u"remove %1"_s.arg(int(SecretStatus::Ok)),
                               u"read %1"_s.arg(int(SecretStatus::NotFound))};
    QCOMPARE(answers, expected);
}

void TestKeychain::destroyedContextGetsNoAnswer()
{
    bool called = false;
    bool laterDone = false;
    {
        QObject context;
        m_keychain.read(newKey(), &context, [&](SecretResult, SecretBytes) { called = true; });
    }
    m_keychain.read(newKey(), this, [&](SecretResult, SecretBytes) { laterDone = true; });
    QTRY_VERIFY_WITH_TIMEOUT(laterDone, kWait); // answers are in order: the first one is over too
    QVERIFY(!called);
}

void TestKeychain::storeOverTheRealKeychainAddsAndReloads()
{
    QTemporaryDir dir;
    QString id;
    {
        AccountStore store(dir.path(), &m_keychain);
        QSignalSpy loaded(&store, &AccountStore::loaded);
        store.load();
        QVERIFY(loaded.wait(kWait));
        std::optional<StoreResult> added;
        store.add(parseUri(totpUri(u"RFC"_s, u"x"_s, kSeed20, u"&digits=8"_s)), [&](StoreResult r) { added = r; });
        QTRY_VERIFY_WITH_TIMEOUT(added.has_value(), kWait);
        QVERIFY2(added->ok(), qPrintable(added->detail));
        id = added->id;
    }
    AccountStore reopened(dir.path(), &m_keychain);
    QSignalSpy secret(&reopened, &AccountStore::secretLoaded);
    reopened.load();
    QVERIFY(secret.wait(kWait));
    QCOMPARE(reopened.code(id, 59).value(), std::string("94287082")); // RFC 6238 Appendix B
    QCOMPARE(filesHoldingSecret(dir.path(), kSeed20), QStringList{});
    QVERIFY(remove(id).ok());
}

void TestKeychain::noSecretServiceAnswersUnavailableQuickly()
{
    // On a bus where nothing can start org.freedesktop.secrets, QtKeychain fails within
    // milliseconds; the bound here only catches a hang.
    const QString key = newKey();
    QCOMPARE(read(key).status, SecretStatus::Unavailable);
    QCOMPARE(write(key, bytesOf(kSeed20)).status, SecretStatus::Unavailable);
    QCOMPARE(remove(key).status, SecretStatus::Unavailable);
}

void TestKeychain::storeWithoutSecretServiceIsReadOnly()
{
    QTemporaryDir dir;
    AccountStore store(dir.path(), &m_keychain);
    QSignalSpy loaded(&store, &AccountStore::loaded);
    store.load();
    QVERIFY(loaded.wait(kWait));
    std::optional<StoreResult> added;
    store.add(parseUri(totpUri(u"A"_s, u"a"_s)), [&](StoreResult r) { added = r; });
    QTRY_VERIFY_WITH_TIMEOUT(added.has_value(), kWait);
    QCOMPARE(added->error, StoreError::KeychainUnavailable);
    QVERIFY(store.readOnly());
    QCOMPARE(store.readOnlyReason(), ReadOnlyReason::KeychainUnavailable);
    QVERIFY(store.accounts().isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(u"accounts.json"_s)));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
