// sandi-cli: console entry point.

#include "app/appidentity.h"
#include "app/cli/cli.h"
#include "app/cli/scancommand.h"
#include "app/keychain/keychainsecretstore.h"
#include "app/settings.h"
#include "app/translations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QGuiApplication>
#include <QLocale>
#include <QStandardPaths>

#include <iostream>
#include <memory>

int main(int argc, char* argv[])
{
    // Only `scan --screen` needs the window system; every other command runs without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    std::unique_ptr<QCoreApplication> app;
    if (sandi::cli::wantsScreen(arguments)) {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        // Without a display, QGuiApplication would abort with Qt's own message.
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
            qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            std::cerr << "sandi-cli: "
                      << QCoreApplication::translate("sandi::cli", "--screen needs a graphical session.").toStdString()
                      << '\n';
            return static_cast<int>(sandi::cli::Exit::BadInput);
        }
#endif
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    sandi::applyApplicationIdentity(); // the window's data folder, not one of sandi-cli's own
    QCoreApplication::setApplicationVersion(QStringLiteral(SANDI_VERSION));
    {
        const sandi::Settings settings; // the window's language setting, else the system locale
        sandi::installTranslators(*app, settings.effectiveLanguage(QLocale::system().name()));
    }
    sandi::KeychainSecretStore secrets;
    const sandi::cli::StoreAccess store{QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), &secrets};

    bool finished = false;
    int status = 0;
    sandi::cli::start(QCoreApplication::arguments(), {std::cin, std::cout, std::cerr},
                      QDateTime::currentSecsSinceEpoch(), store, [&](sandi::cli::Exit exit) {
                          finished = true;
                          status = static_cast<int>(exit);
                          QCoreApplication::exit(status); // ends exec() if it is running
                      });
    if (!finished) {
        status = QCoreApplication::exec();
    }
    // Delete what finished commands left to deleteLater(), so that their secrets are wiped.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    // A keychain job may still be running (a read a finished command no longer needs): it must
    // answer before the keychain's objects go.
    secrets.shutDown(5000);
    return status;
}
