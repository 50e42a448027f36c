#include "app/transfer/fileexport.h"

#include "app/backup/backuppassword.h"
#include "app/errortext.h"
#include "app/scan/offthread.h"
#include "app/store/accountfile.h"
#include "app/store/accountsnapshot.h"
#include "app/store/accountstore.h"
#include "core/backup/backup.h"
#include "core/crypto/secretbytes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <memory>

using namespace Qt::StringLiterals;

namespace sandi {

namespace {

struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(sandi::FileExport)
};

// The file's text; the URI list holds every secret, so the buffer is wiped after writing.
Result<std::string> render(ExportFormat format, const std::vector<uri::OtpauthUri>& accounts, std::string& password,
                           const crypto::ScryptParams& scrypt)
{
    if (format == ExportFormat::SandiBackup) {
        auto key = backup::BackupKey::create(password, scrypt);
        secureWipe(password);
        if (!key) {
            return tl::unexpected(key.error());
        }
        return backup::writeBackup(accounts, *key);
    }
    std::string text;
    for (const auto& account : accounts) {
        std::string line = uri::serializeOtpauth(account);
        text += line;
        text += '\n';
        secureWipe(line);
    }
    return text;
}

QString saveErrorText(const StoreResult& result, const QString& path)
{
    const QString name = QDir::toNativeSeparators(path);
    if (result.error == StoreError::DiskFull) {
        return ExportText::tr("There is not enough space on the disk to save “%1”. Nothing was saved.").arg(name);
    }
    return ExportText::tr("“%1” could not be saved: %2").arg(name, result.detail);
}

} // namespace

QString backupPasswordProblem(const QString& password, const QString& repeated)
{
    const PasswordProblem problem = checkBackupPassword(password, repeated);
    return problem == PasswordProblem::None ? QString() : passwordProblemText(problem, password);
}

FileExport::FileExport(QObject* parent) : QObject(parent) {}

FileExport::~FileExport() = default;

bool FileExport::start(ExportFormat format, const QString& path, const AccountStore& store, const QString& password)
{
    if (m_busy) {
        return false;
    }
    m_busy = true;
    auto snapshot = accountSnapshot(store);
    if (!snapshot) {
        ExportReport report{false, 0, path, snapshotProblemText(store)};
        QMetaObject::invokeMethod(
            this,
            [this, report] {
                m_busy = false;
                Q_EMIT finished(report);
            },
            Qt::QueuedConnection);
        return true;
    }
    // std::function-free move into the worker: the accounts and password live in one shared box.
    struct Job
    {
        std::vector<uri::OtpauthUri> accounts;
        std::string password;
        ~Job() { secureWipe(password); }
    };
    auto job = std::make_shared<Job>();
    job->accounts = std::move(*snapshot);
    job->password = password.toStdString();
    const crypto::ScryptParams scrypt = m_scrypt;
    runOffThread(
        this,
        [job, format, path, scrypt] {
            ExportReport report{false, int(job->accounts.size()), path, {}};
            auto text = render(format, job->accounts, job->password, scrypt);
            job->accounts.clear(); // the copies of the keys go as soon as they are written out
            if (!text) {
                report.error = errorText(text.error().code);
                return report;
            }
            QByteArray bytes(text->data(), qsizetype(text->size()));
            secureWipe(*text);
            const StoreResult saved = writeFileAtomically(path, bytes);
            bytes.fill('\0');
            report.ok = saved.ok();
            if (!saved.ok()) {
                report.error = saveErrorText(saved, path);
            }
            return report;
        },
        [this](const ExportReport& report) {
            m_busy = false;
            Q_EMIT finished(report);
        });
    return true;
}

} // namespace sandi
