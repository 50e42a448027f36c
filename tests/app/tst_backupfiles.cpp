// The names of Sandi's backup files, and one backup job on its own (runBackupJob): what it
// compares, writes, reads back and prunes, including a clock set back.

#include "app/backup/backupfiles.h"
#include "app/backup/backupjob.h"
#include "core/backup/backup.h"

#include "storetestsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sandi;
using namespace sandi::test;

namespace {

const QDateTime kNow(QDate(2026, 11, 24), QTime(7, 5, 0), Qt::UTC);

std::shared_ptr<const backup::BackupKey> testKey()
{
    std::vector<std::byte> salt(backup::kSaltSize, std::byte{7});
    SecretBytes master = SecretBytes::zeroed(backup::kMasterKeySize);
    master.mutableView()[0] = std::byte{1};
    auto slot = backup::PasswordSlot::wrap(master.view(), "Kata-Sandi-2026!", {backup::kMinScryptN, 8, 1}, salt,
                                           crypto::aead::Nonce{});
    auto key = backup::BackupKey::fromParts(std::move(master), {*slot});
    return std::make_shared<const backup::BackupKey>(std::move(*key));
}

std::vector<uri::OtpauthUri> accounts(const QString& name)
{
    std::vector<uri::OtpauthUri> list;
    list.push_back(parseUri(totpUri(u"LPSE"_s, name)));
    return list;
}

} // namespace

class TestBackupFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nameRoundTrip_data();
    void nameRoundTrip();
    void foreignNamesAreNotOurs_data();
    void foreignNamesAreNotOurs();
    void listIsNewestFirst();
    void newestIsFoundOffThread();
    void jobSkipsWhenTheNewestHoldsTheAccounts();
    void jobWritesAfterAClockSetBack();
    void jobPrunesOnlyAfterTheNewFileReadsBack();
    void scanNeedsNoKey();

private:
    QTemporaryDir m_dir;
};

void TestBackupFiles::nameRoundTrip_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<int>("sequence");
    QTest::addColumn<QString>("name");
    QTest::newRow("first") << kNow << 1 << u"sandi-backup-20261124T070500Z.sandi"_s;
    QTest::newRow("second in the same second") << kNow << 2 << u"sandi-backup-20261124T070500Z-2.sandi"_s;
    QTest::newRow("many") << kNow << 123 << u"sandi-backup-20261124T070500Z-123.sandi"_s;
    QTest::newRow("local time is written as UTC")
        << QDateTime(QDate(2026, 11, 24), QTime(14, 5, 0), QTimeZone(7 * 3600)) << 1
        << u"sandi-backup-20261124T070500Z.sandi"_s;
}

void TestBackupFiles::nameRoundTrip()
{
    QFETCH(QDateTime, time);
    QFETCH(int, sequence);
    QFETCH(QString, name);
    QCOMPARE(backupFileName(time, sequence), name);
    const auto parsed = parseBackupFileName(name);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->time, time.toUTC());
    QCOMPARE(parsed->time.timeSpec(), Qt::UTC);
    QCOMPARE(parsed->sequence, sequence);
    QCOMPARE(parsed->name, name);
}

void TestBackupFiles::foreignNamesAreNotOurs_data()
{
    QTest::addColumn<QString>("name");
    for (const char* name : {"sandi-backup-20261124T070500Z.sandi.bak", "Sandi-Backup-20261124T070500Z.sandi",
                             "sandi-backup-20261124T070500Z.SANDI", "my-sandi-backup-20261124T070500Z.sandi",
                             "sandi-backup-20261124T070500.sandi", "sandi-backup-2026-11-24T070500Z.sandi",
                             "sandi-backup-20261124T070500Z-1.sandi", "sandi-backup-20261124T070500Z-02.sandi",
                             "sandi-backup-20261124T070500Z-.sandi", "sandi-backup-20261399T070500Z.sandi",
                             "sandi-backup-20261124T250000Z.sandi",
                             "sandi-backup-\u0662\u0660\u0662\u0666\u0661\u0661\u0662\u0664T070500Z.sandi",
                             "backup.sandi", "sandi-backup-20261124T070500Z.sandi "}) {
        QTest::newRow(name) << QString::fromUtf8(name);
    }
}

void TestBackupFiles::foreignNamesAreNotOurs()
{
    QFETCH(QString, name);
    QVERIFY(!parseBackupFileName(name).has_value());
}

void TestBackupFiles::listIsNewestFirst()
{
    const QString dir = m_dir.filePath(u"list"_s);
    QVERIFY(QDir().mkpath(dir));
    const QStringList names{u"sandi-backup-20261124T070500Z-10.sandi"_s, u"sandi-backup-20261124T070500Z.sandi"_s,
                            u"sandi-backup-20251231T235959Z.sandi"_s,    u"sandi-backup-20261124T070500Z-2.sandi"_s,
                            u"sandi-backup-20261124T070501Z.sandi"_s,    u"readme.txt"_s};
    for (const QString& name : names) {
        QVERIFY(writeAll(QDir(dir).filePath(name), "x"));
    }
    QVERIFY(QFile::link(QDir(dir).filePath(u"readme.txt"_s),
                        QDir(dir).filePath(u"sandi-backup-20301124T070501Z.sandi"_s))); // a link: not ours
    QStringList order;
    for (const auto& backup : listBackups(dir)) {
        order.append(backup.name);
    }
    QCOMPARE(order, (QStringList{u"sandi-backup-20261124T070501Z.sandi"_s, u"sandi-backup-20261124T070500Z-10.sandi"_s,
                                 u"sandi-backup-20261124T070500Z-2.sandi"_s, u"sandi-backup-20261124T070500Z.sandi"_s,
                                 u"sandi-backup-20251231T235959Z.sandi"_s}));
}

// What "Restore from backup…" selects: the newest by the name's time and sequence, whatever the
// names' alphabetical order; the answer comes later, from the event loop.
void TestBackupFiles::newestIsFoundOffThread()
{
    const QString dir = m_dir.filePath(u"newest"_s);
    QVERIFY(QDir().mkpath(dir));
    for (const QString& name : {u"sandi-backup-20261124T070500Z-10.sandi"_s, u"sandi-backup-20261124T070500Z-9.sandi"_s,
                                u"sandi-backup-20261124T070500Z.sandi"_s, u"sandi-backup-20251231T235959Z.sandi"_s}) {
        QVERIFY(writeAll(QDir(dir).filePath(name), "x"));
    }
    QObject context;
    std::optional<QString> found;
    findNewestBackup(&context, dir, [&](const QString& path) { found = path; });
    QVERIFY(!found);
    QTRY_VERIFY(found);
    QCOMPARE(*found, QDir(dir).filePath(u"sandi-backup-20261124T070500Z-10.sandi"_s));
    found.reset();
    findNewestBackup(&context, m_dir.filePath(u"missing"_s), [&](const QString& path) { found = path; });
    QTRY_VERIFY(found);
    QCOMPARE(*found, QString());
}

void TestBackupFiles::jobSkipsWhenTheNewestHoldsTheAccounts()
{
    const QString dir = m_dir.filePath(u"skip"_s);
    QVERIFY(QDir().mkpath(dir));
    BackupJob job{BackupJob::Mode::IfChanged, dir, 10, kNow, testKey(), accounts(u"ppk1"_s)};
    const BackupOutcome first = runBackupJob(job);
    QCOMPARE(first.error, BackupError::None);
    QVERIFY(first.written);
    QCOMPARE(first.newestPath, QDir(dir).filePath(u"sandi-backup-20261124T070500Z.sandi"_s));
    QCOMPARE(first.newestTime, kNow);
    job.now = kNow.addSecs(60);
    const BackupOutcome same = runBackupJob(job);
    QCOMPARE(same.error, BackupError::None);
    QVERIFY(!same.written);
    QCOMPARE(same.newestPath, first.newestPath);
    job.accounts = accounts(u"ppk2"_s);
    const BackupOutcome changed = runBackupJob(job);
    QVERIFY(changed.written);
    QCOMPARE(changed.count, 2);
    job.mode = BackupJob::Mode::Always; // "Back up now" writes even when nothing changed
    job.now = kNow.addSecs(120);
    QVERIFY(runBackupJob(job).written);
    QCOMPARE(listBackups(dir).size(), 3);
}

void TestBackupFiles::jobWritesAfterAClockSetBack()
{
    const QString dir = m_dir.filePath(u"clock"_s);
    QVERIFY(QDir().mkpath(dir));
    BackupJob job{BackupJob::Mode::IfChanged, dir, 2, kNow, testKey(), accounts(u"a"_s)};
    QVERIFY(runBackupJob(job).written);
    job.now = kNow.addDays(-365); // the clock went back a year
    job.accounts = accounts(u"b"_s);
    const BackupOutcome back = runBackupJob(job);
    QVERIFY(back.written);
    // Named after the newest, so it stays the newest: compared against and kept, never pruned first.
    QCOMPARE(QFileInfo(back.newestPath).fileName(), u"sandi-backup-20261124T070500Z-2.sandi"_s);
    job.accounts = accounts(u"c"_s);
    const BackupOutcome third = runBackupJob(job);
    QCOMPARE(QFileInfo(third.newestPath).fileName(), u"sandi-backup-20261124T070500Z-3.sandi"_s);
    QCOMPARE(third.removed, QStringList{u"sandi-backup-20261124T070500Z.sandi"_s});
    const QByteArray text = readAll(third.newestPath);
    const auto read = backup::readBackup(std::string_view(text.constData(), std::size_t(text.size())), *job.key);
    QVERIFY(read.has_value());
    QCOMPARE(read->accounts.at(0).account, std::string("c"));
}

void TestBackupFiles::jobPrunesOnlyAfterTheNewFileReadsBack()
{
    const QString dir = m_dir.filePath(u"prune"_s);
    QVERIFY(QDir().mkpath(dir));
    BackupJob job{BackupJob::Mode::Always, dir, 1, kNow, testKey(), accounts(u"a"_s)};
    QVERIFY(runBackupJob(job).written);
    const QStringList before = fileNames(dir);
    job.now = kNow.addSecs(1);
    {
        FileSizeLimit limit(256); // the new file cannot be written: nothing may be pruned
        const BackupOutcome outcome = runBackupJob(job);
        QCOMPARE(outcome.error, BackupError::WriteFailed);
        QVERIFY(outcome.removed.isEmpty());
    }
    QCOMPARE(fileNames(dir), before);
    const BackupOutcome outcome = runBackupJob(job);
    QVERIFY(outcome.written);
    QCOMPARE(outcome.removed, before);
    QCOMPARE(outcome.count, 1);
}

void TestBackupFiles::scanNeedsNoKey()
{
    const QString dir = m_dir.filePath(u"scan"_s);
    BackupJob job;
    job.mode = BackupJob::Mode::Scan;
    job.folder = dir;
    QCOMPARE(runBackupJob(job).error, BackupError::FolderMissing);
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(writeAll(QDir(dir).filePath(u"sandi-backup-20261124T070500Z.sandi"_s), "{}"));
    const BackupOutcome outcome = runBackupJob(job);
    QCOMPARE(outcome.error, BackupError::None);
    QVERIFY(!outcome.written);
    QCOMPARE(outcome.count, 1);
    QCOMPARE(outcome.newestTime, kNow);
}

QTEST_GUILESS_MAIN(TestBackupFiles)
#include "tst_backupfiles.moc"
