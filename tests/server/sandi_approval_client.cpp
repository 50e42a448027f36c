// sandi-approval-client: a device of the login approval protocol for tests and the README's
// walk-through, built on core/approval only (no app code). Not installed.
//
//   sandi-approval-client enroll URI --state FILE [--name NAME] [--ca CERT.pem]
//   sandi-approval-client poll --state FILE [--once] [--ca CERT.pem]
//   sandi-approval-client answer --state FILE ID approve|deny [--number N] [--ca CERT.pem] [--tamper]
//
// TLS, as docs/approval-protocol.md §3 says a device does: a certificate that validates against
// the system CAs (plus --ca, if given) is accepted; otherwise the connection is accepted only when
// the SHA-256 of the server certificate's SubjectPublicKeyInfo equals the pin from the QR code
// (kept in the state file). The handshake itself is checked by TLS either way. Challenges are
// verified with the acceptor key from the enrollment response, whatever TLS accepted.
//
// Output: one JSON object per line on stdout. A refusal prints {"status":N,"error":"<reason>"}
// and exits with 2; other failures print a message on stderr and exit with 1.
//
// The state file holds the device's private key (PKCS#8, base64url) in plain JSON, mode 0600: it
// is a test tool; Sandi itself keeps device keys in the system keychain.
#include "core/approval/answer.h"
#include "core/approval/challenge.h"
#include "core/approval/enroll.h"
#include "core/approval/enrollment.h"
#include "core/approval/keys.h"
#include "core/approval/polltoken.h"
#include "core/approval/rules.h"
#include "core/encoding/base64.h"
#include "core/encoding/json.h"
#include "core/uri/otpauth.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslKey>
#include <QStringList>

#include <cstdio>
#include <iostream>
#include <optional>
#include <string>

using namespace Qt::Literals::StringLiterals;
namespace approval = sandi::approval;
namespace json = sandi::json;

namespace {

constexpr int kRefused = 2;
constexpr int kFailed = 1;

[[noreturn]] void fail(const std::string& message)
{
    std::cerr << "sandi-approval-client: " << message << '\n';
    std::exit(kFailed);
}

std::span<const std::byte> bytes(const std::string& s)
{
    return std::as_bytes(std::span(s.data(), s.size()));
}

struct State
{
    std::string acceptor; // base URL
    approval::Pin pin;
    std::string deviceId;
    std::string account;
    std::string site;
    std::string acceptorKey; // base64url SPKI
    std::string deviceKey;   // base64url PKCS#8 (test tool: plain file, mode 0600)
};

void saveState(const QString& path, const State& s)
{
    json::Value v = json::Value::object();
    v["acceptor"] = s.acceptor;
    v["pin"] = approval::pinText(s.pin);
    v["device"] = s.deviceId;
    v["account"] = s.account;
    v["site"] = s.site;
    v["acceptor_key"] = s.acceptorKey;
    v["device_key"] = s.deviceKey;
    std::string text = json::dump(v);
    QFile file(path);
    file.remove();
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size()))
        fail("cannot write the state file " + path.toStdString());
    sandi::secureWipe(text);
}

State loadState(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail("cannot read the state file " + path.toStdString());
    QByteArray raw = file.readAll();
    auto v = json::parse(std::string_view(raw.constData(), static_cast<std::size_t>(raw.size())));
    raw.fill('\0');
    if (!v)
        fail("the state file is not JSON");
    State s;
    const auto get = [&](std::string_view key) {
        auto value = json::string(*v, key);
        if (!value)
            fail("the state file has no " + std::string(key));
        return *value;
    };
    s.acceptor = get("acceptor");
    auto pin = approval::parsePin(get("pin"));
    if (!pin)
        fail("the state file's pin is invalid");
    s.pin = *pin;
    s.deviceId = get("device");
    s.account = get("account");
    s.site = get("site");
    s.acceptorKey = get("acceptor_key");
    s.deviceKey = get("device_key");
    return s;
}

sandi::crypto::EcPrivateKey deviceKeyOf(const State& s)
{
    auto der = sandi::base64::decodeUrl(s.deviceKey);
    auto key = der ? sandi::crypto::EcPrivateKey::fromPkcs8(der->view()) : tl::unexpected(der.error());
    if (!key)
        fail("the state file's device key is invalid");
    return std::move(*key);
}

sandi::crypto::EcPublicKey acceptorKeyOf(const State& s)
{
    auto der = sandi::base64::decodeUrl(s.acceptorKey);
    auto key = der ? sandi::crypto::EcPublicKey::fromSpki(der->view()) : tl::unexpected(der.error());
    if (!key)
        fail("the state file's acceptor key is invalid");
    return *key;
}

struct HttpResult
{
    int status = 0;
    QByteArray body;
};

class Transport
{
public:
    Transport(approval::Pin pin, const QString& caFile) : m_pin(pin)
    {
        if (!caFile.isEmpty()) {
            const auto certs = QSslCertificate::fromPath(caFile);
            if (certs.isEmpty())
                fail("no certificate in " + caFile.toStdString());
            m_ca = certs;
        }
    }

    HttpResult request(const QByteArray& method, const std::string& url, const QByteArray& body = {},
                       const QByteArray& authorization = {})
    {
        QNetworkRequest req(QUrl(QString::fromStdString(url)));
        req.setTransferTimeout((approval::kPollHoldSeconds + 20) * 1000);
        if (!m_ca.isEmpty()) {
            QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
            conf.addCaCertificates(m_ca);
            req.setSslConfiguration(conf);
        }
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArray::fromStdString(std::string(approval::kJwsContentType)));
        if (!authorization.isEmpty())
            req.setRawHeader("Authorization", authorization);
        QNetworkReply* reply = m_nam.sendCustomRequest(req, method, body);
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [this, reply](const QList<QSslError>& errors) {
            // Not valid for a CA: accept only the pinned key (§3). The TLS handshake's signature
            // is still checked; only the chain validation is replaced by the pin.
            const QByteArray spki = reply->sslConfiguration().peerCertificate().publicKey().toDer();
            if (!spki.isEmpty() &&
                approval::pinMatches(m_pin,
                                     std::as_bytes(std::span(spki.constData(), static_cast<std::size_t>(spki.size())))))
                reply->ignoreSslErrors(errors);
        });
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        HttpResult out{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
        if (out.status == 0)
            fail("request to " + url + " failed: " + reply->errorString().toStdString());
        reply->deleteLater();
        return out;
    }

private:
    QNetworkAccessManager m_nam;
    approval::Pin m_pin;
    QList<QSslCertificate> m_ca;
};

// Prints the refusal of a 4xx/5xx and exits.
[[noreturn]] void refused(const HttpResult& r)
{
    json::Value v = json::Value::object();
    v["status"] = r.status;
    const auto reason =
        approval::readErrorBody(std::string_view(r.body.constData(), static_cast<std::size_t>(r.body.size())));
    v["error"] = reason ? std::string(approval::wireName(*reason)) : std::string("unknown");
    std::cout << json::dump(v) << std::endl;
    std::exit(kRefused);
}

std::int64_t now()
{
    return QDateTime::currentSecsSinceEpoch();
}

int enroll(const QString& uriText, const QString& statePath, const QString& name, const QString& ca, bool allowHttp)
{
    std::string text = uriText.toStdString();
    auto uri = sandi::uri::parseOtpauth(text);
    sandi::secureWipe(text);
    if (!uri)
        fail("not an otpauth URI: " + uri.error().detail);
    auto enrollment = approval::enrollmentFromUri(*uri, {allowHttp});
    if (!enrollment)
        fail("invalid enrollment parameters: " + enrollment.error().detail);
    if (!*enrollment)
        fail("the URI has no enrollment parameters (a plain TOTP account)");
    const approval::Enrollment& e = **enrollment;
    auto key = sandi::crypto::EcPrivateKey::generate();
    if (!key)
        fail("cannot make a device key");
    auto body = approval::signEnrollRequest(*key, {e.token, name.toStdString(), now()});
    if (!body)
        fail("cannot sign the enrollment request: " + body.error().detail);
    Transport transport(e.pin, ca);
    const HttpResult r = transport.request("POST", approval::endpointUrl(e.acceptor, approval::kEnrollPath),
                                           QByteArray::fromStdString(*body));
    if (r.status != 200)
        refused(r);
    auto response = approval::readEnrollResponse(
        std::string_view(r.body.constData(), static_cast<std::size_t>(r.body.size())), e.pin);
    if (!response)
        fail("the enrollment response is refused: " + response.error().detail);
    auto pkcs8 = key->pkcs8();
    if (!pkcs8)
        fail("cannot export the device key");
    State s{e.acceptor,
            e.pin,
            response->deviceId,
            response->account,
            response->site,
            sandi::base64::encodeUrl(response->acceptorKey.spki()),
            sandi::base64::encodeUrl(pkcs8->view())};
    saveState(statePath, s);
    sandi::secureWipe(s.deviceKey);
    json::Value out = json::Value::object();
    out["device"] = response->deviceId;
    out["account"] = response->account;
    out["site"] = response->site;
    std::cout << json::dump(out) << std::endl;
    return 0;
}

int poll(const QString& statePath, bool once, const QString& ca)
{
    const State s = loadState(statePath);
    const auto key = deviceKeyOf(s);
    const auto acceptorKey = acceptorKeyOf(s);
    Transport transport(s.pin, ca);
    for (;;) {
        auto token = approval::newPollToken(s.deviceId, now());
        auto header = token ? approval::authorizationValue(key, *token) : tl::unexpected(token.error());
        if (!header)
            fail("cannot sign a poll token: " + header.error().detail);
        const HttpResult r = transport.request("GET", approval::endpointUrl(s.acceptor, approval::kPollPath), {},
                                               QByteArray::fromStdString(*header));
        if (r.status == 200) {
            auto list = approval::readPollResponse(
                std::string_view(r.body.constData(), static_cast<std::size_t>(r.body.size())));
            if (!list)
                fail("the poll response is malformed: " + list.error().detail);
            for (const std::string& jws : *list) {
                auto c = approval::verifyChallenge(jws, acceptorKey, s.account, now());
                json::Value out = json::Value::object();
                if (!c) {
                    out["refused_challenge"] = c.error().detail;
                } else {
                    out["id"] = c->id;
                    out["account"] = c->account;
                    out["site"] = c->site;
                    out["browser"] = c->userAgent;
                    out["ip"] = c->ip;
                    out["numbers"] = c->numbers;
                    out["exp"] = c->exp;
                }
                std::cout << json::dump(out) << std::endl;
            }
        } else if (r.status != 204) {
            refused(r);
        }
        if (once)
            return 0;
    }
}

int answer(const QString& statePath, const QString& id, const QString& decision, std::optional<int> number,
           const QString& ca, bool tamper)
{
    const State s = loadState(statePath);
    const auto key = deviceKeyOf(s);
    approval::Answer a{id.toStdString(), s.deviceId,
                       decision == u"approve"_s ? approval::Decision::Approve : approval::Decision::Deny, number,
                       now()};
    if (decision != u"approve"_s && decision != u"deny"_s)
        fail("the decision is approve or deny");
    auto body = approval::signAnswer(key, a);
    if (!body)
        fail("cannot sign the answer: " + body.error().detail);
    if (tamper) {
        // Tests only: one bit of the signed payload flipped after signing (a "deny" becomes
        // "deny" with another iat digit), so the JWS still parses but no longer verifies.
        const auto first = body->find('.');
        const auto second = body->find('.', first + 1);
        QByteArray payload = QByteArray::fromBase64(
            QByteArray::fromStdString(body->substr(first + 1, second - first - 1)), QByteArray::Base64UrlEncoding);
        const qsizetype at = payload.lastIndexOf("\"iat\":") + 6;
        payload[at] = payload[at] == '1' ? '2' : '1';
        body->replace(first + 1, second - first - 1,
                      payload.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).toStdString());
    }
    Transport transport(s.pin, ca);
    const HttpResult r = transport.request("POST", approval::endpointUrl(s.acceptor, approval::kAnswerPath),
                                           QByteArray::fromStdString(*body));
    if (r.status != 204)
        refused(r);
    std::cout << R"({"status":204})" << std::endl;
    return 0;
}

[[noreturn]] void usage()
{
    std::cerr << "usage: sandi-approval-client enroll URI --state FILE [--name NAME] [--ca CERT] [--dev-http]\n"
                 "       sandi-approval-client poll --state FILE [--once] [--ca CERT]\n"
                 "       sandi-approval-client answer --state FILE ID approve|deny [--number N] [--ca CERT]\n";
    std::exit(kFailed);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    QString state, ca, name = u"sandi-approval-client on "_s + QHostInfo::localHostName();
    std::optional<int> number;
    bool once = false, tamper = false, devHttp = false;
    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        const auto value = [&]() {
            if (i + 1 >= args.size())
                usage();
            return args[++i];
        };
        if (a == u"--state"_s)
            state = value();
        else if (a == u"--ca"_s)
            ca = value();
        else if (a == u"--name"_s)
            name = value();
        else if (a == u"--number"_s) {
            bool ok = false;
            number = value().toInt(&ok);
            if (!ok)
                usage();
        } else if (a == u"--once"_s)
            once = true;
        else if (a == u"--tamper"_s)
            tamper = true;
        else if (a == u"--dev-http"_s)
            devHttp = true;
        else if (a.startsWith(u"--"_s))
            usage();
        else
            positional << a;
    }
    if (positional.isEmpty() || state.isEmpty())
        usage();
    const QString command = positional.takeFirst();
    if (command == u"enroll"_s && positional.size() == 1)
        return enroll(positional[0], state, name, ca, devHttp);
    if (command == u"poll"_s && positional.isEmpty())
        return poll(state, once, ca);
    if (command == u"answer"_s && positional.size() == 2)
        return answer(state, positional[0], positional[1], number, ca, tamper);
    usage();
}
