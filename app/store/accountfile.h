#pragma once
// The account store's files in its data folder (docs/account-store.md):
//   accounts.json            the accounts, replaced atomically (QSaveFile)
//   accounts.last-good.json  a copy of the last file this program wrote and verified
//   accounts.lock            a QLockFile held while a process recovers or changes the files
// Every function here blocks on the disk: the store calls them on a worker thread
// (QtConcurrent), never on the GUI thread. AccountFile is a value (paths only), safe to copy into
// a worker.

#include "app/store/account.h"
#include "app/store/storestatus.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace sandi {

class AccountFile
{
public:
    explicit AccountFile(QString dir);

    [[nodiscard]] const QString& dir() const noexcept { return m_dir; }
    [[nodiscard]] QString path() const;
    [[nodiscard]] QString lastGoodPath() const;
    [[nodiscard]] QString lockPath() const;

    struct Loaded
    {
        QList<Account> accounts;
        LoadReport report;
        bool writable = true; // false: a bad file could not be moved aside, so it must not be overwritten
    };

    // Reads the accounts. A damaged or newer file is moved aside under a timestamped name (`now`, UTC)
    // and the last good copy is loaded and written back as accounts.json; nothing is ever deleted.
    // Creates the folder if needed, so that it can be watched.
    [[nodiscard]] Loaded load(const QDateTime& now) const;

    // Writes `accounts` atomically (sortOrder renumbered from 0, times to whole UTC seconds), then
    // refreshes the last good copy. On failure accounts.json is unchanged. Does not take the lock:
    // processes that share the folder go through modify().
    [[nodiscard]] StoreResult save(const QList<Account>& accounts) const;

    using Edit = std::function<StoreResult(QList<Account>& accounts)>;
    struct Modified
    {
        Loaded loaded;           // what was on disk before the edit
        QList<Account> accounts; // after a successful edit as saved, else loaded.accounts
        StoreResult result;
    };

    // Under the lock: reloads the file (so another process's changes are kept), applies `edit`,
    // saves. `edit` runs on the worker thread: it must only touch its argument and its own copies.
    [[nodiscard]] Modified modify(const Edit& edit, const QDateTime& now) const;

    // The form save() writes: sortOrder = position, created in whole UTC seconds.
    [[nodiscard]] static QList<Account> normalized(QList<Account> accounts);

private:
    [[nodiscard]] Loaded loadLocked(const QDateTime& now) const;

    QString m_dir;
};

// Writes `bytes` to `path` through QSaveFile (temporary file, fsync, rename), mode 0600. On any
// failure the previous file is untouched: DiskFull when the disk reported no space, else WriteFailed.
[[nodiscard]] StoreResult writeFileAtomically(const QString& path, const QByteArray& bytes);

} // namespace sandi
