#pragma once
// Exporting the accounts to a file: Sandi's encrypted backup (docs/backup-format.md), or a plain
// list of otpauth:// links that other authenticators import (and anyone who reads it can use).
// Both are written atomically (a temporary file, then a rename) with owner-only permissions.
// Scrypt, encryption and the disk run on a worker thread; finished() comes from the event loop.

#include "core/crypto/kdf.h"

#include <QObject>
#include <QString>

namespace sandi {

class AccountStore;

enum class ExportFormat
{
    SandiBackup, // encrypted with a password
    OtpauthList, // one otpauth:// link per line, not encrypted
};

struct ExportReport
{
    bool ok = false;
    int accounts = 0;
    QString path;
    QString error; // one translated sentence when !ok
};

// Why `password` cannot protect a backup, in one translated sentence; empty when it can. The same
// rule as automatic backups (app/backup/backuppassword.h): an exported backup is as exposed.
[[nodiscard]] QString backupPasswordProblem(const QString& password, const QString& repeated);

class FileExport : public QObject
{
    Q_OBJECT
public:
    explicit FileExport(QObject* parent = nullptr);
    ~FileExport() override;

    // For tests: cheaper scrypt parameters (BackupKey::create() still refuses less than N = 2^15).
    void setScryptParams(const crypto::ScryptParams& params) { m_scrypt = params; }

    // Takes the store's accounts with their keys now, then writes `path` off the GUI thread.
    // `password` is used only for SandiBackup. Fails at once (still through finished()) when some
    // account's key is not loaded. One export at a time: false while one runs.
    bool start(ExportFormat format, const QString& path, const AccountStore& store, const QString& password = {});
    [[nodiscard]] bool busy() const noexcept { return m_busy; }

Q_SIGNALS:
    void finished(const sandi::ExportReport& report);

private:
    crypto::ScryptParams m_scrypt;
    bool m_busy = false;
};

} // namespace sandi

Q_DECLARE_METATYPE(sandi::ExportReport)
