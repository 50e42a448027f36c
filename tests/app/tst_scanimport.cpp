// From scanned QR texts to accounts: otpauth links, multi-part Google Authenticator exports,
// codes that are not accounts, duplicates after an SPSE "Reset TOTP", and adding with Replace,
// Keep both and Skip against the real account store over the in-memory keychain.

#include "app/keychain/memorysecretstore.h"
#include "app/scan/scanimport.h"
#include "app/store/accountstore.h"
#include "core/uri/migration.h"
#include "tests/app/storetestsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace sandi;
using namespace sandi::test;

namespace {

constexpr int kWait = 5000;

// Part `index` of a `parts`-part export holding one TOTP entry per name.
QString migrationPart(int index, int parts, const QStringList& names, qint32 batchId = 77)
{
    uri::MigrationPayload payload;
    payload.version = 1;
    payload.batchSize = parts;
    payload.batchIndex = index;
    payload.batchId = batchId;
    for (const QString& name : names) {
        uri::MigrationEntry entry;
        const QByteArray seed = (name + u"-0123456789abcdefghij"_s).toUtf8().left(20);
        entry.secret = SecretBytes(std::as_bytes(std::span<const char>(seed.constData(), std::size_t(seed.size()))));
        entry.name = (u"LPSE Kudus:"_s + name).toStdString();
        entry.issuer = "LPSE Kudus";
        entry.type = 2;
        entry.algorithm = 1;
        entry.digits = 1;
        payload.entries.push_back(std::move(entry));
    }
    std::string text = uri::serializeMigration(payload);
    QString result = QString::fromStdString(text);
    secureWipe(text);
    return result;
}

QStringList namesOf(const std::vector<ImportCandidate>& candidates)
{
    QStringList names;
    for (const auto& candidate : candidates) {
        names.append(candidate.name);
    }
    return names;
}

} // namespace

class TestScanImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void anAccountLinkBecomesACandidate();
    void sameIssuerAndAccountIsADuplicate();
    void codesThatAreNotAccountsAreExplained();
    void theSameCodeTwiceCountsOnce();
    void multiPartExportSaysWhatIsMissing();
    void cancellingAnExportForgetsItsParts();
    void applyAddsSkipsAndKeepsBoth();
    void replaceTakesTheOldPlaceAndRemovesTheOld();
    void failuresAreReportedPerAccount();

private:
    ImportReport applyAndWait(std::vector<ImportCandidate> candidates, const QList<ImportChoice>& choices);
    QString addDirect(const QString& uriText);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<ScanImport> m_import;
};

void TestScanImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_secrets = std::make_unique<MemorySecretStore>();
    m_store = std::make_unique<AccountStore>(m_dir->path(), m_secrets.get());
    QSignalSpy loaded(m_store.get(), &AccountStore::loaded);
    m_store->load();
    QVERIFY(loaded.wait(kWait));
    m_import = std::make_unique<ScanImport>(m_store.get());
}

void TestScanImport::cleanup()
{
    m_import.reset();
    m_store.reset();
    m_secrets.reset();
    m_dir.reset();
}

ImportReport TestScanImport::applyAndWait(std::vector<ImportCandidate> candidates, const QList<ImportChoice>& choices)
{
    std::optional<ImportReport> report;
    m_import->apply(std::move(candidates), choices, [&](ImportReport r) { report = std::move(r); });
    if (!QTest::qWaitFor([&] { return report.has_value(); }, kWait)) {
        return ImportReport{0, 0, {}, {u"no answer"_s}};
    }
    return *report;
}

QString TestScanImport::addDirect(const QString& uriText)
{
    std::optional<StoreResult> result;
    m_store->add(parseUri(uriText), [&](StoreResult r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kWait) || !result->ok()) {
        return {};
    }
    return result->id;
}

void TestScanImport::anAccountLinkBecomesACandidate()
{
    const QString link = totpUri(u"LPSE%20Kudus"_s, u"ppk1"_s, kSeed20, u"&digits=8&period=60"_s);
    auto findings = m_import->interpret(QStringList{link});
    QCOMPARE(findings.codes, 1);
    QVERIFY(findings.problems.isEmpty());
    QVERIFY(!findings.migration);
    QCOMPARE(findings.accounts.size(), std::size_t(1));
    const auto& candidate = findings.accounts.front();
    QCOMPARE(candidate.issuer, u"LPSE Kudus"_s);
    QCOMPARE(candidate.name, u"ppk1"_s);
    QCOMPARE(candidate.summary, u"TOTP · 8 digits · every 60 s"_s);
    QVERIFY(candidate.duplicateId.isEmpty());
    QCOMPARE(candidate.account.secret.size(), std::size_t(20));
    // What the dialog shows never holds the secret.
    for (const QString& shown : {candidate.issuer, candidate.name, candidate.summary}) {
        QVERIFY(!shown.contains(base32Of(kSeed20), Qt::CaseInsensitive));
    }
    const auto hotp = m_import->interpret(QStringList{u"otpauth://hotp/Bank:me?secret=JBSWY3DPEHPK3PXP&counter=3"_s});
    QCOMPARE(hotp.accounts.front().summary, u"HOTP (counter) · 6 digits"_s);
    QCOMPARE(hotp.accounts.front().account.counter, quint64(3));
}

void TestScanImport::sameIssuerAndAccountIsADuplicate()
{
    const QString old = addDirect(totpUri(u"LPSE%20Kudus"_s, u"PPK1"_s));
    QVERIFY(!old.isEmpty());
    // After a Reset TOTP, SPSE shows a new QR for the same LPSE and user ID (case may differ).
    auto findings = m_import->interpret(QStringList{totpUri(u"lpse%20kudus"_s, u"ppk1"_s, kSeed32)});
    QCOMPARE(findings.accounts.size(), std::size_t(1));
    QCOMPARE(findings.accounts.front().duplicateId, old);
    findings = m_import->interpret(QStringList{totpUri(u"LPSE%20Kudus"_s, u"ppk2"_s)});
    QVERIFY(findings.accounts.front().duplicateId.isEmpty());
}

void TestScanImport::codesThatAreNotAccountsAreExplained()
{
    const QString secret = base32Of(kSeed20);
    const auto findings = m_import->interpret(QStringList{
        u"https://spse.inaproc.id/kudus/eproc4?x=1"_s,
        u"Sertifikat No. 123 untuk PT Maju Jaya yang sangat panjang sekali ini"_s,
        u"otpauth://totp/X:y?secret=%1&digits=12"_s.arg(secret),
        u"otpauth-migration://offline?data=%%%"_s,
    });
    QVERIFY(findings.accounts.empty());
    QCOMPARE(findings.problems.size(), 4);
    QCOMPARE(findings.problems.at(0), u"A web address (spse.inaproc.id), not an account."_s);
    QVERIFY(findings.problems.at(1).startsWith(u"A QR code holding text (“Sertifikat No. 123"_s));
    QVERIFY(findings.problems.at(1).contains(QChar(0x2026))); // long text is cut
    QVERIFY2(findings.problems.at(2).contains(u"between 6 and 10"_s), qPrintable(findings.problems.at(2)));
    QVERIFY(findings.problems.at(3).startsWith(u"A Google Authenticator export that cannot be read"_s));
    for (const QString& problem : findings.problems) {
        QVERIFY(!problem.contains(secret)); // a broken account link is described, never quoted
    }
}

void TestScanImport::theSameCodeTwiceCountsOnce()
{
    const QString link = totpUri(u"A"_s, u"a"_s);
    const auto findings = m_import->interpret(QStringList{link, link + u"\n"_s});
    QCOMPARE(findings.codes, 2);
    QCOMPARE(findings.accounts.size(), std::size_t(1));
}

void TestScanImport::multiPartExportSaysWhatIsMissing()
{
    auto findings = m_import->interpret(QStringList{migrationPart(1, 3, {u"ppk2"_s, u"pp2"_s})});
    QVERIFY(findings.migration);
    QCOMPARE(findings.migration->parts, 3);
    QCOMPARE(findings.migration->scanned, (QList<int>{2}));
    QCOMPARE(findings.migration->missing, (QList<int>{1, 3}));
    QVERIFY(!findings.migration->complete());
    QCOMPARE(namesOf(findings.accounts), (QStringList{u"ppk2"_s, u"pp2"_s}));
    QCOMPARE(findings.accounts.front().issuer, u"LPSE Kudus"_s);
    QVERIFY(m_import->migrationPending());

    // The same part again changes nothing; the first part joins, in part order.
    findings = m_import->interpret(QStringList{migrationPart(1, 3, {u"ppk2"_s, u"pp2"_s})});
    QCOMPARE(findings.migration->scanned, (QList<int>{2}));
    findings = m_import->interpret(QStringList{migrationPart(0, 3, {u"ppk1"_s})});
    QCOMPARE(findings.migration->scanned, (QList<int>{1, 2}));
    QCOMPARE(findings.migration->missing, (QList<int>{3}));
    QCOMPARE(namesOf(findings.accounts), (QStringList{u"ppk1"_s, u"ppk2"_s, u"pp2"_s}));

    findings = m_import->interpret(QStringList{migrationPart(2, 3, {u"pokja1"_s})});
    QVERIFY(findings.migration->complete());
    QCOMPARE(namesOf(findings.accounts), (QStringList{u"ppk1"_s, u"ppk2"_s, u"pp2"_s, u"pokja1"_s}));
    QVERIFY(!m_import->migrationPending());
    for (const auto& candidate : findings.accounts) {
        QCOMPARE(candidate.account.secret.size(), std::size_t(20));
        QCOMPARE(candidate.summary, u"TOTP · 6 digits · every 30 s"_s);
    }

    // A one-part export is complete at once.
    findings = m_import->interpret(QStringList{migrationPart(0, 1, {u"solo"_s}, 5)});
    QVERIFY(findings.migration->complete());
    QCOMPARE(namesOf(findings.accounts), QStringList{u"solo"_s});
}

void TestScanImport::cancellingAnExportForgetsItsParts()
{
    (void)m_import->interpret(QStringList{migrationPart(0, 2, {u"a"_s})});
    QVERIFY(m_import->migrationPending());
    m_import->forgetMigration();
    QVERIFY(!m_import->migrationPending());
    const auto findings = m_import->interpret(QStringList{migrationPart(1, 2, {u"b"_s})});
    QCOMPARE(findings.migration->scanned, QList<int>{2});
    QCOMPARE(namesOf(findings.accounts), QStringList{u"b"_s});
}

void TestScanImport::applyAddsSkipsAndKeepsBoth()
{
    const QString old = addDirect(totpUri(u"LPSE%20Kudus"_s, u"ppk1"_s));
    auto findings =
        m_import->interpret(QStringList{totpUri(u"LPSE%20Kudus"_s, u"ppk1"_s, kSeed32),
                                        totpUri(u"LPSE%20NTT"_s, u"pokja2"_s), totpUri(u"Other"_s, u"skipme"_s)});
    QCOMPARE(findings.accounts.size(), std::size_t(3));
    const auto report =
        applyAndWait(std::move(findings.accounts), {ImportChoice::Add, ImportChoice::Add, ImportChoice::Skip});
    QVERIFY2(report.failures.isEmpty(), qPrintable(report.failures.join(u'\n')));
    QCOMPARE(report.added, 2);
    QCOMPARE(report.replaced, 0);
    QCOMPARE(m_store->accounts().size(), 3); // the old ppk1 is kept beside the new one
    QVERIFY(m_store->find(old));
    QCOMPARE(report.addedIds.size(), 2);
    for (const QString& id : report.addedIds) {
        QVERIFY(m_secrets->contains(id));
    }
}

void TestScanImport::replaceTakesTheOldPlaceAndRemovesTheOld()
{
    const QString first = addDirect(totpUri(u"A"_s, u"a"_s));
    const QString old = addDirect(totpUri(u"LPSE%20Kudus"_s, u"ppk1"_s));
    const QString last = addDirect(totpUri(u"Z"_s, u"z"_s));
    auto findings = m_import->interpret(QStringList{totpUri(u"LPSE%20Kudus"_s, u"ppk1"_s, kSeed32)});
    QCOMPARE(findings.accounts.front().duplicateId, old);
    const auto report = applyAndWait(std::move(findings.accounts), {ImportChoice::Replace});
    QVERIFY2(report.failures.isEmpty(), qPrintable(report.failures.join(u'\n')));
    QCOMPARE(report.added, 1);
    QCOMPARE(report.replaced, 1);
    QTRY_COMPARE(m_store->accounts().size(), 3);
    QVERIFY(!m_store->find(old));
    QTRY_VERIFY(!m_secrets->contains(old)); // the old keychain item went too
    const QString fresh = report.addedIds.front();
    QStringList order;
    for (const Account& account : m_store->accounts()) {
        order.append(account.id);
    }
    QCOMPARE(order, (QStringList{first, fresh, last}));
    QVERIFY(constantTimeEquals(m_secrets->secret(fresh).view(),
                               SecretBytes(std::as_bytes(std::span<const char>(kSeed32.constData(), 32))).view()));
}

void TestScanImport::failuresAreReportedPerAccount()
{
    auto findings = m_import->interpret(QStringList{totpUri(u"A"_s, u"a"_s), totpUri(u"B"_s, u"b"_s)});
    m_secrets->setFault(SecretStatus::AccessDenied); // the user refuses the keychain prompt
    const auto report = applyAndWait(std::move(findings.accounts), {ImportChoice::Add, ImportChoice::Add});
    QCOMPARE(report.added, 0);
    QCOMPARE(report.failures.size(), 2);
    QVERIFY2(report.failures.front().startsWith(u"A (a) was not added: "_s), qPrintable(report.failures.front()));
    QVERIFY(m_store->accounts().isEmpty());
}

QTEST_GUILESS_MAIN(TestScanImport)
#include "tst_scanimport.moc"
