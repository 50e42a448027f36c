#include "server/acceptorserver.h"

#include <QDir>
#include <QFile>
#include <QSslConfiguration>
#include <QTcpServer>

using namespace Qt::Literals::StringLiterals;

namespace sandi::server {
namespace {

const QList<QPair<QByteArray, QByteArray>> kSecurityHeaders = {
    // No inline script or style anywhere: the pages use /static/app.js and /static/style.css; the
    // QR is inline SVG with presentation attributes, which CSP does not treat as style.
    {"Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"},
    {"X-Content-Type-Options", "nosniff"},
    {"X-Frame-Options", "DENY"},
    {"Referrer-Policy", "no-referrer"},
    {"Cross-Origin-Opener-Policy", "same-origin"},
    {"Cache-Control", "no-store"},
};

} // namespace

AcceptorServer::AcceptorServer(ServerOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_clock(systemClock()), m_http(std::make_unique<HttpFrontend>())
{
    m_http->setDefaultHeaders(kSecurityHeaders);
}

AcceptorServer::~AcceptorServer()
{
    // The site and the front end refer to the stores; the listener goes first so no request
    // arrives while they are torn down.
    m_listener.reset();
}

QString AcceptorServer::checkOptions(const ServerOptions& o)
{
    if (QHostAddress(o.host).isNull())
        return u"--listen: \"%1\" is not an IP address"_s.arg(o.host);
    if (o.devHttp && o.host != u"127.0.0.1"_s)
        return u"--dev-http serves plain HTTP and is allowed only on 127.0.0.1 (asked: %1); "
               "without --dev-http the acceptor always uses TLS"_s.arg(o.host);
    if (o.siteName.trimmed().isEmpty() || o.siteName.size() > 80 || o.siteName.contains(u':'))
        return u"--site-name must be 1 to 80 characters without ':'"_s;
    return {};
}

bool AcceptorServer::start(QString* error, bool* identityCreated)
{
    if (QString bad = checkOptions(m_options); !bad.isEmpty()) {
        *error = bad;
        return false;
    }
    QDir dir(m_options.dataDir);
    if (!dir.mkpath(u"."_s) ||
        !QFile::setPermissions(dir.absolutePath(),
                               QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        *error = u"cannot create the data directory %1"_s.arg(dir.absolutePath());
        return false;
    }
    QStringList hosts{m_options.host};
    if (!m_options.publicHost.isEmpty())
        hosts << m_options.publicHost;
    m_identity = AcceptorIdentity::loadOrCreate(dir.absolutePath(), hosts, error, identityCreated);
    if (!m_identity)
        return false;
    m_db = std::make_unique<Database>(dir.filePath(u"acceptor.sqlite"_s));
    if (!m_db->ok()) {
        *error = m_db->error();
        return false;
    }
    if (m_options.devHttp) {
        m_listener = HttpFrontend::makeServer(nullptr, m_http->bodyLimit());
    } else {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(m_identity->certificate());
        conf.setPrivateKey(m_identity->privateKey());
        conf.setProtocol(QSsl::TlsV1_2OrLater);
        conf.setPeerVerifyMode(QSslSocket::VerifyNone); // browsers bring no client certificate
        m_listener = HttpFrontend::makeServer(&conf, m_http->bodyLimit());
    }
    if (!m_listener->listen(QHostAddress(m_options.host), m_options.port)) {
        *error = u"cannot listen on %1:%2: %3"_s.arg(m_options.host).arg(m_options.port).arg(m_listener->errorString());
        return false;
    }
    m_accounts = std::make_unique<Accounts>(*m_db, m_clock, dir.filePath(u"outbox"_s));
    m_acceptor = std::make_unique<Acceptor>(*m_db, m_clock);
    SiteConfig config{m_options.siteName, baseUrl(), m_identity->pin(), dir.filePath(u"outbox"_s)};
    m_site = std::make_unique<DemoSite>(config, *m_accounts, *m_acceptor, m_clock);
    m_site->registerRoutes(*m_http);
    auto signingKey = m_identity->signingKey();
    if (!signingKey) {
        *error = u"cannot read the acceptor key: %1"_s.arg(QString::fromStdString(signingKey.error().detail));
        return false;
    }
    m_api =
        std::make_unique<ProtocolApi>(*m_acceptor, *m_accounts, std::move(*signingKey), m_options.siteName, m_clock);
    m_api->registerRoutes(*m_http);
    m_http->bind(m_listener.get(), !m_options.devHttp);
    return true;
}

quint16 AcceptorServer::port() const
{
    return m_listener ? m_listener->serverPort() : m_options.port;
}

QString AcceptorServer::baseUrl() const
{
    QString host = m_options.publicHost.isEmpty() ? m_options.host : m_options.publicHost;
    if (host == u"0.0.0.0"_s || host == u"::"_s)
        host = u"127.0.0.1"_s;
    if (host.contains(u':'))
        host = u"["_s + host + u"]"_s;
    return u"%1://%2:%3"_s.arg(m_options.devHttp ? u"http"_s : u"https"_s, host).arg(port());
}

} // namespace sandi::server
