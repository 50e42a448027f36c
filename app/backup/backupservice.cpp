#include "app/backup/backupservice.h"

#include "app/scan/offthread.h"
#include "app/settings.h"
#include "app/store/accountsnapshot.h"
#include "app/store/accountstore.h"

#include <QDir>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace sandi {

namespace {

Q_LOGGING_CATEGORY(lcBackup, "sandi.backup", QtWarningMsg)

} // namespace

BackupService::BackupService(AccountStore* store, SecretStore* secrets, Settings* settings, QObject* parent)
    : BackupService(store, secrets, settings, Options{}, parent)
{}

BackupService::BackupService(AccountStore* store, SecretStore* secrets, Settings* settings, Options options,
                             QObject* parent)
    : QObject(parent), m_store(store), m_secrets(secrets), m_settings(settings), m_options(options)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &BackupService::runPending);
    connect(m_store, &AccountStore::loaded, this, &BackupService::onLoaded);
    connect(m_store, &AccountStore::accountsChanged, this, &BackupService::onAccountsChanged);
    connect(m_store, &AccountStore::secretLoaded, this, &BackupService::onSecretAnswered);
    connect(m_store, &AccountStore::secretFailed, this, &BackupService::onSecretAnswered);
}

BackupService::~BackupService() = default;

bool BackupService::enabled() const
{
    return m_settings->backupEnabled();
}

QString BackupService::folder() const
{
    return m_settings->backupFolder();
}

int BackupService::keep() const
{
    return m_settings->backupKeep();
}

int BackupService::accountCount() const
{
    return int(m_store->accounts().size());
}

void BackupService::setFolder(const QString& folder)
{
    if (QDir::cleanPath(folder) == this->folder()) {
        return;
    }
    m_settings->setBackupFolder(folder);
    m_settings->sync();
    m_newestTime = {};
    m_newestPath.clear();
    m_count = 0;
    m_folderSeen = false;
    notify();
    request(m_key && enabled() ? BackupJob::Mode::IfChanged : BackupJob::Mode::Scan, true);
}

void BackupService::setKeep(int keep)
{
    m_settings->setBackupKeep(keep);
    m_settings->sync();
    notify();
}

void BackupService::backUpNow()
{
    if (enabled() && m_key) {
        request(BackupJob::Mode::Always, true);
    }
}

void BackupService::flush()
{
    if (m_pending && m_timer.isActive()) {
        m_timer.stop();
        runPending();
    }
}

BackupService::Activity BackupService::activity() const noexcept
{
    if (m_creatingKey) {
        return Activity::CreatingKey;
    }
    if (m_jobRunning && m_jobWrites) {
        return Activity::Writing;
    }
    if (m_pending && *m_pending != BackupJob::Mode::Scan) {
        return Activity::Waiting;
    }
    return Activity::Idle;
}

void BackupService::onLoaded(const LoadReport& report)
{
    // A list that could not be read is empty: backing it up would push real backups out.
    m_storeUsable = report.status != LoadStatus::Unreadable;
    request(BackupJob::Mode::IfChanged, true);
    notify(); // the number of accounts, for the warnings, even when backups are off
}

void BackupService::onAccountsChanged()
{
    request(BackupJob::Mode::IfChanged, false);
    notify();
}

void BackupService::onSecretAnswered()
{
    if (m_error == BackupError::SecretsUnavailable) {
        request(BackupJob::Mode::IfChanged, true); // a secret came back (e.g. the keychain was unlocked)
    } else if (m_pending && !m_timer.isActive()) {
        runPending(); // perhaps the last secret a backup waits for
    }
    if (m_status == Status::Failed && !m_key && !m_readingKey && enabled()) {
        readKey(); // the keychain answers again: the key may be readable now
    }
}

void BackupService::request(BackupJob::Mode mode, bool now)
{
    if (mode != BackupJob::Mode::Scan && !enabled()) {
        return;
    }
    if (!m_pending || *m_pending < mode) {
        m_pending = mode;
    }
    if (now) {
        m_timer.start(0);
    } else {
        if (!m_timer.isActive() || m_deadline.hasExpired()) {
            m_deadline.setRemainingTime(m_options.maxDelay);
        }
        // Each change restarts the quiet time, but never beyond the deadline of the first one.
        const auto remaining = std::chrono::milliseconds(m_deadline.remainingTime());
        m_timer.start(std::min(m_options.delay, remaining));
    }
    notify();
}

void BackupService::runPending()
{
    if (m_jobRunning || !m_pending || m_timer.isActive()) {
        return;
    }
    BackupJob job;
    job.mode = *m_pending;
    job.folder = folder();
    job.keep = keep();
    job.now = QDateTime::currentDateTimeUtc();
    if (job.mode != BackupJob::Mode::Scan) {
        if (!enabled() || !m_key) {
            job.mode = BackupJob::Mode::Scan; // no key (yet): at least look at the folder
        } else if (!m_store->isLoaded() || (m_storeUsable && secretsPending(*m_store))) {
            return notify(); // onLoaded() or onSecretAnswered() asks again
        } else if (!m_storeUsable) {
            m_pending.reset();
            setState(Status::Failed, BackupError::SecretsUnavailable,
                     tr("The account list could not be read, so Sandi does not back it up; the earlier backups "
                        "are kept."));
            Q_EMIT backupFailed(BackupError::SecretsUnavailable);
            return;
        } else {
            auto snapshot = accountSnapshot(*m_store);
            if (!snapshot) {
                m_pending.reset();
                qCWarning(lcBackup) << "backup not written:" << snapshot.error().detail.c_str();
                setState(Status::Failed, BackupError::SecretsUnavailable, snapshotProblemText(*m_store));
                Q_EMIT backupFailed(BackupError::SecretsUnavailable);
                return;
            }
            job.accounts = std::move(*snapshot);
            job.key = m_key;
        }
    }
    m_pending.reset();
    m_jobRunning = true;
    m_jobWrites = job.mode != BackupJob::Mode::Scan;
    notify();
    const BackupJob::Mode mode = job.mode;
    const QString jobFolder = job.folder;
    auto shared = std::make_shared<BackupJob>(std::move(job));
    runOffThread(
        this, [shared] { return runBackupJob(*shared); },
        [this, mode, jobFolder](const BackupOutcome& outcome) { onJobDone(outcome, mode, jobFolder); });
}

void BackupService::onJobDone(const BackupOutcome& outcome, BackupJob::Mode mode, const QString& jobFolder)
{
    m_jobRunning = false;
    m_jobWrites = false;
    if (jobFolder != folder()) {
        notify(); // the folder changed meanwhile: its own job follows
        return runPending();
    }
    if (outcome.error == BackupError::None) {
        // After a failure the last backup seen stays: it is still the last one that worked.
        m_newestTime = outcome.newestTime;
        m_newestPath = outcome.newestPath;
        m_count = outcome.count;
        m_folderSeen = true;
        if (mode != BackupJob::Mode::Scan && enabled() && m_key) {
            setState(Status::Ready, BackupError::None);
        }
    } else {
        qCWarning(lcBackup) << "backup failed:" << outcome.detail;
        if (enabled() && m_status != Status::NeedsPassword) {
            setState(Status::Failed, outcome.error);
        }
        Q_EMIT backupFailed(outcome.error);
    }
    if (outcome.written) {
        if (!outcome.removed.isEmpty()) {
            qCDebug(lcBackup) << "removed old backups:" << outcome.removed;
        }
        Q_EMIT backupWritten(outcome.newestPath);
    }
    notify();
    runPending();
}

void BackupService::setState(Status status, BackupError error, QString problem)
{
    m_status = status;
    m_error = error;
    m_problem = error == BackupError::SecretsUnavailable ? std::move(problem) : QString();
    notify();
}

void BackupService::notify()
{
    const QString now = u"%1 %2 %3 %4 %5 %6 %7 %8 %9 %10"_s.arg(int(m_status))
                            .arg(int(activity()))
                            .arg(int(m_error))
                            .arg(m_problem, m_newestPath, m_newestTime.toString(Qt::ISODate))
                            .arg(m_count)
                            .arg(int(m_folderSeen))
                            .arg(keep())
                            .arg(accountCount());
    if (now != m_notified) {
        m_notified = now;
        Q_EMIT changed();
    }
}

} // namespace sandi
