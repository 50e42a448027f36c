#pragma once
// Automatic encrypted backups (issue #11; docs/architecture.md, "Automatic backups"). After every
// change to the accounts, and at start when the newest backup does not hold the accounts, a Sandi
// backup (docs/backup-format.md) goes to the folder the user picked: written atomically, read back,
// and only then are Sandi's own files beyond the newest N removed (app/backup/backupfiles.h names
// them). A burst of changes makes one backup.
//
// The password is asked once: BackupKey::create() (scrypt) runs on a worker thread, and the
// serialized key goes to the keychain (the SecretStore, item "backup-key"), never to a file. Later
// backups are written with it, without a prompt. Every file access and all crypto run on worker
// threads, one job at a time; answers come back on this object's thread from the event loop.

#include "app/backup/backupjob.h"
#include "core/backup/backupkey.h"
#include "core/crypto/kdf.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

namespace sandi {

class AccountStore;
class SecretStore;
class Settings;
struct LoadReport;
struct SecretResult;

class BackupService : public QObject
{
    Q_OBJECT
public:
    // The keychain item of the backup key; account items are named by UUIDs, so it cannot clash.
    static constexpr auto kKeychainKey = u"backup-key";

    enum class Status
    {
        Off,           // automatic backups are off (error(): why the last attempt to turn them on failed)
        Starting,      // on; reading the key from the keychain
        NeedsPassword, // on, but the keychain no longer has the key: set the password again
        Ready,         // on; the last backup (if any was due) was written or was already up to date
        Failed,        // on; the last attempt failed (error()); tried again at the next change
    };
    Q_ENUM(Status)

    enum class Activity
    {
        Idle,
        CreatingKey, // scrypt on a worker thread, then the keychain
        Waiting,     // a change waits for the accounts to settle, or for secrets from the keychain
        Writing,     // a job is running on a worker thread
    };
    Q_ENUM(Activity)

    struct Options
    {
        crypto::ScryptParams scrypt = backup::kDefaultScrypt; // tests use the format's minimum
        std::chrono::milliseconds delay{1500};                // quiet time after the last change
        std::chrono::milliseconds maxDelay{10000};            // a long burst still backs up this often
    };

    // `store`, `secrets` and `settings` outlive the service. Construct it before store->load().
    BackupService(AccountStore* store, SecretStore* secrets, Settings* settings, QObject* parent = nullptr);
    BackupService(AccountStore* store, SecretStore* secrets, Settings* settings, Options options,
                  QObject* parent = nullptr);
    ~BackupService() override;

    // If backups are on: reads the key from the keychain, then backs up once the store has loaded
    // (only if the newest backup does not already hold the accounts). Call once.
    void start();

    // Turns backups on with a new key from `password` (scrypt on a worker thread), kept in the
    // keychain, then writes the first backup to `folder` (created if missing). False, and nothing
    // starts, when the password breaks the rule (backuppassword.h) or a key is being made.
    bool enable(const QString& folder, int keep, const QString& password);
    // A new key from `password`; a backup with it is written at once. Backups written before
    // still open with the old password only. False as for enable(), or when backups are off.
    bool changePassword(const QString& password);
    // Turns backups off and removes the key from the keychain. The backup files stay.
    void disable();
    // Where backups go from now on; backs up there at once (if on).
    void setFolder(const QString& folder);
    // How many of Sandi's backups to keep (1–100); applied after the next backup.
    void setKeep(int keep);
    // Writes a backup now, even if the newest one already holds the accounts.
    void backUpNow();
    // Starts a backup that is waiting for the accounts to settle now, e.g. when Sandi quits.
    void flush();

    [[nodiscard]] Status status() const noexcept { return m_status; }
    [[nodiscard]] Activity activity() const noexcept;
    [[nodiscard]] BackupError error() const noexcept { return m_error; }
    // For SecretsUnavailable: which account and why, translated (app/store/accountsnapshot.h).
    [[nodiscard]] const QString& problem() const noexcept { return m_problem; }
    [[nodiscard]] bool enabled() const;
    [[nodiscard]] QString folder() const;
    [[nodiscard]] int keep() const;
    [[nodiscard]] bool hasKey() const noexcept { return m_key != nullptr; }
    // The accounts that a backup would hold (for the warnings of backupmessages.h).
    [[nodiscard]] int accountCount() const;
    // The newest of Sandi's backups in the folder, as last seen (invalid / empty: none, or not
    // looked at yet: see lastBackupKnown()).
    [[nodiscard]] const QDateTime& lastBackupTime() const noexcept { return m_newestTime; }
    [[nodiscard]] const QString& lastBackupPath() const noexcept { return m_newestPath; }
    [[nodiscard]] int backupCount() const noexcept { return m_count; }
    [[nodiscard]] bool lastBackupKnown() const noexcept { return m_folderSeen; }

Q_SIGNALS:
    // Any of the values above changed.
    void changed();
    void backupWritten(const QString& path);
    void backupFailed(sandi::BackupError error);

private:
    void onLoaded(const LoadReport& report);
    void onAccountsChanged();
    void onSecretAnswered();
    void readKey();
    void onKeyRead(const SecretResult& result, SecretBytes bytes);
    bool createKey(const QString& password, const QString& folderToCreate, int keep, bool enabling);
    void request(BackupJob::Mode mode, bool now);
    void runPending();
    void onJobDone(const BackupOutcome& outcome, const BackupJob::Mode mode, const QString& folder);
    void setState(Status status, BackupError error, QString problem = {});
    // Emits changed() if anything a reader sees has changed since the last time.
    void notify();

    AccountStore* m_store;
    SecretStore* m_secrets;
    Settings* m_settings;
    Options m_options;
    std::shared_ptr<const backup::BackupKey> m_key;
    Status m_status = Status::Off;
    BackupError m_error = BackupError::None;
    QString m_problem;
    QDateTime m_newestTime;
    QString m_newestPath;
    int m_count = 0;
    bool m_folderSeen = false;
    bool m_storeUsable = true; // false after a load that could not read the account list
    bool m_jobRunning = false;
    bool m_jobWrites = false; // the running job may write (not a Scan)
    bool m_creatingKey = false;
    bool m_readingKey = false;
    int m_keyGeneration = 0; // a key made or read for an older generation is dropped
    std::optional<BackupJob::Mode> m_pending;
    QTimer m_timer;
    QDeadlineTimer m_deadline;
    QString m_notified; // what notify() last reported, as text
};

} // namespace sandi
