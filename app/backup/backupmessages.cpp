#include "app/backup/backupmessages.h"

#include "app/backup/backupservice.h"
#include "app/store/storemessages.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

namespace sandi {

namespace {

// The translation context of these sentences ("sandi::BackupMessages"), in a form lupdate reads.
struct BackupText
{
    Q_DECLARE_TR_FUNCTIONS(sandi::BackupMessages)
};

// "Tuesday, 24 November 2026 14:05" / "Selasa, 24 November 2026 14.05": no seconds, no zone.
QString when(const QDateTime& time)
{
    const QLocale locale;
    return locale.toString(time.toLocalTime(),
                           locale.dateFormat(QLocale::LongFormat) + u' ' + locale.timeFormat(QLocale::ShortFormat));
}

} // namespace

QString backupErrorText(BackupError error, const QString& folder)
{
    const QString where = QDir::toNativeSeparators(folder);
    switch (error) {
    case BackupError::None:
        return {};
    case BackupError::KeyMissing:
        return BackupText::tr("The backup key is no longer in %1, so no backup can be written. Set the backup "
                              "password again.")
            .arg(keychainName());
    case BackupError::KeychainUnavailable:
        return BackupText::tr("Automatic backups keep their key in %1, which is not available. %2")
            .arg(keychainName(), keychainFixText());
    case BackupError::KeychainDenied:
        return BackupText::tr("Access to %1 was refused, so the backup key cannot be used. Allow Sandi to use it, "
                              "then try again.")
            .arg(keychainName());
    case BackupError::KeychainFailed:
        return BackupText::tr("An error came from %1 while using the backup key. Try again.").arg(keychainName());
    case BackupError::FolderMissing:
        return BackupText::tr("The backup folder %1 is not there (a removed drive, or a deleted folder). Connect "
                              "the drive or choose another folder.")
            .arg(where);
    case BackupError::FolderNotWritable:
        return BackupText::tr("Sandi may not write in the backup folder %1. Choose another folder.").arg(where);
    case BackupError::DiskFull:
        return BackupText::tr("The disk of the backup folder is full, so no new backup was written; the earlier "
                              "backups are untouched. Free some space, then choose “Back up now”.");
    case BackupError::WriteFailed:
        return BackupText::tr("The backup could not be written to %1; the earlier backups are untouched. Check the "
                              "drive, then choose “Back up now”.")
            .arg(where);
    case BackupError::SecretsUnavailable:
        return BackupText::tr("Not every secret key could be read, so no backup was written (it would miss "
                              "accounts); the earlier backups are untouched.");
    case BackupError::CryptoFailed:
        return BackupText::tr("The backup could not be encrypted: the cryptographic library failed.");
    }
    return {};
}

QString backupStatusText(const BackupService& backup)
{
    if (backup.activity() == BackupService::Activity::CreatingKey) {
        return BackupText::tr("Creating the backup key from the password; this takes a few seconds…");
    }
    if (backup.status() == BackupService::Status::Off) {
        return BackupText::tr("Automatic backups are off.");
    }
    if (backup.lastBackupTime().isValid()) {
        //: %1 is a date and time; %n how many backup files are kept in the folder.
        return BackupText::tr("Last backup: %1 (%n kept in the folder).", nullptr, backup.backupCount())
            .arg(when(backup.lastBackupTime()));
    }
    if (!backup.lastBackupKnown() && backup.error() == BackupError::None) {
        return BackupText::tr("Looking at the backup folder…");
    }
    return BackupText::tr("No backup in this folder yet.");
}

bool backupNeedsAttention(const BackupService& backup, int accountCount)
{
    if (accountCount == 0) {
        return false;
    }
    switch (backup.status()) {
    case BackupService::Status::Off:
    case BackupService::Status::NeedsPassword:
    case BackupService::Status::Failed:
        return backup.activity() != BackupService::Activity::CreatingKey;
    case BackupService::Status::Starting:
        return false;
    case BackupService::Status::Ready:
        break;
    }
    // On and working: only before the first backup has been seen in the folder.
    return backup.lastBackupKnown() && !backup.lastBackupTime().isValid() &&
           backup.activity() == BackupService::Activity::Idle;
}

QString backupWarningText(const BackupService& backup, int accountCount)
{
    if (!backupNeedsAttention(backup, accountCount)) {
        return {};
    }
    switch (backup.status()) {
    case BackupService::Status::Off:
        return BackupText::tr("Your accounts have no automatic backup. If this computer's keychain is lost, every "
                              "account needs a Reset TOTP.");
    case BackupService::Status::NeedsPassword:
    case BackupService::Status::Failed: {
        const QString reason = backup.error() == BackupError::SecretsUnavailable && !backup.problem().isEmpty()
                                   ? backup.problem()
                                   : backupErrorText(backup.error(), backup.folder());
        return BackupText::tr("The last automatic backup failed. %1").arg(reason);
    }
    case BackupService::Status::Starting:
    case BackupService::Status::Ready:
        break;
    }
    return BackupText::tr("No backup has been written yet.");
}

} // namespace sandi
