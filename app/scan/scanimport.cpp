#include "app/scan/scanimport.h"

#include "app/errortext.h"
#include "app/store/accountstore.h"
#include "app/store/storemessages.h"
#include "app/store/takeplace.h"
#include "core/crypto/secretbytes.h"
#include "core/uri/migration.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <memory>

namespace sandi {

namespace {

struct ScanText
{
    Q_DECLARE_TR_FUNCTIONS(sandi::Scan)
};

QString fromUtf8(const std::string& text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

bool startsWithScheme(const QString& text, QLatin1StringView scheme)
{
    return text.startsWith(scheme, Qt::CaseInsensitive);
}

// A short, safe description of a code that is not an account. Never called for anything that
// might hold a secret (otpauth links and exports are described by their error instead).
QString describeOther(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty()) {
        return ScanText::tr("A web address (%1), not an account.").arg(url.host());
    }
    QString shown = text.simplified();
    if (shown.isEmpty()) {
        return ScanText::tr("An empty QR code, not an account.");
    }
    constexpr qsizetype kShown = 40;
    if (shown.size() > kShown) {
        shown = shown.left(kShown) + QChar(0x2026);
    }
    return ScanText::tr("A QR code holding text (“%1”), not an account.").arg(shown);
}

uri::OtpauthUri cloneAccount(const uri::OtpauthUri& account)
{
    uri::OtpauthUri copy;
    copy.params = account.params;
    copy.counter = account.counter;
    copy.issuer = account.issuer;
    copy.account = account.account;
    copy.labelIssuer = account.labelIssuer;
    copy.issuerParamPresent = account.issuerParamPresent;
    copy.steamViaEncoder = account.steamViaEncoder;
    copy.secret = account.secret.clone();
    copy.extraParams = account.extraParams;
    return copy;
}

QList<int> sortedList(const QSet<int>& set)
{
    QList<int> list(set.cbegin(), set.cend());
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

struct ScanImport::Batch
{
    int parts = 0;
    std::map<int, std::vector<uri::OtpauthUri>> accounts; // by 0-based part index
    std::map<int, QStringList> problems;                  // entries of a part that cannot be added
};

struct ImportRun
{
    std::vector<ImportCandidate> candidates;
    QList<ImportChoice> choices;
    std::size_t next = 0;
    ImportReport report;
    ScanImport::Done done;
};

ScanImport::ScanImport(AccountStore* store, QObject* parent) : QObject(parent), m_store(store) {}

ScanImport::~ScanImport() = default;

QString ScanImport::summaryOf(const otp::Params& params)
{
    switch (params.type()) {
    case otp::Type::Hotp:
        return ScanText::tr("HOTP (counter) · %n digits", nullptr, params.digits());
    case otp::Type::Steam:
        return ScanText::tr("Steam Guard · 5 characters");
    case otp::Type::Totp:
        break;
    }
    return ScanText::tr("TOTP · %1 digits · every %n s", nullptr, int(params.period())).arg(params.digits());
}

QString ScanImport::duplicateOf(const QString& issuer, const QString& name) const
{
    for (const Account& existing : m_store->accounts()) {
        if (existing.issuer.trimmed().compare(issuer.trimmed(), Qt::CaseInsensitive) == 0 &&
            existing.name.trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            return existing.id;
        }
    }
    return {};
}

ImportCandidate ScanImport::candidateFor(uri::OtpauthUri account) const
{
    ImportCandidate candidate;
    candidate.issuer = fromUtf8(account.issuer);
    candidate.name = fromUtf8(account.account);
    candidate.summary = summaryOf(account.params);
    candidate.duplicateId = duplicateOf(candidate.issuer, candidate.name);
    candidate.account = std::move(account);
    return candidate;
}

ScanFindings ScanImport::interpret(const QList<ScannedCode>& codes)
{
    QStringList texts;
    texts.reserve(codes.size());
    for (const auto& code : codes) {
        texts.append(code.text);
    }
    return interpret(texts);
}

ScanFindings ScanImport::interpret(const QStringList& texts)
{
    ScanFindings findings;
    findings.codes = int(texts.size());
    QSet<QString> seen; // the same code twice on one screen counts once
    for (const QString& raw : texts) {
        const QString text = raw.trimmed();
        if (seen.contains(text)) {
            continue;
        }
        seen.insert(text);
        if (startsWithScheme(text, QLatin1StringView("otpauth-migration:"))) {
            takeMigration(text, findings);
        } else if (startsWithScheme(text, QLatin1StringView("otpauth:"))) {
            std::string utf8 = text.toStdString();
            auto parsed = uri::parseOtpauth(utf8);
            secureWipe(utf8);
            if (parsed) {
                findings.accounts.push_back(candidateFor(std::move(*parsed)));
            } else {
                findings.problems.append(
                    ScanText::tr("An account link that cannot be added: %1").arg(errorText(parsed.error().code)));
            }
        } else {
            findings.problems.append(describeOther(text));
        }
    }
    return findings;
}

void ScanImport::takeMigration(const QString& text, ScanFindings& findings)
{
    std::string utf8 = text.toStdString();
    auto payload = uri::parseMigration(utf8);
    secureWipe(utf8);
    if (!payload) {
        findings.problems.append(
            ScanText::tr("A Google Authenticator export that cannot be read: %1").arg(errorText(payload.error().code)));
        return;
    }
    const int parts = std::max(1, payload->batchSize);
    const int index = std::clamp(payload->batchIndex, 0, parts - 1);
    Batch& batch = m_batches[payload->batchId];
    if (batch.parts != parts) {
        batch = Batch{}; // a different export that happens to share the id: start over
        batch.parts = parts;
    }
    if (!batch.accounts.contains(index)) {
        auto& accounts = batch.accounts[index];
        auto& problems = batch.problems[index];
        for (auto& entry : payload->entries) {
            const QString label = fromUtf8(entry.name.empty() ? entry.issuer : entry.name);
            auto account = uri::migrationEntryAccount(std::move(entry));
            if (account) {
                accounts.push_back(std::move(*account));
            } else {
                problems.append(ScanText::tr("“%1” from the Google Authenticator export cannot be added: %2")
                                    .arg(label, errorText(account.error().code)));
            }
        }
    }

    MigrationProgress progress;
    progress.batchId = payload->batchId;
    progress.parts = parts;
    QSet<int> missing;
    for (int part = 0; part < parts; ++part) {
        if (batch.accounts.contains(part)) {
            progress.scanned.append(part + 1);
        } else {
            missing.insert(part + 1);
        }
    }
    progress.missing = sortedList(missing);

    for (auto& [part, accounts] : batch.accounts) {
        for (auto& account : accounts) {
            findings.accounts.push_back(candidateFor(progress.complete() ? std::move(account) : cloneAccount(account)));
        }
        findings.problems += batch.problems[part];
    }
    if (progress.complete()) {
        m_batches.erase(payload->batchId); // the secrets moved on into the findings
    }
    findings.migration = progress;
}

void ScanImport::forgetMigration()
{
    m_batches.clear(); // SecretBytes wipe themselves
}

bool ScanImport::migrationPending() const
{
    return !m_batches.empty();
}

void ScanImport::apply(std::vector<ImportCandidate> candidates, const QList<ImportChoice>& choices, Done done)
{
    auto run = std::make_shared<ImportRun>();
    run->candidates = std::move(candidates);
    run->choices = choices;
    run->done = std::move(done);
    applyNext(std::move(run));
}

void ScanImport::applyNext(std::shared_ptr<ImportRun> run)
{
    while (run->next < run->candidates.size()) {
        const std::size_t index = run->next++;
        const ImportChoice choice =
            qsizetype(index) < run->choices.size() ? run->choices.at(qsizetype(index)) : ImportChoice::Skip;
        if (choice == ImportChoice::Skip) {
            continue;
        }
        ImportCandidate& candidate = run->candidates[index];
        const QString label = candidate.issuer.isEmpty()
                                  ? candidate.name
                                  : QStringLiteral("%1 (%2)").arg(candidate.issuer, candidate.name);
        const QString oldId = choice == ImportChoice::Replace ? candidate.duplicateId : QString();
        const QPointer<ScanImport> self(this);
        m_store->add(std::move(candidate.account), [this, self, run, label, oldId](const StoreResult& added) {
            if (!self) {
                return; // the window closed meanwhile: the store still finishes the add
            }
            if (!added.ok()) {
                run->report.failures.append(
                    ScanText::tr("%1 was not added: %2").arg(label, storeErrorText(added.error)));
                applyNext(run);
                return;
            }
            ++run->report.added;
            run->report.addedIds.append(added.id);
            if (oldId.isEmpty() || !m_store->find(oldId)) {
                applyNext(run);
                return;
            }
            // The replacement takes the old account's place, then the old one goes.
            takePlaceOf(m_store, added.id, oldId, [this, self, run, label](const StoreResult& removed) {
                if (!self) {
                    return;
                }
                if (removed.ok()) {
                    ++run->report.replaced;
                } else {
                    run->report.failures.append(
                        ScanText::tr("%1 was added, but the old account could not be removed: %2")
                            .arg(label, storeErrorText(removed.error)));
                }
                applyNext(run);
            });
        });
        return;
    }
    if (run->done) {
        run->done(std::move(run->report));
    }
}

} // namespace sandi
