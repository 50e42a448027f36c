#include "app/transfer/fileimport.h"

#include "app/errortext.h"
#include "app/scan/offthread.h"
#include "app/scan/scanimport.h"
#include "app/store/accountsnapshot.h"
#include "app/store/accountstore.h"
#include "app/store/storemessages.h"
#include "app/store/takeplace.h"
#include "core/crypto/secretbytes.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSet>

#include <optional>

using namespace Qt::StringLiterals;

namespace sandi {

namespace {

struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(sandi::FileImport)
};

QString fromUtf8(const std::string& text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// What the worker hands back: the accounts, or the reason there are none.
struct Outcome
{
    std::optional<importer::ImportResult> result;
    std::optional<Error> error;
    QString readError; // the file could not be read at all (QFile's reason)
    importer::Format format = importer::Format::Unknown;
    bool needsPassword = false;
};

bool sameName(const QString& a, const QString& b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

// The file's bytes: a plain export holds every secret in clear, so they are wiped when dropped.
struct FileImport::Bytes
{
    SecretBytes data;
    [[nodiscard]] std::string_view text() const
    {
        const auto view = data.view();
        return {reinterpret_cast<const char*>(view.data()), view.size()};
    }
};

struct FileImport::Run
{
    QList<std::size_t> queue; // indexes of the checked entries, in order
    qsizetype next = 0;
    FileImportReport report;
    bool cancelled = false;
};

FileImport::FileImport(AccountStore* store, QObject* parent) : QObject(parent), m_store(store) {}

FileImport::~FileImport() = default;

QString FileImport::formatText(importer::Format format)
{
    switch (format) {
    case importer::Format::SandiBackup:
        return ImportText::tr("Sandi backup");
    case importer::Format::Aegis:
        return ImportText::tr("Aegis vault");
    case importer::Format::TwoFas:
        return ImportText::tr("2FAS backup");
    case importer::Format::AndOtp:
        return ImportText::tr("andOTP backup");
    case importer::Format::FreeOtpPlus:
        return ImportText::tr("FreeOTP+ export");
    case importer::Format::OtpauthList:
        return ImportText::tr("list of otpauth:// links");
    case importer::Format::Unknown:
        break;
    }
    return ImportText::tr("unknown format");
}

void FileImport::open(const QString& path)
{
    m_path = path;
    m_format = importer::Format::Unknown;
    m_bytes.reset();
    m_entries.clear();
    m_unusable.clear();
    m_busy = true;
    const importer::ReadLimits limits = m_limits;
    runOffThread(
        this,
        [path, limits] {
            auto outcome = std::make_shared<Outcome>();
            auto bytes = std::make_shared<Bytes>();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                outcome->readError = file.errorString();
                return std::make_pair(outcome, bytes);
            }
            // Never more than the limit and one byte: a 50 MB file is refused without reading it all.
            if (file.size() > qint64(limits.maxFileBytes)) {
                outcome->error = Error{Errc::FileTooLarge, "the file is larger than the import limit"};
                return std::make_pair(outcome, bytes);
            }
            bytes->data = SecretBytes::zeroed(std::size_t(file.size()));
            const auto target = bytes->data.mutableView();
            const qint64 got = file.read(reinterpret_cast<char*>(target.data()), qint64(target.size()));
            if (got != qint64(target.size())) {
                outcome->readError = got < 0 ? file.errorString() : u"the file changed while it was read"_s;
                return std::make_pair(outcome, bytes);
            }
            const importer::Detection detection = importer::detect(bytes->text());
            outcome->format = detection.format;
            outcome->needsPassword = detection.encrypted;
            if (detection.format == importer::Format::Unknown) {
                // The registry says best why: JSON nested too deep, too large, or simply unknown.
                auto why = importer::importFile(bytes->text(), std::nullopt, limits);
                outcome->error = why ? Error{Errc::UnknownFileFormat, "no known format"} : why.error();
            } else if (detection.encrypted) {
                // The whole container, without deriving a key: a damaged file is refused before
                // the password is asked for (registry.h).
                auto check = importer::importAs(detection.format, bytes->text(), std::nullopt, limits);
                if (!check && check.error().code != Errc::PasswordRequired) {
                    outcome->error = check.error();
                }
            }
            return std::make_pair(outcome, bytes);
        },
        [this](const std::pair<std::shared_ptr<Outcome>, std::shared_ptr<Bytes>>& opened) {
            const auto& [outcome, bytes] = opened;
            m_format = outcome->format;
            if (!outcome->readError.isEmpty()) {
                m_busy = false;
                Q_EMIT failed(
                    ImportText::tr("“%1” could not be read: %2").arg(QFileInfo(m_path).fileName(), outcome->readError));
                return;
            }
            if (outcome->error) {
                m_busy = false;
                Q_EMIT failed(errorText(outcome->error->code));
                return;
            }
            m_bytes = bytes;
            if (outcome->needsPassword) {
                m_busy = false;
                Q_EMIT passwordNeeded();
                return;
            }
            read(std::nullopt);
        });
}

void FileImport::unlock(const QString& password)
{
    if (!m_bytes || m_busy) {
        return;
    }
    read(password);
}

void FileImport::read(std::optional<QString> password)
{
    m_busy = true;
    auto bytes = m_bytes;
    const importer::Format format = m_format;
    const importer::ReadLimits limits = m_limits;
    std::string utf8 = password ? password->toStdString() : std::string();
    const bool hasPassword = password.has_value();
    runOffThread(
        this,
        [bytes, format, limits, utf8 = std::move(utf8), hasPassword]() mutable {
            auto outcome = std::make_shared<Outcome>();
            auto result = importer::importAs(
                format, bytes->text(), hasPassword ? std::optional<std::string_view>(utf8) : std::nullopt, limits);
            secureWipe(utf8);
            if (result) {
                outcome->result = std::move(*result);
            } else {
                outcome->error = result.error();
            }
            return outcome;
        },
        [this](const std::shared_ptr<Outcome>& outcome) {
            m_busy = false;
            if (outcome->error) {
                if (outcome->error->code == Errc::WrongPassword) {
                    Q_EMIT wrongPassword(); // the bytes stay: the user may try again
                    return;
                }
                m_bytes.reset();
                Q_EMIT failed(errorText(outcome->error->code));
                return;
            }
            m_bytes.reset(); // everything is in the entries now
            takeResult(std::move(*outcome->result));
        });
}

void FileImport::takeResult(importer::ImportResult result)
{
    for (auto& account : result.accounts) {
        ImportEntry entry;
        entry.issuer = fromUtf8(account.issuer);
        entry.name = fromUtf8(account.account);
        entry.summary = ScanImport::summaryOf(account.params);
        entry.account = std::move(account);
        m_entries.push_back(std::move(entry));
    }
    const bool lines = m_format == importer::Format::OtpauthList;
    for (const auto& unusable : result.unusable) {
        UnusableEntry entry;
        entry.position =
            lines ? ImportText::tr("line %1").arg(unusable.index) : ImportText::tr("entry %1").arg(unusable.index + 1);
        entry.label = fromUtf8(unusable.label);
        // A line of a text file is a link; an entry of an app's export is not.
        entry.reason = lines ? errorText(unusable.reason) : entryErrorText(unusable.reason);
        entry.code = unusable.reason;
        m_unusable.append(entry);
    }
    if (!secretsPending(*m_store)) {
        markDuplicates();
        return;
    }
    // The keychain is still answering: duplicates can only be told once every key is in.
    m_busy = true;
    auto waiting = std::make_shared<bool>(true);
    const auto check = [this, waiting] {
        if (!*waiting || secretsPending(*m_store)) {
            return;
        }
        *waiting = false;
        m_busy = false;
        markDuplicates();
    };
    connect(m_store, &AccountStore::secretLoaded, this, check);
    connect(m_store, &AccountStore::secretFailed, this, check);
}

void FileImport::markDuplicates()
{
    std::vector<uri::OtpauthUri> listed;
    QList<const Account*> withoutKey;
    QSet<QString> restoring; // listed accounts an entry already restores
    for (const Account& account : m_store->accounts()) {
        auto secret = m_store->secret(account.id);
        if (secret) {
            listed.push_back(toOtpauthUri(account, std::move(*secret)));
        } else {
            withoutKey.append(&account);
        }
    }
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        ImportEntry& entry = m_entries[i];
        for (const auto& existing : listed) {
            if (importer::sameAccount(existing, entry.account)) {
                entry.duplicate = true;
            } else if (sameName(fromUtf8(existing.issuer), entry.issuer) &&
                       sameName(fromUtf8(existing.account), entry.name)) {
                entry.sameNameListed = true;
            }
        }
        for (std::size_t j = 0; j < i && !entry.duplicate; ++j) {
            entry.duplicate = importer::sameAccount(m_entries[j].account, entry.account);
        }
        if (entry.duplicate) {
            entry.sameNameListed = false;
            continue;
        }
        for (const Account* account : std::as_const(withoutKey)) {
            if (!sameName(account->issuer, entry.issuer) || !sameName(account->name, entry.name)) {
                continue;
            }
            // Only a key the keychain says it does not have is restored; one it cannot read now
            // (refused, locked, no keychain) may still be there.
            const bool lost = m_store->secretState(account->id) == SecretState::Missing;
            if (lost && entry.restoresKeyOf.isEmpty() && !restoring.contains(account->id)) {
                entry.restoresKeyOf = account->id;
                restoring.insert(account->id);
            } else {
                entry.sameNameListed = true;
            }
        }
        if (!entry.restoresKeyOf.isEmpty()) {
            entry.sameNameListed = false;
        }
    }
    Q_EMIT ready();
}

QList<bool> FileImport::defaultChecks() const
{
    QList<bool> checks;
    for (const auto& entry : m_entries) {
        checks.append(!entry.duplicate);
    }
    return checks;
}

void FileImport::add(const QList<bool>& checked)
{
    if (m_busy || m_run) {
        return;
    }
    auto run = std::make_shared<Run>();
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (qsizetype(i) < checked.size() && checked.at(qsizetype(i))) {
            run->queue.append(i);
        } else {
            ++run->report.skipped;
        }
    }
    m_run = run;
    m_busy = true;
    Q_EMIT progressed(0, int(run->queue.size()));
    addNext(run);
}

void FileImport::cancel()
{
    if (m_run) {
        m_run->cancelled = true;
    }
}

void FileImport::addNext(const std::shared_ptr<Run>& run)
{
    const int total = int(run->queue.size());
    if (run->cancelled || !run->report.failure.isEmpty() || run->next >= run->queue.size()) {
        run->report.cancelled = run->cancelled && run->next < run->queue.size();
        run->report.notReached = total - run->report.added;
        m_busy = false;
        m_run.reset();
        // Later, from the event loop, like every other answer.
        QMetaObject::invokeMethod(
            this, [this, report = run->report] { Q_EMIT finished(report); }, Qt::QueuedConnection);
        return;
    }
    ImportEntry& entry = m_entries[run->queue.at(run->next++)];
    const QString label = entry.issuer.isEmpty() ? entry.name : u"%1 (%2)"_s.arg(entry.issuer, entry.name);
    const QPointer<FileImport> self(this);
    const QString keyless = entry.restoresKeyOf;
    m_store->add(std::move(entry.account), [self, run, label, keyless](const StoreResult& added) {
        if (!self) {
            return; // the dialog went away: the store still finishes this one add
        }
        if (!added.ok()) {
            run->report.failure = ImportText::tr("%1 could not be added: %2").arg(label, storeErrorText(added.error));
            return self->addNext(run);
        }
        ++run->report.added;
        run->report.addedIds.append(added.id);
        Q_EMIT self->progressed(run->report.added, int(run->queue.size()));
        if (keyless.isEmpty()) {
            return self->addNext(run);
        }
        // The account with its key takes the keyless one's place. Should the keyless one stay
        // (its removal failed), the user sees both and can delete it; nothing is lost.
        takePlaceOf(self->m_store, added.id, keyless, [self, run](const StoreResult& removed) {
            if (!self) {
                return;
            }
            run->report.restored += removed.ok() ? 1 : 0;
            self->addNext(run);
        });
    });
}

} // namespace sandi
