// AccountStore over MemorySecretStore: every change, every fault (no keychain, refusal, missing
// item, slow answers, damaged file, failed save), changes by a second store on the same folder,
// and codes equal to the core's.

#include "app/keychain/memorysecretstore.h"
#include "app/store/accountfile.h"
#include "app/store/accountjson.h"
#include "app/store/accountstore.h"

#include "storetestsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace sandi;
using namespace sandi::test;

namespace {

constexpr int kWait = 10000; // ms; a bound for answers that normally take a few milliseconds

// RFC 4226 Appendix D: HOTP values for counters 0..2 of the 20-byte seed.
const char* const kRfc4226[] = {"755224", "287082", "359152"};

QString hotpUri(quint64 counter)
{
    return u"otpauth://hotp/ACME:bob?secret=%1&issuer=ACME&counter=%2"_s.arg(base32Of(kSeed20)).arg(counter);
}

SecretBytes bytesOf(const QByteArray& raw)
{
    return SecretBytes(std::as_bytes(std::span<const char>(raw.constData(), std::size_t(raw.size()))));
}

} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void addWritesSecretToKeychainAndMetadataToFile();
    void secretIsWrittenBeforeMetadata();
    void failedKeychainWriteAddsNothing_data();
    void failedKeychainWriteAddsNothing();
    void failedSaveAddsNothingAndTakesTheSecretBack();
    void renameMoveAndRemove();
    void changesToAnUnknownIdReportNotFound();
    void answersNeverComeFromInsideTheCall();
    void advanceHotpSavesTheCounterBeforeTheCodeIsShown();
    void failedCounterSaveShowsNoCode();
    void codesEqualTheCore_data();
    void codesEqualTheCore();
    void keychainUnavailableMakesTheStoreReadOnly();
    void emptyStoreStillLearnsTheKeychainIsMissing();
    void accessDeniedMarksTheAccount();
    void missingKeychainItemKeepsTheAccountListed();
    void slowKeychainNeverHoldsUpTheList();
    void onDemandLoadingAsksTheKeychainOnlyWhenTold();
    void damagedFileIsReportedAndLastGoodLoaded();
    void unreadableFileMakesTheStoreReadOnly();
    void changesByAnotherStoreArePickedUp();
    void concurrentAddsFromTwoStoresKeepBoth();

private:
    // A loaded store on the test folder (nullptr if loading timed out).
    std::unique_ptr<AccountStore> open(SecretLoading loading = SecretLoading::All);
    // Runs one store operation and waits for its answer.
    static StoreResult waitFor(const std::function<void(AccountStore::Done)>& operation);
    static StoreResult addUri(AccountStore& store, const QString& uriText);
    // An account already on disk and in the keychain, as an earlier run left it; returns its id.
    QString seed(const QString& issuer, const QString& name);
    [[nodiscard]] QString filePath() const { return m_dir->filePath(u"accounts.json"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
};

void TestAccountStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secrets = std::make_unique<MemorySecretStore>();
}

void TestAccountStore::cleanup()
{
    m_secrets.reset();
    m_dir.reset();
}

std::unique_ptr<AccountStore> TestAccountStore::open(SecretLoading loading)
{
    auto store = std::make_unique<AccountStore>(m_dir->path(), m_secrets.get());
    QSignalSpy loaded(store.get(), &AccountStore::loaded);
    store->load(loading);
    return loaded.wait(kWait) ? std::move(store) : nullptr;
}

StoreResult TestAccountStore::waitFor(const std::function<void(AccountStore::Done)>& operation)
{
    std::optional<StoreResult> result;
    operation([&](StoreResult answer) { result = std::move(answer); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kWait)) {
        return StoreResult{StoreError::KeychainFailed, {}, u"no answer"_s};
    }
    return *result;
}

StoreResult TestAccountStore::addUri(AccountStore& store, const QString& uriText)
{
    auto parsed = parseUri(uriText);
    return waitFor([&](AccountStore::Done done) { store.add(std::move(parsed), std::move(done)); });
}

QString TestAccountStore::seed(const QString& issuer, const QString& name)
{
    const AccountFile file(m_dir->path());
    QList<Account> accounts = file.load(QDateTime::currentDateTimeUtc()).accounts;
    const Account account = makeAccount(issuer, name);
    accounts.append(account);
    if (!file.save(accounts).ok()) {
        return {};
    }
    m_secrets->insert(account.id, bytesOf(kSeed20));
    return account.id;
}

void TestAccountStore::addWritesSecretToKeychainAndMetadataToFile()
{
    auto store = open();
    QVERIFY(store);
    QSignalSpy changed(store.get(), &AccountStore::accountsChanged);
    const auto result = addUri(*store, totpUri(u"LPSE%20Kota"_s, u"ppk1"_s));
    QVERIFY2(result.ok(), qPrintable(result.detail));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(store->accounts().size(), 1);
    const Account& account = store->accounts().first();
    QCOMPARE(account.id, result.id);
    QCOMPARE(account.issuer, u"LPSE Kota"_s);
    QCOMPARE(account.name, u"ppk1"_s);
    QVERIFY(store->hasSecret(account.id));
    QCOMPARE(store->secretState(account.id), SecretState::Loaded);
    QVERIFY(constantTimeEquals(m_secrets->secret(account.id).view(), bytesOf(kSeed20).view()));
    QCOMPARE(decodeAccounts(readAll(filePath())).accounts, store->accounts());
    QCOMPARE(filesHoldingSecret(m_dir->path(), kSeed20), QStringList{});
}

void TestAccountStore::secretIsWrittenBeforeMetadata()
{
    auto store = open();
    QVERIFY(store);
    QTRY_COMPARE_WITH_TIMEOUT(m_secrets->pending(), std::size_t(0), kWait); // the empty store's keychain probe
    const qsizetype logged = m_secrets->log().size();
    m_secrets->hold();
    std::optional<StoreResult> result;
    store->add(parseUri(totpUri(u"A"_s, u"a"_s)), [&](StoreResult r) { result = r; });
    QTRY_COMPARE_WITH_TIMEOUT(m_secrets->pending(), std::size_t(1), kWait); // the keychain write is waiting
    QVERIFY(!QFile::exists(filePath()));                                    // and no metadata was written
    m_secrets->release();
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWait);
    QVERIFY(result->ok());
    QCOMPARE(m_secrets->log().mid(logged), QStringList{u"write "_s + result->id});
    QCOMPARE(decodeAccounts(readAll(filePath())).accounts.size(), 1);
}

void TestAccountStore::failedKeychainWriteAddsNothing_data()
{
    QTest::addColumn<SecretStatus>("fault");
    QTest::addColumn<StoreError>("error");
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("no keychain service") << SecretStatus::Unavailable << StoreError::KeychainUnavailable << true;
    QTest::newRow("access refused") << SecretStatus::AccessDenied << StoreError::KeychainDenied << false;
    QTest::newRow("other keychain error") << SecretStatus::Failed << StoreError::KeychainFailed << false;
}

void TestAccountStore::failedKeychainWriteAddsNothing()
{
    QFETCH(SecretStatus, fault);
    QFETCH(StoreError, error);
    QFETCH(bool, readOnly);
    auto store = open();
    QVERIFY(store);
    QSignalSpy changed(store.get(), &AccountStore::accountsChanged);
    QSignalSpy readOnlyChanged(store.get(), &AccountStore::readOnlyChanged);
    m_secrets->setFault(fault);
    QCOMPARE(addUri(*store, totpUri(u"A"_s, u"a"_s)).error, error);
    QVERIFY(store->accounts().isEmpty());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_secrets->size(), std::size_t(0));
    QVERIFY(!QFile::exists(filePath()));
    QCOMPARE(store->readOnly(), readOnly);
    QCOMPARE(readOnlyChanged.count(), readOnly ? 1 : 0);
}

void TestAccountStore::failedSaveAddsNothingAndTakesTheSecretBack()
{
    auto store = open();
    QVERIFY(store);
    QVERIFY(addUri(*store, totpUri(u"A"_s, u"a"_s)).ok());
    const QByteArray before = readAll(filePath());
    const QList<Account> accountsBefore = store->accounts();
    QSignalSpy changed(store.get(), &AccountStore::accountsChanged);
    StoreResult result;
    {
        // Room for the lock file, not for the new accounts.json: the save fails part way (EFBIG).
        const FileSizeLimit limit(256);
        result = addUri(*store, totpUri(u"B"_s, u"b"_s, kSeed32));
    }
    QCOMPARE(result.error, StoreError::WriteFailed);
    QCOMPARE(store->accounts(), accountsBefore);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(readAll(filePath()), before);
    QVERIFY(!m_secrets->contains(result.id)); // taken back before the answer came
    QCOMPARE(m_secrets->size(), std::size_t(1));
}

void TestAccountStore::renameMoveAndRemove()
{
    auto store = open();
    QVERIFY(store);
    const QString a = addUri(*store, totpUri(u"A"_s, u"a"_s)).id;
    const QString b = addUri(*store, totpUri(u"B"_s, u"b"_s)).id;
    const QString c = addUri(*store, totpUri(u"C"_s, u"c"_s)).id;

    QVERIFY(waitFor([&](auto done) { store->rename(b, u"LPSE Kudus"_s, u"pokja"_s, done); }).ok());
    QCOMPARE(store->find(b)->issuer, u"LPSE Kudus"_s);
    QCOMPARE(store->find(b)->name, u"pokja"_s);

    QVERIFY(waitFor([&](auto done) { store->move(c, 0, done); }).ok());
    QVERIFY(waitFor([&](auto done) { store->move(a, 99, done); }).ok()); // clamped to the end
    QStringList order;
    for (const auto& account : store->accounts()) {
        order.append(account.id);
        QCOMPARE(account.sortOrder, order.size() - 1);
    }
    QCOMPARE(order, (QStringList{c, b, a}));

    QVERIFY(waitFor([&](auto done) { store->remove(b, done); }).ok());
    QCOMPARE(store->accounts().size(), 2);
    QVERIFY(!store->hasSecret(b));
    QVERIFY(!m_secrets->contains(b));

    const auto reopened = open(); // what is on disk is what the first store shows
    QVERIFY(reopened);
    QCOMPARE(reopened->accounts(), store->accounts());
}

void TestAccountStore::changesToAnUnknownIdReportNotFound()
{
    auto store = open();
    QVERIFY(store);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(waitFor([&](auto done) { store->rename(id, u"x"_s, u"y"_s, done); }).error, StoreError::NotFound);
    QCOMPARE(waitFor([&](auto done) { store->move(id, 0, done); }).error, StoreError::NotFound);
    QCOMPARE(waitFor([&](auto done) { store->remove(id, done); }).error, StoreError::NotFound);
    QVERIFY(!QFile::exists(filePath()));
}

void TestAccountStore::answersNeverComeFromInsideTheCall()
{
    auto store = open();
    QVERIFY(store);
    m_secrets->setFault(SecretStatus::Unavailable);
    QCOMPARE(addUri(*store, totpUri(u"A"_s, u"a"_s)).error, StoreError::KeychainUnavailable);
    QVERIFY(store->readOnly()); // now every change is refused at once, but still answered later
    bool answered = false;
    store->rename(u"x"_s, u"y"_s, u"z"_s, [&](StoreResult) { answered = true; });
    store->advanceHotp(u"x"_s, [&](StoreResult, std::string) { answered = true; });
    QVERIFY(!answered);
    QTRY_VERIFY_WITH_TIMEOUT(answered, kWait);
}

void TestAccountStore::advanceHotpSavesTheCounterBeforeTheCodeIsShown()
{
    auto store = open();
    QVERIFY(store);
    const QString id = addUri(*store, hotpUri(0)).id;
    QCOMPARE(store->code(id, 0).error().code, Errc::MissingCounter); // nothing issued yet
    for (quint64 i = 0; i < 3; ++i) {
        std::optional<std::string> shown;
        quint64 counterOnDiskWhenShown = 0;
        store->advanceHotp(id, [&](StoreResult result, std::string code) {
            QVERIFY(result.ok());
            counterOnDiskWhenShown = decodeAccounts(readAll(filePath())).accounts.value(0).counter;
            shown = std::move(code);
        });
        QTRY_VERIFY_WITH_TIMEOUT(shown.has_value(), kWait);
        QCOMPARE(*shown, std::string(kRfc4226[i]));
        QCOMPARE(counterOnDiskWhenShown, i + 1);
        QCOMPARE(store->code(id, 0).value(), *shown); // the last issued code, for showing again
    }
}

void TestAccountStore::failedCounterSaveShowsNoCode()
{
    auto store = open();
    QVERIFY(store);
    const QString id = addUri(*store, hotpUri(5)).id;
    std::optional<std::pair<StoreResult, std::string>> answer;
    {
        const FileSizeLimit limit(256);
        store->advanceHotp(id, [&](StoreResult result, std::string code) { answer.emplace(result, code); });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), kWait);
    }
    QCOMPARE(answer->first.error, StoreError::WriteFailed);
    QVERIFY(answer->second.empty());
    QCOMPARE(store->find(id)->counter, quint64(5));
    QCOMPARE(decodeAccounts(readAll(filePath())).accounts.value(0).counter, quint64(5));
}

void TestAccountStore::codesEqualTheCore_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("expected");
    // RFC 6238 Appendix B, 8 digits.
    const QString sha1 = totpUri(u"RFC"_s, u"sha1"_s, kSeed20, u"&digits=8"_s);
    const QString sha256 = totpUri(u"RFC"_s, u"sha256"_s, kSeed32, u"&digits=8&algorithm=SHA256"_s);
    const QString sha512 = totpUri(u"RFC"_s, u"sha512"_s, kSeed64, u"&digits=8&algorithm=SHA512"_s);
    QTest::newRow("RFC 6238 SHA1 t=59") << sha1 << qint64(59) << u"94287082"_s;
    QTest::newRow("RFC 6238 SHA256 t=1111111109") << sha256 << qint64(1111111109) << u"68084774"_s;
    QTest::newRow("RFC 6238 SHA512 t=2000000000") << sha512 << qint64(2000000000) << u"38618901"_s;
    QTest::newRow("Steam (KeePassXC encoder=steam)")
        << u"otpauth://totp/Steam:x?secret=63BEDWCQZKTQWPESARIERL5DTTQFCJTK&issuer=Steam&encoder=steam"_s
        << qint64(1511200518) << u"FR8RV"_s;
}

void TestAccountStore::codesEqualTheCore()
{
    QFETCH(QString, uri);
    QFETCH(qint64, time);
    QFETCH(QString, expected);
    auto store = open();
    QVERIFY(store);
    const QString id = addUri(*store, uri).id;
    const auto parsed = parseUri(uri);
    const auto core = otp::totpAt(parsed.secret.view(), parsed.params, time);
    QCOMPARE(store->code(id, time).value(), core.value());
    QCOMPARE(QString::fromStdString(core.value()), expected);
    QCOMPARE(store->nextCode(id, time).value(), otp::nextTotpAt(parsed.secret.view(), parsed.params, time).value());
}

void TestAccountStore::keychainUnavailableMakesTheStoreReadOnly()
{
    QVERIFY(!seed(u"A"_s, u"a"_s).isEmpty());
    m_secrets->setFault(SecretStatus::Unavailable);
    m_secrets->hold(); // until the spies are in place
    auto store = open();
    QVERIFY(store);
    QSignalSpy readOnly(store.get(), &AccountStore::readOnlyChanged);
    QSignalSpy failed(store.get(), &AccountStore::secretFailed);
    m_secrets->release();
    QVERIFY(failed.wait(kWait));
    const QString id = store->accounts().first().id;
    QCOMPARE(failed.first().at(1).value<SecretResult>().status, SecretStatus::Unavailable);
    QCOMPARE(store->secretState(id), SecretState::KeychainUnavailable);
    QVERIFY(store->readOnly());
    QCOMPARE(store->readOnlyReason(), ReadOnlyReason::KeychainUnavailable);
    QCOMPARE(readOnly.count(), 1);
    QCOMPARE(store->accounts().size(), 1); // still listed

    QCOMPARE(waitFor([&](auto done) { store->rename(id, u"x"_s, u"y"_s, done); }).error,
             StoreError::KeychainUnavailable);
    QCOMPARE(waitFor([&](auto done) { store->remove(id, done); }).error, StoreError::KeychainUnavailable);
    QCOMPARE(addUri(*store, totpUri(u"B"_s, u"b"_s)).error, StoreError::KeychainUnavailable);
    QCOMPARE(store->accounts().size(), 1);

    m_secrets->setFault(SecretStatus::Ok); // the user started gnome-keyring
    QSignalSpy loaded(store.get(), &AccountStore::secretLoaded);
    store->retrySecrets();
    QVERIFY(loaded.wait(kWait));
    QVERIFY(!store->readOnly());
    QCOMPARE(readOnly.count(), 2);
    QCOMPARE(readOnly.last().at(0).toBool(), false);
}

void TestAccountStore::emptyStoreStillLearnsTheKeychainIsMissing()
{
    // No account yet: the user must learn the keychain is missing before trying to add one.
    m_secrets->setFault(SecretStatus::Unavailable);
    m_secrets->hold();
    auto store = open();
    QVERIFY(store);
    QVERIFY(store->accounts().isEmpty());
    QSignalSpy readOnly(store.get(), &AccountStore::readOnlyChanged);
    m_secrets->release();
    QVERIFY(readOnly.wait(kWait));
    QVERIFY(store->readOnly());
    QCOMPARE(store->readOnlyReason(), ReadOnlyReason::KeychainUnavailable);
    QCOMPARE(addUri(*store, totpUri(u"B"_s, u"b"_s)).error, StoreError::KeychainUnavailable);

    m_secrets->setFault(SecretStatus::Ok); // the user started gnome-keyring, then chose "retry"
    store->retrySecrets();
    QVERIFY(readOnly.wait(kWait));
    QVERIFY(!store->readOnly());
    QVERIFY(addUri(*store, totpUri(u"B"_s, u"b"_s)).ok());
}

void TestAccountStore::accessDeniedMarksTheAccount()
{
    const QString id = seed(u"A"_s, u"a"_s);
    m_secrets->setKeyFault(id, SecretStatus::AccessDenied);
    m_secrets->hold();
    auto store = open();
    QVERIFY(store);
    QSignalSpy failed(store.get(), &AccountStore::secretFailed);
    m_secrets->release();
    QVERIFY(failed.wait(kWait));
    QCOMPARE(store->secretState(id), SecretState::Denied);
    QVERIFY(!store->readOnly());
    QCOMPARE(store->code(id, 59).error().code, Errc::MissingSecret);
    QCOMPARE(store->accounts().size(), 1);
}

void TestAccountStore::missingKeychainItemKeepsTheAccountListed()
{
    const QString id = seed(u"A"_s, u"a"_s);
    m_secrets->erase(id); // e.g. the user deleted it in Seahorse
    m_secrets->hold();
    auto store = open();
    QVERIFY(store);
    QSignalSpy failed(store.get(), &AccountStore::secretFailed);
    m_secrets->release();
    QVERIFY(failed.wait(kWait));
    QCOMPARE(failed.first().at(1).value<SecretResult>().status, SecretStatus::NotFound);
    QCOMPARE(store->secretState(id), SecretState::Missing);
    QVERIFY(!store->readOnly());
    QCOMPARE(store->accounts().size(), 1);
    QVERIFY(waitFor([&](auto done) { store->remove(id, done); }).ok()); // and it can be cleaned up
    QVERIFY(store->accounts().isEmpty());
}

void TestAccountStore::slowKeychainNeverHoldsUpTheList()
{
    QVERIFY(!seed(u"A"_s, u"a"_s).isEmpty());
    m_secrets->hold(); // the keychain does not answer (a locked wallet waiting for its password)
    auto store = open();
    QVERIFY(store); // loaded() came without any keychain answer
    const QString id = store->accounts().first().id;
    QCOMPARE(store->secretState(id), SecretState::Loading);
    QVERIFY(!store->hasSecret(id));
    m_secrets->setLatency(std::chrono::milliseconds(50));
    QSignalSpy loaded(store.get(), &AccountStore::secretLoaded);
    m_secrets->release();
    QVERIFY(loaded.wait(kWait));
    QVERIFY(store->hasSecret(id));
}

void TestAccountStore::onDemandLoadingAsksTheKeychainOnlyWhenTold()
{
    QVERIFY(!seed(u"A"_s, u"a"_s).isEmpty());
    const qsizetype logged = m_secrets->log().size();
    auto store = open(SecretLoading::OnDemand);
    QVERIFY(store);
    const QString id = store->accounts().first().id;
    QCOMPARE(store->secretState(id), SecretState::NotRequested);
    QSignalSpy loaded(store.get(), &AccountStore::secretLoaded);
    store->fetchSecret(id);
    QVERIFY(loaded.wait(kWait));
    QCOMPARE(m_secrets->log().mid(logged), QStringList{u"read "_s + id});
}

void TestAccountStore::damagedFileIsReportedAndLastGoodLoaded()
{
    QVERIFY(!seed(u"A"_s, u"a"_s).isEmpty());
    QVERIFY(writeAll(filePath(), "{\"format\": \"sandi-acc"));
    auto store = std::make_unique<AccountStore>(m_dir->path(), m_secrets.get());
    QSignalSpy loaded(store.get(), &AccountStore::loaded);
    store->load();
    QVERIFY(loaded.wait(kWait));
    const auto report = loaded.first().at(0).value<LoadReport>();
    QCOMPARE(report.status, LoadStatus::RecoveredFromLastGood);
    QCOMPARE(readAll(report.keptAsidePath), QByteArray("{\"format\": \"sandi-acc"));
    QCOMPARE(store->accounts().size(), 1);
    QVERIFY(!store->readOnly());
    QTRY_VERIFY_WITH_TIMEOUT(store->hasSecret(store->accounts().first().id), kWait);
}

void TestAccountStore::unreadableFileMakesTheStoreReadOnly()
{
    QVERIFY(QDir(m_dir->path()).mkdir(u"accounts.json"_s)); // exists, cannot be read as a file
    auto store = std::make_unique<AccountStore>(m_dir->path(), m_secrets.get());
    QSignalSpy loaded(store.get(), &AccountStore::loaded);
    store->load();
    QVERIFY(loaded.wait(kWait));
    QCOMPARE(loaded.first().at(0).value<LoadReport>().status, LoadStatus::Unreadable);
    QVERIFY(store->readOnly());
    QCOMPARE(store->readOnlyReason(), ReadOnlyReason::FileNotSecured);
    QCOMPARE(addUri(*store, totpUri(u"A"_s, u"a"_s)).error, StoreError::ReadOnly);
    QCOMPARE(m_secrets->size(), std::size_t(0));
}

void TestAccountStore::changesByAnotherStoreArePickedUp()
{
    auto window = open(); // the window
    auto cli = open();    // sandi-cli, another process on the same folder and keychain
    QVERIFY(window && cli);
    QSignalSpy changed(window.get(), &AccountStore::accountsChanged);

    const QString a = addUri(*cli, totpUri(u"A"_s, u"a"_s)).id;
    QTRY_COMPARE_WITH_TIMEOUT(window->accounts().size(), 1, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(window->hasSecret(a), kWait); // the new id's secret was fetched
    QVERIFY(changed.count() >= 1);

    QVERIFY(waitFor([&](auto done) { cli->rename(a, u"LPSE Kota"_s, u"ppk1"_s, done); }).ok());
    QTRY_COMPARE_WITH_TIMEOUT(window->find(a)->issuer, u"LPSE Kota"_s, kWait); // watched again after the replace

    const QString b = addUri(*cli, totpUri(u"B"_s, u"b"_s, kSeed32)).id;
    QTRY_COMPARE_WITH_TIMEOUT(window->accounts().size(), 2, kWait);
    QVERIFY(waitFor([&](auto done) { cli->remove(a, done); }).ok());
    QTRY_COMPARE_WITH_TIMEOUT(window->accounts().size(), 1, kWait);
    QCOMPARE(window->accounts().first().id, b);
    QVERIFY(!window->hasSecret(a)); // dropped with the account
}

void TestAccountStore::concurrentAddsFromTwoStoresKeepBoth()
{
    auto first = open();
    auto second = open();
    QVERIFY(first && second);
    std::optional<StoreResult> one;
    std::optional<StoreResult> two;
    first->add(parseUri(totpUri(u"A"_s, u"a"_s)), [&](StoreResult r) { one = r; });
    second->add(parseUri(totpUri(u"B"_s, u"b"_s)), [&](StoreResult r) { two = r; });
    QTRY_VERIFY_WITH_TIMEOUT(one && two, kWait);
    QVERIFY(one->ok() && two->ok());
    const auto onDisk = decodeAccounts(readAll(filePath())).accounts;
    QCOMPARE(onDisk.size(), 2); // each reloaded under the lock before saving: no change was lost
    QTRY_COMPARE_WITH_TIMEOUT(first->accounts().size(), 2, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(second->accounts().size(), 2, kWait);
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
