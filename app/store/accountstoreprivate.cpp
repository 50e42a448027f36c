#include "app/store/accountstoreprivate.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>

namespace sandi {

namespace {

SecretState stateFor(SecretStatus status)
{
    switch (status) {
    case SecretStatus::Ok:
        return SecretState::Loaded;
    case SecretStatus::NotFound:
        return SecretState::Missing;
    case SecretStatus::AccessDenied:
        return SecretState::Denied;
    case SecretStatus::Unavailable:
        return SecretState::KeychainUnavailable;
    case SecretStatus::Failed:
        break;
    }
    return SecretState::Failed;
}

// Runs `work` on the global thread pool, then `done` with its result on `context`'s thread: always
// later from the event loop (QFuture::then(context) in Qt 6.4 runs a continuation at once when the
// work has already finished), and never once `context` is gone, because the watcher is its child.
template <class Work, class Done> void runOffThread(QObject* context, Work work, Done done)
{
    using Value = std::invoke_result_t<Work>;
    auto* watcher = new QFutureWatcher<Value>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() mutable {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace

void AccountStore::Private::enqueue(std::function<void()> job)
{
    jobs.push_back(std::move(job));
    // Start from the event loop: no callback or signal ever comes from inside a public call.
    QMetaObject::invokeMethod(
        q, [this] { runNextJob(); }, Qt::QueuedConnection);
}

void AccountStore::Private::runNextJob()
{
    if (jobRunning || jobs.empty()) {
        return;
    }
    jobRunning = true;
    auto job = std::move(jobs.front());
    jobs.pop_front();
    job();
}

void AccountStore::Private::jobDone()
{
    jobRunning = false;
    runNextJob();
}

bool AccountStore::Private::checkWritable(const Done& done, const QString& id)
{
    if (!isReadOnly()) {
        return true;
    }
    done(StoreResult{keychainUnavailable ? StoreError::KeychainUnavailable : StoreError::ReadOnly, id, {}});
    jobDone();
    return false;
}

void AccountStore::Private::updateReadOnly(bool keychainGone, bool writable)
{
    const bool before = isReadOnly();
    keychainUnavailable = keychainGone;
    fileWritable = writable;
    if (before != isReadOnly()) {
        Q_EMIT q->readOnlyChanged(isReadOnly());
    }
}

void AccountStore::Private::startEdit(AccountFile::Edit edit, Then finish)
{
    const auto work = [file = file, edit = std::move(edit), now = QDateTime::currentDateTimeUtc()] {
        return file.modify(edit, now);
    };
    runOffThread(q, work, [this, finish = std::move(finish)](AccountFile::Modified modified) {
        const bool recovered = noteLoad(modified.loaded);
        if (modified.result.ok()) {
            applyList(std::move(modified.accounts));
        } else if (recovered) {
            applyList(modified.loaded.accounts);
        }
        if (recovered && loadedOnce) {
            Q_EMIT q->loaded(modified.loaded.report);
        }
        finish(std::move(modified));
        jobDone();
    });
}

void AccountStore::Private::runEdit(const QString& id, AccountFile::Edit edit, Done done)
{
    enqueue([this, id, edit = std::move(edit), done = std::move(done)]() mutable {
        if (checkWritable(done, id)) {
            startEdit(std::move(edit), [done](AccountFile::Modified modified) { done(modified.result); });
        }
    });
}

bool AccountStore::Private::noteLoad(const AccountFile::Loaded& loaded)
{
    updateReadOnly(keychainUnavailable, loaded.writable);
    const auto status = loaded.report.status;
    return status != LoadStatus::Ok && status != LoadStatus::NoFile;
}

bool AccountStore::Private::applyList(QList<Account> list)
{
    if (list == accounts) {
        return false;
    }
    QSet<QString> ids;
    for (const auto& account : list) {
        ids.insert(account.id);
    }
    for (const auto& account : std::as_const(accounts)) {
        if (!ids.contains(account.id)) {
            secretValues.erase(account.id);
            states.remove(account.id);
        }
    }
    accounts = std::move(list);
    for (const auto& account : std::as_const(accounts)) {
        if (!states.contains(account.id)) {
            states.insert(account.id, SecretState::NotRequested);
            if (loading == SecretLoading::All && loadedOnce) {
                requestSecret(account.id);
            }
        }
    }
    return true;
}

void AccountStore::Private::startLoad(bool initial)
{
    const auto work = [file = file, now = QDateTime::currentDateTimeUtc()] { return file.load(now); };
    runOffThread(q, work, [this, initial](AccountFile::Loaded loaded) {
        const bool recovered = noteLoad(loaded);
        const bool changed = applyList(std::move(loaded.accounts));
        armWatcher();
        if (initial) {
            loadedOnce = true;
            Q_EMIT q->loaded(loaded.report);
            if (loading == SecretLoading::All) {
                q->retrySecrets();
            }
        } else if (recovered) {
            Q_EMIT q->loaded(loaded.report);
        } else if (changed) {
            Q_EMIT q->accountsChanged();
        }
        jobDone();
    });
}

void AccountStore::Private::armWatcher()
{
    // An atomic replace gives the path a new file: watch it again after every change.
    if (!watcher.directories().contains(file.dir())) {
        watcher.addPath(file.dir());
    }
    if (!watcher.files().contains(file.path()) && QFileInfo::exists(file.path())) {
        watcher.addPath(file.path());
    }
}

void AccountStore::Private::scheduleReload()
{
    if (!loadedOnce || reloadQueued) {
        return;
    }
    reloadQueued = true;
    enqueue([this] {
        reloadQueued = false; // events from now on need another reload
        startLoad(false);
    });
}

void AccountStore::Private::requestSecret(const QString& id)
{
    if (states.value(id) == SecretState::Loading) {
        return;
    }
    states.insert(id, SecretState::Loading);
    secrets->read(id, q, [this, id](SecretResult result, SecretBytes value) {
        onSecretRead(id, std::move(result), std::move(value));
    });
}

void AccountStore::Private::probeKeychain()
{
    // With no account there is no secret to read, yet the user should learn before adding one
    // that the keychain is missing. A key no account has: NotFound means the keychain answers.
    secrets->read(QStringLiteral("sandi-keychain-probe"), q, [this](SecretResult result, SecretBytes) {
        if (result.status == SecretStatus::Unavailable) {
            updateReadOnly(true, fileWritable);
        } else if (keychainUnavailable) {
            updateReadOnly(false, fileWritable);
        }
    });
}

void AccountStore::Private::onSecretRead(const QString& id, SecretResult result, SecretBytes value)
{
    if (!states.contains(id)) {
        return; // removed meanwhile
    }
    states.insert(id, stateFor(result.status));
    if (result.status != SecretStatus::Unavailable && keychainUnavailable) {
        updateReadOnly(false, fileWritable); // the keychain answered: it is there again
    }
    if (result.ok()) {
        secretValues[id] = std::move(value);
        Q_EMIT q->secretLoaded(id);
        return;
    }
    if (result.status == SecretStatus::Unavailable) {
        updateReadOnly(true, fileWritable);
    }
    Q_EMIT q->secretFailed(id, result);
}

void AccountStore::Private::noteKeychainResult(const SecretResult& result)
{
    if (result.status == SecretStatus::Unavailable) {
        updateReadOnly(true, fileWritable);
    }
}

const SecretBytes* AccountStore::Private::secretFor(const QString& id) const
{
    const auto it = secretValues.find(id);
    return it == secretValues.end() ? nullptr : &it->second;
}

} // namespace sandi
