// AccountListModel and login approval: each row's approval state and its sentence come from the
// ApprovalService (read from the accounts' stored enrollment records), rows follow stateChanged,
// and a model without a service has no approval at all. The service is not started: nothing here
// goes to the network.

#include "app/accountlistmodel.h"
#include "app/approval/approvalservice.h"
#include "app/approval/enrollmentrecord.h"
#include "app/keychain/memorysecretstore.h"
#include "app/store/accountstore.h"
#include "core/uri/otpauth.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using sandi::AccountListModel;
using sandi::ApprovalState;
using sandi::EnrollmentRecord;

namespace {

const char* const kKudus = "otpauth://totp/LPSE%20Kudus:ppk1?secret=JBSWY3DPEHPK3PXP&issuer=LPSE%20Kudus";
const char* const kNtt = "otpauth://totp/LPSE%20NTT:pokja2?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

} // namespace

class TestAccountListApproval : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sandi::MemorySecretStore> m_secrets;
    std::unique_ptr<sandi::AccountStore> m_store;
    std::unique_ptr<sandi::ApprovalService> m_service;
    std::unique_ptr<AccountListModel> m_model;

    QString add(const char* link)
    {
        QString id;
        m_store->add(std::move(*sandi::uri::parseOtpauth(link)),
                     [&id](const sandi::StoreResult& result) { id = result.id; });
        [&] { QTRY_VERIFY(!id.isEmpty()); }();
        return id;
    }

    void setRecord(const QString& id, const EnrollmentRecord& record)
    {
        bool done = false;
        m_store->setAcceptor(id, record.toJson(1'790'000'000'000), [&done](const sandi::StoreResult& result) {
            QVERIFY(result.ok());
            done = true;
        });
        QTRY_VERIFY(done);
    }

    QVariant data(const QString& id, int role) const { return m_model->indexOfId(id).data(role); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_secrets = std::make_unique<sandi::MemorySecretStore>();
        m_store = std::make_unique<sandi::AccountStore>(m_dir->filePath(u"data"_s), m_secrets.get());
        m_service = std::make_unique<sandi::ApprovalService>(m_store.get(), m_secrets.get(),
                                                             [] { return qint64(1'790'000'000'000); });
        m_model = std::make_unique<AccountListModel>(m_store.get());
        QSignalSpy loaded(m_store.get(), &sandi::AccountStore::loaded);
        m_store->load();
        QVERIFY(loaded.wait());
    }

    void cleanup()
    {
        m_model.reset();
        m_service.reset();
        m_store.reset();
        m_secrets.reset();
        m_dir.reset();
    }

    void withoutAServiceNoApproval()
    {
        const QString id = add(kKudus);
        QCOMPARE(data(id, AccountListModel::ApprovalStateRole).toInt(), int(ApprovalState::None));
        QCOMPARE(data(id, AccountListModel::ApprovalRole).toBool(), false);
        QVERIFY(data(id, AccountListModel::ApprovalTextRole).toString().isEmpty());
        QVERIFY(!data(id, Qt::AccessibleTextRole).toString().contains(u"approval"_s));
    }

    void statesAndTheirSentences()
    {
        QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString plain = add(kNtt);
        const QString failed = add(kKudus);
        EnrollmentRecord record;
        record.state = EnrollmentRecord::State::Failed;
        record.reason = sandi::EnrollmentReason::TokenExpired;
        record.acceptor = u"https://127.0.0.1:8443"_s;
        record.site = u"LPSE Kudus"_s;
        record.account = u"ppk1"_s;
        setRecord(failed, record);
        m_model->setApprovalService(m_service.get());

        QCOMPARE(data(plain, AccountListModel::ApprovalStateRole).toInt(), int(ApprovalState::None));
        QVERIFY(data(plain, AccountListModel::ApprovalTextRole).toString().isEmpty());
        QVERIFY(data(plain, Qt::ToolTipRole).toString().isEmpty());

        QCOMPARE(data(failed, AccountListModel::ApprovalStateRole).toInt(), int(ApprovalState::EnrollFailed));
        QCOMPARE(data(failed, AccountListModel::ApprovalRole).toBool(), false);
        // The service's sentence: what happened and what to do, shown and read out as it is.
        const QString sentence = data(failed, AccountListModel::ApprovalTextRole).toString();
        QCOMPARE(sentence, m_service->stateDetail(failed));
        QVERIFY2(sentence.contains(u"expired"_s), qPrintable(sentence));
        QCOMPARE(data(failed, Qt::ToolTipRole).toString(), sentence);
        QVERIFY(data(failed, Qt::AccessibleTextRole).toString().endsWith(u". "_s + sentence));
        QCOMPARE(m_model->roleNames().value(AccountListModel::ApprovalStateRole), "approvalState");
    }

    void revokedSaysActivateAgain()
    {
        const QString id = add(kKudus);
        EnrollmentRecord record;
        record.state = EnrollmentRecord::State::Revoked;
        record.reason = sandi::EnrollmentReason::Revoked;
        record.acceptor = u"https://127.0.0.1:8443"_s;
        record.site = u"LPSE Kudus"_s;
        record.account = u"ppk1"_s;
        setRecord(id, record);
        m_model->setApprovalService(m_service.get());
        QCOMPARE(data(id, AccountListModel::ApprovalStateRole).toInt(), int(ApprovalState::Revoked));
        QCOMPARE(data(id, AccountListModel::ApprovalTextRole).toString(),
                 u"This device is no longer active for this account; activate again"_s);
    }

    // The model remembers each state (reading one parses the stored record); a changed record in
    // the store is read again.
    void aChangedRecordIsReadAgain()
    {
        const QString id = add(kKudus);
        m_model->setApprovalService(m_service.get());
        QCOMPARE(data(id, AccountListModel::ApprovalStateRole).toInt(), int(ApprovalState::None));
        EnrollmentRecord record;
        record.state = EnrollmentRecord::State::Failed;
        record.reason = sandi::EnrollmentReason::Unreachable;
        record.acceptor = u"https://127.0.0.1:8443"_s;
        setRecord(id, record);
        QCOMPARE(data(id, AccountListModel::ApprovalStateRole).toInt(), int(ApprovalState::EnrollFailed));
        QCOMPARE(data(id, AccountListModel::ApprovalTextRole).toString(), m_service->stateDetail(id));
    }

    void rowsFollowStateChanged()
    {
        const QString first = add(kNtt);
        const QString second = add(kKudus);
        m_model->setApprovalService(m_service.get());
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        Q_EMIT m_service->stateChanged(second);
        QCOMPARE(changed.count(), 1);
        const auto top = changed.at(0).at(0).value<QModelIndex>();
        QCOMPARE(top.data(AccountListModel::IdRole).toString(), second);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), top);
        const auto roles = changed.at(0).at(2).value<QList<int>>();
        QVERIFY(roles.contains(AccountListModel::ApprovalStateRole));
        QVERIFY(roles.contains(AccountListModel::ApprovalTextRole));
        QVERIFY(roles.contains(Qt::AccessibleTextRole));
        Q_EMIT m_service->stateChanged(u"no-such-account"_s);
        QCOMPARE(changed.count(), 1);
        Q_UNUSED(first)
    }
};

QTEST_GUILESS_MAIN(TestAccountListApproval)
#include "tst_accountlistapproval.moc"
