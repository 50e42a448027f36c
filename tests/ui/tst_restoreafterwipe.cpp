// Issue #11's "done when", first sentence, as one chain over the real keychain (a private, unlocked
// gnome-keyring through tests/app/run-with-keyring.sh, in a fresh HOME): a new user turns on
// automatic backups, adds accounts of every kind, and the newest backup holds them; then the
// computer is "reinstalled" (every keychain item of Sandi's, the backup key included, the data
// folder and all settings gone, only ~/Documents kept); a new Sandi window restores the newest
// backup through Accounts → "Restore from backup…" with the password, and every code is back,
// HOTP counters included, with nothing else added. The parts have their own tests
// (tst_backupservice, tst_backupkeychain, tst_backuproundtrip, tst_transferflow); this one checks
// that they add up. Never run outside dbus-run-session: it clears the keyring's Sandi items.

#include "app/appidentity.h"
#include "app/backup/backupservice.h"
#include "app/keychain/keychainsecretstore.h"
#include "tests/app/backuptestsupport.h"
#include "ui/fileimportdialog.h"
#include "ui/transferactions.h"
#include "windowfixture.h"

#include <QFileDialog>
#include <QListWidget>
#include <QProcess>
#include <QStandardPaths>

using namespace sandi::test;

namespace {

const qint64 kTimes[] = {59, 1111111109, 1700000000, 4102444800};

// TOTP SHA1 and SHA256 (8 digits), period 60, HOTP, Steam and a name outside ASCII; each with its
// own key, so that a key given to the wrong account changes that account's codes.
QStringList accountLinks()
{
    return {
        totpUri(u"LPSE%20Kota%20Kudus"_s, u"ppk1"_s, kSeed20),
        totpUri(u"LPSE%20Provinsi%20NTT"_s, u"pokja2"_s, kSeed32, u"&algorithm=SHA256&digits=8"_s),
        totpUri(u"Bank%20Jateng"_s, u"nasabah"_s, QByteArrayLiteral("Bank-Jateng-rahasia!"), u"&period=60"_s),
        u"otpauth://hotp/Server:ssh?secret=%1&issuer=Server&counter=5"_s.arg(base32Of(kSeed64)),
        u"otpauth://steam/Steam:gamer?secret=%1&issuer=Steam"_s.arg(
            base32Of(QByteArrayLiteral("Steam-Guard-rahasia!"))),
        totpUri(u"D%C3%A9sa%20Wisata"_s, u"%E6%9D%8E%E5%9B%9B"_s, QByteArrayLiteral("Desa-Wisata-rahasia!")),
    };
}

// Sandi's keychain items (QtKeychain files them under server=Sandi) by name, as secret-tool lists
// them: the attributes on standard error. Its standard output, with the secrets, is never read.
QStringList keychainItems()
{
    QProcess search;
    search.setStandardOutputFile(QProcess::nullDevice());
    search.start(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"server"_s, u"Sandi"_s});
    if (!search.waitForFinished(kWait)) {
        return {u"<secret-tool did not answer: package libsecret-tools>"_s};
    }
    QStringList names;
    const QByteArray prefix = "attribute.user = ";
    for (const QByteArray& line : search.readAllStandardError().split('\n')) {
        if (line.startsWith(prefix)) {
            names.append(QString::fromUtf8(line.mid(prefix.size())));
        }
    }
    names.sort();
    return names;
}

} // namespace

class TestRestoreAfterWipe : public WindowFixture
{
    Q_OBJECT

    std::unique_ptr<sandi::KeychainSecretStore> m_keychain;
    std::unique_ptr<sandi::BackupService> m_backup;

    // Starts Sandi as app/main.cpp does, on the user's own folders and the keychain: the window
    // with automatic backups, the list loaded with every secret. The fixture's fake clock drives it.
    void startSandi()
    {
        m_keychain = std::make_unique<sandi::KeychainSecretStore>();
        m_store = std::make_unique<sandi::AccountStore>(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), m_keychain.get());
        m_model = std::make_unique<AccountListModel>(m_store.get());
        m_ticker = std::make_unique<sandi::Ticker>([this] { return m_ms; });
        m_clipboard = std::make_unique<sandi::ClipboardGuard>(QGuiApplication::clipboard());
        m_copier = std::make_unique<sandi::CodeCopier>(m_store.get(), m_model.get(), m_clipboard.get(),
                                                       [this] { return m_ticker->now(); });
        m_settings = std::make_unique<sandi::Settings>();
        m_backup =
            std::make_unique<sandi::BackupService>(m_store.get(), m_keychain.get(), m_settings.get(), fastOptions());
        connect(m_ticker.get(), &sandi::Ticker::ticked, m_model.get(), &AccountListModel::tick);
        m_window = std::make_unique<sandi::MainWindow>(
            sandi::MainWindowServices{m_store.get(), m_model.get(), m_copier.get(), m_clipboard.get(), m_ticker.get(),
                                      m_settings.get(), nullptr, nullptr, nullptr, m_backup.get()});
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QSignalSpy loaded(m_store.get(), &sandi::AccountStore::loaded);
        m_backup->start();
        m_store->load(sandi::SecretLoading::All);
        QVERIFY(loaded.wait(kWait));
        QTRY_VERIFY_WITH_TIMEOUT(!secretsPending(*m_store), kWait);
    }

    void quitSandi()
    {
        m_window.reset();
        deleteLaterNow();
        m_backup.reset();
        close();
        m_keychain.reset();
    }

    // What the user can read: each listed account's code at each of kTimes, in the list's order;
    // for HOTP, its counter and the code it gave last (the list shows HOTP codes only on demand).
    QStringList codesShown()
    {
        QStringList lines;
        for (const qint64 time : kTimes) {
            setTime(time);
            for (int row = 0; row < shown()->rowCount(); ++row) {
                const QModelIndex index = shown()->index(row, 0);
                if (index.data(AccountListModel::TypeRole).toInt() == int(sandi::otp::Type::Hotp)) {
                    continue;
                }
                lines.append(u"%1 %2: %3 %4"_s
                                 .arg(index.data(AccountListModel::IssuerRole).toString(),
                                      index.data(AccountListModel::NameRole).toString())
                                 .arg(time)
                                 .arg(shownCode(row)));
            }
        }
        for (const sandi::Account& account : m_store->accounts()) {
            if (account.params.type() == sandi::otp::Type::Hotp) {
                const auto code = m_store->code(account.id, 0);
                lines.append(u"%1 %2: counter %3 last code %4"_s.arg(account.issuer, account.name)
                                 .arg(account.counter)
                                 .arg(QString::fromStdString(code.value_or("none"))));
            }
        }
        return lines;
    }

    // The keychain items the store's accounts need, and the backup key if `withKey`; sorted.
    QStringList itemsExpected(bool withKey) const
    {
        QStringList items;
        for (const sandi::Account& account : m_store->accounts()) {
            items.append(account.id);
        }
        if (withKey) {
            items.append(QString::fromUtf16(sandi::BackupService::kKeychainKey));
        }
        items.sort();
        return items;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("SANDI_TEST_KEYRING") != u"running"_s) {
            QSKIP("clears Sandi's keychain items and folders: run through tests/app/run-with-keyring.sh "
                  "(ctest -R ui.tst_restoreafterwipe)");
        }
        sandi::applyApplicationIdentity(); // Sandi's own folders in this fresh HOME
    }

    void init() { initFixture(); }
    void cleanup()
    {
        quitSandi();
        cleanupFixture();
    }

    void everyCodeIsBackAfterAWipe()
    {
        // A new user: nothing yet. Backups on first (the default folder, under Documents), then accounts.
        startSandi();
        QVERIFY(m_store->accounts().isEmpty());
        QVERIFY(keychainItems().isEmpty());
        const QString folder = sandi::Settings::defaultBackupFolder();
        QVERIFY(m_backup->enable(folder, sandi::Settings::kDefaultBackupKeep, kPassword));
        QTRY_COMPARE_WITH_TIMEOUT(m_backup->status(), sandi::BackupService::Status::Ready, kWait);
        QSignalSpy written(m_backup.get(), &sandi::BackupService::backupWritten);
        QString hotpId;
        for (const QString& link : accountLinks()) {
            const QString id = add(link.toUtf8().constData());
            QVERIFY(!id.isEmpty());
            hotpId = link.startsWith(u"otpauth://hotp"_s) ? id : hotpId;
        }
        bool pressed = false; // the HOTP code used once: the backup must have the new counter
        m_store->advanceHotp(hotpId,
                             [&](const sandi::StoreResult& result, const std::string&) { pressed = result.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(pressed, kWait);
        QCOMPARE(m_store->find(hotpId)->counter, quint64(6));

        // The automatic backup after the last change: the service is done and names the newest file.
        QTRY_VERIFY_WITH_TIMEOUT(!written.isEmpty() && m_backup->activity() == sandi::BackupService::Activity::Idle,
                                 kWait);
        QCOMPARE(m_backup->status(), sandi::BackupService::Status::Ready);
        const QString newest = newestBackup(folder);
        QCOMPARE(m_backup->lastBackupPath(), newest);
        QCOMPARE(written.last().first().toString(), newest);
        const QStringList before = codesShown();
        QCOMPARE(before.size(), 5 * qsizetype(std::size(kTimes)) + 1);
        QCOMPARE(keychainItems(), itemsExpected(true)); // every secret and the backup key are in the keychain
        quitSandi();

        // A reinstalled computer: the keychain has no Sandi item, and the data folder and every
        // setting are gone. Only the Documents folder, with the backups, was kept.
        QProcess clear;
        clear.start(u"secret-tool"_s, {u"clear"_s, u"server"_s, u"Sandi"_s});
        QVERIFY(clear.waitForFinished(kWait));
        QCOMPARE(clear.exitCode(), 0);
        QCOMPARE(keychainItems(), QStringList());
        const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        const QString configDir = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        QVERIFY(QDir(dataDir).removeRecursively());
        QVERIFY(QDir(configDir).removeRecursively());
        QVERIFY(!QFileInfo::exists(dataDir));
        QVERIFY(!QFileInfo::exists(configDir));
        QVERIFY(!sandi::Settings().backupEnabled());

        // Sandi again: an empty list, backups off; Accounts → "Restore from backup…".
        startSandi();
        QVERIFY(m_store->accounts().isEmpty());
        QCOMPARE(m_backup->status(), sandi::BackupService::Status::Off);
        m_window->transfer()->restoreAction()->trigger();
        auto* chooser = waitForChild<QFileDialog>(u"transferFileDialog"_s);
        QVERIFY(chooser);
        // Where the backups are, without a setting, and the newest of them already selected.
        QCOMPARE(chooser->directory().absolutePath(), folder);
        QCOMPARE(chooser->selectedFiles(), QStringList{newest});
        press(Qt::Key_Return); // Open
        auto* dialog = waitForChild<sandi::FileImportDialog>();
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), sandi::FileImportDialog::Page::Password, kWait);
        type(kPassword);
        press(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), sandi::FileImportDialog::Page::Accounts, kWait);
        auto* list = dialog->findChild<QListWidget*>(u"accountList"_s);
        QCOMPARE(list->count(), accountLinks().size());
        for (int row = 0; row < list->count(); ++row) {
            QCOMPARE(list->item(row)->checkState(), Qt::Checked);
        }
        QCOMPARE(dialog->findChild<QListWidget*>(u"unusableList"_s)->count(), 0);
        press(Qt::Key_Return); // "Add 6 account(s)", every one checked
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<sandi::FileImportDialog*>(), kWait);

        // Every code is back, HOTP counter included, and nothing else was added.
        QCOMPARE(m_store->accounts().size(), accountLinks().size());
        QCOMPARE(codesShown(), before);
        QCOMPARE(keychainItems(), itemsExpected(false)); // backups are off again: no key
    }
};

QTEST_MAIN(TestRestoreAfterWipe)
#include "tst_restoreafterwipe.moc"
