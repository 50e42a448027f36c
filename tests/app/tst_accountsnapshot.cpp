// accountSnapshot(): the store's accounts with their secrets, in list order, as the core's values;
// a clear error naming the account when a secret is not loaded; and what it gives survives the
// core's backup writer and the otpauth:// serializer unchanged.

#include "app/keychain/memorysecretstore.h"
#include "app/store/accountfile.h"
#include "app/store/accountsnapshot.h"
#include "app/store/accountstore.h"
#include "core/backup/backup.h"

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

SecretBytes bytesOf(const QByteArray& raw)
{
    return SecretBytes(std::as_bytes(std::span<const char>(raw.constData(), std::size_t(raw.size()))));
}

} // namespace

class TestAccountSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void emptyStoreGivesEmptySnapshot();
    void accountsComeInListOrderWithTheirSecrets();
    void valuesHaveTheCanonicalUriForm();
    void snapshotSurvivesTheBackupWriter();
    void unloadedSecretIsAClearError_data();
    void unloadedSecretIsAClearError();
    void secretsStillLoadingArePending();
    void storeSecretCopiesAreIndependent();

private:
    std::unique_ptr<AccountStore> open();
    StoreResult add(AccountStore& store, const QString& uriText);
    // An account already on disk and in the keychain, as an earlier run left it; returns its id.
    QString seed(const QString& issuer, const QString& name, const QByteArray& secret);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
};

void TestAccountSnapshot::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secrets = std::make_unique<MemorySecretStore>();
}

void TestAccountSnapshot::cleanup()
{
    m_secrets.reset();
    m_dir.reset();
}

std::unique_ptr<AccountStore> TestAccountSnapshot::open()
{
    auto store = std::make_unique<AccountStore>(m_dir->path(), m_secrets.get());
    QSignalSpy loaded(store.get(), &AccountStore::loaded);
    store->load(SecretLoading::All);
    return loaded.wait(kWait) ? std::move(store) : nullptr;
}

StoreResult TestAccountSnapshot::add(AccountStore& store, const QString& uriText)
{
    std::optional<StoreResult> result;
    store.add(parseUri(uriText), [&](StoreResult answer) { result = std::move(answer); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kWait)) {
        return StoreResult{StoreError::KeychainFailed, {}, u"no answer"_s};
    }
    return *result;
}

QString TestAccountSnapshot::seed(const QString& issuer, const QString& name, const QByteArray& secret)
{
    const AccountFile file(m_dir->path());
    QList<Account> accounts = file.load(QDateTime::currentDateTimeUtc()).accounts;
    const Account account = makeAccount(issuer, name);
    accounts.append(account);
    if (!file.save(accounts).ok()) {
        return {};
    }
    m_secrets->insert(account.id, bytesOf(secret));
    return account.id;
}

void TestAccountSnapshot::emptyStoreGivesEmptySnapshot()
{
    auto store = open();
    QVERIFY(store);
    const auto snapshot = accountSnapshot(*store);
    QVERIFY(snapshot.has_value());
    QVERIFY(snapshot->empty());
    QVERIFY(snapshotProblemText(*store).isEmpty());
    QVERIFY(!secretsPending(*store));
}

void TestAccountSnapshot::accountsComeInListOrderWithTheirSecrets()
{
    auto store = open();
    QVERIFY(store);
    QVERIFY(add(*store, totpUri(u"LPSE%20Kota%20Kudus"_s, u"ppk1"_s, kSeed20)).ok());
    QVERIFY(add(*store, u"otpauth://hotp/ACME:bob?secret=%1&issuer=ACME&counter=7&algorithm=SHA256&digits=8"_s.arg(
                            base32Of(kSeed32)))
                .ok());
    QVERIFY(add(*store, u"otpauth://steam/Steam:gamer?secret=%1&issuer=Steam"_s.arg(base32Of(kSeed64))).ok());
    // Move the Steam account first: the snapshot follows the list, not the order of adding.
    const QString steamId = store->accounts().at(2).id;
    std::optional<StoreResult> moved;
    store->move(steamId, 0, [&](StoreResult r) { moved = r; });
    QTRY_VERIFY_WITH_TIMEOUT(moved.has_value(), kWait);
    QVERIFY(moved->ok());

    const auto snapshot = accountSnapshot(*store);
    QVERIFY2(snapshot.has_value(), snapshot ? "" : snapshot.error().detail.c_str());
    QCOMPARE(snapshot->size(), std::size_t(3));
    const QByteArray seeds[] = {kSeed64, kSeed20, kSeed32};
    for (std::size_t i = 0; i < snapshot->size(); ++i) {
        const Account& account = store->accounts().at(qsizetype(i));
        const uri::OtpauthUri& value = snapshot->at(i);
        QCOMPARE(QString::fromStdString(value.issuer), account.issuer);
        QCOMPARE(QString::fromStdString(value.account), account.name);
        QVERIFY(value.params == account.params);
        QCOMPARE(value.counter, account.counter);
        QVERIFY2(constantTimeEquals(value.secret.view(), bytesOf(seeds[i]).view()), qPrintable(account.name));
    }
    QCOMPARE(snapshot->at(0).params.type(), otp::Type::Steam);
    QCOMPARE(snapshot->at(2).params.type(), otp::Type::Hotp);
    QCOMPARE(snapshot->at(2).params.algorithm(), otp::Algorithm::Sha256);
    QCOMPARE(snapshot->at(2).params.digits(), 8);
    QCOMPARE(snapshot->at(2).counter, quint64(7));
}

void TestAccountSnapshot::valuesHaveTheCanonicalUriForm()
{
    auto store = open();
    QVERIFY(store);
    // The label prefix differs from the issuer parameter, and an image parameter: the store keeps neither.
    QVERIFY(add(*store, u"otpauth://totp/Old:ppk1?secret=%1&issuer=LPSE%20Kota&image=https://x.example/i.png"_s.arg(
                            base32Of(kSeed20)))
                .ok());
    QVERIFY(add(*store, u"otpauth://totp/budi?secret=%1"_s.arg(base32Of(kSeed20))).ok());
    const auto snapshot = accountSnapshot(*store);
    QVERIFY(snapshot.has_value());
    QCOMPARE(snapshot->at(0).labelIssuer, std::string("LPSE Kota"));
    QVERIFY(snapshot->at(0).issuerParamPresent);
    QVERIFY(snapshot->at(0).extraParams.empty());
    QVERIFY(!snapshot->at(1).issuerParamPresent);
    QVERIFY(snapshot->at(1).labelIssuer.empty());
    for (const auto& value : *snapshot) {
        std::string text = uri::serializeOtpauth(value);
        auto parsed = uri::parseOtpauth(text);
        secureWipe(text);
        QVERIFY(parsed.has_value());
        QVERIFY(uri::equivalent(*parsed, value));
    }
    std::string first = uri::serializeOtpauth(snapshot->at(0));
    QVERIFY2(first.rfind("otpauth://totp/LPSE%20Kota:ppk1?", 0) == 0, "the label carries the issuer");
    secureWipe(first);
}

void TestAccountSnapshot::snapshotSurvivesTheBackupWriter()
{
    auto store = open();
    QVERIFY(store);
    QVERIFY(add(*store, totpUri(u"LPSE%20Kab.%20Sik%C3%A0"_s, u"%E6%9D%8E%E5%9B%9B"_s, kSeed32)).ok());
    QVERIFY(add(*store, totpUri(QString(), u"pokja"_s, kSeed20)).ok());
    const auto snapshot = accountSnapshot(*store);
    QVERIFY(snapshot.has_value());
    // A key from known parts: no scrypt is needed to check what the writer does with the values.
    std::vector<std::byte> salt(backup::kSaltSize, std::byte{1});
    SecretBytes master = SecretBytes::zeroed(backup::kMasterKeySize);
    auto slot = backup::PasswordSlot::wrap(master.view(), "Kata-Sandi-2026!", {std::uint64_t{1} << 15, 8, 1}, salt,
                                           crypto::aead::Nonce{});
    QVERIFY(slot.has_value());
    auto key = backup::BackupKey::fromParts(std::move(master), {*slot});
    QVERIFY(key.has_value());
    const auto text = backup::writeBackup(*snapshot, *key);
    QVERIFY(text.has_value());
    const auto read = backup::readBackup(*text, *key);
    QVERIFY(read.has_value());
    QVERIFY(read->unusable.empty());
    QCOMPARE(read->accounts.size(), snapshot->size());
    for (std::size_t i = 0; i < snapshot->size(); ++i) {
        QVERIFY(uri::equivalent(read->accounts[i], snapshot->at(i)));
    }
    QCOMPARE(read->accounts[0].account, std::string("\u674e\u56db"));
}

void TestAccountSnapshot::unloadedSecretIsAClearError_data()
{
    QTest::addColumn<SecretStatus>("fault");
    QTest::addColumn<SecretState>("state");
    QTest::addColumn<QString>("words"); // part of the sentence the user reads
    QTest::newRow("refused") << SecretStatus::AccessDenied << SecretState::Denied << u"refused"_s;
    QTest::newRow("missing") << SecretStatus::NotFound << SecretState::Missing << u"missing"_s;
    QTest::newRow("keychain error") << SecretStatus::Failed << SecretState::Failed << u"failed"_s;
}

void TestAccountSnapshot::unloadedSecretIsAClearError()
{
    QFETCH(SecretStatus, fault);
    QFETCH(SecretState, state);
    QFETCH(QString, words);
    QVERIFY(!seed(u"LPSE Kota"_s, u"ppk1"_s, kSeed20).isEmpty());
    const QString broken = seed(u"LPSE Kabupaten"_s, u"pokja"_s, kSeed32);
    QVERIFY(!seed(u"LPSE Provinsi"_s, u"pp"_s, kSeed64).isEmpty());
    m_secrets->setKeyFault(broken, fault);
    auto store = open();
    QVERIFY(store);
    QTRY_COMPARE_WITH_TIMEOUT(store->secretState(broken), state, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!secretsPending(*store), kWait);

    const auto snapshot = accountSnapshot(*store);
    QVERIFY(!snapshot.has_value());
    QCOMPARE(snapshot.error().code, Errc::MissingSecret);
    QVERIFY2(snapshot.error().detail.find(broken.toStdString()) != std::string::npos, snapshot.error().detail.c_str());
    const QString text = snapshotProblemText(*store);
    QVERIFY2(text.contains(u"LPSE Kabupaten: pokja"_s), qPrintable(text));
    QVERIFY2(text.contains(words), qPrintable(text));
    QVERIFY(store->secret(broken).error().code == Errc::MissingSecret);
}

void TestAccountSnapshot::secretsStillLoadingArePending()
{
    QVERIFY(!seed(u"LPSE Kota"_s, u"ppk1"_s, kSeed20).isEmpty());
    m_secrets->hold();
    auto store = open();
    QVERIFY(store);
    QVERIFY(secretsPending(*store));
    QVERIFY(!accountSnapshot(*store).has_value());
    QVERIFY2(snapshotProblemText(*store).contains(u"still being read"_s), qPrintable(snapshotProblemText(*store)));
    QSignalSpy loaded(store.get(), &AccountStore::secretLoaded);
    m_secrets->release();
    QVERIFY(loaded.wait(kWait));
    QVERIFY(!secretsPending(*store));
    QVERIFY(accountSnapshot(*store).has_value());
    QVERIFY(snapshotProblemText(*store).isEmpty());
}

void TestAccountSnapshot::storeSecretCopiesAreIndependent()
{
    auto store = open();
    QVERIFY(store);
    QVERIFY(add(*store, totpUri(u"A"_s, u"a"_s, kSeed20)).ok());
    const QString id = store->accounts().first().id;
    {
        auto snapshot = accountSnapshot(*store);
        QVERIFY(snapshot.has_value());
        snapshot->at(0).secret.clear(); // what the snapshot's owner does to its copy...
    }
    QVERIFY(store->code(id, 59).has_value()); // ...leaves the store's own secret alone
    QCOMPARE(*store->code(id, 59), std::string("287082"));
    QCOMPARE(store->secret(u"no-such-id"_s).error().code, Errc::MissingSecret);
}

QTEST_GUILESS_MAIN(TestAccountSnapshot)
#include "tst_accountsnapshot.moc"
