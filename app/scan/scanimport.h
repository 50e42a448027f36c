#pragma once
// From scanned QR codes to accounts: what each code means (an otpauth:// account, a part of a
// Google Authenticator export, or something that cannot be added, said plainly), which accounts
// are already in the list (an SPSE "Reset TOTP" gives the same issuer and user ID a new secret),
// and adding the ones the user confirmed, replacing where asked. Lives on the GUI thread; the
// widgets in ui/scan/ only show what it found and pass the user's choices back.

#include "app/scan/scanresult.h"
#include "app/store/storestatus.h"
#include "core/uri/otpauth.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace sandi {

class AccountStore;

struct ImportCandidate
{
    uri::OtpauthUri account; // holds the secret: never shown, logged or copied into a QString
    QString issuer;
    QString name;
    QString summary;     // e.g. "TOTP · 6 digits · every 30 s", in the user's language
    QString duplicateId; // an account already listed with the same issuer and name, or empty
};

// A multi-part Google Authenticator export as far as it has been scanned.
struct MigrationProgress
{
    qint32 batchId = 0;
    int parts = 0;      // how many QR codes the export has
    QList<int> scanned; // 1-based part numbers scanned so far, ascending
    QList<int> missing; // 1-based part numbers still to scan, ascending
    [[nodiscard]] bool complete() const { return missing.isEmpty(); }
};

// What one scan brought, for the dialogs.
struct ScanFindings
{
    // Accounts that can be added: every otpauth:// code of this scan, and every account of the
    // export batch collected so far (earlier parts included) when this scan held a part.
    std::vector<ImportCandidate> accounts;
    // One sentence per code that cannot be added: what it is and why, in the user's language.
    QStringList problems;
    std::optional<MigrationProgress> migration;
    int codes = 0; // QR codes the scan found
};

// What the user chose for each candidate, in order.
enum class ImportChoice
{
    Skip,
    Add,     // add as a new account, next to any account with the same name ("Keep both")
    Replace, // add, take the old account's place in the list, then remove the old one
};

struct ImportReport
{
    int added = 0;    // new accounts, replacements included
    int replaced = 0; // old accounts removed after their replacement was added
    QStringList addedIds;
    QStringList failures; // one sentence per account that could not be added or replaced
};

class ScanImport : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(ImportReport)>;

    // `store` outlives this object.
    explicit ScanImport(AccountStore* store, QObject* parent = nullptr);
    ~ScanImport() override;

    // Interprets the codes of one scan. Parts of an export are kept here between scans until
    // the export is complete and taken, or forgetMigration() is called.
    [[nodiscard]] ScanFindings interpret(const QList<ScannedCode>& codes);
    [[nodiscard]] ScanFindings interpret(const QStringList& texts);
    // Drops the parts of any unfinished export (the user cancelled), wiping their secrets.
    void forgetMigration();
    [[nodiscard]] bool migrationPending() const;

    // Adds the candidates whose choice is Add or Replace, one after another, and reports once.
    // `choices` has one entry per candidate (missing entries mean Skip). Consumes the secrets.
    void apply(std::vector<ImportCandidate> candidates, const QList<ImportChoice>& choices, Done done);

    // "TOTP · 6 digits · every 30 s" and the like, for the confirm dialogs.
    [[nodiscard]] static QString summaryOf(const otp::Params& params);

private:
    struct Batch;
    [[nodiscard]] ImportCandidate candidateFor(uri::OtpauthUri account) const;
    [[nodiscard]] QString duplicateOf(const QString& issuer, const QString& name) const;
    void takeMigration(const QString& text, ScanFindings& findings);
    void applyNext(std::shared_ptr<struct ImportRun> run);

    AccountStore* m_store;
    std::map<qint32, Batch> m_batches;
};

} // namespace sandi
