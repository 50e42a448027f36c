#pragma once
// The main window's test fixture: the real account store over the in-memory keychain, a ticker
// on a fake clock, a private settings file and data folder, and helpers that type and press keys
// where the keyboard focus is, as a user would.

#include "app/accountlistmodel.h"
#include "app/clipboardguard.h"
#include "app/codecopier.h"
#include "app/keychain/memorysecretstore.h"
#include "app/settings.h"
#include "app/store/accountstore.h"
#include "app/ticker.h"
#include "core/otp/otp.h"
#include "core/uri/otpauth.h"
#include "ui/accountview.h"
#include "ui/adddialog.h"
#include "ui/banner.h"
#include "ui/mainwindow.h"
#include "ui/toast.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace sandi::test {

using namespace Qt::StringLiterals;
using sandi::AccountListModel;

inline const char* const kKudus = "otpauth://totp/LPSE%20Kudus:ppk1?secret=JBSWY3DPEHPK3PXP&issuer=LPSE%20Kudus";
inline const char* const kNtt = "otpauth://totp/LPSE%20NTT:pokja2?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&digits=8";
inline const char* const kBank = "otpauth://hotp/Bank:me?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&counter=0";

inline QString coreCode(const char* link, qint64 time)
{
    const auto uri = sandi::uri::parseOtpauth(link);
    return QString::fromStdString(sandi::otp::totpAt(uri->secret.view(), uri->params, time).value());
}

inline void deleteLaterNow()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

class WindowFixture : public QObject
{
protected:
    qint64 m_ms = 1'700'000'000'000;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sandi::MemorySecretStore> m_secrets;
    std::unique_ptr<sandi::AccountStore> m_store;
    std::unique_ptr<AccountListModel> m_model;
    std::unique_ptr<sandi::Ticker> m_ticker;
    std::unique_ptr<sandi::ClipboardGuard> m_clipboard;
    std::unique_ptr<sandi::CodeCopier> m_copier;
    std::unique_ptr<sandi::Settings> m_settings;
    std::unique_ptr<sandi::MainWindow> m_window;

    // The window's services over the fixture's folder and keychain, wired as app/main.cpp does;
    // not the settings (some tests make them first) nor the window.
    void makeServices()
    {
        m_store = std::make_unique<sandi::AccountStore>(m_dir->filePath(u"data"_s), m_secrets.get());
        m_model = std::make_unique<AccountListModel>(m_store.get());
        m_ticker = std::make_unique<sandi::Ticker>([this] { return m_ms; });
        m_clipboard = std::make_unique<sandi::ClipboardGuard>(QGuiApplication::clipboard());
        m_copier = std::make_unique<sandi::CodeCopier>(m_store.get(), m_model.get(), m_clipboard.get(),
                                                       [this] { return m_ticker->now(); });
        connect(m_ticker.get(), &sandi::Ticker::ticked, m_model.get(), &AccountListModel::tick);
    }

    void open(bool load = true)
    {
        makeServices();
        m_settings = std::make_unique<sandi::Settings>(m_dir->filePath(u"sandi.ini"_s));
        m_window = std::make_unique<sandi::MainWindow>(sandi::MainWindowServices{
            m_store.get(), m_model.get(), m_copier.get(), m_clipboard.get(), m_ticker.get(), m_settings.get()});
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        if (load) {
            QSignalSpy loaded(m_store.get(), &sandi::AccountStore::loaded);
            m_store->load();
            QVERIFY(loaded.wait());
        }
    }

    // Quits: everything but the keychain and the data folder goes.
    void close()
    {
        m_window.reset();
        deleteLaterNow();
        m_copier.reset();
        m_clipboard.reset();
        m_ticker.reset();
        m_settings.reset();
        m_model.reset();
        m_store.reset();
    }

    QString add(const char* link)
    {
        auto parsed = sandi::uri::parseOtpauth(link);
        QString id;
        m_store->add(std::move(*parsed), [&](const sandi::StoreResult& result) { id = result.id; });
        [&] { QTRY_VERIFY(!id.isEmpty()); }();
        return id;
    }

    // Moves the fake clock and lets the ticker see it, as its timer would.
    void setTime(qint64 seconds)
    {
        m_ms = seconds * 1000 + 200;
        m_ticker->fire();
    }

    QAbstractItemModel* shown() const { return m_window->view()->model(); }
    QString shownCode(int row) const
    {
        return shown()->index(row, 0).data(AccountListModel::GroupedCodeRole).toString();
    }

    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keyClick(target, key, modifiers);
    }

    static void type(const QString& text)
    {
        QWidget* target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keyClicks(target, text);
    }

    template <class T> T* waitForChild(const QString& name = {}) const
    {
        T* child = nullptr;
        (void)QTest::qWaitFor([&] {
            child = m_window->findChild<T*>(name);
            return child != nullptr && child->isVisible();
        });
        if (child && child->isWindow()) {
            // The offscreen platform does not activate new windows by itself; a desktop does.
            QApplication::setActiveWindow(child);
            (void)QTest::qWaitForWindowActive(child);
        }
        return child;
    }

    // Call from the test's init() and cleanup() slots.
    void initFixture()
    {
        QGuiApplication::clipboard()->clear();
        m_dir = std::make_unique<QTemporaryDir>();
        m_secrets = std::make_unique<sandi::MemorySecretStore>();
    }

    void cleanupFixture()
    {
        close();
        m_secrets.reset();
        m_dir.reset();
    }
};

} // namespace sandi::test
