// sandi: the desktop window. The one file that sees app/ and ui/: it builds the services, the
// window and the tray, and wires them together.

#include "app/accountlistmodel.h"
#include "app/appidentity.h"
#include "app/approval/approvalservice.h"
#include "app/autostart.h"
#include "app/backup/backupservice.h"
#include "app/clipboardguard.h"
#include "app/clock/clockservice.h"
#include "app/codecopier.h"
#include "app/keychain/keychainsecretstore.h"
#include "app/lock/applock.h"
#include "app/lock/screenlockwatcher.h"
#include "app/manualentry.h"
#include "app/settings.h"
#include "app/singleinstance.h"
#include "app/startupreport.h"
#include "app/store/accountstore.h"
#include "app/ticker.h"
#include "app/translations.h"
#include "app/urlopenfilter.h"
#include "ui/accountdelegate.h"
#include "ui/accountview.h"
#include "ui/appicon.h"
#include "ui/mainwindow.h"
#include "ui/trayicon.h"

#include <QApplication>
#include <QClipboard>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>

#include <memory>
#include <string_view>

using namespace Qt::StringLiterals;

namespace sandi {
namespace {

// The translation context of this file's strings, in a form lupdate reads.
struct MainText
{
    Q_DECLARE_TR_FUNCTIONS(sandi::Main)
};

// Everything the primary instance runs; members are destroyed in reverse order (window first).
class Session
{
public:
    Session(QApplication& app, Settings& settings, const QString& dataDir)
        : m_store(dataDir, &m_secrets), m_model(&m_store), m_clock(&settings),
          m_approval(&m_store, &m_secrets, [this] { return m_clock.nowMs(); }),
          m_ticker([this] { return m_clock.nowMs(); }), m_clipboard(QGuiApplication::clipboard()),
          m_copier(&m_store, &m_model, &m_clipboard, [this] { return m_ticker.now(); }),
          m_autostart(Autostart::forThisSystem()), m_lock(&settings), m_backup(&m_store, &m_secrets, &settings),
          m_window(MainWindowServices{&m_store, &m_model, &m_copier, &m_clipboard, &m_ticker, &settings, &m_clock,
                                      &m_autostart, &m_lock, &m_backup})
    {
        // The app lock also locks with the screen and before sleep (app/lock/screenlockwatcher.h).
        m_lock.setScreenLockWatcher(ScreenLockWatcher::forThisSystem());
#ifdef Q_OS_WIN
        m_lock.screenLockWatcher()->watchWindow(m_window.winId()); // WTS notifications go to a window
#endif
        QObject::connect(&m_ticker, &Ticker::ticked, &m_model, &AccountListModel::tick);
        // A new offset moves the second boundaries: re-align the ticker, which ticks at once.
        QObject::connect(&m_clock, &ClockService::appliedOffsetChanged, &m_ticker, [this] {
            if (m_ticker.isActive()) {
                m_ticker.start();
            }
        });
        m_clipboard.setClearAfterSeconds(settings.clipboardClearSeconds());
        QObject::connect(&settings, &Settings::clipboardClearSecondsChanged, &m_clipboard,
                         &ClipboardGuard::setClearAfterSeconds);
        QObject::connect(&app, &QCoreApplication::aboutToQuit, &m_clipboard, &ClipboardGuard::clearIfOurs);
        // A change made just before quitting is backed up now; the pool finishes the job on exit.
        QObject::connect(&app, &QCoreApplication::aboutToQuit, &m_backup, &BackupService::flush);
        QObject::connect(&m_window, &MainWindow::quitRequested, &app, &QCoreApplication::quit);
        // Login approval: polls from the loaded list on, whether the window is shown or hidden.
        m_model.setApprovalService(&m_approval);
        m_window.setApprovalService(&m_approval, [this] { return m_clock.nowMs(); });
        QObject::connect(&m_store, &AccountStore::loaded, &m_approval, [this] { m_approval.start(); });
        // An acceptor that finds our requests stale suggests a wrong clock (protocol §7): measure it now.
        QObject::connect(&m_approval, &ApprovalService::clockCheckSuggested, &m_clock, &ClockService::checkNow);
        if (TrayIcon::isAvailable()) {
            m_tray = std::make_unique<TrayIcon>(&m_window);
            m_tray->addAction(m_window.lockAction());
            QObject::connect(m_tray.get(), &TrayIcon::quitRequested, &app, &QCoreApplication::quit);
            QObject::connect(&m_window, &MainWindow::notificationRequested, m_tray.get(), &TrayIcon::showMessage);
            m_tray->show();
            m_window.setTrayAvailable(true);
        }
    }

    // Shows the list at once (unless `hidden` and there is a tray); codes fill in as the keychain
    // answers.
    // After the event loop ended: lets the keychain answer what it was asked (a secret being
    // saved), up to 3 s, before anything is destroyed.
    void finishKeychainJobs()
    {
        m_secrets.shutDown(3000);
    }

    void start(const QStringList& arguments, bool hidden, StartupReport* report)
    {
        if (report->isActive()) {
            observeStartup(report);
        }
        if (!hidden || !m_tray) {
            m_window.show();
        }
        m_backup.start(); // reads its key; backs up once the list has loaded, if it changed
        m_store.load(SecretLoading::All);
        m_clock.start(); // in the background; codes follow the system clock until it answers
        if (!arguments.isEmpty()) {
            handle(arguments);
        }
    }

    // Arguments from the command line or from a second launch.
    void handle(const QStringList& arguments)
    {
        TrayIcon::raiseWindow(&m_window);
        QStringList links;
        for (const QString& argument : arguments) {
            const QString trimmed = argument.trimmed();
            if (isOtpauthLink(trimmed) || trimmed.startsWith(u"otpauth-migration://"_s, Qt::CaseInsensitive)) {
                links.append(trimmed);
                continue;
            }
            m_window.showArgumentError(
                MainText::tr("Sandi does not understand “%1”. It accepts an otpauth:// link.").arg(argument.left(80)));
        }
        if (!links.isEmpty()) {
            m_window.importTexts(links); // "Add account?", once the list is loaded
        }
    }

private:
    // Feeds the benchmark's milestones (off by default: SANDI_REPORT_STARTUP).
    void observeStartup(StartupReport* report)
    {
        QObject::connect(&m_store, &AccountStore::secretLoaded, &m_window,
                         [report] { report->mark(StartupReport::Milestone::SecretLoaded); });
        auto* delegate = qobject_cast<AccountDelegate*>(m_window.view()->itemDelegate());
        if (!delegate) {
            return;
        }
        delegate->setPaintObserver([report, context = &m_window](bool codeShown) {
            // Noted from the event loop, once this paint has been flushed to the window.
            QTimer::singleShot(0, context, [report, codeShown] {
                report->mark(codeShown ? StartupReport::Milestone::CodePainted : StartupReport::Milestone::RowPainted);
            });
        });
    }

    KeychainSecretStore m_secrets;
    AccountStore m_store;
    AccountListModel m_model;
    ClockService m_clock;
    ApprovalService m_approval;
    Ticker m_ticker;
    ClipboardGuard m_clipboard;
    CodeCopier m_copier;
    Autostart m_autostart;
    AppLock m_lock;
    BackupService m_backup;
    MainWindow m_window;
    std::unique_ptr<TrayIcon> m_tray;
};

} // namespace
} // namespace sandi

namespace sandi {
namespace {

// --help and --version only print: they need no screen, so they run without QApplication (which
// would fail on a machine without a display).
bool onlyPrints(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version") {
            return true;
        }
    }
    return false;
}

struct Arguments
{
    QStringList links; // to add
    bool hidden = false;
};

// Parses the command line; exits for --help and --version.
Arguments parseArguments(QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(MainText::tr("Sandi: one-time login codes (TOTP) for SPSE and other services."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption hidden(QString::fromUtf16(Autostart::kHiddenOption).mid(2),
                                    MainText::tr("Start in the system tray without showing the window (used when "
                                                 "Sandi starts at login)."));
    parser.addOption(hidden);
    parser.addPositionalArgument(u"link"_s, MainText::tr("An otpauth:// link to add; opens the add dialog."),
                                 u"[otpauth://…]"_s);
    parser.process(app);
    return {parser.positionalArguments(), parser.isSet(hidden)};
}

} // namespace
} // namespace sandi

int main(int argc, char* argv[])
{
    using namespace sandi;
    const std::int64_t mainEntered = StartupReport::now();
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        applyApplicationIdentity();
        QCoreApplication::setApplicationVersion(QStringLiteral(SANDI_VERSION));
        Settings settings;
        installTranslators(app, settings.effectiveLanguage(QLocale::system().name()));
        parseArguments(app);
        return 0;
    }
    QApplication app(argc, argv);
    applyApplicationIdentity(); // the same data folder as sandi-cli
    QCoreApplication::setApplicationVersion(QStringLiteral(SANDI_VERSION));
    QGuiApplication::setApplicationDisplayName(u"Sandi"_s);
    QGuiApplication::setDesktopFileName(u"sandi"_s);
    QGuiApplication::setWindowIcon(appIcon());
    QApplication::setQuitOnLastWindowClosed(false); // the window may live on in the tray; quit is explicit

    StartupReport startupReport = StartupReport::fromEnvironment();
    startupReport.mark(StartupReport::Milestone::MainEntered, mainEntered);

    Settings settings;
    installTranslators(app, settings.effectiveLanguage(QLocale::system().name()));
    const Arguments arguments = parseArguments(app);

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);
    SingleInstance instance(SingleInstance::defaultKey(dataDir));
    std::unique_ptr<Session> session;
    QObject::connect(&instance, &SingleInstance::forwarded, &app, [] { QCoreApplication::exit(0); });
    QStringList openedUrls; // macOS URL-open events that came before the session
    QObject::connect(&instance, &SingleInstance::becamePrimary, &app, [&] {
        session = std::make_unique<Session>(app, settings, dataDir);
        session->start(arguments.links + openedUrls, arguments.hidden && openedUrls.isEmpty(), &startupReport);
        openedUrls.clear();
    });
    QObject::connect(&instance, &SingleInstance::argumentsReceived, &app, [&](const QStringList& received) {
        if (session) {
            session->handle(received);
        }
    });
    UrlOpenFilter urlOpenFilter;
    app.installEventFilter(&urlOpenFilter);
    QObject::connect(&urlOpenFilter, &UrlOpenFilter::urlOpened, &app, [&](const QString& url) {
        if (session) {
            session->handle({url});
        } else {
            openedUrls.append(url);
        }
    });
    instance.start(arguments.links);
    const int status = QApplication::exec();
    if (session) {
        session->finishKeychainJobs();
    }
    session.reset(); // before the clipboard and the application go away
    return status;
}
