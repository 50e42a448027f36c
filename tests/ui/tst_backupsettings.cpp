// The automatic backups section of the settings and the main window's note, on the offscreen
// platform with the fake keychain: turning backups on asks the password twice and shows the last
// backup; a failure is a visible warning; turning off asks first; "Restore from backup…" is a
// signal; the window's note appears only while accounts have no working backup. With
// SANDI_GRAB_DIR set, each state is saved as a PNG there to be looked at.

#include "app/accountlistmodel.h"
#include "app/backup/backupfiles.h"
#include "app/backup/backupservice.h"
#include "app/clipboardguard.h"
#include "app/codecopier.h"
#include "app/keychain/memorysecretstore.h"
#include "app/settings.h"
#include "app/store/accountstore.h"
#include "app/ticker.h"
#include "core/backup/backupkey.h"
#include "core/uri/otpauth.h"
#include "ui/backuppage.h"
#include "ui/backuppassworddialog.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace sandi;

namespace {

constexpr int kWait = 30000;
const QString kPassword = u"Kata-Sandi-Cadangan-2026!"_s;

void grab(QWidget* widget, const QString& name)
{
    if (const QString dir = qEnvironmentVariable("SANDI_GRAB_DIR"); !dir.isEmpty()) {
        QVERIFY(widget->grab().save(dir + u'/' + name));
    }
}

template <class T> T* waitForWindow(const QString& name)
{
    T* found = nullptr;
    (void)QTest::qWaitFor([&] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* candidate = qobject_cast<T*>(widget);
                candidate && candidate->isVisible() && (name.isEmpty() || candidate->objectName() == name)) {
                found = candidate;
                return true;
            }
        }
        return false;
    });
    return found;
}

} // namespace

class TestBackupSettings : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<BackupService> m_backup;

    [[nodiscard]] QString folder() const { return m_dir->filePath(u"Cadangan Sandi"_s); }

    void addAccount(const char* link)
    {
        auto parsed = uri::parseOtpauth(link);
        QVERIFY(parsed.has_value());
        std::optional<StoreResult> result;
        m_store->add(std::move(*parsed), [&](StoreResult r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result && result->ok(), kWait);
    }

    template <class T> T* child(QWidget* parent, const QString& name)
    {
        auto* found = parent->findChild<T*>(name);
        [&] { QVERIFY2(found, qPrintable(name)); }();
        return found;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_secrets = std::make_unique<MemorySecretStore>();
        m_settings = std::make_unique<Settings>(m_dir->filePath(u"sandi.ini"_s));
        m_settings->setBackupFolder(folder());
        m_store = std::make_unique<AccountStore>(m_dir->filePath(u"data"_s), m_secrets.get());
        BackupService::Options options;
        options.scrypt = {backup::kMinScryptN, 8, 1};
        options.delay = std::chrono::milliseconds(0);
        m_backup = std::make_unique<BackupService>(m_store.get(), m_secrets.get(), m_settings.get(), options);
        m_backup->start();
        QSignalSpy loaded(m_store.get(), &AccountStore::loaded);
        m_store->load();
        QVERIFY(loaded.wait(kWait));
        addAccount("otpauth://totp/LPSE%20Kota%20Kudus:ppk1?secret=JBSWY3DPEHPK3PXP&issuer=LPSE%20Kota%20Kudus");
    }

    void cleanup()
    {
        m_backup.reset();
        m_store.reset();
        m_settings.reset();
        m_secrets.reset();
        m_dir.reset();
    }

    void turnOnWithThePasswordTwiceThenOff()
    {
        SettingsDialog dialog(m_settings.get(), nullptr, true);
        dialog.setBackup(m_backup.get());
        dialog.showTabOf(dialog.findChild<sandi::BackupPage*>()); // the user picks the tab
        dialog.show();
        auto* toggle = child<QCheckBox>(&dialog, u"backupSwitch"_s);
        auto* warning = child<QLabel>(&dialog, u"backupWarning"_s);
        auto* status = child<QLabel>(&dialog, u"backupStatus"_s);
        QVERIFY(!toggle->isChecked());
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(u"no automatic backup"_s), qPrintable(warning->text()));
        QVERIFY(!child<QPushButton>(&dialog, u"backupNow"_s)->isEnabled());
        QCOMPARE(child<QLineEdit>(&dialog, u"backupFolder"_s)->text(), QDir::toNativeSeparators(folder()));
        grab(&dialog, u"backup-settings-off.png"_s);

        toggle->click();
        QVERIFY(!toggle->isChecked()); // not on until the password is given
        auto* ask = waitForWindow<BackupPasswordDialog>(u"backupPasswordDialog"_s);
        QVERIFY(ask);
        auto* ok = qobject_cast<QDialogButtonBox*>(ask->findChild<QDialogButtonBox*>())->button(QDialogButtonBox::Ok);
        auto* first = child<QLineEdit>(ask, u"backupPassword"_s);
        auto* again = child<QLineEdit>(ask, u"backupPasswordRepeat"_s);
        auto* problem = child<QLabel>(ask, u"backupPasswordProblem"_s);
        QTest::keyClicks(first, u"sandisandi1"_s);
        QVERIFY(!ok->isEnabled());
        QVERIFY2(problem->text().contains(u"upper case"_s), qPrintable(problem->text()));
        grab(ask, u"backup-password-weak.png"_s);
        first->clear();
        QTest::keyClicks(first, kPassword);
        QTest::keyClicks(again, kPassword.chopped(1));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(problem->text().contains(u"not the same"_s), qPrintable(problem->text()));
        QTest::keyClicks(again, kPassword.right(1));
        QVERIFY(ok->isEnabled());
        QVERIFY(problem->text().isEmpty());
        grab(ask, u"backup-password-ok.png"_s);

        QSignalSpy written(m_backup.get(), &BackupService::backupWritten);
        ok->click();
        QVERIFY(toggle->isChecked());
        QVERIFY(!toggle->isEnabled()); // while the key is made
        QVERIFY2(status->text().contains(u"Creating the backup key"_s), qPrintable(status->text()));
        grab(&dialog, u"backup-settings-creating.png"_s);
        QVERIFY(written.wait(kWait));
        QTRY_VERIFY_WITH_TIMEOUT(toggle->isEnabled(), kWait);
        QVERIFY2(status->text().startsWith(u"Last backup:"_s), qPrintable(status->text()));
        QVERIFY(!warning->isVisible());
        grab(&dialog, u"backup-settings-on.png"_s);

        auto* now = child<QPushButton>(&dialog, u"backupNow"_s);
        QTRY_VERIFY_WITH_TIMEOUT(now->isEnabled(), kWait);
        now->click();
        QVERIFY(written.wait(kWait));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"2 kept"_s), kWait);

        QSignalSpy restore(&dialog, &SettingsDialog::restoreRequested);
        child<QPushButton>(&dialog, u"backupRestore"_s)->click();
        QCOMPARE(restore.count(), 1);

        toggle->click();
        QVERIFY(toggle->isChecked()); // still on until confirmed
        auto* confirm = waitForWindow<QMessageBox>(u"backupTurnOff"_s);
        QVERIFY(confirm);
        grab(confirm, u"backup-turn-off.png"_s);
        confirm->buttons().first()->click(); // "Turn off"
        QTRY_VERIFY_WITH_TIMEOUT(!toggle->isChecked(), kWait);
        QCOMPARE(m_backup->status(), BackupService::Status::Off);
        QTRY_VERIFY_WITH_TIMEOUT(!m_secrets->contains(QString::fromUtf16(BackupService::kKeychainKey)), kWait);
        QCOMPARE(listBackups(folder()).size(), 2); // the files stay
    }

    void aFailedBackupIsAVisibleWarning()
    {
        QSignalSpy written(m_backup.get(), &BackupService::backupWritten);
        QVERIFY(m_backup->enable(folder(), 10, kPassword));
        QVERIFY(written.wait(kWait));
        SettingsDialog dialog(m_settings.get(), nullptr, true);
        dialog.setBackup(m_backup.get());
        dialog.showTabOf(dialog.findChild<sandi::BackupPage*>()); // the user picks the tab
        dialog.show();
        auto* warning = child<QLabel>(&dialog, u"backupWarning"_s);
        QVERIFY(!warning->isVisible());
        QVERIFY(QDir(folder()).removeRecursively()); // the drive was removed
        QSignalSpy failed(m_backup.get(), &BackupService::backupFailed);
        addAccount("otpauth://totp/LPSE%20NTT:pokja2?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=LPSE%20NTT");
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() > 0, kWait); // perhaps already while the account was added
        QTRY_VERIFY_WITH_TIMEOUT(warning->isVisible(), kWait);
        QVERIFY2(warning->text().contains(u"failed"_s), qPrintable(warning->text()));
        QVERIFY2(warning->text().contains(QDir::toNativeSeparators(folder())), qPrintable(warning->text()));
        grab(&dialog, u"backup-settings-failed.png"_s);
    }

    void mainWindowNoteOnlyWhileThereIsNoWorkingBackup()
    {
        AccountListModel model(m_store.get());
        Ticker ticker([] { return qint64{1'700'000'000'000}; });
        ClipboardGuard clipboard(QGuiApplication::clipboard());
        CodeCopier copier(m_store.get(), &model, &clipboard, [&] { return ticker.now(); });
        MainWindowServices services{m_store.get(), &model,           &copier, &clipboard,
                                    &ticker,       m_settings.get(), nullptr, nullptr};
        services.backup = m_backup.get();
        MainWindow window(services);
        window.show();
        QSignalSpy restore(&window, &MainWindow::restoreRequested);
        QLabel* note = window.backupNote();
        QVERIFY(note);
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->isVisible(), kWait);
        QVERIFY2(note->text().contains(u"not backed up"_s), qPrintable(note->text()));
        QVERIFY(note->toolTip().contains(u"Reset TOTP"_s));
        grab(&window, u"backup-note-off.png"_s);

        Q_EMIT note->linkActivated(u"settings"_s); // the link opens the settings with the backups section
        auto* settings = waitForWindow<SettingsDialog>(u"settingsDialog"_s);
        QVERIFY(settings);
        QVERIFY(settings->findChild<QCheckBox*>(u"backupSwitch"_s));
        QVERIFY(settings->findChild<QCheckBox*>(u"backupSwitch"_s)->isVisible()); // on the Backups tab
        QVERIFY(QDir().mkpath(folder()));
        QPointer<SettingsDialog> open = settings;
        settings->findChild<QPushButton*>(u"backupRestore"_s)->click();
        QCOMPARE(restore.count(), 1);
        // The settings close, and the restore asks for the file where the automatic backups are.
        QTRY_VERIFY(!open || !open->isVisible());
        auto* chooser = waitForWindow<QFileDialog>(u"transferFileDialog"_s);
        QVERIFY(chooser);
        QCOMPARE(QDir(chooser->directory()).canonicalPath(), QDir(folder()).canonicalPath());
        chooser->reject();

        QSignalSpy written(m_backup.get(), &BackupService::backupWritten);
        QVERIFY(m_backup->enable(folder(), 10, kPassword));
        QVERIFY(written.wait(kWait));
        QTRY_VERIFY_WITH_TIMEOUT(!window.statusBar()->isVisible(), kWait);

        QVERIFY(QDir(folder()).removeRecursively());
        QSignalSpy failed(m_backup.get(), &BackupService::backupFailed);
        m_backup->backUpNow();
        QVERIFY(failed.wait(kWait));
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->isVisible(), kWait);
        QVERIFY2(note->text().contains(u"failed"_s), qPrintable(note->text()));
        grab(&window, u"backup-note-failed.png"_s);
    }
};

QTEST_MAIN(TestBackupSettings)
#include "tst_backupsettings.moc"
