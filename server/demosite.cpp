#include "server/demosite.h"

#include "server/pages.h"
#include "server/qrsvg.h"

#include "core/approval/enrollment.h"
#include "core/approval/rules.h"
#include "core/crypto/secretbytes.h"
#include "core/uri/otpauth.h"
#include "core/encoding/base32.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <string>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSite, "sandi.acceptor.site")

namespace sandi::server {

struct DemoSite::Context
{
    const HttpRequest& request;
    Session session;
    QString newCookie;
    QUrlQuery form;

    [[nodiscard]] QString field(const QString& name) const { return form.queryItemValue(name, QUrl::FullyDecoded); }
};

namespace {

const QString kCookie = u"sandi_sid"_s;

bool sameToken(const QString& a, const QString& b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    return !x.isEmpty() && x.size() == y.size() &&
           constantTimeEquals(std::as_bytes(std::span(x.constData(), static_cast<size_t>(x.size()))),
                              std::as_bytes(std::span(y.constData(), static_cast<size_t>(y.size()))));
}

QString groupSecret(const QString& secret)
{
    QString out;
    for (qsizetype i = 0; i < secret.size(); i += 4)
        out += (i ? u" "_s : QString()) + secret.mid(i, 4);
    return out;
}

QString clockTime(qint64 unixTime)
{
    return QDateTime::fromSecsSinceEpoch(unixTime).toString(u"HH.mm"_s);
}

HttpResponse staticFile(const QString& resource, const QByteArray& type)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return HttpResponse::text(404, u"Tidak ditemukan."_s);
    HttpResponse r{200, type, file.readAll(), {{"Cache-Control", "max-age=300"}}};
    return r;
}

} // namespace

DemoSite::DemoSite(SiteConfig config, Accounts& accounts, Acceptor& acceptor, Clock clock)
    : m_config(std::move(config)), m_accounts(accounts), m_acceptor(acceptor), m_clock(std::move(clock))
{}

QString DemoSite::activationUri(const QString& userId, const QString& secret,
                                const Acceptor::EnrollmentToken& token) const
{
    // The core writes the key URI and the enrollment parameters (approval::addEnrollment), so the
    // QR code says exactly what the device's enrollmentFromUri() reads: acceptor = the base URL.
    uri::OtpauthUri key;
    key.issuer = m_config.siteName.toStdString();
    key.labelIssuer = key.issuer;
    key.issuerParamPresent = true;
    key.account = userId.toStdString();
    auto secretBytes = base32::decode(secret.toStdString());
    auto pin = approval::parsePin(m_config.pin.toStdString());
    if (!secretBytes || !pin)
        return {};
    key.secret = std::move(*secretBytes);
    approval::addEnrollment(key, {m_config.baseUrl.toStdString(), token.token.toStdString(), token.expires, *pin});
    std::string text = uri::serializeOtpauth(key);
    QString out = QString::fromStdString(text);
    secureWipe(text);
    return out;
}

void DemoSite::registerRoutes(HttpFrontend& http)
{
    const auto page = [this, &http](const QByteArray& method, const QString& path, bool create,
                                    std::function<HttpResponse(DemoSite*, Context&)> handler) {
        http.route(method, path, [this, create, handler](const HttpRequest& request) {
            return withSession(request, create, [this, &handler](Context& ctx) { return handler(this, ctx); });
        });
    };
    page("GET", u"/"_s, true, &DemoSite::getLogin);
    page("GET", u"/login"_s, true, &DemoSite::getLogin);
    page("POST", u"/login"_s, false, &DemoSite::postLogin);
    page("GET", u"/login/password"_s, true, &DemoSite::getPassword);
    page("POST", u"/login/password"_s, false, &DemoSite::postPassword);
    page("GET", u"/aktivasi"_s, true, [](DemoSite* self, Context& ctx) { return self->getAktivasi(ctx); });
    page("POST", u"/aktivasi"_s, false, &DemoSite::postAktivasi);
    page("GET", u"/aktivasi/status"_s, false, &DemoSite::aktivasiStatus);
    page("GET", u"/acceptor"_s, true, [](DemoSite* self, Context& ctx) { return self->getAcceptor(ctx); });
    page("POST", u"/acceptor"_s, false, &DemoSite::postAcceptor);
    page("POST", u"/acceptor/ulang"_s, false, &DemoSite::acceptorAgain);
    page("GET", u"/acceptor/status"_s, false, &DemoSite::acceptorStatus);
    page("GET", u"/beranda"_s, true, &DemoSite::getBeranda);
    page("POST", u"/logout"_s, false, &DemoSite::postLogout);
    page("GET", u"/reset-totp"_s, true, &DemoSite::getReset);
    page("POST", u"/reset-totp"_s, false, &DemoSite::postReset);
    page("GET", u"/reset-totp/konfirmasi"_s, true, &DemoSite::getResetConfirm);
    page("POST", u"/reset-totp/konfirmasi"_s, false, &DemoSite::postResetConfirm);
    http.route("GET", u"/static/style.css"_s,
               [](const HttpRequest&) { return staticFile(u":/web/style.css"_s, "text/css; charset=utf-8"); });
    http.route("GET", u"/static/app.js"_s,
               [](const HttpRequest&) { return staticFile(u":/web/app.js"_s, "text/javascript; charset=utf-8"); });
}

HttpResponse DemoSite::withSession(const HttpRequest& request, bool mayCreate,
                                   const std::function<HttpResponse(Context&)>& handler)
{
    Context ctx{request, {}, {}, request.form()};
    const QString ip = request.remoteIp;
    if (auto s = m_accounts.session(request.cookie(kCookie))) {
        ctx.session = *s;
    } else if (mayCreate) {
        auto [cookie, session] = m_accounts.createSession(QString::fromUtf8(request.header("user-agent")), ip);
        ctx.newCookie = cookie;
        ctx.session = session;
    } else {
        return render(ctx, u"Sesi habis"_s,
                      pages::message(u"error"_s, u"Sesi Anda sudah habis. Silakan login kembali."_s) +
                          u"<p><a href=\"/login\">Login</a></p>"_s,
                      {}, 403);
    }
    if (request.method == "POST" && !sameToken(ctx.field(u"csrf"_s), ctx.session.csrf))
        return render(ctx, u"Formulir tidak berlaku"_s,
                      pages::message(u"error"_s, u"Formulir sudah tidak berlaku. Muat ulang halaman lalu coba lagi."_s),
                      {}, 403);
    HttpResponse response = handler(ctx);
    if (!ctx.newCookie.isEmpty()) {
        QByteArray cookie = kCookie.toLatin1() + '=' + ctx.newCookie.toLatin1() + "; Path=/; HttpOnly; SameSite=Strict";
        if (request.secure)
            cookie += "; Secure";
        response.headers.append({"Set-Cookie", cookie});
    }
    return response;
}

HttpResponse DemoSite::render(const Context& ctx, const QString& title, const QString& content, const QString& pageName,
                              int status) const
{
    pages::Frame frame{m_config.siteName, title, ctx.session.stage == Stage::Beranda ? ctx.session.userId : QString(),
                       ctx.session.csrf, pageName};
    return HttpResponse{status, "text/html; charset=utf-8", pages::document(frame, content).toUtf8(), {}};
}

HttpResponse DemoSite::tooMany(const Context& ctx, const QString& title) const
{
    return render(ctx, title,
                  pages::message(u"error"_s, u"Terlalu banyak percobaan yang salah. Coba lagi dalam 15 menit."_s) +
                      u"<p><a href=\"/login\">Kembali ke Login</a></p>"_s,
                  {}, 429);
}

HttpResponse DemoSite::getLogin(Context& ctx)
{
    if (ctx.request.path == u"/"_s)
        return HttpResponse::redirect(u"/login"_s); // which sends each stage on to its page
    if (ctx.request.query.hasQueryItem(u"ganti"_s) && ctx.session.stage != Stage::Beranda) {
        ctx.session.stage = Stage::Anonymous;
        ctx.session.userId.clear();
        m_accounts.saveSession(ctx.session);
    }
    switch (ctx.session.stage) {
    case Stage::Password:
        return HttpResponse::redirect(u"/login/password"_s);
    case Stage::Aktivasi:
        return HttpResponse::redirect(u"/aktivasi"_s);
    case Stage::Acceptor:
        return HttpResponse::redirect(u"/acceptor"_s);
    case Stage::Beranda:
        return HttpResponse::redirect(u"/beranda"_s);
    case Stage::Anonymous:
        break;
    }
    return render(ctx, u"Login"_s, pages::loginUserId(ctx.session.csrf, {}), u"login"_s);
}

HttpResponse DemoSite::postLogin(Context& ctx)
{
    static const QRegularExpression kUserId(u"^[A-Za-z0-9._@-]{1,64}$"_s);
    const QString userId = ctx.field(u"userid"_s).trimmed();
    if (!kUserId.match(userId).hasMatch())
        return render(ctx, u"Login"_s,
                      pages::loginUserId(ctx.session.csrf, u"User ID hanya boleh berisi huruf, angka, titik, garis "
                                                           "bawah, @ dan tanda hubung (paling banyak 64)."_s),
                      u"login"_s, 400);
    // Whether the user exists is not told here: the password step looks the same for everyone.
    ctx.session.userId = userId;
    ctx.session.stage = Stage::Password;
    ctx.session.challengeId.clear();
    m_accounts.saveSession(ctx.session);
    return HttpResponse::redirect(u"/login/password"_s);
}

HttpResponse DemoSite::getPassword(Context& ctx)
{
    if (ctx.session.stage != Stage::Password)
        return HttpResponse::redirect(u"/login"_s);
    return render(ctx, u"Login"_s, pages::loginPassword(ctx.session.csrf, ctx.session.userId, {}), u"password"_s);
}

HttpResponse DemoSite::postPassword(Context& ctx)
{
    if (ctx.session.stage != Stage::Password)
        return HttpResponse::redirect(u"/login"_s);
    const QString userId = ctx.session.userId;
    const QString ip = ctx.request.remoteIp;
    if (m_accounts.limited(userId, ip))
        return tooMany(ctx, u"Login"_s);
    QString password = ctx.field(u"password"_s);
    const bool ok = password.size() <= 256 && m_accounts.checkPassword(userId, password);
    password.fill(u'\0');
    if (!ok) {
        m_accounts.recordFailure(userId, ip, u"password"_s);
        qCInfo(lcSite) << "wrong password for" << userId << "from" << ip;
        return render(ctx, u"Login"_s,
                      pages::loginPassword(ctx.session.csrf, userId, u"User ID atau password salah."_s), u"password"_s,
                      401);
    }
    m_accounts.recordSuccess(userId, ip, u"password"_s);
    const auto user = m_accounts.user(userId);
    if (!user->totpActive) {
        advance(ctx, Stage::Aktivasi);
        return HttpResponse::redirect(u"/aktivasi"_s);
    }
    QString notice;
    startChallenge(ctx, &notice);
    advance(ctx, Stage::Acceptor);
    return HttpResponse::redirect(u"/acceptor"_s);
}

void DemoSite::startChallenge(Context& ctx, QString* notice)
{
    bool tooManyPending = false;
    const auto c = m_acceptor.createChallenge(ctx.session.userId, QString::fromUtf8(ctx.request.header("user-agent")),
                                              ctx.request.remoteIp, ctx.session.challengeId, &tooManyPending);
    ctx.session.challengeId = c ? c->challengeId : QString();
    if (tooManyPending)
        *notice = u"Terlalu banyak permintaan login yang menunggu. Tunggu 2 menit atau masukkan kode OTP."_s;
}

void DemoSite::advance(Context& ctx, Stage stage)
{
    ctx.session.stage = stage;
    m_accounts.saveSession(ctx.session);
    const QString cookie = m_accounts.rotateSession(ctx.session);
    if (!cookie.isEmpty())
        ctx.newCookie = cookie;
}

QString DemoSite::checkCode(Context& ctx, int* status)
{
    const QString userId = ctx.session.userId;
    const QString ip = ctx.request.remoteIp;
    if (m_accounts.limited(userId, ip)) {
        *status = 429;
        return u"Terlalu banyak percobaan yang salah. Coba lagi dalam 15 menit."_s;
    }
    const auto user = m_accounts.user(userId);
    auto key = user ? base32::decode(user->totpSecret.toStdString()) : Result<SecretBytes>{};
    if (!user || !key) {
        *status = 409;
        return u"TOTP belum diaktifkan untuk akun ini."_s;
    }
    const QString code = ctx.field(u"code"_s).remove(u' ');
    // The page asks for six digits; the rule itself is the protocol's (approval::checkTypedCode).
    if (code.size() != 6 || !std::all_of(code.begin(), code.end(), [](QChar c) { return c >= u'0' && c <= u'9'; })) {
        *status = 400;
        return u"Kode OTP terdiri dari 6 angka."_s;
    }
    const auto r =
        approval::checkTypedCode(key->view(), otp::Params{}, code.toStdString(), m_clock(), user->lastTotpStep);
    if (r && m_accounts.advanceTotpStep(userId, *r)) {
        m_accounts.recordSuccess(userId, ip, u"code"_s);
        return {};
    }
    m_accounts.recordFailure(userId, ip, u"code"_s);
    *status = 401;
    if (!r && r.error() == approval::Rejection::WrongCode)
        return u"Kode OTP salah. Periksa jam komputer atau ponsel Anda, lalu coba lagi."_s;
    return u"Kode OTP ini sudah digunakan. Tunggu kode berikutnya di aplikasi."_s;
}

HttpResponse DemoSite::getAktivasi(Context& ctx, const QString& error, int status)
{
    if (ctx.session.stage != Stage::Aktivasi)
        return HttpResponse::redirect(u"/login"_s);
    const QString userId = ctx.session.userId;
    QString secret = m_accounts.ensureTotpSecret(userId);
    const Acceptor::EnrollmentToken token = m_acceptor.createEnrollmentToken(userId);
    QString uri = activationUri(userId, secret, token);
    pages::AktivasiView view{
        userId, qrSvg(uri.toUtf8()), groupSecret(secret), clockTime(token.expires), ctx.session.csrf, error};
    uri.fill(u'\0'); // best effort: the secret also lives on in the page itself
    secret.fill(u'\0');
    return render(ctx, u"Aktivasi TOTP"_s, pages::aktivasi(view), u"aktivasi"_s, status);
}

HttpResponse DemoSite::postAktivasi(Context& ctx)
{
    if (ctx.session.stage != Stage::Aktivasi)
        return HttpResponse::redirect(u"/login"_s);
    int status = 200;
    const QString error = checkCode(ctx, &status);
    if (!error.isEmpty())
        return status == 429 ? tooMany(ctx, u"Aktivasi TOTP"_s) : getAktivasi(ctx, error, status);
    m_accounts.activateTotp(ctx.session.userId);
    advance(ctx, Stage::Beranda);
    qCInfo(lcSite) << "TOTP activated by typed code for" << ctx.session.userId;
    return HttpResponse::redirect(u"/beranda"_s);
}

HttpResponse DemoSite::aktivasiStatus(Context& ctx)
{
    QJsonObject out;
    const auto user = m_accounts.user(ctx.session.userId);
    if (ctx.session.stage == Stage::Aktivasi && user && user->totpActive) {
        // The app enrolled through the QR's token (bindDevice): SPSE goes on to Beranda.
        advance(ctx, Stage::Beranda);
    }
    const bool done = ctx.session.stage == Stage::Beranda;
    out[u"state"_s] = done ? u"active"_s : ctx.session.stage == Stage::Aktivasi ? u"waiting"_s : u"none"_s;
    if (done) {
        out[u"message"_s] = u"Aktivasi TOTP berhasil, halaman akan direload ke beranda"_s;
        out[u"redirect"_s] = u"/beranda"_s;
    }
    return HttpResponse::json(200, QJsonDocument(out).toJson(QJsonDocument::Compact));
}

HttpResponse DemoSite::getAcceptor(Context& ctx, const QString& error, int status)
{
    if (ctx.session.stage != Stage::Acceptor)
        return HttpResponse::redirect(u"/login"_s);
    pages::AcceptorView view;
    view.userId = ctx.session.userId;
    view.deviceActive = m_acceptor.activeDevice(ctx.session.userId).has_value();
    view.csrf = ctx.session.csrf;
    view.error = error;
    if (const auto c = m_acceptor.challenge(ctx.session.challengeId); c && c->state == ChallengeState::Pending) {
        view.number = c->number;
        view.secondsLeft = std::max<qint64>(0, c->exp - m_clock());
    }
    return render(ctx, u"Acceptor TOTP"_s, pages::acceptor(view), u"acceptor"_s, status);
}

HttpResponse DemoSite::postAcceptor(Context& ctx)
{
    if (ctx.session.stage != Stage::Acceptor)
        return HttpResponse::redirect(u"/login"_s);
    int status = 200;
    const QString error = checkCode(ctx, &status);
    if (!error.isEmpty())
        return status == 429 ? tooMany(ctx, u"Acceptor TOTP"_s) : getAcceptor(ctx, error, status);
    if (!ctx.session.challengeId.isEmpty())
        m_acceptor.expireChallenge(ctx.session.challengeId); // answered by code: the device's request ends
    ctx.session.challengeId.clear();
    advance(ctx, Stage::Beranda);
    return HttpResponse::redirect(u"/beranda"_s);
}

HttpResponse DemoSite::acceptorAgain(Context& ctx)
{
    if (ctx.session.stage != Stage::Acceptor)
        return HttpResponse::redirect(u"/login"_s);
    QString notice;
    startChallenge(ctx, &notice);
    m_accounts.saveSession(ctx.session);
    if (!notice.isEmpty())
        return getAcceptor(ctx, notice, 429);
    return HttpResponse::redirect(u"/acceptor"_s);
}

HttpResponse DemoSite::acceptorStatus(Context& ctx)
{
    QJsonObject out;
    const auto c = ctx.session.challengeId.isEmpty() ? std::nullopt : m_acceptor.challenge(ctx.session.challengeId);
    if (ctx.session.stage == Stage::Beranda) {
        out[u"state"_s] = u"approved"_s;
    } else if (ctx.session.stage != Stage::Acceptor || !c) {
        out[u"state"_s] = u"none"_s;
    } else {
        out[u"state"_s] = challengeStateName(c->state);
        out[u"left"_s] = std::max<qint64>(0, c->exp - m_clock());
        if (c->state == ChallengeState::Approved) {
            ctx.session.challengeId.clear();
            advance(ctx, Stage::Beranda);
            qCInfo(lcSite) << "login approved on the device for" << ctx.session.userId;
        }
    }
    const QString state = out[u"state"_s].toString();
    const QString userId = ctx.session.userId;
    const QString message = state == u"approved"_s
                                ? u"Login %1 diterima, halaman akan direload ke beranda"_s.arg(userId)
                            : state == u"denied"_s       ? u"Login ditolak"_s
                            : state == u"wrong-number"_s ? u"Login ditolak: angka yang dipilih tidak sesuai"_s
                            : state == u"expired"_s      ? u"Waktu habis"_s
                                                         : QString();
    if (!message.isEmpty())
        out[u"message"_s] = message;
    if (state == u"approved"_s)
        out[u"redirect"_s] = u"/beranda"_s;
    return HttpResponse::json(200, QJsonDocument(out).toJson(QJsonDocument::Compact));
}

HttpResponse DemoSite::getBeranda(Context& ctx)
{
    if (ctx.session.stage != Stage::Beranda)
        return HttpResponse::redirect(u"/login"_s);
    const auto device = m_acceptor.activeDevice(ctx.session.userId);
    const QString since =
        device ? QDateTime::fromSecsSinceEpoch(device->created).toString(u"dd-MM-yyyy HH.mm"_s) : QString();
    return render(ctx, u"Beranda"_s, pages::beranda(ctx.session.userId, m_config.siteName, device.has_value(), since),
                  u"beranda"_s);
}

HttpResponse DemoSite::postLogout(Context& ctx)
{
    m_accounts.deleteSession(ctx.session.hash);
    HttpResponse r = HttpResponse::redirect(u"/login"_s);
    r.headers.append({"Set-Cookie", kCookie.toLatin1() + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict"});
    return r;
}

HttpResponse DemoSite::getReset(Context& ctx)
{
    return render(ctx, u"Reset TOTP"_s, pages::resetRequest(ctx.session.csrf, {}), u"reset"_s);
}

HttpResponse DemoSite::postReset(Context& ctx)
{
    const QString userId = ctx.field(u"userid"_s).trimmed();
    const QString email = ctx.field(u"email"_s).trimmed();
    const QString ip = ctx.request.remoteIp;
    if (userId.isEmpty() || email.isEmpty() || userId.size() > 64 || email.size() > 254)
        return render(ctx, u"Reset TOTP"_s, pages::resetRequest(ctx.session.csrf, u"Isi User ID dan Email."_s),
                      u"reset"_s, 400);
    if (m_accounts.limited(userId, ip))
        return tooMany(ctx, u"Reset TOTP"_s);
    if (const auto token = m_accounts.createResetToken(userId, email)) {
        QUrlQuery q;
        q.addQueryItem(u"userid"_s, userId);
        q.addQueryItem(u"kode"_s, *token);
        const QString link = m_config.baseUrl + u"/reset-totp/konfirmasi?"_s + q.toString(QUrl::FullyEncoded);
        const QString body =
            u"SISTEM PENGADAAN SECARA ELEKTRONIK\n%1\n\nKepada Yth.\nPemilik Email %2\ndi Tempat\n\n"
            "Sehubungan dengan permintaan Bapak/Ibu untuk mereset TOTP akun %3, untuk langkah selanjutnya kami mohon "
            "Bapak/Ibu membuka tautan berikut di browser:\n\n%4\n\nTautan berlaku 30 menit dan hanya sekali. "
            "Jika Anda tidak meminta reset TOTP, abaikan email ini.\n"_s.arg(m_config.siteName, email, userId, link);
        const QString path = m_accounts.sendMail(email, u"Konfirmasi Permintaan Reset TOTP"_s, body);
        qCInfo(lcSite).noquote() << "Reset TOTP e-mail for" << userId << "written to" << path << "- link:" << link;
    } else {
        m_accounts.recordFailure(userId, ip, u"reset"_s);
    }
    // The same answer whether or not the user ID and e-mail match: the page tells nobody which.
    return render(ctx, u"Reset TOTP"_s, pages::resetSent(email), u"reset"_s);
}

HttpResponse DemoSite::getResetConfirm(Context& ctx)
{
    const QString userId = ctx.request.query.queryItemValue(u"userid"_s, QUrl::FullyDecoded);
    const QString token = ctx.request.query.queryItemValue(u"kode"_s, QUrl::FullyDecoded);
    if (m_accounts.resetTokenUser(token) != userId || userId.isEmpty())
        return render(ctx, u"Reset TOTP"_s,
                      pages::message(u"error"_s, u"Tautan Reset TOTP tidak berlaku, sudah kedaluwarsa, atau sudah "
                                                 "digunakan."_s),
                      u"reset"_s, 400);
    // Only a page here: the reset itself is a POST, so a mail scanner that follows the link resets nothing.
    return render(ctx, u"Reset TOTP"_s, pages::resetConfirm(ctx.session.csrf, userId, token), u"reset"_s);
}

HttpResponse DemoSite::postResetConfirm(Context& ctx)
{
    const QString token = ctx.field(u"kode"_s);
    const auto userId = m_accounts.resetTokenUser(token);
    if (!userId || !m_accounts.consumeResetToken(token, *userId))
        return render(ctx, u"Reset TOTP"_s,
                      pages::message(u"error"_s, u"Tautan Reset TOTP tidak berlaku, sudah kedaluwarsa, atau sudah "
                                                 "digunakan."_s),
                      u"reset"_s, 400);
    m_acceptor.resetTotp(*userId);
    qCInfo(lcSite) << "TOTP reset for" << *userId;
    return render(ctx, u"Reset TOTP"_s, pages::resetDone(*userId), u"reset"_s);
}

} // namespace sandi::server
