#include "app/cli/clockcommand.h"

#include "app/clock/clockcheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>

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

// "host", "host:port", "[v6]" or "[v6]:port"; nullopt when the port is not 1..65535.
std::optional<ClockServer> parseServer(const QString& text)
{
    ClockServer server;
    QString portText;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0) {
            return std::nullopt;
        }
        server.host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(u':')) {
            return std::nullopt;
        }
        portText = rest.mid(1);
    } else if (text.count(u':') == 1) {
        server.host = text.section(u':', 0, 0);
        portText = text.section(u':', 1);
    } else {
        server.host = text; // a name, or a bare IPv6 address
    }
    if (!portText.isNull()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            return std::nullopt;
        }
        server.port = static_cast<quint16>(port);
    }
    if (server.host.isEmpty()) {
        return std::nullopt;
    }
    return server;
}

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
        const auto parsed = parseServer(value);
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
