// AccountListModel over a real AccountStore with the in-memory keychain: codes equal the core's,
// a tick signals only the rows whose visible values changed, states follow the keychain, and the
// rows follow the store's list (insert, remove, move) without resets.

#include "app/accountfiltermodel.h"
#include "app/accountlistmodel.h"
#include "app/keychain/memorysecretstore.h"
#include "app/store/accountstore.h"
#include "core/encoding/base32.h"
#include "core/otp/otp.h"
#include "core/uri/otpauth.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using sandi::AccountListModel;
using State = sandi::AccountListModel::State;

namespace {

const QString kKudus = u"otpauth://totp/LPSE%20Kudus:ppk1?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&digits=8"_s;
const QString kNtt = u"otpauth://totp/LPSE%20NTT:pokja2?secret=JBSWY3DPEHPK3PXP&period=60&algorithm=SHA256"_s;
const QString kSteam = u"otpauth://steam/Steam:gamer?secret=JBSWY3DPEHPK3PXP"_s;
const QString kHotp = u"otpauth://hotp/Bank:me?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&counter=0"_s;

QString coreCode(const QString& link, qint64 time, bool next = false)
{
    const auto uri = sandi::uri::parseOtpauth(link.toStdString());
    const auto code = next ? sandi::otp::nextTotpAt(uri->secret.view(), uri->params, time)
                           : sandi::otp::totpAt(uri->secret.view(), uri->params, time);
    return QString::fromStdString(code.value());
}

QList<int> changedRows(const QSignalSpy& spy)
{
    QList<int> rows;
    for (const QList<QVariant>& args : spy) {
        const auto top = args.at(0).value<QModelIndex>();
        const auto bottom = args.at(1).value<QModelIndex>();
        for (int r = top.row(); r <= bottom.row(); ++r) {
            rows.append(r);
        }
    }
    return rows;
}

} // namespace

class TestAccountListModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sandi::MemorySecretStore> m_secrets;
    std::unique_ptr<sandi::AccountStore> m_store;
    std::unique_ptr<AccountListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    // A new store and model over the same folder and keychain, as at the next start.
    void reopen()
    {
        m_tester.reset();
        m_model.reset();
        m_store = std::make_unique<sandi::AccountStore>(m_dir->path(), m_secrets.get());
        m_model = std::make_unique<AccountListModel>(m_store.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(m_store.get(), &sandi::AccountStore::loaded);
        m_store->load();
        QVERIFY(loaded.wait());
    }

    QString add(const QString& link)
    {
        auto parsed = sandi::uri::parseOtpauth(link.toStdString());
        if (!parsed) {
            qFatal("bad test link");
        }
        QString id;
        bool done = false;
        m_store->add(std::move(*parsed), [&](const sandi::StoreResult& result) {
            QVERIFY2(result.ok(), qPrintable(result.detail));
            id = result.id;
            done = true;
        });
        [&] { QTRY_VERIFY(done); }();
        return id;
    }

    // Waits until no row is loading any more.
    void waitForSecrets() { QTRY_COMPARE(m_model->count(State::Loading), 0); }

    QVariant at(int row, int role) const { return m_model->index(row).data(role); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_secrets = std::make_unique<sandi::MemorySecretStore>();
        reopen();
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_store.reset();
        m_secrets.reset();
        m_dir.reset();
    }

    void groupCode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("grouped");
        QTest::newRow("6 digits") << u"123456"_s << u"123 456"_s;
        QTest::newRow("7 digits") << u"1234567"_s << u"123 4567"_s;
        QTest::newRow("8 digits") << u"12345678"_s << u"1234 5678"_s;
        QTest::newRow("9 digits") << u"123456789"_s << u"123 456 789"_s;
        QTest::newRow("10 digits") << u"1234567890"_s << u"123 456 7890"_s;
        QTest::newRow("Steam unchanged") << u"2BC4F"_s << u"2BC4F"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void groupCode()
    {
        QFETCH(QString, code);
        QFETCH(QString, grouped);
        QCOMPARE(sandi::groupCode(code), grouped);
    }

    void codesEqualTheCore_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::newRow("RFC 6238 T=59") << qint64(59);
        QTest::newRow("RFC 6238 T=1111111109") << qint64(1111111109);
        QTest::newRow("RFC 6238 T=2000000000") << qint64(2000000000);
        QTest::newRow("mid-period") << qint64(1700000012);
    }
    void codesEqualTheCore()
    {
        QFETCH(qint64, time);
        add(kKudus);
        add(kNtt);
        add(kSteam);
        QCOMPARE(m_model->rowCount(), 3);
        m_model->tick(time);
        const QStringList links = {kKudus, kNtt, kSteam};
        const QList<int> periods = {30, 60, 30};
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(at(row, AccountListModel::StateRole).toInt(), int(State::Ready));
            QCOMPARE(at(row, AccountListModel::CodeRole).toString(), coreCode(links[row], time));
            QCOMPARE(at(row, AccountListModel::PeriodRole).toInt(), periods[row]);
            QCOMPARE(at(row, AccountListModel::SecondsLeftRole).toInt(), periods[row] - int(time % periods[row]));
        }
        if (time == 59) {
            QCOMPARE(at(0, AccountListModel::CodeRole).toString(), u"94287082"_s); // RFC 6238 Appendix B
        }
        QCOMPARE(at(0, AccountListModel::GroupedCodeRole).toString(), sandi::groupCode(coreCode(kKudus, time)));
        QCOMPARE(at(0, AccountListModel::GroupedCodeRole).toString().size(), 9); // "1234 5678"
        QCOMPARE(at(0, AccountListModel::IssuerRole).toString(), u"LPSE Kudus"_s);
        QCOMPARE(at(0, AccountListModel::NameRole).toString(), u"ppk1"_s);
        QCOMPARE(at(2, AccountListModel::GroupedCodeRole).toString(), coreCode(kSteam, time)); // Steam unchanged
    }

    void nextCodeOnlyInTheLastSeconds()
    {
        add(kKudus);
        m_model->tick(1044); // 6 s left
        QCOMPARE(at(0, AccountListModel::SecondsLeftRole).toInt(), 6);
        QVERIFY(at(0, AccountListModel::NextCodeRole).toString().isEmpty());
        m_model->tick(1045); // 5 s left
        QCOMPARE(at(0, AccountListModel::NextCodeRole).toString(), sandi::groupCode(coreCode(kKudus, 1045, true)));
        m_model->tick(1049); // last second
        QCOMPARE(at(0, AccountListModel::NextCodeRole).toString(), sandi::groupCode(coreCode(kKudus, 1049, true)));
        m_model->tick(1050); // the next code is now the code
        QCOMPARE(at(0, AccountListModel::CodeRole).toString(), coreCode(kKudus, 1049, true));
        QVERIFY(at(0, AccountListModel::NextCodeRole).toString().isEmpty());
    }

    void tickSignalsOnlyChangedRows()
    {
        add(kKudus);
        add(kHotp);
        const QString missing = add(kNtt);
        m_secrets->erase(missing);
        reopen();
        waitForSecrets();
        QCOMPARE(at(1, AccountListModel::StateRole).toInt(), int(State::Ready));
        QCOMPARE(at(2, AccountListModel::StateRole).toInt(), int(State::SecretMissing));
        m_model->tick(1000);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->tick(1000); // same second: nothing visible changed
        QCOMPARE(changed.count(), 0);
        m_model->tick(1001); // the countdown of the TOTP row only
        QCOMPARE(changedRows(changed), QList<int>{0});
        changed.clear();
        m_model->tick(1020); // a new period: still only the TOTP row
        QCOMPARE(changedRows(changed), QList<int>{0});
        QCOMPARE(at(0, AccountListModel::CodeRole).toString(), coreCode(kKudus, 1020));
    }

    void statesFollowTheKeychain()
    {
        const QString id = add(kKudus);
        m_secrets->hold();
        reopen();
        QCOMPARE(at(0, AccountListModel::StateRole).toInt(), int(State::Loading));
        QVERIFY(at(0, AccountListModel::CodeRole).toString().isEmpty());
        m_secrets->release();
        QTRY_COMPARE(at(0, AccountListModel::StateRole).toInt(), int(State::Ready));
        QCOMPARE(at(0, AccountListModel::CodeRole).toString(), coreCode(kKudus, m_model->lastTick()));

        m_secrets->setFault(sandi::SecretStatus::AccessDenied);
        reopen();
        QTRY_COMPARE(at(0, AccountListModel::StateRole).toInt(), int(State::Locked));
        m_secrets->setFault(sandi::SecretStatus::Unavailable);
        reopen();
        QTRY_COMPARE(at(0, AccountListModel::StateRole).toInt(), int(State::Locked));
        QVERIFY(at(0, AccountListModel::CodeRole).toString().isEmpty());
        m_secrets->setFault(sandi::SecretStatus::Ok);
        m_secrets->erase(id);
        reopen();
        QTRY_COMPARE(at(0, AccountListModel::StateRole).toInt(), int(State::SecretMissing));
    }

    void rowsFollowTheStore()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        const QString a = add(kKudus);
        const QString b = add(kNtt);
        const QString c = add(kSteam);
        QCOMPARE(inserted.count(), 3);

        // Drag the first row into the gap after the last one.
        std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->index(0)}));
        QVERIFY(data);
        QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, 3, 0, {}));
        QTRY_COMPARE(at(2, AccountListModel::IdRole).toString(), a);
        QCOMPARE(at(0, AccountListModel::IdRole).toString(), b);
        QCOMPARE(at(1, AccountListModel::IdRole).toString(), c);
        QVERIFY(moved.count() >= 1);

        bool done = false;
        m_store->remove(b, [&](const sandi::StoreResult& result) {
            QVERIFY(result.ok());
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->indexOfId(b), QModelIndex());
        QCOMPARE(reset.count(), 0);
    }

    void hotpShowsTheAdvancedCode()
    {
        const QString id = add(kHotp);
        m_model->tick(1000);
        QCOMPARE(at(0, AccountListModel::PeriodRole).toInt(), 0);
        QVERIFY(at(0, AccountListModel::CodeRole).toString().isEmpty()); // no code before asking
        QString shown;
        m_store->advanceHotp(id, [&](const sandi::StoreResult& result, std::string code) {
            QVERIFY(result.ok());
            shown = QString::fromStdString(code);
        });
        QTRY_VERIFY(!shown.isEmpty());
        QCOMPARE(shown, u"755224"_s); // RFC 4226 Appendix D, counter 0
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->showHotpCode(id, shown);
        QCOMPARE(changedRows(changed), QList<int>{0});
        QCOMPARE(at(0, AccountListModel::GroupedCodeRole).toString(), u"755 224"_s);
    }

    void filterMatchesIssuerOrAccount()
    {
        add(kKudus);
        add(kNtt);
        add(kSteam);
        sandi::AccountFilterModel filter;
        filter.setSourceModel(m_model.get());
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setFilterText(u"kudus"_s);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(AccountListModel::NameRole).toString(), u"ppk1"_s);
        filter.setFilterText(u"POKJA"_s); // the account, in another case
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(AccountListModel::IssuerRole).toString(), u"LPSE NTT"_s);
        filter.setFilterText(u"lpse"_s);
        QCOMPARE(filter.rowCount(), 2);
        filter.setFilterText(u"nothing"_s);
        QCOMPARE(filter.rowCount(), 0);
        filter.setFilterText(u"  "_s);
        QCOMPARE(filter.rowCount(), 3);
        m_model->tick(1000); // ticks go through the filter without disturbing it
        QCOMPARE(filter.rowCount(), 3);
    }

    void accessibleTextReadsTheCode()
    {
        add(kKudus);
        m_model->tick(59);
        const QString text = at(0, Qt::AccessibleTextRole).toString();
        QVERIFY2(text.contains(u"LPSE Kudus"_s) && text.contains(u"9428 7082"_s), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestAccountListModel)
#include "tst_accountlistmodel.moc"
