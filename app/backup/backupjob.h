#pragma once
// One automatic backup, as it runs on a worker thread: look at Sandi's backups in the folder,
// write a new one unless the newest already holds exactly these accounts, read it back, and only
// then remove the oldest beyond the number to keep. Blocking and without Qt objects: the service
// hands a job to QtConcurrent and gets a BackupOutcome back.

#include "core/backup/backupkey.h"
#include "core/uri/otpauth.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace sandi {

// Why an automatic backup is not working. backupmessages.h turns each into a sentence.
enum class BackupError
{
    None,
    KeyMissing,          // backups are on, but the keychain no longer has the backup key
    KeychainUnavailable, // no keychain service: the key can be neither kept nor read
    KeychainDenied,      // the user refused access to the keychain, or it stayed locked
    KeychainFailed,      // any other keychain error
    FolderMissing,       // the folder does not exist (unplugged drive, deleted) or is not a folder
    FolderNotWritable,   // no permission to write in the folder
    DiskFull,            // no space left: the previous backups are untouched
    WriteFailed,         // any other write error, or the file did not read back as written
    SecretsUnavailable,  // an account's secret is not loaded, so a backup would miss it
    CryptoFailed,        // the crypto library failed
};

struct BackupJob
{
    enum class Mode
    {
        Scan,      // only look at the folder (no key needed)
        IfChanged, // write unless the newest backup of this key holds exactly `accounts`
        Always,    // write ("Back up now")
    };
    Mode mode = Mode::IfChanged;
    QString folder;
    int keep = 10;                                // Sandi's files kept after a write, the new one included
    QDateTime now;                                // UTC; names the new file
    std::shared_ptr<const backup::BackupKey> key; // a copy for this job; unused for Scan
    std::vector<uri::OtpauthUri> accounts;        // in list order, with their secrets (wiped with the job)
};

struct BackupOutcome
{
    BackupError error = BackupError::None;
    bool written = false; // false: nothing to write (Scan, or the newest backup already matched)
    QString newestPath;   // the newest of Sandi's backups in the folder, empty when there is none
    QDateTime newestTime; // its time (from its name), UTC
    int count = 0;        // Sandi's backups in the folder afterwards
    QStringList removed;  // the old backups this job deleted (file names)
    QString detail;       // English, for logs: what failed; never a secret
};

// Runs `job` (blocks on the disk and on the crypto; call it on a worker thread). On any error,
// no existing file was changed or removed.
[[nodiscard]] BackupOutcome runBackupJob(const BackupJob& job);

// The same list of accounts in the same order: every field and the secret (constant time).
[[nodiscard]] bool sameAccounts(const std::vector<uri::OtpauthUri>& a, const std::vector<uri::OtpauthUri>& b) noexcept;

} // namespace sandi
