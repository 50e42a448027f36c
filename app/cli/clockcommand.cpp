#include "app/cli/clockcommand.h"

#include "app/clock/clockcheck.h"
#include "app/clock/clockserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

#include <optional>
#include <ostream>

using namespace Qt::StringLiterals;

namespace sandi::cli {

namespace {

// The translation context of sandi-cli's messages ("sandi::cli"), in a form lupdate reads.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(sandi::cli)
};

std::optional<QList<ClockServer>> parseClock(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    const QCommandLineOption server(u"server"_s, CliText::tr("Ask this time server (repeatable)."), u"HOST[:PORT]"_s);
    parser.addOption(server);
    if (!parser.parse(QStringList{u"sandi-cli"_s} + args)) {
        io.err << "sandi-cli: " << parser.errorText().toStdString() << '\n';
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        io.err
            << CliText::tr("sandi-cli: clock takes no arguments besides --server; see sandi-cli --help").toStdString()
            << '\n';
        return std::nullopt;
    }
    QList<ClockServer> servers;
    for (const QString& value : parser.values(server)) {
        const auto parsed = parseClockServer(value);
        if (!parsed) {
            io.err << CliText::tr("sandi-cli: \"%1\" is not a time server (HOST or HOST:PORT)").arg(value).toStdString()
                   << '\n';
            return std::nullopt;
        }
        servers.append(*parsed);
    }
    return servers.isEmpty() ? ClockCheck::defaultServers() : servers;
}

} // namespace

bool hasServerOption(const QStringList& args)
{
    for (const QString& arg : args) {
        if (arg == u"--server"_s || arg.startsWith(u"--server="_s)) {
            return true;
        }
    }
    return false;
}

void startWithMeasuredTime(const QStringList& args, Io io,
                           std::function<void(const QStringList& rest, std::int64_t now)> run,
                           std::function<void(Exit)> finished)
{
    QStringList rest;
    QList<ClockServer> servers;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        QString value;
        if (arg == u"--server"_s) {
            if (i + 1 >= args.size()) {
                io.err << CliText::tr("sandi-cli: --server needs a value (HOST or HOST:PORT)").toStdString() << '\n';
                return finished(Exit::Usage);
            }
            value = args.at(++i);
        } else if (arg.startsWith(u"--server="_s)) {
            value = arg.mid(9);
        } else {
            if (arg == u"--time"_s || arg.startsWith(u"--time="_s)) {
                io.err << CliText::tr("sandi-cli: --server and --time cannot be used together").toStdString() << '\n';
                return finished(Exit::Usage);
            }
            rest.append(arg);
            continue;
        }
        const auto parsed = parseClockServer(value);
        if (!parsed) {
            io.err << CliText::tr("sandi-cli: \"%1\" is not a time server (HOST or HOST:PORT)").arg(value).toStdString()
                   << '\n';
            return finished(Exit::Usage);
        }
        servers.append(*parsed);
    }
    auto* check = new ClockCheck(QCoreApplication::instance());
    check->setServers(servers);
    QObject::connect(check, &ClockCheck::finished, check, [check, io, rest, run](const ClockResult& result) {
        check->deleteLater();
        qint64 offsetMs = 0;
        if (result.measured) {
            offsetMs = result.offsetMs;
        } else {
            io.err << CliText::tr("sandi-cli: the clock could not be checked (%1); the code uses this computer's clock")
                          .arg(result.error)
                          .toStdString()
                   << '\n';
        }
        const qint64 ms = QDateTime::currentMSecsSinceEpoch() + offsetMs;
        run(rest, ms >= 0 ? ms / 1000 : (ms - 999) / 1000);
    });
    check->start();
}

void startClock(const QStringList& args, Io io, std::function<void(Exit)> finished)
{
    const auto servers = parseClock(args, io);
    if (!servers) {
        return finished(Exit::Usage);
    }
    // Owned by the application object until the check has finished.
    auto* check = new ClockCheck(QCoreApplication::instance());
    check->setServers(*servers);
    QObject::connect(check, &ClockCheck::finished, check, [check, io, finished](const ClockResult& result) {
        check->deleteLater();
        if (!result.measured) {
            io.err << "sandi-cli: " << result.error.toStdString() << '\n';
            return finished(Exit::BadInput);
        }
        // Not localised: one decimal with a sign, for scripts ("+90.0 s", "-0.3 s").
        io.out << QString::asprintf("%+.1f s", static_cast<double>(result.offsetMs) / 1000.0).toStdString() << '\n'
               << "servers: " << result.serversUsed.join(u", "_s).toStdString() << '\n';
        io.out.flush();
        finished(Exit::Ok);
    });
    check->start();
}

} // namespace sandi::cli
