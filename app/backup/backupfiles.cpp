#include "app/backup/backupfiles.h"

#include "app/scan/offthread.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sandi {

namespace {

const QString kTimeFormat = u"yyyyMMdd'T'HHmmss'Z'"_s;

const QRegularExpression& namePattern()
{
    static const QRegularExpression pattern(
        u"^sandi-backup-([0-9]{8})T([0-9]{6})Z(?:-([2-9]|[1-9][0-9]{1,5}))?\\.sandi$"_s);
    return pattern;
}

} // namespace

QString backupFileName(const QDateTime& utc, int sequence)
{
    const QString stamp = utc.toUTC().toString(kTimeFormat);
    if (sequence <= 1) {
        return u"sandi-backup-%1.sandi"_s.arg(stamp);
    }
    return u"sandi-backup-%1-%2.sandi"_s.arg(stamp).arg(sequence);
}

std::optional<BackupFileName> parseBackupFileName(const QString& name)
{
    const QRegularExpressionMatch match = namePattern().match(name);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    // Date and time apart, as UTC: read as one local time, a name could fall into a DST gap.
    const QDate date = QDate::fromString(match.captured(1), u"yyyyMMdd"_s);
    const QTime time = QTime::fromString(match.captured(2), u"HHmmss"_s);
    if (!date.isValid() || !time.isValid()) {
        return std::nullopt; // 20261399T250000Z has the right shape but is no time
    }
    const int sequence = match.hasCaptured(3) ? match.captured(3).toInt() : 1;
    return BackupFileName{name, QDateTime(date, time, Qt::UTC), sequence};
}

bool newerThan(const BackupFileName& a, const BackupFileName& b) noexcept
{
    if (a.time != b.time) {
        return a.time > b.time;
    }
    return a.sequence > b.sequence;
}

QList<BackupFileName> listBackups(const QString& dir)
{
    QList<BackupFileName> found;
    const QFileInfoList entries =
        QDir(dir).entryInfoList({u"sandi-backup-*.sandi"_s}, QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    for (const QFileInfo& entry : entries) {
        if (auto parsed = parseBackupFileName(entry.fileName())) {
            found.append(std::move(*parsed));
        }
    }
    std::sort(found.begin(), found.end(), newerThan);
    return found;
}

void findNewestBackup(QObject* context, const QString& dir, std::function<void(const QString&)> done)
{
    runOffThread(
        context,
        [dir] {
            const auto backups = listBackups(dir);
            return backups.isEmpty() ? QString() : QDir(dir).filePath(backups.first().name);
        },
        [done = std::move(done)](const QString& newest) { done(newest); });
}

} // namespace sandi
