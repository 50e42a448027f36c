#include "server/protocolapi.h"

#include "core/approval/challenge.h"
#include "core/approval/enroll.h"
#include "core/approval/ids.h"
#include "core/approval/polltoken.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>

#include <string>
#include <vector>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcApi, "sandi.acceptor.api")

namespace sandi::server {
namespace {

std::string_view view(const QByteArray& bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

HttpResponse refuse(approval::Rejection rejection)
{
    HttpResponse r =
        HttpResponse::json(approval::httpStatus(rejection), QByteArray::fromStdString(approval::errorBody(rejection)));
    if (r.status == 401)
        r.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Sandi")));
    return r;
}

// Text the device shows: no control characters (a tab is legal in a User-Agent header, not in a
// challenge), at most `maxBytes` bytes of UTF-8, never empty.
std::string shown(const QString& text, std::size_t maxBytes)
{
    QString clean = text;
    for (QChar& c : clean)
        if (c.category() == QChar::Other_Control)
            c = u' ';
    std::string out = clean.trimmed().toStdString();
    if (out.size() > maxBytes) {
        out.resize(maxBytes);
        // Drop the last (possibly cut) multi-byte character whole: its continuation bytes, then its lead.
        while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80)
            out.pop_back();
        if (!out.empty() && (static_cast<unsigned char>(out.back()) & 0x80) != 0)
            out.pop_back();
    }
    return out.empty() ? std::string("-") : out;
}

HttpResponse noContent()
{
    return HttpResponse{204, {}, {}, {}};
}

// Requests with a body are compact JWS sent as application/jose (§3). Requiring it also keeps a
// browser's cross-site form post (which cannot set this type without a preflight) out.
bool isJose(const HttpRequest& request)
{
    const QByteArray type = request.header("Content-Type").split(';').first().trimmed().toLower();
    return type == QByteArray::fromStdString(std::string(approval::kJwsContentType));
}

std::optional<approval::DeviceRecord> coreDevice(const std::optional<DeviceRecord>& device)
{
    if (!device)
        return std::nullopt;
    const auto key = crypto::EcPublicKey::fromSpki(
        std::as_bytes(std::span(device->publicKey.constData(), static_cast<std::size_t>(device->publicKey.size()))));
    if (!key)
        return std::nullopt; // cannot happen: only keys that verified an enrollment are stored
    return approval::DeviceRecord{device->deviceId.toStdString(), device->userId.toStdString(), *key, !device->active};
}

approval::ChallengeRecord coreChallenge(const ChallengeRecord& c, qint64 now)
{
    // Approved, denied, wrong number, or ended early (replaced, device revoked): closed. A pending
    // one past its exp is Expired in the store but not answered: checkAnswer() says "expired".
    const bool timedOut = c.state == ChallengeState::Expired && now > c.exp;
    return approval::ChallengeRecord{c.challengeId.toStdString(),
                                     c.userId.toStdString(),
                                     c.deviceId.toStdString(),
                                     c.number,
                                     c.iat,
                                     c.exp,
                                     c.state != ChallengeState::Pending && !timedOut};
}

} // namespace

ProtocolApi::ProtocolApi(Acceptor& acceptor, Accounts& accounts, crypto::EcPrivateKey signingKey, QString siteName,
                         Clock clock, QObject* parent)
    : QObject(parent), m_acceptor(acceptor), m_accounts(accounts), m_key(std::move(signingKey)),
      m_siteName(std::move(siteName)), m_clock(std::move(clock))
{
    connect(&m_acceptor, &Acceptor::challengeCreated, this,
            [this](const QString&, const QString& deviceId) { deliver(deviceId); });
    // A new device or Reset TOTP: the account's other held polls learn at once that they are revoked.
    connect(&m_acceptor, &Acceptor::devicesRevoked, this, [this](const QString& userId) {
        for (auto it = m_held.begin(); it != m_held.end();) {
            const auto device = m_acceptor.device(it.key());
            if (device && device->userId == userId && !device->active) {
                it->reply.send(refuse(approval::Rejection::RevokedDevice));
                it = m_held.erase(it);
            } else {
                ++it;
            }
        }
    });
    m_sweep.setInterval(250);
    connect(&m_sweep, &QTimer::timeout, this, &ProtocolApi::sweep);
}

void ProtocolApi::registerRoutes(HttpFrontend& http)
{
    http.route("POST", QString::fromLatin1(approval::kEnrollPath), [this](const HttpRequest& r) { return enroll(r); });
    http.routeAsync("GET", QString::fromLatin1(approval::kPollPath),
                    [this](const HttpRequest& r, HttpReply reply) { poll(r, std::move(reply)); });
    http.route("POST", QString::fromLatin1(approval::kAnswerPath), [this](const HttpRequest& r) { return answer(r); });
}

HttpResponse ProtocolApi::enroll(const HttpRequest& request)
{
    if (!isJose(request))
        return refuse(approval::Rejection::Malformed);
    const auto read = approval::readEnrollRequest(view(request.body));
    if (!read)
        return refuse(approval::rejectionFor(read.error()));
    const QString token = QString::fromStdString(read->request.token);
    const auto record = m_acceptor.enrollmentToken(token);
    const qint64 now = m_clock();
    if (const auto verdict = approval::checkEnrollment(record ? &*record : nullptr, *read, now); !verdict)
        return refuse(verdict.error());
    QString userId;
    switch (m_acceptor.consumeEnrollmentToken(token, &userId)) {
    case TokenStatus::Ok:
        break;
    case TokenStatus::Unknown:
        return refuse(approval::Rejection::UnknownEnrollToken);
    case TokenStatus::Expired:
        return refuse(approval::Rejection::EnrollTokenExpired);
    case TokenStatus::Used: // a concurrent enrollment with the same token won
        return refuse(approval::Rejection::EnrollTokenUsed);
    }
    const auto spki = read->deviceKey.spki();
    const QString deviceId = m_acceptor.bindDevice(
        userId, QByteArray(reinterpret_cast<const char*>(spki.data()), static_cast<qsizetype>(spki.size())));
    qCInfo(lcApi) << "device" << deviceId << "enrolled for" << userId << "as"
                  << QString::fromStdString(read->request.deviceName);
    const auto body = approval::writeEnrollResponse(
        {deviceId.toStdString(), m_key.publicKey(), userId.toStdString(), m_siteName.toStdString()});
    if (!body)
        return HttpResponse::json(500, R"({"error":"internal"})");
    return HttpResponse::json(200, QByteArray::fromStdString(*body));
}

std::optional<HttpResponse> ProtocolApi::pendingFor(const QString& deviceId)
{
    const QList<ChallengeRecord> pending = m_acceptor.pendingChallengesForDevice(deviceId);
    if (pending.isEmpty())
        return std::nullopt;
    std::vector<std::string> signedChallenges;
    for (const ChallengeRecord& c : pending) {
        if (signedChallenges.size() == approval::kMaxChallengesPerPoll)
            break;
        approval::Challenge challenge{
            c.challengeId.toStdString(),
            c.userId.toStdString(),
            m_siteName.toStdString(),
            c.userAgent.left(static_cast<qsizetype>(approval::kMaxUserAgentBytes / 4)).toStdString(),
            c.ip.toStdString(),
            c.iat,
            c.exp,
            {}};
        for (int i = 0; i < approval::kNumberCount && i < c.options.size(); ++i)
            challenge.numbers[static_cast<std::size_t>(i)] = c.options[i];
        auto jws = approval::signChallenge(m_key, challenge);
        if (!jws) {
            qCWarning(lcApi) << "cannot sign challenge" << c.challengeId << QString::fromStdString(jws.error().detail);
            continue;
        }
        signedChallenges.push_back(std::move(*jws));
    }
    if (signedChallenges.empty())
        return std::nullopt;
    return HttpResponse::json(200, QByteArray::fromStdString(approval::writePollResponse(signedChallenges)));
}

void ProtocolApi::poll(const HttpRequest& request, HttpReply reply)
{
    const auto token = approval::readAuthorization(view(request.header("Authorization")));
    if (!token)
        return reply.send(refuse(approval::rejectionFor(token.error())));
    const QString deviceId = QString::fromStdString(token->token.deviceId);
    const auto device = coreDevice(m_acceptor.device(deviceId));
    const qint64 now = m_clock();
    m_jti.prune(now);
    if (m_jti.size() >= kMaxJtiEntries) // more fresh poll tokens than any honest load makes
        return reply.send(refuse(approval::Rejection::TooManyRequests));
    if (const auto verdict = approval::checkPollToken(device ? &*device : nullptr, *token, m_jti, now); !verdict)
        return reply.send(refuse(verdict.error()));
    if (auto ready = pendingFor(deviceId))
        return reply.send(*ready);
    // One held poll per device (§7): a newer one ends the older with 204.
    if (auto old = m_held.find(deviceId); old != m_held.end()) {
        old->reply.send(noContent());
        m_held.erase(old);
    }
    if (m_held.size() >= kMaxHeldPolls)
        return reply.send(refuse(approval::Rejection::TooManyRequests));
    const quint64 serial = ++m_serial;
    m_held.insert(deviceId, Held{reply, QDeadlineTimer(m_holdMs).deadline(), serial});
    reply.onClientGone(this, [this, deviceId, serial] {
        if (auto it = m_held.find(deviceId); it != m_held.end() && it->serial == serial)
            m_held.erase(it);
    });
    if (!m_sweep.isActive())
        m_sweep.start();
}

void ProtocolApi::deliver(const QString& deviceId)
{
    const auto it = m_held.find(deviceId);
    if (it == m_held.end())
        return;
    if (auto ready = pendingFor(deviceId)) {
        it->reply.send(*ready);
        m_held.erase(it);
    }
}

void ProtocolApi::sweep()
{
    const qint64 now = QDeadlineTimer::current().deadline();
    for (auto it = m_held.begin(); it != m_held.end();) {
        if (!it->reply.pending()) {
            it = m_held.erase(it);
        } else if (it->deadline <= now) {
            it->reply.send(noContent());
            it = m_held.erase(it);
        } else {
            ++it;
        }
    }
    if (m_held.isEmpty())
        m_sweep.stop();
}

HttpResponse ProtocolApi::answer(const HttpRequest& request)
{
    if (!isJose(request))
        return refuse(approval::Rejection::Malformed);
    const auto read = approval::readAnswer(view(request.body));
    if (!read)
        return refuse(approval::rejectionFor(read.error()));
    const QString deviceId = QString::fromStdString(read->answer.deviceId);
    const QString challengeId = QString::fromStdString(read->answer.challengeId);
    const auto device = coreDevice(m_acceptor.device(deviceId));
    const QString account = device ? QString::fromStdString(device->account) : QString();
    if (m_accounts.limited(account, request.remoteIp))
        return refuse(approval::Rejection::TooManyRequests);
    const qint64 now = m_clock();
    const auto stored = m_acceptor.challenge(challengeId);
    const auto challenge = stored ? std::optional(coreChallenge(*stored, now)) : std::nullopt;
    const auto verdict =
        approval::checkAnswer(challenge ? &*challenge : nullptr, device ? &*device : nullptr, *read, now);
    if (!verdict &&
        (verdict.error() == approval::Rejection::WrongNumber || verdict.error() == approval::Rejection::BadSignature))
        m_accounts.recordFailure(account, request.remoteIp, u"answer"_s);
    if (!verdict && !approval::closesChallenge(verdict.error()))
        return refuse(verdict.error());
    const bool approve = read->answer.decision == approval::Decision::Approve;
    const AnswerOutcome outcome =
        m_acceptor.recordAnswer(challengeId, deviceId, approve, read->answer.number.value_or(0));
    qCInfo(lcApi) << "answer for" << challengeId << answerOutcomeName(outcome);
    switch (outcome) {
    case AnswerOutcome::Approved:
    case AnswerOutcome::Denied:
        return noContent();
    case AnswerOutcome::WrongNumber:
        return refuse(approval::Rejection::WrongNumber);
    case AnswerOutcome::UnknownChallenge:
        return refuse(approval::Rejection::UnknownChallenge);
    case AnswerOutcome::NotPending: // another answer won the race
        return refuse(approval::Rejection::AlreadyAnswered);
    case AnswerOutcome::Expired:
        return refuse(approval::Rejection::Expired);
    case AnswerOutcome::WrongDevice:
        return refuse(approval::Rejection::WrongDevice);
    }
    return refuse(approval::Rejection::Malformed);
}

} // namespace sandi::server
