#include "app/backup/backupjob.h"

#include "app/backup/backupfiles.h"
#include "app/store/accountfile.h"
#include "core/backup/backup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <string_view>

using namespace Qt::StringLiterals;

namespace sandi {

namespace {

// The backup reader's own limit (importer::ReadLimits::maxFileBytes): a larger file is not ours.
constexpr qint64 kMaxBackupBytes = qint64{32} << 20;

BackupOutcome failed(BackupError error, QString detail)
{
    BackupOutcome outcome;
    outcome.error = error;
    outcome.detail = std::move(detail);
    return outcome;
}

void describe(BackupOutcome& outcome, const QString& folder, const QList<BackupFileName>& backups)
{
    outcome.count = int(backups.size());
    if (!backups.isEmpty()) {
        outcome.newestPath = QDir(folder).filePath(backups.first().name);
        outcome.newestTime = backups.first().time;
    }
}

QByteArray readBackupFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.read(kMaxBackupBytes + 1);
}

// The backup at `path` opens with `key` and holds exactly `accounts`.
bool holds(const QString& path, const backup::BackupKey& key, const std::vector<uri::OtpauthUri>& accounts)
{
    const QByteArray text = readBackupFile(path);
    if (text.isEmpty() || text.size() > kMaxBackupBytes) {
        return false;
    }
    const auto read = backup::readBackup(std::string_view(text.constData(), std::size_t(text.size())), key);
    return read && read->unusable.empty() && sameAccounts(read->accounts, accounts);
}

// A name after every existing backup: a clock set back must not make the new file look older
// than the ones it follows (it would be compared against, and pruned, as if it were).
BackupFileName nextName(const QDir& dir, const QDateTime& now, const QList<BackupFileName>& backups)
{
    BackupFileName next{{}, QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC), 1};
    if (!backups.isEmpty() && next.time <= backups.first().time) {
        next.time = backups.first().time;
        next.sequence = backups.first().sequence + 1;
    }
    while (QFileInfo::exists(dir.filePath(backupFileName(next.time, next.sequence)))) {
        ++next.sequence; // a file of another kind with our name: never overwritten
    }
    next.name = backupFileName(next.time, next.sequence);
    return next;
}

BackupError writeError(const StoreResult& result, const QString& folder)
{
    if (result.error == StoreError::DiskFull) {
        return BackupError::DiskFull;
    }
    return QFileInfo(folder).isWritable() ? BackupError::WriteFailed : BackupError::FolderNotWritable;
}

} // namespace

bool sameAccounts(const std::vector<uri::OtpauthUri>& a, const std::vector<uri::OtpauthUri>& b) noexcept
{
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (!uri::equivalent(a[i], b[i])) {
            return false;
        }
    }
    return true;
}

BackupOutcome runBackupJob(const BackupJob& job)
{
    const QFileInfo folder(job.folder);
    if (job.folder.isEmpty() || !folder.isDir()) {
        return failed(BackupError::FolderMissing, job.folder + u": no such folder"_s);
    }
    const QDir dir(job.folder);
    const QList<BackupFileName> before = listBackups(job.folder);
    BackupOutcome outcome;
    describe(outcome, job.folder, before);
    if (job.mode == BackupJob::Mode::Scan) {
        return outcome;
    }
    if (!job.key) {
        return failed(BackupError::KeyMissing, u"no backup key"_s);
    }
    if (job.mode == BackupJob::Mode::IfChanged && !before.isEmpty() &&
        holds(outcome.newestPath, *job.key, job.accounts)) {
        return outcome; // already backed up
    }
    if (!folder.isWritable()) {
        return failed(BackupError::FolderNotWritable, job.folder + u": not writable"_s);
    }

    const auto text = backup::writeBackup(job.accounts, *job.key);
    if (!text) {
        return failed(BackupError::CryptoFailed, QString::fromStdString(text.error().detail));
    }
    const BackupFileName name = nextName(dir, job.now, before);
    const QString path = dir.filePath(name.name);
    const StoreResult saved = writeFileAtomically(path, QByteArray::fromStdString(*text));
    if (!saved.ok()) {
        return failed(writeError(saved, job.folder), saved.detail);
    }
    // Safely written means: it reads back, opens with the key and holds these accounts.
    if (!holds(path, *job.key, job.accounts)) {
        QFile::remove(path);
        return failed(BackupError::WriteFailed, path + u": did not read back as written"_s);
    }

    const QList<BackupFileName> after = listBackups(job.folder);
    QList<BackupFileName> kept;
    for (const BackupFileName& backup : after) {
        if (kept.size() < qMax(job.keep, 1) || backup.name == name.name) {
            kept.append(backup);
        } else if (QFile::remove(dir.filePath(backup.name))) {
            outcome.removed.append(backup.name);
        } else {
            kept.append(backup); // still there: counted, tried again after the next backup
        }
    }
    outcome.written = true;
    describe(outcome, job.folder, kept);
    return outcome;
}

} // namespace sandi
