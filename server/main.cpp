// sandi-acceptor: the reference acceptor server of Sandi's login approval protocol, with an
// SPSE-like demo site.
//   sandi-acceptor [--data-dir DIR] [--listen 127.0.0.1:8443] [--site-name NAME] [--dev-http] [--demo-users]
//                  [--poll-hold SECONDS] [--challenge-lifetime SECONDS]
//   sandi-acceptor add-user USER [--password-file FILE] [--email EMAIL] [--data-dir DIR]

#include "server/acceptorserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using sandi::server::AcceptorServer;
using sandi::server::ServerOptions;

namespace {

void out(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int fail(const QString& text, int status = 2)
{
    std::fputs(("sandi-acceptor: "_L1 + text + u'\n').toLocal8Bit().constData(), stderr);
    return status;
}

// "127.0.0.1:8443", "[::1]:8443" or "0.0.0.0:443".
bool parseListen(const QString& text, ServerOptions* o)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return false;
    o->host = host;
    o->port = static_cast<quint16>(port);
    return true;
}

int addUser(sandi::server::Accounts& accounts, const QString& userId, const QString& email, QString password,
            bool print)
{
    QString error;
    if (!sandi::server::passwordMeetsPolicy(password))
        return fail(u"the password needs at least 10 characters with upper and lower case letters, digits and "
                    "punctuation (SPSE's rule)"_s);
    if (!accounts.addUser(userId, email, password, &error))
        return fail(error, 1);
    out(print ? u"user %1 <%2> added, password: %3"_s.arg(userId, email, password)
              : u"user %1 <%2> added"_s.arg(userId, email));
    password.fill(u'\0');
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"sandi-acceptor"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Reference acceptor server for Sandi's login approval, with an SPSE-like "
                                     "demo site."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"command"_s, u"Nothing to serve, or \"add-user USER\"."_s, u"[add-user USER]"_s);
    const QCommandLineOption dataDir(u"data-dir"_s,
                                     u"State, key and certificate (default: %1)."_s.arg(
                                         QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)),
                                     u"DIR"_s);
    const QCommandLineOption listen(u"listen"_s, u"Address and port (default 127.0.0.1:8443; port 0: any free)."_s,
                                    u"HOST:PORT"_s, u"127.0.0.1:8443"_s);
    const QCommandLineOption siteName(u"site-name"_s, u"The LPSE's name, the QR code's issuer."_s, u"NAME"_s,
                                      u"LPSE Kota Demo"_s);
    const QCommandLineOption publicHost(u"public-host"_s, u"Host name for URLs and the certificate."_s, u"HOST"_s);
    const QCommandLineOption devHttp(u"dev-http"_s, u"Plain HTTP, for development, on 127.0.0.1 only."_s);
    const QCommandLineOption demoUsers(u"demo-users"_s, u"Create ppk1 and ppk2 (passwords printed) if missing."_s);
    const QCommandLineOption passwordFile(u"password-file"_s, u"add-user: read the password from FILE."_s, u"FILE"_s);
    const QCommandLineOption email(u"email"_s, u"add-user: the user's e-mail (for Reset TOTP)."_s, u"EMAIL"_s);
    const QCommandLineOption pollHold(u"poll-hold"_s, u"Seconds a device's long poll is held (1..25, default 25)."_s,
                                      u"SECONDS"_s, u"25"_s);
    const QCommandLineOption challengeLifetime(
        u"challenge-lifetime"_s,
        u"Seconds a login challenge waits for the app's answer (10..120, default 120; shorter to show expiry)."_s,
        u"SECONDS"_s, u"120"_s);
    parser.addOptions(
        {dataDir, listen, siteName, publicHost, devHttp, demoUsers, passwordFile, email, pollHold, challengeLifetime});
    parser.process(app);

    ServerOptions options;
    options.dataDir = parser.isSet(dataDir) ? parser.value(dataDir)
                                            : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (!parseListen(parser.value(listen), &options))
        return fail(u"--listen wants HOST:PORT, e.g. 127.0.0.1:8443"_s);
    options.siteName = parser.value(siteName);
    options.publicHost = parser.value(publicHost);
    options.devHttp = parser.isSet(devHttp);

    const QStringList args = parser.positionalArguments();
    if (!args.isEmpty() && (args.first() != u"add-user"_s || args.size() != 2))
        return fail(u"unknown command; see --help"_s);
    if (!args.isEmpty()) {
        QDir().mkpath(options.dataDir);
        sandi::server::Database db(QDir(options.dataDir).filePath(u"acceptor.sqlite"_s));
        if (!db.ok())
            return fail(db.error(), 1);
        sandi::server::Accounts accounts(db, sandi::server::systemClock(), {});
        const QString userId = args.at(1);
        const QString mail = parser.isSet(email) ? parser.value(email) : userId + u"@lpse-demo.example"_s;
        if (!parser.isSet(passwordFile))
            return addUser(accounts, userId, mail, sandi::server::generatePassword(), true);
        QFile file(parser.value(passwordFile));
        if (!file.open(QIODevice::ReadOnly))
            return fail(u"cannot read %1"_s.arg(file.fileName()), 1);
        QByteArray line = file.readLine().trimmed();
        const QString password = QString::fromUtf8(line);
        line.fill('\0');
        return addUser(accounts, userId, mail, password, false);
    }

    bool holdOk = false;
    const int holdSeconds = parser.value(pollHold).toInt(&holdOk);
    if (!holdOk || holdSeconds < 1 || holdSeconds > 25)
        return fail(u"--poll-hold wants 1..25 seconds"_s);
    bool lifetimeOk = false;
    const int lifetimeSeconds = parser.value(challengeLifetime).toInt(&lifetimeOk);
    if (!lifetimeOk || lifetimeSeconds < 10 || lifetimeSeconds > sandi::server::Acceptor::kChallengeLifetime)
        return fail(u"--challenge-lifetime wants 10..120 seconds"_s);
    AcceptorServer server(options);
    QString error;
    bool created = false;
    if (!server.start(&error, &created))
        return fail(error);
    server.api().setHoldMilliseconds(holdSeconds * 1000);
    server.acceptor().setChallengeLifetime(lifetimeSeconds);
    const QString dir = QDir(options.dataDir).absolutePath();
    if (created)
        out(u"Made a new key and self-signed certificate: %1/key.pem, %1/cert.pem"_s.arg(dir));
    const QString host = options.publicHost.isEmpty() ? options.host : options.publicHost;
    if (!options.devHttp && host != u"0.0.0.0"_s && !server.identity().subjectAltNames().contains(host))
        out(u"Warning: the certificate does not name %1; move key.pem and cert.pem away to make new ones"_s.arg(host));
    if (parser.isSet(demoUsers)) {
        for (const QString& user : {u"ppk1"_s, u"ppk2"_s}) {
            if (server.accounts().user(user))
                out(u"user %1 exists"_s.arg(user));
            else if (addUser(server.accounts(), user, user + u"@lpse-demo.example"_s, sandi::server::generatePassword(),
                             true) != 0)
                return 1;
        }
    }
    out(u"sandi-acceptor: %1"_s.arg(options.siteName));
    out(u"URL: %1"_s.arg(server.baseUrl()));
    out(u"Pin: %1"_s.arg(server.identity().pin()));
    out(u"Data: %1"_s.arg(dir));
    if (options.devHttp)
        out(u"Warning: plain HTTP (--dev-http), for development on this computer only"_s);
    return QCoreApplication::exec();
}
