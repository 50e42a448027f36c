// Exporting: a Sandi backup restores into a fresh store with every code equal; the links file
// reads back; both are owner-only and written atomically; a key that is not loaded or a folder
// that does not exist is one clear error. One account's QR code reads back to the account, and
// the QR window's countdown is driven without waiting.

#include "app/store/storemessages.h"
#include "app/transfer/accountqr.h"
#include "app/transfer/fileexport.h"
#include "core/qr/qrdecoder.h"
#include "tests/app/transfertestsupport.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace sandi;
using namespace sandi::test;

namespace {

// What Sandi and other apps produce, the unusual ones included.
const std::vector<std::string> kAccounts = {
    "otpauth://totp/LPSE%20Kota%20Kudus:ppk1?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=LPSE%20Kota%20Kudus",
    "otpauth://hotp/Server:ssh?secret=JBSWY3DPEHPK3PXP&issuer=Server&counter=42&digits=8&algorithm=SHA256",
    "otpauth://steam/Steam:gamer?secret=JBSWY3DPEHPK3PXP&issuer=Steam",
    "otpauth://totp/Bank:x?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
    "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA&algorithm=SHA512&digits=8&period=60&issuer=Bank",
    "otpauth://totp/%E6%9D%8E%E5%9B%9B?secret=JBSWY3DPEHPK3PXP",
    "otpauth://totp/Kab.%20Sik%C3%A0:Ra%C3%BAl?secret=JBSWY3DPEHPK3PXP&issuer=Kab.%20Sik%C3%A0",
};

const QString kPassword = u"Sandi-Contoh-2026!"_s;

// The owner, group and others bits (Qt adds the User bits for whoever runs the test).
constexpr auto kOwnerGroupOther = QFileDevice::Permissions(0x7077);

ExportReport exportAndWait(FileExport& exporter, ExportFormat format, const QString& path, const AccountStore& store,
                           const QString& password = {})
{
    QSignalSpy finished(&exporter, &FileExport::finished);
    if (!exporter.start(format, path, store, password) || !finished.wait(kTransferWait)) {
        return {};
    }
    return finished.first().first().value<ExportReport>();
}

} // namespace

class TestFileExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void backupRestoresEveryCode();
    void linksReadBack();
    void passwordRules();
    void missingKeyIsOneError();
    void unwritableFolderIsOneError();
    void accountQrReadsBack();
    void countdownTicksToZero();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StoreUnderTest> m_source;
};

void TestFileExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_source = std::make_unique<StoreUnderTest>(m_dir->filePath(u"source"_s));
    QVERIFY(m_source->store);
    for (const auto& uri : kAccounts) {
        QVERIFY(m_source->add(uri));
    }
}

void TestFileExport::backupRestoresEveryCode()
{
    FileExport exporter;
    exporter.setScryptParams({std::uint64_t{1} << 15, 8, 1}); // the format's minimum keeps the test quick
    const QString file = m_dir->filePath(u"backup.sandi"_s);
    const ExportReport report = exportAndWait(exporter, ExportFormat::SandiBackup, file, *m_source->store, kPassword);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.accounts, int(kAccounts.size()));
    QCOMPARE(QFileInfo(file).permissions() & kOwnerGroupOther, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{u"backup.sandi"_s}); // no temporary left

    StoreUnderTest fresh(m_dir->filePath(u"fresh"_s));
    QVERIFY(fresh.store && fresh.store->accounts().isEmpty());
    FileImport import(fresh.store.get());
    QCOMPARE(openAndWait(import, file, kPassword), u"ready"_s);
    QCOMPARE(import.format(), importer::Format::SandiBackup);
    QVERIFY(import.unusable().isEmpty());
    QVERIFY(addAndWait(import, import.defaultChecks()).complete());
    QCOMPARE(fresh.described(), m_source->described());
    const auto& before = m_source->store->accounts();
    const auto& after = fresh.store->accounts();
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (!before[i].params.timeBased()) {
            continue; // HOTP: the counter is compared above; a code would advance it
        }
        for (const qint64 t : {qint64(0), qint64(59), qint64(1111111109), qint64(1700000000), qint64(4102444800)}) {
            QCOMPARE(*fresh.store->code(after[i].id, t), *m_source->store->code(before[i].id, t));
        }
    }
}

void TestFileExport::linksReadBack()
{
    FileExport exporter;
    const QString file = m_dir->filePath(u"links.txt"_s);
    const ExportReport report = exportAndWait(exporter, ExportFormat::OtpauthList, file, *m_source->store);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(QFileInfo(file).permissions() & kOwnerGroupOther, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile text(file);
    QVERIFY(text.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = text.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), qsizetype(kAccounts.size()));
    const auto expected = m_source->described();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto parsed = uri::parseOtpauth(lines[i].toStdString());
        QVERIFY(parsed);
        QCOMPARE(describe(*parsed), expected[std::size_t(i)]);
    }
}

void TestFileExport::passwordRules()
{
    // The rule of automatic backups (tests/app/tst_backuppassword.cpp has its cases): SPSE's
    // 10 characters of four kinds, or a phrase of 16.
    QCOMPARE(backupPasswordProblem({}, {}), u"Enter a password."_s);
    QVERIFY(!backupPasswordProblem(u"12345678"_s, u"12345678"_s).isEmpty());
    QVERIFY(!backupPasswordProblem(u"rahasia-kantor"_s, u"rahasia-kantor"_s).isEmpty());
    QCOMPARE(backupPasswordProblem(u"Rahasia-2026"_s, u"Rahasia-2027"_s), u"The two passwords are not the same."_s);
    QVERIFY(backupPasswordProblem(u"Rahasia-2026"_s, u"Rahasia-2026"_s).isEmpty());
    QVERIFY(backupPasswordProblem(u"kata sandi ✓ 李四 kantor"_s, u"kata sandi ✓ 李四 kantor"_s).isEmpty());
}

void TestFileExport::missingKeyIsOneError()
{
    // A second store on the same folder whose keychain lost one item.
    const QString id = m_source->store->accounts().at(2).id;
    m_source->secrets->erase(id);
    AccountStore again(m_source->store->dataDir(), m_source->secrets.get());
    QSignalSpy loaded(&again, &AccountStore::loaded);
    again.load(SecretLoading::All);
    QVERIFY(loaded.wait(kTransferWait));
    QTRY_VERIFY(!secretsPending(again));
    FileExport exporter;
    const QString file = m_dir->filePath(u"partial.sandi"_s);
    const ExportReport report = exportAndWait(exporter, ExportFormat::SandiBackup, file, again, kPassword);
    QVERIFY(!report.ok);
    QCOMPARE(report.error, snapshotProblemText(again));
    QVERIFY(report.error.contains(u"Steam"_s));
    QVERIFY(!QFileInfo::exists(file));
}

void TestFileExport::unwritableFolderIsOneError()
{
    FileExport exporter;
    const QString file = m_dir->filePath(u"no/such/folder/links.txt"_s);
    const ExportReport report = exportAndWait(exporter, ExportFormat::OtpauthList, file, *m_source->store);
    QVERIFY(!report.ok);
    QVERIFY2(report.error.startsWith(u"“%1” could not be saved: "_s.arg(QDir::toNativeSeparators(file))),
             qPrintable(report.error));
}

void TestFileExport::accountQrReadsBack()
{
    const Account& account = m_source->store->accounts().at(5); // non-ASCII issuer and name
    const auto image = accountQrImage(*m_source->store, account.id);
    QVERIFY(image);
    QCOMPARE(image->width(), image->height());
    const QImage big = image->scaled(image->size() * 4, Qt::IgnoreAspectRatio, Qt::FastTransformation);
    const qr::PixelView view{big.constBits(), big.width(), big.height(), big.bytesPerLine(), qr::PixelFormat::Gray8};
    const auto decoded = qr::decodeQr(view);
    QVERIFY(decoded && decoded->codes.size() == 1);
    const auto parsed = uri::parseOtpauth(decoded->codes.front().text);
    QVERIFY(parsed);
    QCOMPARE(describe(*parsed), m_source->described().at(5));
    QVERIFY(!accountQrImage(*m_source->store, u"no-such-id"_s));
}

void TestFileExport::countdownTicksToZero()
{
    Countdown countdown(3);
    QSignalSpy changed(&countdown, &Countdown::remainingChanged);
    QSignalSpy expired(&countdown, &Countdown::expired);
    countdown.start();
    QVERIFY(countdown.running());
    for (int i = 0; i < 4; ++i) {
        countdown.tick(); // what the one-second timer does
    }
    QCOMPARE(changed.size(), 3);
    QCOMPARE(changed.at(2).first().toInt(), 0);
    QCOMPARE(expired.size(), 1);
    QVERIFY(!countdown.running());
}

QTEST_GUILESS_MAIN(TestFileExport)
#include "tst_fileexport.moc"
