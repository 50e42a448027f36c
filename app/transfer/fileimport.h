#pragma once
// Importing a file of accounts: Sandi's own backup (a restore) or another authenticator's export
// (Aegis, 2FAS, andOTP, FreeOTP+, a list of otpauth:// links). The window's import dialog and
// `sandi-cli import` both go through it:
//   open(path) ─► passwordNeeded() ─► unlock(password) ─► ready()   (wrongPassword(): ask again)
//              └──────────────────────────────────────► ready()   (a file without a password)
//   add(checked) ─► progressed(n, total)… ─► finished(report)
// Any step may end in failed(message) instead: nothing is imported then. Reading and decrypting
// (scrypt, PBKDF2) run on a worker thread; every answer comes back on this object's thread from
// the event loop, never from inside the call that asked.

#include "app/store/storestatus.h"
#include "core/import/importresult.h"
#include "core/import/registry.h"
#include "core/uri/otpauth.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace sandi {

class AccountStore;

// One account of the file, as the list the user checks shows it.
struct ImportEntry
{
    uri::OtpauthUri account; // holds the secret: never shown, logged or copied into a QString
    QString issuer;
    QString name;
    QString summary; // "TOTP · 6 digits · every 30 s"
    // Already in Sandi (same issuer, name and key: importer::sameAccount), or an earlier entry of
    // the same file: unchecked by default, since adding it again would only make a copy.
    bool duplicate = false;
    // Sandi lists an account with this issuer and name but another key (or one whose key it cannot
    // read now): shown, checked, and never replaced; the user decides which one is current.
    bool sameNameListed = false;
    // Sandi lists an account with this issuer and name whose key the keychain no longer has (a
    // wiped keychain, a new Windows profile): the id of that account. Checked; when added, the
    // entry takes that account's place in the list and the keyless one goes. At most one entry
    // per listed account.
    QString restoresKeyOf;
};

// An entry of the file that cannot become an account, with its reason; never silently dropped.
struct UnusableEntry
{
    QString position; // "line 5" for a list of links, else "entry 3" (1-based)
    QString label;    // "issuer: account" as the file names it; may be empty
    QString reason;   // translated, e.g. "Sandi does not support this kind of one-time code."
    Errc code{};      // the core's reason, for the CLI's stable names
};

struct FileImportReport
{
    int added = 0;      // restored included
    int restored = 0;   // added in place of a listed account without a key, which was removed
    int skipped = 0;    // entries the user left unchecked (duplicates by default)
    int notReached = 0; // checked entries not added because the import stopped (cancel or failure)
    bool cancelled = false;
    QString failure; // why the import stopped early, naming the account; empty when it did not
    QStringList addedIds;
    [[nodiscard]] bool complete() const { return !cancelled && failure.isEmpty(); }
};

class FileImport : public QObject
{
    Q_OBJECT
public:
    // `store` outlives this object; it must be loaded.
    explicit FileImport(AccountStore* store, QObject* parent = nullptr);
    ~FileImport() override;

    // For tests: lower the limits on file size and key derivation cost.
    void setLimits(const importer::ReadLimits& limits) { m_limits = limits; }

    // Reads the file and recognises its format (on a worker thread). An encrypted file is checked
    // whole before passwordNeeded(): a damaged one ends in failed() without asking for a password.
    void open(const QString& path);
    // Decrypts with `password` (on a worker thread); only after passwordNeeded() or wrongPassword().
    void unlock(const QString& password);
    // Adds the entries whose `checked` is true (missing entries count as unchecked), one after
    // another, in the file's order. Only after ready(); consumes the secrets.
    void add(const QList<bool>& checked);
    // Stops adding after the account being added now; finished() then reports what was added.
    void cancel();

    [[nodiscard]] const QString& path() const noexcept { return m_path; }
    [[nodiscard]] importer::Format format() const noexcept { return m_format; }
    // "Sandi backup", "Aegis vault", ... in the user's language.
    [[nodiscard]] static QString formatText(importer::Format format);
    [[nodiscard]] const std::vector<ImportEntry>& entries() const noexcept { return m_entries; }
    [[nodiscard]] const QList<UnusableEntry>& unusable() const noexcept { return m_unusable; }
    // What the list starts with: every entry but the duplicates.
    [[nodiscard]] QList<bool> defaultChecks() const;
    [[nodiscard]] bool busy() const noexcept { return m_busy; }

Q_SIGNALS:
    void passwordNeeded();
    void wrongPassword();
    // The file cannot be imported (unreadable, unknown, damaged, newer, too large): one sentence.
    void failed(const QString& message);
    void ready();
    void progressed(int done, int total);
    void finished(const sandi::FileImportReport& report);

private:
    struct Bytes;
    struct Run;
    void read(std::optional<QString> password);
    void takeResult(importer::ImportResult result);
    void markDuplicates();
    void addNext(const std::shared_ptr<Run>& run);

    AccountStore* m_store;
    importer::ReadLimits m_limits;
    QString m_path;
    std::shared_ptr<Bytes> m_bytes; // the file, wiped when the last holder lets go
    importer::Format m_format = importer::Format::Unknown;
    std::vector<ImportEntry> m_entries;
    QList<UnusableEntry> m_unusable;
    std::shared_ptr<Run> m_run;
    bool m_busy = false;
};

} // namespace sandi

Q_DECLARE_METATYPE(sandi::FileImportReport)
