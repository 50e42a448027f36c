// sandi-cli: console entry point.

#include "app/cli/cli.h"

#include <QCoreApplication>
#include <QDateTime>

#include <iostream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sandi-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SANDI_VERSION));
    const auto exit = sandi::cli::run(QCoreApplication::arguments(), {std::cin, std::cout, std::cerr},
                                      QDateTime::currentSecsSinceEpoch());
    return static_cast<int>(exit);
}
