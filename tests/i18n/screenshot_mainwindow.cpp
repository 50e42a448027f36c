// Makes the README's screenshots of the main window (docs/screenshots/main-LANG.png): four accounts
// (three LPSE sites and an HOTP bank account) at a fixed time, the second one selected, in English
// or Indonesian, on the in-memory keychain and a private data folder.
//
//   QT_QPA_PLATFORM=offscreen sandi_screenshot id docs/screenshots/main-id.png [main|empty|add]
//
// "empty" draws the window without accounts, "add" the add dialog with its advanced fields open,
// "locked" the window locked by the app lock, "lockedwrong" the same after wrong passwords with an
// approval waiting, "locksettings" the settings dialog turning the lock on: all for checking that a
// translation fits. Not a test: it only draws, with QWidget::grab().

#include "app/accountlistmodel.h"
#include "app/clipboardguard.h"
#include "app/codecopier.h"
#include "app/keychain/memorysecretstore.h"
#include "app/lock/applock.h"
#include "app/settings.h"
#include "app/store/accountstore.h"
#include "app/ticker.h"
#include "core/uri/otpauth.h"
#include "ui/accountview.h"
#include "ui/lockpage.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialog>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

#include <cstdio>
#include <memory>
#include <span>

using namespace Qt::StringLiterals;

namespace {

// Published example secrets (RFC 6238's, Google's) and made-up SPSE user IDs; Kupang uses a
// 60-second period so that its ring differs from the others.
constexpr const char* kAccounts[] = {
    "otpauth://totp/LPSE%20Kabupaten%20Kudus:ppk1?secret=JBSWY3DPEHPK3PXP&issuer=LPSE%20Kabupaten%20Kudus",
    "otpauth://totp/LPSE%20Provinsi%20Nusa%20Tenggara%20Timur:pokja.konstruksi2?"
    "secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=LPSE%20Provinsi%20Nusa%20Tenggara%20Timur&digits=8",
    "otpauth://totp/LPSE%20Kota%20Kupang:cv.maju.jaya?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
    "&issuer=LPSE%20Kota%20Kupang&period=60",
    "otpauth://hotp/Bank%20Daerah:bendahara?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Bank%20Daerah&counter=0",
};
// 27 s into a 30 s and a 60 s period: 3 s left for most codes, so the next code shows.
constexpr qint64 kUnixTime = 1'700'000'007;
constexpr QSize kWindowSize(476, 588);

bool installTranslation(QApplication& app, const QString& language)
{
    auto* own = new QTranslator(&app);
    if (!own->load(u":/i18n/sandi_%1.qm"_s.arg(language))) {
        return false;
    }
    QCoreApplication::installTranslator(own);
    if (language == u"id"_s) {
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        auto* qt = new QTranslator(&app);
        if (qt->load(QLocale(QLocale::Indonesian), u"qtbase"_s, u"_"_s,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
        }
    }
    return true;
}

// Turns the lock on and locks; `wrong`: then three wrong passwords, and an approval waiting.
bool lockWindow(sandi::AppLock& lock, sandi::MainWindow& window, bool wrong, const QString& language)
{
    bool set = false;
    lock.setPassword(u"kunci"_s, &lock, [&set](bool ok) { set = ok; });
    if (!QTest::qWaitFor([&] { return set; }, 20'000)) {
        return false;
    }
    lock.lock();
    if (!wrong) {
        return lock.locked();
    }
    QLineEdit* field = window.lockPage()->passwordField();
    for (int i = 0; i < sandi::AppLock::kFreeAttempts; ++i) {
        field->setText(u"salah"_s);
        QTest::keyClick(field, Qt::Key_Return);
        if (!QTest::qWaitFor([&] { return !lock.busy(); }, 20'000)) {
            return false;
        }
    }
    // The approval UI's sentence (a sample here; that UI translates its own).
    lock.requestUnlock(language == u"id"_s ? u"Ada login yang menunggu persetujuan Anda."_s
                                           : u"A login is waiting for your approval."_s);
    return lock.locked();
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString scene = args.value(3, u"main"_s);
    const QStringList scenes{u"main"_s, u"empty"_s, u"add"_s, u"locked"_s, u"lockedwrong"_s, u"locksettings"_s};
    if (args.size() < 3 || args.size() > 4 || !scenes.contains(scene) || !installTranslation(app, args.at(1))) {
        std::fprintf(stderr, "usage: sandi_screenshot en|id OUTPUT.png [main|empty|add|locked|lockedwrong|"
                             "locksettings]\n");
        return 1;
    }
    QTemporaryDir dir;
    sandi::MemorySecretStore secrets;
    sandi::AccountStore store(dir.filePath(u"data"_s), &secrets);
    sandi::AccountListModel model(&store);
    sandi::Ticker ticker([] { return kUnixTime * 1000 + 200; });
    sandi::ClipboardGuard clipboard(QGuiApplication::clipboard());
    sandi::CodeCopier copier(&store, &model, &clipboard, [&ticker] { return ticker.now(); });
    sandi::Settings settings(dir.filePath(u"sandi.ini"_s));
    QObject::connect(&ticker, &sandi::Ticker::ticked, &model, &sandi::AccountListModel::tick);
    sandi::AppLock lock(&settings);
    sandi::MainWindow window(
        sandi::MainWindowServices{&store, &model, &copier, &clipboard, &ticker, &settings, nullptr, nullptr, &lock});
    window.resize(kWindowSize);
    window.show();
    QApplication::setActiveWindow(&window);

    bool loaded = false;
    QObject::connect(&store, &sandi::AccountStore::loaded, &app, [&loaded] { loaded = true; });
    store.load();
    int added = 0;
    if (!QTest::qWaitFor([&] { return loaded; })) {
        std::fprintf(stderr, "sandi_screenshot: the account store did not load\n");
        return 1;
    }
    for (const char* link : scene == u"empty"_s ? std::span<const char* const>() : std::span(kAccounts)) {
        auto uri = sandi::uri::parseOtpauth(link);
        store.add(std::move(*uri), [&added](const sandi::StoreResult& result) { added += result.ok() ? 1 : 0; });
    }
    if (scene != u"empty"_s && !QTest::qWaitFor([&] { return added == int(std::size(kAccounts)); })) {
        std::fprintf(stderr, "sandi_screenshot: the accounts were not added\n");
        return 1;
    }
    ticker.fire();
    auto* view = window.view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(1, 0));
    QWidget* shown = &window;
    if (scene == u"add"_s) {
        window.addAccount();
        auto* dialog = window.findChild<QDialog*>(u"addDialog"_s);
        auto* advanced = dialog ? dialog->findChild<QToolButton*>(u"advancedToggle"_s) : nullptr;
        if (!advanced) {
            std::fprintf(stderr, "sandi_screenshot: no add dialog\n");
            return 1;
        }
        advanced->setChecked(true);
        shown = dialog;
    }
    if (scene.startsWith(u"locked"_s) && !lockWindow(lock, window, scene == u"lockedwrong"_s, args.at(1))) {
        std::fprintf(stderr, "sandi_screenshot: the window did not lock\n");
        return 1;
    }
    std::unique_ptr<sandi::SettingsDialog> settingsDialog;
    if (scene == u"locksettings"_s) {
        settingsDialog = std::make_unique<sandi::SettingsDialog>(&settings, nullptr, true, &window);
        settingsDialog->setAppLock(&lock);
        auto* enabled = settingsDialog->findChild<QCheckBox*>(u"lockEnabled"_s);
        auto* tabs = settingsDialog->findChild<QTabWidget*>(u"settingsTabs"_s);
        tabs->setCurrentIndex(tabs->count() - 1); // the lock's tab, the last one here
        enabled->setChecked(true);
        settingsDialog->show();
        shown = settingsDialog.get();
    }
    QTest::qWait(200); // let the widgets lay out and paint
    if (!shown->grab().save(args.at(2))) {
        std::fprintf(stderr, "sandi_screenshot: cannot write %s\n", qPrintable(args.at(2)));
        return 1;
    }
    return 0;
}
