#include "app/cli/cli.h"

#include "app/cli/commands.h"

#include <QCoreApplication>

#include <istream>
#include <ostream>

using namespace Qt::StringLiterals;

namespace sandi::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandi::cli", text);
}

void printUsage(std::ostream& out)
{
    out << tr("Usage: sandi-cli COMMAND [OPTIONS]\n"
              "\n"
              "Commands:\n"
              "  code URI [--time UNIX_SECONDS]  Print the current code of an otpauth:// URI\n"
              "                                  (HOTP: the code for the URI's counter).\n"
              "  inspect URI                     Describe an otpauth:// or otpauth-migration:// URI\n"
              "                                  as JSON, without the secret.\n"
              "\n"
              "A URI of \"-\" is read from standard input, which keeps it out of the shell history.\n"
              "\n"
              "Options:\n"
              "  -h, --help      Show this help.\n"
              "  -V, --version   Show the version.\n"
              "\n"
              "Exit status: 0 success, 1 usage error, 2 invalid input.\n")
               .toStdString();
}

} // namespace

Exit run(const QStringList& arguments, Io io, std::int64_t now)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        io.err << tr("sandi-cli: no command given").toStdString() << "\n\n";
        printUsage(io.err);
        return Exit::Usage;
    }
    const QString& command = args.first();
    if (command == u"-h"_s || command == u"--help"_s || command == u"help"_s) {
        printUsage(io.out);
        return Exit::Ok;
    }
    if (command == u"-V"_s || command == u"--version"_s) {
        io.out << "sandi-cli " << QCoreApplication::applicationVersion().toStdString() << '\n';
        return Exit::Ok;
    }
    const QStringList rest = args.mid(1);
    if (command == u"code"_s) {
        return runCode(rest, io, now);
    }
    if (command == u"inspect"_s) {
        return runInspect(rest, io);
    }
    io.err << tr("sandi-cli: unknown command \"%1\"; see sandi-cli --help").arg(command).toStdString() << '\n';
    return Exit::Usage;
}

} // namespace sandi::cli
