// Every store status the user can meet has a sentence, and the sentences carry what the user needs
// (where the bad file went, how to get a keychain).

#include "app/store/storemessages.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sandi;

class TestStoreMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStoreErrorHasASentence();
    void loadReportsNameTheKeptFile();
    void secretStatesThatNeedActionHaveASentence();
    void keychainMessagesSayHowToFixIt();
};

void TestStoreMessages::everyStoreErrorHasASentence()
{
    QVERIFY(storeErrorText(StoreError::None).isEmpty());
    for (const auto error :
         {StoreError::KeychainUnavailable, StoreError::KeychainDenied, StoreError::KeychainFailed, StoreError::DiskFull,
          StoreError::WriteFailed, StoreError::NotFound, StoreError::ReadOnly, StoreError::InvalidSecret,
          StoreError::Busy, StoreError::SecretNotLoaded, StoreError::NotHotp, StoreError::CodeFailed}) {
        QVERIFY2(!storeErrorText(error).isEmpty(), qPrintable(QString::number(int(error))));
    }
    QVERIFY(storeErrorText(StoreError::DiskFull).contains(u"disk space"_s));
}

void TestStoreMessages::loadReportsNameTheKeptFile()
{
    const QString kept = u"/home/u/.local/share/sandi/accounts.damaged-20261124T140500Z.json"_s;
    QVERIFY(loadReportText(LoadReport{LoadStatus::Ok, {}, {}}).isEmpty());
    QVERIFY(loadReportText(LoadReport{LoadStatus::NoFile, {}, {}}).isEmpty());
    for (const auto status : {LoadStatus::RecoveredFromLastGood, LoadStatus::NewerVersion, LoadStatus::Unreadable}) {
        const QString text = loadReportText(LoadReport{status, kept, {}});
        QVERIFY(text.contains(QDir::toNativeSeparators(kept)));
    }
    QVERIFY(!loadReportText(LoadReport{LoadStatus::Unreadable, {}, {}}).isEmpty());
    QVERIFY(loadReportText(LoadReport{LoadStatus::NewerVersion, kept, {}}).contains(u"Update Sandi"_s));
}

void TestStoreMessages::secretStatesThatNeedActionHaveASentence()
{
    for (const auto state : {SecretState::NotRequested, SecretState::Loading, SecretState::Loaded}) {
        QVERIFY(secretStateText(state).isEmpty());
    }
    for (const auto state :
         {SecretState::Missing, SecretState::Denied, SecretState::KeychainUnavailable, SecretState::Failed}) {
        QVERIFY(!secretStateText(state).isEmpty());
    }
    QVERIFY(readOnlyText(ReadOnlyReason::None).isEmpty());
    QVERIFY(!readOnlyText(ReadOnlyReason::FileNotSecured).isEmpty());
}

void TestStoreMessages::keychainMessagesSayHowToFixIt()
{
    const QString fix = keychainFixText();
    QVERIFY(!fix.isEmpty());
    QVERIFY(storeErrorText(StoreError::KeychainUnavailable).contains(fix));
    QVERIFY(readOnlyText(ReadOnlyReason::KeychainUnavailable).contains(fix));
    QVERIFY(secretStateText(SecretState::KeychainUnavailable).contains(fix));
#if defined(Q_OS_LINUX)
    QVERIFY(fix.contains(u"gnome-keyring"_s));
    QVERIFY(fix.contains(u"KWallet"_s));
#endif
}

QTEST_GUILESS_MAIN(TestStoreMessages)
#include "tst_storemessages.moc"
