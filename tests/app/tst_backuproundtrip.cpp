// The backup round trip in app form, over the real keychain: run-backup-roundtrip.sh runs
// exportPhase in one fresh HOME and gnome-keyring, then importPhase in another (each through
// run-with-keyring.sh), sharing only SANDI_ROUNDTRIP_DIR: the backup file and the codes the first
// Sandi showed, never a secret. The second Sandi starts empty and, after the restore, shows every
// code the first one did.

#include "app/keychain/keychainsecretstore.h"
#include "app/store/accountstore.h"
#include "app/transfer/fileexport.h"
#include "app/transfer/fileimport.h"
#include "tests/app/transfertestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace sandi;
using namespace sandi::test;

namespace {

const QString kPassword = u"Pindah-Laptop-2026!"_s;
const qint64 kTimes[] = {59, 1111111109, 1700000000, 4102444800};

// SPSE accounts and the unusual ones other apps produce.
const char* const kAccounts[] = {
    "otpauth://totp/LPSE%20Kota%20Kudus:ppk1?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=LPSE%20Kota%20Kudus",
    "otpauth://totp/LPSE%20Provinsi%20NTT:penyedia%20%C3%A0?secret=JBSWY3DPEHPK3PXQ&issuer=LPSE%20Provinsi%20NTT"
    "&digits=8&algorithm=SHA256",
    "otpauth://hotp/Server:ssh?secret=JBSWY3DPEHPK3PXP&issuer=Server&counter=42&digits=8&algorithm=SHA256",
    "otpauth://steam/Steam:gamer?secret=JBSWY3DPEHPK3PXP&issuer=Steam",
    "otpauth://totp/Bank:x?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
    "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA&algorithm=SHA512&digits=8&period=60&issuer=Bank",
    "otpauth://totp/%E6%9D%8E%E5%9B%9B?secret=JBSWY3DPEHPK3PXP",
};

QString folder()
{
    return qEnvironmentVariable("SANDI_ROUNDTRIP_DIR");
}

std::unique_ptr<AccountStore> loadedStore(SecretStore* secrets)
{
    auto store =
        std::make_unique<AccountStore>(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), secrets);
    QSignalSpy loaded(store.get(), &AccountStore::loaded);
    store->load(SecretLoading::All);
    if (!loaded.wait(kTransferWait) || !QTest::qWaitFor([&] { return !secretsPending(*store); }, kTransferWait)) {
        return nullptr;
    }
    return store;
}

// Every account with the codes it shows: TOTP and Steam at fixed times, HOTP its next code (which
// saves the counter, the same on both sides).
QJsonArray codesOf(AccountStore& store)
{
    QJsonArray out;
    const QList<Account> accounts = store.accounts(); // a copy: advancing a counter reloads the list
    for (const Account& account : accounts) {
        QJsonArray codes;
        if (account.params.timeBased()) {
            for (const qint64 t : kTimes) {
                codes.append(QString::fromStdString(store.code(account.id, t).value_or("?")));
            }
        } else {
            std::string code;
            bool done = false;
            store.advanceHotp(account.id, [&](const StoreResult&, std::string c) {
                code = std::move(c);
                done = true;
            });
            (void)QTest::qWaitFor([&] { return done; }, kTransferWait);
            codes.append(QString::fromStdString(code));
        }
        out.append(QJsonObject{{u"issuer"_s, account.issuer}, {u"name"_s, account.name}, {u"codes"_s, codes}});
    }
    return out;
}

} // namespace

class TestBackupRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportPhase();
    void importPhase();
};

void TestBackupRoundTrip::initTestCase()
{
    if (qEnvironmentVariable("SANDI_TEST_KEYRING") != u"running"_s || folder().isEmpty()) {
        QSKIP("run through tests/app/run-backup-roundtrip.sh (a real keychain in a fresh HOME per phase)");
    }
}

void TestBackupRoundTrip::exportPhase()
{
    KeychainSecretStore secrets;
    auto store = loadedStore(&secrets);
    QVERIFY(store);
    QVERIFY(store->accounts().isEmpty());
    for (const char* uri : kAccounts) {
        auto parsed = uri::parseOtpauth(uri);
        QVERIFY(parsed);
        bool added = false;
        store->add(std::move(*parsed), [&](const StoreResult& result) { added = result.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(added, kTransferWait);
    }
    FileExport exporter; // the real scrypt cost, N = 2^17
    QSignalSpy finished(&exporter, &FileExport::finished);
    QVERIFY(exporter.start(ExportFormat::SandiBackup, folder() + u"/backup.sandi"_s, *store, kPassword));
    QVERIFY(finished.wait(kTransferWait));
    const auto report = finished.first().first().value<ExportReport>();
    QVERIFY2(report.ok, qPrintable(report.error));
    QFile codes(folder() + u"/codes.json"_s);
    QVERIFY(codes.open(QIODevice::WriteOnly));
    codes.write(QJsonDocument(codesOf(*store)).toJson());
}

void TestBackupRoundTrip::importPhase()
{
    QFile codes(folder() + u"/codes.json"_s);
    if (!codes.open(QIODevice::ReadOnly)) {
        QSKIP("no exportPhase ran before");
    }
    const QJsonArray before = QJsonDocument::fromJson(codes.readAll()).array();
    QCOMPARE(before.size(), qsizetype(std::size(kAccounts)));
    KeychainSecretStore secrets;
    auto store = loadedStore(&secrets);
    QVERIFY(store);
    QVERIFY(store->accounts().isEmpty()); // a new HOME and an empty keychain
    FileImport import(store.get());
    QCOMPARE(openAndWait(import, folder() + u"/backup.sandi"_s, kPassword), u"ready"_s);
    QCOMPARE(import.entries().size(), std::size(kAccounts));
    const FileImportReport report = addAndWait(import, import.defaultChecks());
    QVERIFY2(report.complete(), qPrintable(report.failure));
    QCOMPARE(codesOf(*store), before);
}

QTEST_GUILESS_MAIN(TestBackupRoundTrip)
#include "tst_backuproundtrip.moc"
