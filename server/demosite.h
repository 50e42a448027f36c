#pragma once
// The SPSE-like demo site: login in two steps (User ID, then password), Aktivasi TOTP, Acceptor
// TOTP, Beranda and Reset TOTP, as server-rendered pages over HttpFrontend.

#include "server/accounts.h"
#include "server/acceptor.h"
#include "server/httpfrontend.h"

#include <QString>

namespace sandi::server {

struct SiteConfig
{
    QString siteName; // the issuer in the QR and the name in the header, e.g. "LPSE Kota Demo"
    QString baseUrl;  // "https://127.0.0.1:8443", for the QR's acceptor= and the reset link
    QString pin;      // the acceptor's key pin, "sha256/…"
    QString outboxDir;
};

class DemoSite
{
public:
    DemoSite(SiteConfig config, Accounts& accounts, Acceptor& acceptor, Clock clock);

    // Registers the pages, the two status endpoints and /static/ on `http`.
    void registerRoutes(HttpFrontend& http);

    // The otpauth URI of the Aktivasi QR: the plain TOTP account plus the protocol's enrollment
    // parameters (acceptor, enroll, enroll_exp, pin).
    [[nodiscard]] QString activationUri(const QString& userId, const QString& secret,
                                        const Acceptor::EnrollmentToken& token) const;

private:
    struct Context; // the request's session, made on first visit

    HttpResponse render(const Context& ctx, const QString& title, const QString& content, const QString& pageName = {},
                        int status = 200) const;
    HttpResponse withSession(const HttpRequest& request, bool mayCreate,
                             const std::function<HttpResponse(Context&)>& handler);

    HttpResponse getLogin(Context& ctx);
    HttpResponse postLogin(Context& ctx);
    HttpResponse getPassword(Context& ctx);
    HttpResponse postPassword(Context& ctx);
    HttpResponse getAktivasi(Context& ctx, const QString& error = {}, int status = 200);
    HttpResponse postAktivasi(Context& ctx);
    HttpResponse aktivasiStatus(Context& ctx);
    HttpResponse getAcceptor(Context& ctx, const QString& error = {}, int status = 200);
    HttpResponse postAcceptor(Context& ctx);
    HttpResponse acceptorAgain(Context& ctx);
    HttpResponse acceptorStatus(Context& ctx);
    HttpResponse getBeranda(Context& ctx);
    HttpResponse postLogout(Context& ctx);
    HttpResponse getReset(Context& ctx);
    HttpResponse postReset(Context& ctx);
    HttpResponse getResetConfirm(Context& ctx);
    HttpResponse postResetConfirm(Context& ctx);

    // Checks a typed code for the session's user: limits, ±1 step, no replay; empty when accepted,
    // else the message to show (and `status` the HTTP status).
    QString checkCode(Context& ctx, int* status);
    HttpResponse tooMany(const Context& ctx, const QString& title) const;
    void startChallenge(Context& ctx, QString* notice);
    // Moves the session to `stage` under a new cookie value, and saves it.
    void advance(Context& ctx, Stage stage);

    SiteConfig m_config;
    Accounts& m_accounts;
    Acceptor& m_acceptor;
    Clock m_clock;
};

} // namespace sandi::server
