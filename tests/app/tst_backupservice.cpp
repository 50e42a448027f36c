// BackupService over the fake keychain: the newest backup always opens with the password to
// exactly the store's accounts (after add, rename, delete), a burst makes one backup, only N of
// Sandi's own files are kept, the key is made off the GUI thread and kept only in the keychain,
// and every failure (keychain, folder, disk, unreadable secrets) is a clear state that leaves the
// earlier backups alone.

#include "app/backup/backupmessages.h"

#include "backuptestsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace sandi;
using namespace sandi::test;

class TestBackupService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void enableWritesAFirstBackupThatOpensWithThePassword();
    void newestBackupFollowsAddRenameAndDelete();
    void aBurstOfChangesMakesOneBackup();
    void aLongBurstStillBacksUpByTheDeadline();
    void keepsOnlyTheNewestNAndNeverForeignFiles();
    void aFailedWriteLeavesEarlierBackupsIntact();
    void fullDiskLeavesEarlierBackupsIntact();
    void keyIsMadeOffTheGuiThread();
    void laterBackupsNeedNoPasswordAndTheKeyIsNeverOnDisk();
    void startWritesOnlyWhenTheAccountsChanged();
    void changePasswordStartsANewSeries();
    void disableRemovesTheKeyAndKeepsTheFiles();
    void keychainUnavailableLeavesBackupsOff();
    void lostKeyAsksForThePasswordAgain();
    void missingFolderIsAStateAndNotCreated();
    void unreadableSecretWritesNothing();
    void weakPasswordIsRefused();

private:
    [[nodiscard]] QString root() const { return m_dir->path(); }
    [[nodiscard]] QString folder() const { return m_dir->filePath(u"backups"_s); }
    // A rig with backups turned on and its first backup written.
    std::unique_ptr<BackupRig> enabledRig(int keep = 10, BackupService::Options options = fastOptions());
    // True once `spy` has a signal: perhaps already (a change waits for the store's answer, which
    // turns the event loop), or within kWait. Clears it for the next time.
    static bool arrived(QSignalSpy& spy);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
};

void TestBackupService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secrets = std::make_unique<MemorySecretStore>();
}

void TestBackupService::cleanup()
{
    m_secrets.reset();
    m_dir.reset();
}

bool TestBackupService::arrived(QSignalSpy& spy)
{
    const bool ok = !spy.isEmpty() || spy.wait(kWait);
    spy.clear();
    return ok;
}

std::unique_ptr<BackupRig> TestBackupService::enabledRig(int keep, BackupService::Options options)
{
    auto rig = std::make_unique<BackupRig>(root(), m_secrets.get(), options);
    if (!rig->start() || !rig->add(totpUri(u"LPSE%20Kota%20Kudus"_s, u"ppk1"_s)).ok()) {
        return nullptr;
    }
    QSignalSpy written(&rig->backup, &BackupService::backupWritten);
    if (!rig->backup.enable(folder(), keep, kPassword) || !written.wait(kWait)) {
        return nullptr;
    }
    return rig;
}

void TestBackupService::enableWritesAFirstBackupThatOpensWithThePassword()
{
    BackupRig rig(root(), m_secrets.get());
    QVERIFY(rig.start());
    QCOMPARE(rig.backup.status(), BackupService::Status::Off);
    QVERIFY(rig.add(totpUri(u"LPSE%20Kota%20Kudus"_s, u"ppk1"_s, kSeed20)).ok());
    QVERIFY(rig.add(u"otpauth://hotp/ACME:bob?secret=%1&issuer=ACME&counter=3"_s.arg(base32Of(kSeed32))).ok());
    QVERIFY(backupNeedsAttention(rig.backup, 2));
    QVERIFY(listBackups(folder()).isEmpty()); // off: nothing was written

    QSignalSpy written(&rig.backup, &BackupService::backupWritten);
    QVERIFY(rig.backup.enable(folder(), 10, kPassword));
    QVERIFY(written.wait(kWait));
    QCOMPARE(rig.backup.status(), BackupService::Status::Ready);
    QCOMPARE(rig.backup.error(), BackupError::None);
    QVERIFY(rig.settings.backupEnabled());
    QCOMPARE(rig.settings.backupFolder(), folder());
    QVERIFY(m_secrets->contains(QString::fromUtf16(BackupService::kKeychainKey)));
    const QString path = newestBackup(folder());
    QCOMPARE(written.first().first().toString(), path);
    QCOMPARE(rig.backup.lastBackupPath(), path);
    QCOMPARE(rig.backup.backupCount(), 1);
    QVERIFY(rig.backup.lastBackupTime().isValid());
    QCOMPARE(differenceFromStore(path, kPassword, rig.store), QString());
    QVERIFY(!backupNeedsAttention(rig.backup, 2));
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    QCOMPARE(filesHoldingSecret(folder(), kSeed20), QStringList{});
}

void TestBackupService::newestBackupFollowsAddRenameAndDelete()
{
    auto rig = enabledRig();
    QVERIFY(rig);
    QSignalSpy written(&rig->backup, &BackupService::backupWritten);
    QVERIFY(rig->add(totpUri(u"LPSE%20Provinsi"_s, u"pokja"_s, kSeed64)).ok());
    QVERIFY(arrived(written));
    QCOMPARE(differenceFromStore(newestBackup(folder()), kPassword, rig->store), QString());
    QCOMPARE(rig->store.accounts().size(), 2);

    const QString id = rig->store.accounts().first().id;
    QVERIFY(rig->run([&](auto done) { rig->store.rename(id, u"LPSE Kudus"_s, u"ppk2"_s, done); }).ok());
    QVERIFY(arrived(written));
    QCOMPARE(differenceFromStore(newestBackup(folder()), kPassword, rig->store), QString());

    QVERIFY(rig->run([&](auto done) { rig->store.remove(id, done); }).ok());
    QVERIFY(arrived(written));
    QCOMPARE(differenceFromStore(newestBackup(folder()), kPassword, rig->store), QString());
    QCOMPARE(rig->store.accounts().size(), 1);
    QCOMPARE(listBackups(folder()).size(), 4); // the first, then one per change
}

void TestBackupService::aBurstOfChangesMakesOneBackup()
{
    BackupService::Options slow = fastOptions();
    slow.delay = std::chrono::hours(1); // nothing fires by itself: flush() stands for the quiet time
    slow.maxDelay = std::chrono::hours(1);
    auto rig = enabledRig(10, slow);
    QVERIFY(rig);
    QSignalSpy written(&rig->backup, &BackupService::backupWritten);
    const QString id = rig->store.accounts().first().id;
    for (int i = 0; i < 5; ++i) {
        QVERIFY(rig->run([&](auto done) { rig->store.rename(id, u"LPSE"_s, u"ppk%1"_s.arg(i), done); }).ok());
    }
    QCOMPARE(rig->backup.activity(), BackupService::Activity::Waiting);
    QCOMPARE(written.count(), 0);
    rig->backup.flush();
    QVERIFY(written.wait(kWait));
    QTRY_COMPARE_WITH_TIMEOUT(rig->backup.activity(), BackupService::Activity::Idle, kWait);
    QCOMPARE(written.count(), 1);
    QCOMPARE(listBackups(folder()).size(), 2);
    QCOMPARE(differenceFromStore(newestBackup(folder()), kPassword, rig->store), QString());
}

void TestBackupService::aLongBurstStillBacksUpByTheDeadline()
{
    BackupService::Options options = fastOptions();
    options.delay = std::chrono::hours(1);            // a quiet time that never comes...
    options.maxDelay = std::chrono::milliseconds(50); // ...but the deadline does
    auto rig = enabledRig(10, options);
    QVERIFY(rig);
    const QString id = rig->store.accounts().first().id;
    QSignalSpy written(&rig->backup, &BackupService::backupWritten);
    QVERIFY(rig->run([&](auto done) { rig->store.rename(id, u"LPSE"_s, u"late"_s, done); }).ok());
    QVERIFY(arrived(written));
    QCOMPARE(differenceFromStore(newestBackup(folder()), kPassword, rig->store), QString());
}

void TestBackupService::keepsOnlyTheNewestNAndNeverForeignFiles()
{
    QVERIFY(QDir().mkpath(folder()));
    const QStringList foreign{u"notes.txt"_s,
                              u"sandi-backup-old.sandi"_s,
                              u"sandi-backup-20200101T000000Z.sandi.bak"_s,
                              u"Sandi-Backup-20200101T000000Z.sandi"_s,
                              u"sandi-backup-20200101T000000Z-01.sandi"_s,
                              u"sandi-backup-20201399T000000Z.sandi"_s,
                              u"my-sandi-backup-20200101T000000Z.sandi"_s};
    for (const QString& name : foreign) {
        QVERIFY(writeAll(QDir(folder()).filePath(name), "not Sandi's"));
    }
    QVERIFY(QDir(folder()).mkdir(u"sandi-backup-20190101T000000Z.sandi"_s)); // a folder with our name
    // An older backup of Sandi's own, as a previous run left it: it is pruned in its turn.
    QVERIFY(writeAll(QDir(folder()).filePath(u"sandi-backup-20210101T000000Z.sandi"_s), "{}"));

    auto rig = enabledRig(3);
    QVERIFY(rig);
    QSignalSpy written(&rig->backup, &BackupService::backupWritten);
    for (int i = 0; i < 4; ++i) {
        rig->backup.backUpNow();
        QVERIFY(arrived(written));
    }
    const auto backups = listBackups(folder());
    QCOMPARE(backups.size(), 3);
    QCOMPARE(rig->backup.backupCount(), 3);
    QVERIFY(!QFile::exists(QDir(folder()).filePath(u"sandi-backup-20210101T000000Z.sandi"_s)));
    for (const QString& name : foreign) {
        QVERIFY2(readAll(QDir(folder()).filePath(name)) == "not Sandi's", qPrintable(name));
    }
    QVERIFY(QFileInfo(QDir(folder()).filePath(u"sandi-backup-20190101T000000Z.sandi"_s)).isDir());
    for (const auto& backup : backups) {
        QCOMPARE(differenceFromStore(QDir(folder()).filePath(backup.name), kPassword, rig->store), QString());
    }
}

void TestBackupService::aFailedWriteLeavesEarlierBackupsIntact()
{
    auto rig = enabledRig();
    QVERIFY(rig);
    const QString before = newestBackup(folder());
    const QByteArray bytes = readAll(before);
    QSignalSpy failed(&rig->backup, &BackupService::backupFailed);
    {
        FileSizeLimit limit(512); // a write fails part way, as on a full disk (EFBIG instead of ENOSPC)
        rig->backup.backUpNow();
        QVERIFY(failed.wait(kWait));
    }
    QCOMPARE(failed.first().first().value<BackupError>(), BackupError::WriteFailed);
    QCOMPARE(rig->backup.status(), BackupService::Status::Failed);
    QCOMPARE(fileNames(folder()), QStringList{QFileInfo(before).fileName()}); // no temporary file left
    QCOMPARE(readAll(before), bytes);
    QVERIFY(backupNeedsAttention(rig->backup, 1));
    QVERIFY(backupWarningText(rig->backup, 1).contains(backupErrorText(BackupError::WriteFailed, folder())));
    QSignalSpy written(&rig->backup, &BackupService::backupWritten);
    rig->backup.backUpNow(); // the limit is gone: it works again
    QVERIFY(arrived(written));
    QCOMPARE(rig->backup.status(), BackupService::Status::Ready);
    QCOMPARE(listBackups(folder()).size(), 2);
}

void TestBackupService::fullDiskLeavesEarlierBackupsIntact()
{
    const QString smallDisk = qEnvironmentVariable("SANDI_TEST_SMALL_DISK");
    if (smallDisk.isEmpty()) {
        QSKIP(
            "needs a small tmpfs: run through tests/app/run-on-small-disk.sh (ctest app.tst_backupservice.full-disk)");
    }
    const QString diskFolder = smallDisk + u"/backups"_s;
    BackupRig rig(root(), m_secrets.get());
    QVERIFY(rig.start());
    QVERIFY(rig.add(totpUri(u"LPSE%20Kota"_s, u"ppk1"_s)).ok());
    QSignalSpy written(&rig.backup, &BackupService::backupWritten);
    QVERIFY(rig.backup.enable(diskFolder, 10, kPassword));
    QVERIFY(written.wait(kWait));
    const QString first = newestBackup(diskFolder);
    const QByteArray bytes = readAll(first);
    {
        QFile filler(smallDisk + u"/filler"_s); // fill the file system until the kernel says ENOSPC
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size()) {
        }
    }
    QSignalSpy failed(&rig.backup, &BackupService::backupFailed);
    QVERIFY(rig.add(totpUri(u"LPSE%20Provinsi"_s, u"pokja"_s, kSeed32)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), kWait);
    QCOMPARE(failed.first().first().value<BackupError>(), BackupError::DiskFull);
    QCOMPARE(rig.backup.status(), BackupService::Status::Failed);
    QCOMPARE(rig.backup.error(), BackupError::DiskFull);
    QCOMPARE(fileNames(diskFolder), QStringList{QFileInfo(first).fileName()});
    QCOMPARE(readAll(first), bytes);
    QVERIFY(QFile::remove(smallDisk + u"/filler"_s));
    rig.backup.backUpNow();
    QVERIFY(written.wait(kWait));
    QCOMPARE(rig.backup.status(), BackupService::Status::Ready);
    QCOMPARE(differenceFromStore(newestBackup(diskFolder), kPassword, rig.store), QString());
}

void TestBackupService::keyIsMadeOffTheGuiThread()
{
    BackupService::Options options = fastOptions();
    options.scrypt = backup::kDefaultScrypt; // the real cost: 128 MiB, a second or so
    BackupRig rig(root(), m_secrets.get(), options);
    QVERIFY(rig.start());
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (rig.backup.activity() == BackupService::Activity::CreatingKey) {
            ++ticks;
        }
    });
    ticker.start();
    QSignalSpy written(&rig.backup, &BackupService::backupWritten);
    QElapsedTimer call;
    call.start();
    QVERIFY(rig.backup.enable(folder(), 10, kPassword));
    const qint64 callMs = call.elapsed();
    QCOMPARE(rig.backup.activity(), BackupService::Activity::CreatingKey);
    QVERIFY(!rig.backup.enable(folder(), 10, kPassword)); // one key at a time
    QVERIFY(written.wait(kWait));
    const qint64 totalMs = call.elapsed();
    qInfo("enable() returned in %lld ms; the key and first backup took %lld ms; %d timer ticks meanwhile", callMs,
          totalMs, ticks);
    QVERIFY2(callMs < 200, "enable() must not wait for scrypt");
    QVERIFY2(ticks >= 5, "the event loop must keep turning while scrypt runs");
}

void TestBackupService::laterBackupsNeedNoPasswordAndTheKeyIsNeverOnDisk()
{
    {
        auto rig = enabledRig();
        QVERIFY(rig);
    }
    const SecretBytes stored = m_secrets->secret(QString::fromUtf16(BackupService::kKeychainKey));
    const auto key = backup::BackupKey::deserialize(stored.view());
    QVERIFY(key.has_value());
    const QByteArray master(reinterpret_cast<const char*>(key->masterKey().data()), qsizetype(key->masterKey().size()));

    BackupRig again(root(), m_secrets.get()); // Sandi started again: no password is asked
    QVERIFY(again.start());
    QCOMPARE(again.backup.status(), BackupService::Status::Ready);
    QSignalSpy written(&again.backup, &BackupService::backupWritten);
    QVERIFY(again.add(totpUri(u"LPSE%20Baru"_s, u"pp"_s, kSeed32)).ok());
    QVERIFY(arrived(written));
    QCOMPARE(differenceFromStore(newestBackup(folder()), kPassword, again.store), QString());
    QCOMPARE(filesHoldingSecret(root(), master), QStringList{});
}

void TestBackupService::startWritesOnlyWhenTheAccountsChanged()
{
    {
        auto rig = enabledRig();
        QVERIFY(rig);
    }
    {
        BackupRig again(root(), m_secrets.get());
        QVERIFY(again.start());
        QTRY_VERIFY_WITH_TIMEOUT(
            again.backup.lastBackupKnown() && again.backup.activity() == BackupService::Activity::Idle, kWait);
        QCOMPARE(listBackups(folder()).size(), 1); // the newest backup already holds these accounts
        QCOMPARE(again.backup.status(), BackupService::Status::Ready);
    }
    {
        // sandi-cli adds an account while the window is closed.
        AccountStore cli(root() + u"/data"_s, m_secrets.get());
        QSignalSpy loaded(&cli, &AccountStore::loaded);
        cli.load(SecretLoading::OnDemand);
        QVERIFY(loaded.wait(kWait));
        std::optional<StoreResult> added;
        cli.add(parseUri(totpUri(u"CLI"_s, u"x"_s)), [&](StoreResult r) { added = r; });
        QTRY_VERIFY_WITH_TIMEOUT(added && added->ok(), kWait);
    }
    BackupRig third(root(), m_secrets.get());
    QSignalSpy written(&third.backup, &BackupService::backupWritten);
    QVERIFY(third.start());
    QVERIFY(written.count() == 1 || written.wait(kWait));
    QCOMPARE(listBackups(folder()).size(), 2);
    QCOMPARE(differenceFromStore(newestBackup(folder()), kPassword, third.store), QString());
}

void TestBackupService::changePasswordStartsANewSeries()
{
    auto rig = enabledRig();
    QVERIFY(rig);
    const QString old = newestBackup(folder());
    const QString newPassword = u"kuda merah makan nasi goreng"_s; // a passphrase of 16+ characters
    QSignalSpy written(&rig->backup, &BackupService::backupWritten);
    QVERIFY(rig->backup.changePassword(newPassword));
    QVERIFY(written.wait(kWait));
    const QString fresh = newestBackup(folder());
    QVERIFY(fresh != old);
    QCOMPARE(differenceFromStore(fresh, newPassword, rig->store), QString());
    QVERIFY(differenceFromStore(fresh, kPassword, rig->store).startsWith(u"does not open"_s));
    QCOMPARE(differenceFromStore(old, kPassword, rig->store), QString()); // the old one keeps its password
}

void TestBackupService::disableRemovesTheKeyAndKeepsTheFiles()
{
    auto rig = enabledRig();
    QVERIFY(rig);
    const QStringList files = fileNames(folder());
    rig->backup.disable();
    QCOMPARE(rig->backup.status(), BackupService::Status::Off);
    QVERIFY(!rig->settings.backupEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!m_secrets->contains(QString::fromUtf16(BackupService::kKeychainKey)), kWait);
    QVERIFY(rig->add(totpUri(u"Later"_s, u"x"_s)).ok());
    QVERIFY(!rig->backup.hasKey());
    QCOMPARE(fileNames(folder()), files);
    QVERIFY(backupWarningText(rig->backup, 2).contains(u"no automatic backup"_s));
}

void TestBackupService::keychainUnavailableLeavesBackupsOff()
{
    BackupRig rig(root(), m_secrets.get());
    QVERIFY(rig.start());
    QSignalSpy changed(&rig.backup, &BackupService::changed);
    m_secrets->setFault(SecretStatus::Unavailable);
    QVERIFY(rig.backup.enable(folder(), 10, kPassword));
    QTRY_VERIFY_WITH_TIMEOUT(rig.backup.activity() == BackupService::Activity::Idle, kWait);
    QCOMPARE(rig.backup.status(), BackupService::Status::Off);
    QCOMPARE(rig.backup.error(), BackupError::KeychainUnavailable);
    QVERIFY(!rig.settings.backupEnabled());
    QVERIFY(listBackups(folder()).isEmpty());
    QVERIFY(!backupErrorText(rig.backup.error()).isEmpty());
}

void TestBackupService::lostKeyAsksForThePasswordAgain()
{
    {
        auto rig = enabledRig();
        QVERIFY(rig);
    }
    m_secrets->erase(QString::fromUtf16(BackupService::kKeychainKey)); // a wiped keychain
    BackupRig again(root(), m_secrets.get());
    QVERIFY(again.start());
    QTRY_COMPARE_WITH_TIMEOUT(again.backup.status(), BackupService::Status::NeedsPassword, kWait);
    QCOMPARE(again.backup.error(), BackupError::KeyMissing);
    QTRY_VERIFY_WITH_TIMEOUT(again.backup.lastBackupKnown(), kWait);
    QVERIFY(again.backup.lastBackupTime().isValid()); // still shown
    QVERIFY(backupNeedsAttention(again.backup, 1));
    QSignalSpy written(&again.backup, &BackupService::backupWritten);
    QVERIFY(again.backup.enable(folder(), 10, kPassword));
    QVERIFY(written.wait(kWait));
    QCOMPARE(again.backup.status(), BackupService::Status::Ready);
}

void TestBackupService::missingFolderIsAStateAndNotCreated()
{
    auto rig = enabledRig();
    QVERIFY(rig);
    QVERIFY(QDir(folder()).removeRecursively()); // the USB drive was pulled out
    QSignalSpy failed(&rig->backup, &BackupService::backupFailed);
    QVERIFY(rig->add(totpUri(u"B"_s, u"b"_s)).ok());
    QVERIFY(arrived(failed));
    QCOMPARE(rig->backup.error(), BackupError::FolderMissing);
    QCOMPARE(rig->backup.status(), BackupService::Status::Failed);
    QVERIFY(!QFileInfo::exists(folder()));
    QVERIFY(backupErrorText(BackupError::FolderMissing, folder()).contains(QDir::toNativeSeparators(folder())));

    const QString file = m_dir->filePath(u"a-file"_s); // a "folder" that is a file
    QVERIFY(writeAll(file, "x"));
    rig->backup.setFolder(file);
    QVERIFY(arrived(failed));
    QCOMPARE(rig->backup.error(), BackupError::FolderMissing);

    const QString other = m_dir->filePath(u"other"_s);
    QVERIFY(QDir().mkpath(other));
    QSignalSpy written(&rig->backup, &BackupService::backupWritten);
    rig->backup.setFolder(other);
    QVERIFY(written.wait(kWait));
    QCOMPARE(rig->backup.status(), BackupService::Status::Ready);
    QCOMPARE(differenceFromStore(newestBackup(other), kPassword, rig->store), QString());
}

void TestBackupService::unreadableSecretWritesNothing()
{
    auto rig = enabledRig();
    QVERIFY(rig);
    const QString id = rig->store.accounts().first().id;
    rig.reset();
    m_secrets->setKeyFault(id, SecretStatus::AccessDenied); // the keychain refuses one account
    BackupRig again(root(), m_secrets.get());
    QVERIFY(again.start());
    const QStringList files = fileNames(folder());
    QSignalSpy failed(&again.backup, &BackupService::backupFailed);
    again.backup.backUpNow();
    QVERIFY(failed.wait(kWait));
    QCOMPARE(failed.last().first().value<BackupError>(), BackupError::SecretsUnavailable);
    QCOMPARE(again.backup.error(), BackupError::SecretsUnavailable);
    QCOMPARE(again.backup.status(), BackupService::Status::Failed);
    QVERIFY2(again.backup.problem().contains(u"LPSE Kota Kudus: ppk1"_s), qPrintable(again.backup.problem()));
    QCOMPARE(fileNames(folder()), files);
    m_secrets->setKeyFault(id, SecretStatus::Ok); // allowed again: the backup is checked again
    again.store.retrySecrets();
    QTRY_COMPARE_WITH_TIMEOUT(again.backup.status(), BackupService::Status::Ready, kWait);
    QCOMPARE(fileNames(folder()), files); // the newest backup already held these accounts
    QCOMPARE(differenceFromStore(newestBackup(folder()), kPassword, again.store), QString());
}

void TestBackupService::weakPasswordIsRefused()
{
    BackupRig rig(root(), m_secrets.get());
    QVERIFY(rig.start());
    QVERIFY(!rig.backup.enable(folder(), 10, u"pendek"_s));
    QVERIFY(!rig.backup.enable(folder(), 10, u"sandisandi1"_s)); // 11 characters, no upper case or punctuation
    QCOMPARE(rig.backup.activity(), BackupService::Activity::Idle);
    QVERIFY(!QFileInfo::exists(folder()));
}

QTEST_GUILESS_MAIN(TestBackupService)
#include "tst_backupservice.moc"
