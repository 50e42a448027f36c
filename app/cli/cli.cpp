#include "app/cli/cli.h"

#include "app/cli/approvalcommands.h"
#include "app/cli/clockcommand.h"
#include "app/cli/commands.h"
#include "app/cli/scancommand.h"
#include "app/cli/storecommands.h"
#include "app/cli/transfercommands.h"

#include <QCoreApplication>

#include <algorithm>
#include <istream>
#include <ostream>

using namespace Qt::StringLiterals;

namespace sandi::cli {

namespace {

// The translation context of sandi-cli's messages ("sandi::cli"), in a form lupdate reads.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(sandi::cli)
};

void printUsage(std::ostream& out)
{
    out << CliText::tr("Usage: sandi-cli COMMAND [OPTIONS]\n"
                       "\n"
                       "Commands over a URI:\n"
                       "  code URI [--time UNIX_SECONDS]    Print the current code of an otpauth:// URI\n"
                       "                                    (HOTP: the code for the URI's counter).\n"
                       "  inspect URI                       Describe an otpauth:// or otpauth-migration:// URI\n"
                       "                                    as JSON, without the secret.\n"
                       "\n"
                       "Commands over your saved accounts (the same ones the Sandi window shows):\n"
                       "  add URI                           Save the account of an otpauth:// URI; the secret key\n"
                       "                                    goes to the system keychain. Prints ISSUER<TAB>ACCOUNT.\n"
                       "  list                              Print one line per account: ISSUER<TAB>ACCOUNT.\n"
                       "  code QUERY [--time UNIX_SECONDS]  Print the code of the account that QUERY names\n"
                       "                                    (HOTP: the next code; the counter is saved first).\n"
                       "  remove QUERY                      Delete the account and its secret key.\n"
                       "\n"
                       "Commands over QR codes:\n"
                       "  scan [--screen] [--json] FILE...  Print the text of every QR code in the image FILEs\n"
                       "                                    (\"-\": standard input) and, with --screen, on every\n"
                       "                                    screen, one per line; --json: one JSON document.\n"
                       "\n"
                       "QUERY is part of the issuer or the account name, in any case, and must name exactly\n"
                       "one account (an account id also works). An argument containing \"://\" is a URI.\n"
                       "A URI of \"-\" is read from standard input, which keeps it out of the shell history.\n"
                       "\n"
                       "Options:\n"
                       "  -h, --help      Show this help.\n"
                       "  -V, --version   Show the version.\n"
                       "\n"
                       "Exit status: 0 success, 1 usage error, 2 invalid input, ambiguous QUERY or a failure\n"
                       "of the account store or keychain, an unreadable image (the reason is on stderr), 3 no\n"
                       "account matches or no QR code found.\n")
               .toStdString();
    // A section of its own, so that the translated text above stays valid.
    out << CliText::tr("\n"
                       "Checking the clock:\n"
                       "  clock [--server HOST[:PORT]]...   Measure how far this computer's clock is off, with\n"
                       "                                    SNTP (default servers: pool.ntp.org). Prints the\n"
                       "                                    offset (\"+90.0 s\": the servers are 90 s ahead) and\n"
                       "                                    the servers used. Exit status 2: no server answered.\n"
                       "  code URI|QUERY --server HOST[:PORT]...\n"
                       "                                    Print the code for the time those servers give\n"
                       "                                    (this computer's clock when none answers).\n")
               .toStdString();
    out << CliText::tr("\n"
                       "Login approval (an add URI with acceptor parameters also activates it):\n"
                       "  approvals [--json]                List the login requests waiting for an answer:\n"
                       "                                    ID, site, account, the three numbers, seconds left,\n"
                       "                                    the browser's IP address and User-Agent.\n"
                       "  approve ID --number N             Approve the request ID with the number N that the\n"
                       "                                    browser shows (a wrong number refuses the login).\n"
                       "  deny ID                           Refuse the request ID.\n"
                       "ID may be shortened to a unique beginning of at least 4 characters. Exit status 2:\n"
                       "the server could not be reached or refused, the number is wrong or not offered, or\n"
                       "add could not activate login approval (the account is added all the same);\n"
                       "3: no such request is waiting, or no account has login approval.\n")
               .toStdString();
    out << CliText::tr("\n"
                       "Importing and exporting (backups, other authenticators):\n"
                       "  import FILE [--password-file F]   Add the accounts of a Sandi backup or of an export of\n"
                       "                                    Aegis, 2FAS, andOTP, FreeOTP+ or a list of otpauth://\n"
                       "                                    links. Accounts already saved are skipped; entries that\n"
                       "                                    cannot be used are listed on stderr with the reason.\n"
                       "  export FILE --format sandi --password-file F\n"
                       "                                    Write an encrypted Sandi backup of every account.\n"
                       "  export FILE --format uris         Write every account as an otpauth:// link, one per\n"
                       "                                    line, NOT encrypted.\n"
                       "F is a file whose first line is the password, or - for standard input; a password is\n"
                       "never taken from the command line. Exit status 2: wrong password, a damaged or unknown\n"
                       "file (nothing is imported), or the account store failed.\n")
               .toStdString();
}

} // namespace

void start(const QStringList& arguments, Io io, std::int64_t now, const StoreAccess& store,
           std::function<void(Exit)> finished)
{
    const QString command = arguments.value(1);
    // "sandi-cli list --help": the one help there is, rather than "Unknown option 'help'".
    const QStringList rest = arguments.mid(2);
    const auto help = std::find_if(rest.cbegin(), rest.cend(), [](const QString& arg) {
        return arg == u"--"_s || arg == u"-h"_s || arg == u"--help"_s;
    });
    if (!command.startsWith(u'-') && help != rest.cend() && *help != u"--"_s) {
        printUsage(io.out);
        return finished(Exit::Ok);
    }
    if (command == u"code"_s && hasServerOption(arguments.mid(2))) {
        const QString program = arguments.value(0);
        startWithMeasuredTime(
            arguments.mid(2), io,
            [program, io, store, finished](const QStringList& rest, std::int64_t corrected) {
                start(QStringList{program, u"code"_s} + rest, io, corrected, store, finished);
            },
            finished);
        return;
    }
    if (isStoreCommand(command, arguments.mid(2))) {
        startStoreCommand(command, arguments.mid(2), StoreContext{io, now, store}, std::move(finished));
        return;
    }
    if (isApprovalCommand(command)) {
        startApprovalCommand(command, arguments.mid(2), StoreContext{io, now, store}, std::move(finished));
        return;
    }
    if (isTransferCommand(command)) {
        startTransferCommand(command, arguments.mid(2), StoreContext{io, now, store}, std::move(finished));
        return;
    }
    if (command == u"scan"_s) {
        startScan(arguments.mid(2), io, std::move(finished));
        return;
    }
    if (command == u"clock"_s) {
        startClock(arguments.mid(2), io, std::move(finished));
        return;
    }
    finished(run(arguments, io, now));
}

Exit run(const QStringList& arguments, Io io, std::int64_t now)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        io.err << CliText::tr("sandi-cli: no command given").toStdString() << "\n\n";
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
    io.err << CliText::tr("sandi-cli: unknown command \"%1\"; see sandi-cli --help").arg(command).toStdString() << '\n';
    return Exit::Usage;
}

} // namespace sandi::cli
