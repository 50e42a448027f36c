#pragma once
// AccountStore's inside: the in-memory list and secrets, the job queue that runs changes one at a
// time, and the file watcher. Only accountstore.cpp and accountstoreprivate.cpp include this.

#include "app/store/accountfile.h"
#include "app/store/accountstore.h"

#include <QFileSystemWatcher>
#include <QHash>

#include <deque>
#include <functional>
#include <map>

namespace sandi {

class AccountStore::Private
{
public:
    Private(AccountStore* store, QString dir, SecretStore* secretStore)
        : q(store), file(std::move(dir)), secrets(secretStore)
    {}

    using Then = std::function<void(AccountFile::Modified)>;

    AccountStore* q;
    AccountFile file;
    SecretStore* secrets;
    QList<Account> accounts;
    std::map<QString, SecretBytes> secretValues;
    QHash<QString, SecretState> states;
    SecretLoading loading = SecretLoading::All;
    bool loadedOnce = false;
    bool keychainUnavailable = false;
    bool fileWritable = true;
    // One job at a time, in call order: a job calls jobDone() exactly once when it is over.
    std::deque<std::function<void()>> jobs;
    bool jobRunning = false;
    QFileSystemWatcher watcher;
    bool reloadQueued = false;

    void enqueue(std::function<void()> job);
    void jobDone();

    [[nodiscard]] bool isReadOnly() const { return keychainUnavailable || !fileWritable; }
    // Fails the job if the store is read-only; true when it may go on.
    bool checkWritable(const Done& done, const QString& id);
    void updateReadOnly(bool keychainGone, bool writable);
    // A keychain answer to a change: Unavailable makes the store read-only.
    void noteKeychainResult(const SecretResult& result);

    // Runs `edit` on a worker thread (lock, reload, edit, save); `finish` runs on this thread, then
    // the job ends. A change that was not saved changes nothing in memory either.
    void startEdit(AccountFile::Edit edit, Then finish);
    // startEdit() as a job of its own, refused while read-only.
    void runEdit(const QString& id, AccountFile::Edit edit, Done done);

    // Loads on a worker thread; `initial` for load(), else a reload after a file change.
    void startLoad(bool initial);
    // What a (re)load found on disk: the read-only state follows the file. True when the file had
    // to be recovered, which the caller reports through loaded().
    bool noteLoad(const AccountFile::Loaded& loaded);
    // Replaces the list; drops the secrets of removed accounts and asks for those of new ones.
    bool applyList(QList<Account> list);
    void armWatcher();
    void scheduleReload();

    void requestSecret(const QString& id);
    void probeKeychain();
    void onSecretRead(const QString& id, SecretResult result, SecretBytes value);
    [[nodiscard]] const SecretBytes* secretFor(const QString& id) const;

private:
    void runNextJob();
};

} // namespace sandi
