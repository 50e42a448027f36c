// CodeCopier: TOTP at the injected second, HOTP only after the counter is saved, clear messages
// when there is no secret.

#include "app/accountlistmodel.h"
#include "app/clipboardguard.h"
#include "app/codecopier.h"
#include "app/keychain/memorysecretstore.h"
#include "app/store/accountstore.h"
#include "core/otp/otp.h"
#include "core/uri/otpauth.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestCodeCopier : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sandi::MemorySecretStore> m_secrets;
    std::unique_ptr<sandi::AccountStore> m_store;
    std::unique_ptr<sandi::AccountListModel> m_model;
    std::unique_ptr<sandi::ClipboardGuard> m_clipboard;
    std::unique_ptr<sandi::CodeCopier> m_copier;
    qint64 m_now = 0;

    QString add(const char* link)
    {
        auto parsed = sandi::uri::parseOtpauth(link);
        QString id;
        m_store->add(std::move(*parsed), [&](const sandi::StoreResult& result) { id = result.id; });
        [&] { QTRY_VERIFY(!id.isEmpty()); }();
        return id;
    }

private Q_SLOTS:
    void init()
    {
        QGuiApplication::clipboard()->clear();
        m_dir = std::make_unique<QTemporaryDir>();
        m_secrets = std::make_unique<sandi::MemorySecretStore>();
        m_store = std::make_unique<sandi::AccountStore>(m_dir->path(), m_secrets.get());
        m_model = std::make_unique<sandi::AccountListModel>(m_store.get());
        m_clipboard = std::make_unique<sandi::ClipboardGuard>(QGuiApplication::clipboard());
        m_copier = std::make_unique<sandi::CodeCopier>(m_store.get(), m_model.get(), m_clipboard.get(),
                                                       [this] { return m_now; });
        QSignalSpy loaded(m_store.get(), &sandi::AccountStore::loaded);
        m_store->load();
        QVERIFY(loaded.wait());
    }

    void cleanup()
    {
        m_copier.reset();
        m_clipboard.reset();
        m_model.reset();
        m_store.reset();
        m_secrets.reset();
        m_dir.reset();
    }

    void totpCopiesTheCodeOfNow()
    {
        const QString id = add("otpauth://totp/ACME:alice?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&digits=8");
        m_now = 1111111109; // RFC 6238 Appendix B: 07081804
        QSignalSpy copied(m_copier.get(), &sandi::CodeCopier::copied);
        m_copier->copy(id);
        QCOMPARE(copied.count(), 1);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"07081804"_s);
    }

    void hotpSavesTheCounterBeforeTheCodeIsShown()
    {
        const QString id = add("otpauth://hotp/ACME:bob?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&counter=0");
        QSignalSpy copied(m_copier.get(), &sandi::CodeCopier::copied);
        m_copier->copy(id);
        QVERIFY(copied.wait());
        QCOMPARE(QGuiApplication::clipboard()->text(), u"755224"_s); // RFC 4226 Appendix D, counter 0
        QCOMPARE(m_store->find(id)->counter, quint64(1));            // saved before it was copied
        QCOMPARE(m_model->index(0).data(sandi::AccountListModel::CodeRole).toString(), u"755224"_s);
        m_copier->copy(id);
        QVERIFY(copied.wait());
        QCOMPARE(QGuiApplication::clipboard()->text(), u"287082"_s); // counter 1
        QCOMPARE(m_store->find(id)->counter, quint64(2));
    }

    void missingSecretSaysWhy()
    {
        const QString id = add("otpauth://totp/ACME:carol?secret=JBSWY3DPEHPK3PXP");
        m_secrets->erase(id);
        m_model.reset();
        m_copier.reset();
        m_store = std::make_unique<sandi::AccountStore>(m_dir->path(), m_secrets.get());
        m_model = std::make_unique<sandi::AccountListModel>(m_store.get());
        m_copier = std::make_unique<sandi::CodeCopier>(m_store.get(), m_model.get(), m_clipboard.get(),
                                                       [this] { return m_now; });
        m_store->load();
        QTRY_COMPARE(m_model->count(sandi::AccountListModel::State::SecretMissing), 1);
        QSignalSpy failed(m_copier.get(), &sandi::CodeCopier::copyFailed);
        m_copier->copy(id);
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(1).toString().contains(u"missing"_s));
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    void unknownAccount()
    {
        QSignalSpy failed(m_copier.get(), &sandi::CodeCopier::copyFailed);
        m_copier->copy(u"no-such-id"_s);
        QCOMPARE(failed.count(), 1);
    }
};

QTEST_MAIN(TestCodeCopier)
#include "tst_codecopier.moc"
