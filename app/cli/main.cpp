// sandi-cli: console entry point.

#include "app/appidentity.h"
#include "app/cli/cli.h"
#include "app/keychain/keychainsecretstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QStandardPaths>

#include <iostream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    sandi::applyApplicationIdentity(); // the window's data folder, not one of sandi-cli's own
    QCoreApplication::setApplicationVersion(QStringLiteral(SANDI_VERSION));
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
    return status;
}
