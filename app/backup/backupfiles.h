#pragma once
// The names of Sandi's automatic backups in the folder the user picked:
//     sandi-backup-YYYYMMDDTHHMMSSZ.sandi      the UTC time it was written
//     sandi-backup-YYYYMMDDTHHMMSSZ-N.sandi    N = 2, 3, ... when one second holds several
// Only a regular file with exactly such a name is Sandi's: nothing else in the folder is ever
// pruned or deleted. listBackups() reads the folder: call it on a worker thread.

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace sandi {

struct BackupFileName
{
    QString name;     // the file name, without the folder
    QDateTime time;   // UTC, whole seconds
    int sequence = 1; // 1 for the name without -N
    friend bool operator==(const BackupFileName&, const BackupFileName&) = default;
};

// The file name Sandi writes for time `utc` (whole seconds are kept) and `sequence` (1: no suffix).
[[nodiscard]] QString backupFileName(const QDateTime& utc, int sequence = 1);

// The parts of a name backupFileName() writes; nullopt for any other name (case matters, no
// leading zeros in N, a real date and time).
[[nodiscard]] std::optional<BackupFileName> parseBackupFileName(const QString& name);

// Newest first: later time, then higher sequence.
[[nodiscard]] bool newerThan(const BackupFileName& a, const BackupFileName& b) noexcept;

// Sandi's backups in `dir` (regular files only, no symbolic links), newest first. Blocks on the disk.
[[nodiscard]] QList<BackupFileName> listBackups(const QString& dir);

// Reads `dir` on a worker thread, then calls `done` with the path of the newest of Sandi's backups
// there (empty when there is none) on `context`'s thread, from the event loop; never if `context`
// is deleted first.
void findNewestBackup(QObject* context, const QString& dir, std::function<void(const QString&)> done);

} // namespace sandi
