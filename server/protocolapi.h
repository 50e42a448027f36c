#pragma once
// The device-facing endpoints of the login approval protocol (docs/approval-protocol.md §4):
// POST /api/v1/enroll, GET /api/v1/poll (long poll) and POST /api/v1/answer. Every message is read,
// written and judged by core/approval; this class only looks records up in the Acceptor, holds
// polls and maps core verdicts to HTTP.

#include "core/approval/rules.h"
#include "core/crypto/ecdsa.h"
#include "server/acceptor.h"
#include "server/accounts.h"
#include "server/httpfrontend.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

namespace sandi::server {

class ProtocolApi : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxHeldPolls = 20000; // per process; more gets 429 too_many_requests
    // Poll tokens' jti are remembered until iat + skew (2 min at most); beyond this many at once,
    // polls get 429 rather than the cache growing without bound.
    static constexpr std::size_t kMaxJtiEntries = 200000;

    // `signingKey`: the acceptor key (its public half is sent at enrollment and pinned).
    // `accounts`: the attempt limits shared with the site's passwords and typed codes (§9: answers
    // are limited per account and per address); a wrong number or a bad signature counts as a failure.
    ProtocolApi(Acceptor& acceptor, Accounts& accounts, crypto::EcPrivateKey signingKey, QString siteName, Clock clock,
                QObject* parent = nullptr);

    void registerRoutes(HttpFrontend& http);
    // How long a poll is held without a challenge before 204 (kPollHoldSeconds; tests shorten it).
    void setHoldMilliseconds(int ms) { m_holdMs = ms; }
    [[nodiscard]] qsizetype heldPolls() const { return m_held.size(); }

private:
    struct Held
    {
        HttpReply reply;
        qint64 deadline = 0; // monotonic ms
        quint64 serial = 0;
    };

    HttpResponse enroll(const HttpRequest& request);
    void poll(const HttpRequest& request, HttpReply reply);
    HttpResponse answer(const HttpRequest& request);

    // The 200 poll body with the device's pending challenges, or nothing when there are none.
    std::optional<HttpResponse> pendingFor(const QString& deviceId);
    void deliver(const QString& deviceId);
    void sweep();

    Acceptor& m_acceptor;
    Accounts& m_accounts;
    crypto::EcPrivateKey m_key;
    QString m_siteName;
    Clock m_clock;
    approval::JtiCache m_jti;
    QHash<QString, Held> m_held; // by device id: one held poll per device (§7)
    quint64 m_serial = 0;
    int m_holdMs = static_cast<int>(approval::kPollHoldSeconds) * 1000;
    QTimer m_sweep;
};

} // namespace sandi::server
