#include "app/store/accountfile.h"

#include "app/store/accountjson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QStorageInfo>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace sandi {

namespace {

// How long a change waits for another process's change; a change takes milliseconds.
constexpr auto kLockTimeout = 10s;
// A file this large is not an account list (thousands of accounts take well under 1 MiB).
constexpr qint64 kMaxFileSize = 16 * 1024 * 1024;

struct FileRead
{
    enum class State
    {
        Missing,
        ReadError,
        Read,
    } state = State::Missing;
    QByteArray bytes;
    QString error;
};

FileRead readFile(const QString& path)
{
    QFile file(path);
    if (!file.exists()) {
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return {FileRead::State::ReadError, {}, file.errorString()};
    }
    QByteArray bytes = file.read(kMaxFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        return {FileRead::State::ReadError, {}, file.errorString()};
    }
    return {FileRead::State::Read, std::move(bytes), {}};
}

// Renames `path` to BASE.KIND-TIMESTAMP[-N].json next to it; copies if renaming fails. Returns
// the new path, or an empty string if the file could be neither renamed nor copied.
QString keepAside(const QString& path, const QString& kind, const QDateTime& now)
{
    const QFileInfo info(path);
    const QString stem = info.dir().filePath(info.completeBaseName() + u'.' + kind + u'-' +
                                             now.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s));
    QString target = stem + u".json"_s;
    for (int n = 2; QFile::exists(target); ++n) {
        target = stem + u'-' + QString::number(n) + u".json"_s;
    }
    if (QFile::rename(path, target) || QFile::copy(path, target)) {
        return target;
    }
    return {};
}

StoreResult saveError(QFileDevice::FileError error, const QString& path, const QString& text)
{
    // Qt reports ENOSPC (and EDQUOT) as ResourceError; every other failure is a plain write error.
    const StoreError code = error == QFileDevice::ResourceError ? StoreError::DiskFull : StoreError::WriteFailed;
    return StoreResult{code, {}, path + u": "_s + text};
}

AccountFile::Loaded unreadable(QString detail, bool writable)
{
    return AccountFile::Loaded{{}, LoadReport{LoadStatus::Unreadable, {}, std::move(detail)}, writable};
}

} // namespace

StoreResult writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    // Unbuffered: a short write shows here, not hidden in a flush inside commit().
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        return saveError(file.error(), path, file.errorString());
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // QFile::write() returns a short count without an error when the disk fills up part way;
    // writing the rest then fails with the real reason. Commit only a complete file.
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 n = file.write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0) {
            const StoreResult result = saveError(file.error(), path, file.errorString());
            file.cancelWriting();
            return result;
        }
        written += n;
    }
    if (!file.commit()) {
        return saveError(file.error(), path, file.errorString());
    }
    return {};
}

AccountFile::AccountFile(QString dir) : m_dir(std::move(dir)) {}

QString AccountFile::path() const
{
    return QDir(m_dir).filePath(u"accounts.json"_s);
}

QString AccountFile::lastGoodPath() const
{
    return QDir(m_dir).filePath(u"accounts.last-good.json"_s);
}

QString AccountFile::lockPath() const
{
    return QDir(m_dir).filePath(u"accounts.lock"_s);
}

QList<Account> AccountFile::normalized(QList<Account> accounts)
{
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        auto& account = accounts[i];
        account.sortOrder = int(i);
        account.created = QDateTime::fromSecsSinceEpoch(account.created.toSecsSinceEpoch(), Qt::UTC);
    }
    return accounts;
}

AccountFile::Loaded AccountFile::load(const QDateTime& now) const
{
    QDir().mkpath(m_dir);
    // Fast path without the lock: files are replaced atomically, so a reader sees a whole file.
    const FileRead main = readFile(path());
    if (main.state == FileRead::State::Read) {
        auto decoded = decodeAccounts(main.bytes);
        if (decoded.status == DecodeStatus::Ok) {
            return Loaded{std::move(decoded.accounts), {}, true};
        }
    } else if (main.state == FileRead::State::Missing && !QFile::exists(lastGoodPath())) {
        return Loaded{{}, LoadReport{LoadStatus::NoFile, {}, {}}, true};
    }
    // Recovery moves files: do it under the lock, and look again once holding it.
    QLockFile lock(lockPath());
    if (!lock.tryLock(kLockTimeout)) {
        return unreadable(u"the account files are locked by another process"_s, false);
    }
    return loadLocked(now);
}

AccountFile::Loaded AccountFile::loadLocked(const QDateTime& now) const
{
    const FileRead main = readFile(path());
    if (main.state == FileRead::State::ReadError) {
        // Never overwrite a file that could not even be read.
        return unreadable(path() + u": "_s + main.error, false);
    }
    if (main.state == FileRead::State::Missing && !QFile::exists(lastGoodPath())) {
        return Loaded{{}, LoadReport{LoadStatus::NoFile, {}, {}}, true};
    }
    Loaded loaded;
    QString keptAs;
    bool newer = false;
    if (main.state == FileRead::State::Read) {
        auto decoded = decodeAccounts(main.bytes);
        if (decoded.status == DecodeStatus::Ok) {
            return Loaded{std::move(decoded.accounts), {}, true};
        }
        newer = decoded.status == DecodeStatus::NewerVersion;
        keptAs = keepAside(path(), newer ? u"newer"_s : u"damaged"_s, now);
        loaded.writable = !keptAs.isEmpty();
        loaded.report.detail = decoded.detail;
    } else {
        loaded.report.detail = u"accounts.json is missing"_s;
    }
    loaded.report.keptAsidePath = keptAs;
    const FileRead lastGood = readFile(lastGoodPath());
    auto decoded = lastGood.state == FileRead::State::Read ? decodeAccounts(lastGood.bytes) : DecodedAccounts{};
    if (lastGood.state == FileRead::State::Read && decoded.status == DecodeStatus::Ok) {
        loaded.report.status = newer ? LoadStatus::NewerVersion : LoadStatus::RecoveredFromLastGood;
        loaded.accounts = std::move(decoded.accounts);
        if (loaded.writable) {
            // Put the good copy back in place; if that fails the next save writes it anyway.
            const auto restored = writeFileAtomically(path(), lastGood.bytes);
            if (!restored.ok()) {
                loaded.report.detail += u"; restoring accounts.json failed: "_s + restored.detail;
            }
        }
        return loaded;
    }
    loaded.report.status = LoadStatus::Unreadable;
    if (lastGood.state == FileRead::State::ReadError) {
        loaded.writable = false;
        loaded.report.detail += u"; "_s + lastGood.error;
    } else if (lastGood.state == FileRead::State::Read) {
        // A bad last good copy would be replaced by the next save: keep it too.
        loaded.report.detail += u"; last good copy: "_s + decoded.detail;
        if (keepAside(lastGoodPath(), u"damaged"_s, now).isEmpty()) {
            loaded.writable = false;
        }
    } else {
        loaded.report.detail += u"; no last good copy"_s;
    }
    return loaded;
}

StoreResult AccountFile::save(const QList<Account>& accounts) const
{
    if (!QDir().mkpath(m_dir)) {
        return StoreResult{StoreError::WriteFailed, {}, m_dir + u": cannot create the folder"_s};
    }
    const QList<Account> normal = normalized(accounts);
    const QByteArray bytes = encodeAccounts(normal);
    // Never write what this program cannot read back: the last good copy depends on it.
    const auto check = decodeAccounts(bytes);
    if (check.status != DecodeStatus::Ok || check.accounts != normal) {
        return StoreResult{StoreError::WriteFailed, {}, u"the encoded accounts do not read back: "_s + check.detail};
    }
    StoreResult result = writeFileAtomically(path(), bytes);
    if (!result.ok()) {
        return result;
    }
    // accounts.json is saved; a failure here only leaves an older last good copy.
    const auto copy = writeFileAtomically(lastGoodPath(), bytes);
    if (!copy.ok()) {
        result.detail = u"last good copy not refreshed: "_s + copy.detail;
    }
    return result;
}

AccountFile::Modified AccountFile::modify(const Edit& edit, const QDateTime& now) const
{
    Modified modified;
    QDir().mkpath(m_dir);
    QLockFile lock(lockPath());
    if (!lock.tryLock(kLockTimeout)) {
        const bool full = QStorageInfo(m_dir).bytesAvailable() == 0;
        const StoreError error = lock.error() == QLockFile::LockFailedError
                                     ? StoreError::Busy
                                     : (full ? StoreError::DiskFull : StoreError::WriteFailed);
        modified.result = StoreResult{error, {}, lockPath() + u": cannot take the lock"_s};
        return modified;
    }
    modified.loaded = loadLocked(now);
    modified.accounts = modified.loaded.accounts;
    if (!modified.loaded.writable) {
        modified.result = StoreResult{StoreError::ReadOnly, {}, modified.loaded.report.detail};
        return modified;
    }
    QList<Account> edited = modified.loaded.accounts;
    modified.result = edit(edited);
    if (!modified.result.ok()) {
        return modified;
    }
    const QString id = modified.result.id;
    modified.result = save(edited);
    modified.result.id = id;
    if (modified.result.ok()) {
        modified.accounts = normalized(std::move(edited));
    }
    return modified;
}

} // namespace sandi
