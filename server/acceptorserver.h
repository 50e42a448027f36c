#pragma once
// Everything of one running acceptor, wired together: identity (key, certificate, pin), the
// database, users and sessions, the protocol state, the HTTP front end and the demo site.
//
// The device-facing protocol API is wired on http() next to the demo site, e.g.
//   server.http().route("POST", u"/api/v1/enroll"_s, handler);         // answered at once
//   server.http().routeAsync("GET", u"/api/v1/poll"_s, asyncHandler);   // long-poll: keep the
//                                                                       // HttpReply, send later
// using acceptor() (tokens, devices, challenges, answers, challengeCreated) and identity()
// (signing key, pin). Routes may be added before or after start().

#include "server/acceptor.h"
#include "server/acceptoridentity.h"
#include "server/accounts.h"
#include "server/database.h"
#include "server/demosite.h"
#include "server/httpfrontend.h"
#include "server/protocolapi.h"

#include <QHostAddress>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QTcpServer;

namespace sandi::server {

struct ServerOptions
{
    QString dataDir;
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 8443; // 0: any free port (tests); port() tells which
    QString siteName = QStringLiteral("LPSE Kota Demo");
    QString publicHost; // the host name in URLs and the certificate when it differs from `host`
    bool devHttp = false;
};

class AcceptorServer : public QObject
{
    Q_OBJECT

public:
    explicit AcceptorServer(ServerOptions options, QObject* parent = nullptr);
    ~AcceptorServer() override;

    // Checks the options (plain HTTP only on 127.0.0.1 with devHttp), opens the data directory,
    // makes or loads the identity, opens the database and starts listening. Sets `error` and
    // returns false on failure. `identityCreated` says whether key and certificate are new.
    [[nodiscard]] bool start(QString* error, bool* identityCreated = nullptr);

    [[nodiscard]] QString baseUrl() const; // "https://127.0.0.1:8443"
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] const ServerOptions& options() const { return m_options; }

    // Valid after a successful start().
    [[nodiscard]] const AcceptorIdentity& identity() const { return *m_identity; }
    [[nodiscard]] Database& database() { return *m_db; }
    [[nodiscard]] Accounts& accounts() { return *m_accounts; }
    [[nodiscard]] Acceptor& acceptor() { return *m_acceptor; }
    [[nodiscard]] DemoSite& site() { return *m_site; }
    [[nodiscard]] ProtocolApi& api() { return *m_api; }
    // Valid from construction.
    [[nodiscard]] HttpFrontend& http() { return *m_http; }

    // Checks the options without starting (used by start()); empty when they are acceptable.
    [[nodiscard]] static QString checkOptions(const ServerOptions& options);

private:
    ServerOptions m_options;
    Clock m_clock;
    std::unique_ptr<HttpFrontend> m_http;
    std::optional<AcceptorIdentity> m_identity;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Accounts> m_accounts;
    std::unique_ptr<Acceptor> m_acceptor;
    std::unique_ptr<DemoSite> m_site;
    std::unique_ptr<ProtocolApi> m_api;
    std::unique_ptr<QTcpServer> m_listener;
};

} // namespace sandi::server
