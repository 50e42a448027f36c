// Automatic backups with the real keychain (run-with-keyring.sh): the backup key goes into a
// private gnome-keyring as one "Sandi" item and a later Sandi writes backups with it without the
// password; without any Secret Service, turning backups on fails with a clear state and writes
// nothing. Never run outside dbus-run-session.

#include "app/backup/backupmessages.h"
#include "app/keychain/keychainsecretstore.h"

#include "backuptestsupport.h"

#include <QProcess>

using namespace Qt::StringLiterals;
using namespace sandi;
using namespace sandi::test;

class TestBackupKeychain : public QObject
{
    Q_OBJECT

    [[nodiscard]] static bool keyringRunning() { return qEnvironmentVariable("SANDI_TEST_KEYRING") == u"running"_s; }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("SANDI_TEST_KEYRING")) {
            QSKIP(
                "talks to a Secret Service: run through tests/app/run-with-keyring.sh (ctest app.tst_backupkeychain)");
        }
    }

    void keyLivesInTheKeychainOnly()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"backups"_s);
        KeychainSecretStore secrets;
        {
            BackupRig rig(dir.path(), &secrets);
            QVERIFY(rig.start());
            if (!keyringRunning()) {
                QVERIFY(rig.backup.enable(folder, 10, kPassword));
                QTRY_VERIFY_WITH_TIMEOUT(rig.backup.activity() == BackupService::Activity::Idle, kWait);
                QCOMPARE(rig.backup.status(), BackupService::Status::Off);
                QCOMPARE(rig.backup.error(), BackupError::KeychainUnavailable);
                QVERIFY(backupErrorText(rig.backup.error()).contains(u"not available"_s));
                QVERIFY(!rig.settings.backupEnabled());
                QVERIFY(listBackups(folder).isEmpty());
                return;
            }
            QVERIFY(rig.add(totpUri(u"LPSE%20Kota"_s, u"ppk1"_s)).ok());
            QSignalSpy written(&rig.backup, &BackupService::backupWritten);
            QVERIFY(rig.backup.enable(folder, 10, kPassword));
            QVERIFY(written.wait(kWait));
        }
        // The item is in the keyring, under Sandi's service, as QtKeychain files it.
        QProcess lookup;
        lookup.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, u"Sandi"_s, u"user"_s,
                                        QString::fromUtf16(BackupService::kKeychainKey)});
        QVERIFY2(lookup.waitForFinished(kWait), "needs secret-tool (package libsecret-tools)");
        QCOMPARE(lookup.exitCode(), 0);
        QVERIFY(!lookup.readAllStandardOutput().isEmpty());
        BackupRig again(dir.path(), &secrets); // a new start: no password
        QVERIFY(again.start());
        QTRY_COMPARE_WITH_TIMEOUT(again.backup.status(), BackupService::Status::Ready, kWait);
        QSignalSpy written(&again.backup, &BackupService::backupWritten);
        QVERIFY(again.add(totpUri(u"LPSE%20Provinsi"_s, u"pokja"_s, kSeed32)).ok());
        QVERIFY(!written.isEmpty() || written.wait(kWait));
        QCOMPARE(differenceFromStore(newestBackup(folder), kPassword, again.store), QString());
        again.backup.disable(); // and the item goes with it
        QTRY_VERIFY_WITH_TIMEOUT(!keyStillThere(), kWait);
    }

private:
    static bool keyStillThere()
    {
        QProcess lookup;
        lookup.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, u"Sandi"_s, u"user"_s,
                                        QString::fromUtf16(BackupService::kKeychainKey)});
        return lookup.waitForFinished(kWait) && lookup.exitCode() == 0;
    }
};

QTEST_GUILESS_MAIN(TestBackupKeychain)
#include "tst_backupkeychain.moc"
