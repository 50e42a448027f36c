// BackupService and its key: read from the keychain at start, made from the password (scrypt
// on a worker thread) and kept in the keychain, removed when backups are turned off.

#include "app/backup/backuppassword.h"
#include "app/backup/backupservice.h"
#include "app/keychain/secretstore.h"
#include "app/scan/offthread.h"
#include "app/settings.h"

#include <QDir>
#include <QLoggingCategory>

#include <string_view>

using namespace Qt::StringLiterals;

namespace sandi {

namespace {

Q_LOGGING_CATEGORY(lcBackup, "sandi.backup", QtWarningMsg)

BackupError keychainError(SecretStatus status)
{
    switch (status) {
    case SecretStatus::Ok:
        return BackupError::None;
    case SecretStatus::NotFound:
        return BackupError::KeyMissing;
    case SecretStatus::AccessDenied:
        return BackupError::KeychainDenied;
    case SecretStatus::Unavailable:
        return BackupError::KeychainUnavailable;
    case SecretStatus::Failed:
        break;
    }
    return BackupError::KeychainFailed;
}

// What a key-making job hands back (QFuture results must be copyable: the key is not).
struct KeyOutcome
{
    Result<backup::BackupKey> key = fail(Errc::CryptoFailure);
    BackupError folderError = BackupError::None;
};

// The password as UTF-8 in wiped memory; the QByteArray copy is zero-filled at once.
SecretBytes passwordBytes(const QString& password)
{
    QByteArray utf8 = password.toUtf8();
    SecretBytes bytes(std::as_bytes(std::span<const char>(utf8.constData(), std::size_t(utf8.size()))));
    utf8.fill('\0');
    return bytes;
}

} // namespace

void BackupService::start()
{
    if (!enabled()) {
        setState(Status::Off, BackupError::None);
        return;
    }
    setState(Status::Starting, BackupError::None);
    request(BackupJob::Mode::Scan, true); // the last backup's time, even before the key is read
    readKey();
}

void BackupService::readKey()
{
    m_readingKey = true;
    m_secrets->read(QString::fromUtf16(kKeychainKey), this,
                    [this, generation = m_keyGeneration](SecretResult result, SecretBytes bytes) {
                        m_readingKey = false;
                        if (generation == m_keyGeneration) {
                            onKeyRead(result, std::move(bytes));
                        }
                    });
}

void BackupService::onKeyRead(const SecretResult& result, SecretBytes bytes)
{
    if (!enabled()) {
        return;
    }
    if (!result.ok()) {
        qCWarning(lcBackup) << "cannot read the backup key:" << result.message;
        const BackupError error = keychainError(result.status);
        setState(error == BackupError::KeyMissing ? Status::NeedsPassword : Status::Failed, error);
        return;
    }
    auto key = backup::BackupKey::deserialize(bytes.view());
    if (!key) {
        qCWarning(lcBackup) << "the backup key in the keychain is not usable:" << key.error().detail.c_str();
        setState(Status::NeedsPassword, BackupError::KeyMissing);
        return;
    }
    m_key = std::make_shared<const backup::BackupKey>(std::move(*key));
    setState(Status::Ready, BackupError::None);
    request(BackupJob::Mode::IfChanged, true);
}

bool BackupService::enable(const QString& folder, int keep, const QString& password)
{
    return createKey(password, folder, keep, true);
}

bool BackupService::changePassword(const QString& password)
{
    return enabled() && createKey(password, folder(), keep(), false);
}

bool BackupService::createKey(const QString& password, const QString& folderToCreate, int keep, bool enabling)
{
    if (m_creatingKey || checkBackupPassword(password, password) != PasswordProblem::None) {
        return false;
    }
    const int generation = ++m_keyGeneration;
    m_creatingKey = true;
    notify();
    auto work = [password = std::make_shared<SecretBytes>(passwordBytes(password)), params = m_options.scrypt,
                 folder = folderToCreate] {
        auto outcome = std::make_shared<KeyOutcome>();
        // The folder first: a folder that cannot be made must not cost the user a scrypt wait.
        if (!QDir().mkpath(folder)) {
            outcome->folderError = BackupError::FolderMissing;
            return outcome;
        }
        const auto view = password->view();
        outcome->key = backup::BackupKey::create(
            std::string_view(reinterpret_cast<const char*>(view.data()), view.size()), params);
        return outcome;
    };
    runOffThread(this, std::move(work), [this, generation, folderToCreate, keep, enabling](auto outcome) {
        if (generation != m_keyGeneration) {
            return; // turned off meanwhile
        }
        const Status failedStatus = enabling ? Status::Off : m_status;
        if (outcome->folderError != BackupError::None || !outcome->key) {
            m_creatingKey = false;
            if (outcome->key || outcome->folderError != BackupError::None) {
                return setState(failedStatus, outcome->folderError);
            }
            qCWarning(lcBackup) << "cannot make the backup key:" << outcome->key.error().detail.c_str();
            return setState(failedStatus, BackupError::CryptoFailed);
        }
        auto key = std::make_shared<const backup::BackupKey>(std::move(*outcome->key));
        const SecretBytes serialized = key->serialize();
        m_secrets->write(QString::fromUtf16(kKeychainKey), serialized, this,
                         [this, generation, key, folderToCreate, keep, enabling, failedStatus](SecretResult written) {
                             if (generation != m_keyGeneration) {
                                 return;
                             }
                             m_creatingKey = false;
                             if (!written.ok()) {
                                 qCWarning(lcBackup) << "cannot keep the backup key:" << written.message;
                                 return setState(failedStatus, keychainError(written.status));
                             }
                             if (enabling) {
                                 m_settings->setBackupFolder(folderToCreate);
                                 m_settings->setBackupKeep(keep);
                                 m_settings->setBackupEnabled(true);
                                 m_settings->sync();
                             }
                             m_key = key;
                             setState(Status::Ready, BackupError::None);
                             request(BackupJob::Mode::Always, true);
                         });
    });
    return true;
}

void BackupService::disable()
{
    ++m_keyGeneration; // a key being made or read is dropped when it arrives
    m_creatingKey = false;
    m_readingKey = false;
    m_key.reset();
    m_pending.reset();
    m_timer.stop();
    m_settings->setBackupEnabled(false);
    m_settings->sync();
    setState(Status::Off, BackupError::None);
    m_secrets->remove(QString::fromUtf16(kKeychainKey), this, [this](SecretResult removed) {
        if (!removed.ok() && removed.status != SecretStatus::NotFound && m_status == Status::Off) {
            qCWarning(lcBackup) << "cannot remove the backup key:" << removed.message;
            setState(Status::Off, keychainError(removed.status));
        }
    });
}

} // namespace sandi
