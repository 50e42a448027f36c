#include "server/acceptor.h"

#include "core/approval/ids.h"
#include "core/crypto/kdf.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace sandi::server {
namespace {

QSqlQuery prepare(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    q.prepare(sql);
    return q;
}

const QString kChallengeColumns =
    u"challenge_id, user_id, device_id, user_agent, ip, number, options, iat, exp, state"_s;

ChallengeState stateFromName(const QString& name)
{
    for (ChallengeState s :
         {ChallengeState::Approved, ChallengeState::Denied, ChallengeState::Expired, ChallengeState::WrongNumber})
        if (challengeStateName(s) == name)
            return s;
    return ChallengeState::Pending;
}

ChallengeRecord challengeFrom(const QSqlQuery& q)
{
    ChallengeRecord c{q.value(0).toString(),
                      q.value(1).toString(),
                      q.value(2).toString(),
                      q.value(3).toString(),
                      q.value(4).toString(),
                      q.value(5).toInt(),
                      {},
                      q.value(7).toLongLong(),
                      q.value(8).toLongLong(),
                      stateFromName(q.value(9).toString())};
    for (const QString& n : q.value(6).toString().split(u','))
        c.options << n.toInt();
    return c;
}

DeviceRecord deviceFrom(const QSqlQuery& q)
{
    return DeviceRecord{q.value(0).toString(),    q.value(1).toString(),
                        q.value(2).toByteArray(), q.value(3).toString() == u"active"_s,
                        q.value(4).toLongLong(),  q.value(5).toLongLong()};
}

// A uniform random integer in [0, bound), from the CSPRNG (rejection sampling, no modulo bias).
int uniform(int bound)
{
    const auto limit = static_cast<unsigned>(256 - 256 % bound);
    for (;;) {
        auto b = crypto::randomBytes(1);
        if (!b)
            continue;
        const auto v = static_cast<unsigned>(b->view()[0]);
        if (v < limit)
            return static_cast<int>(v % static_cast<unsigned>(bound));
    }
}

// Enrollment tokens are stored as the protocol says: base64url(SHA-256(token)) (approval::tokenDigest).
QString enrollDigest(const QString& token)
{
    auto digest = approval::tokenDigest(token.toStdString());
    return digest ? QString::fromStdString(*digest) : QString();
}

} // namespace

Acceptor::Acceptor(Database& db, Clock clock, QObject* parent) : QObject(parent), m_db(db), m_clock(std::move(clock)) {}

Acceptor::EnrollmentToken Acceptor::createEnrollmentToken(const QString& userId)
{
    const qint64 now = m_clock();
    QSqlQuery old = prepare(m_db.connection(), u"UPDATE enrollment_tokens SET used = 1 WHERE user_id = ?"_s);
    old.addBindValue(userId);
    old.exec();
    EnrollmentToken t{randomToken(16), now + kEnrollmentLifetime}; // 16 bytes, as §2 recommends
    QSqlQuery q = prepare(m_db.connection(), u"INSERT INTO enrollment_tokens (token_hash, user_id, created, expires) "
                                             "VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(enrollDigest(t.token));
    q.addBindValue(userId);
    q.addBindValue(now);
    q.addBindValue(t.expires);
    q.exec();
    return t;
}

TokenStatus Acceptor::consumeEnrollmentToken(const QString& token, QString* userId)
{
    QSqlQuery q =
        prepare(m_db.connection(), u"SELECT user_id, expires, used FROM enrollment_tokens WHERE token_hash = ?"_s);
    q.addBindValue(enrollDigest(token));
    if (!q.exec() || !q.next())
        return TokenStatus::Unknown;
    if (q.value(2).toInt() != 0)
        return TokenStatus::Used;
    if (q.value(1).toLongLong() < m_clock())
        return TokenStatus::Expired;
    QSqlQuery use =
        prepare(m_db.connection(), u"UPDATE enrollment_tokens SET used = 1 WHERE token_hash = ? AND used = 0"_s);
    use.addBindValue(enrollDigest(token));
    if (!use.exec() || use.numRowsAffected() != 1)
        return TokenStatus::Used;
    *userId = q.value(0).toString();
    return TokenStatus::Ok;
}

std::optional<approval::EnrollTokenRecord> Acceptor::enrollmentToken(const QString& token) const
{
    QSqlQuery q =
        prepare(m_db.connection(), u"SELECT user_id, expires, used FROM enrollment_tokens WHERE token_hash = ?"_s);
    q.addBindValue(enrollDigest(token));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return approval::EnrollTokenRecord{q.value(0).toString().toStdString(), q.value(1).toLongLong(),
                                       q.value(2).toInt() != 0};
}

QString Acceptor::bindDevice(const QString& userId, const QByteArray& publicKey)
{
    const qint64 now = m_clock();
    const QString deviceId = randomToken(16);
    QSqlDatabase db = m_db.connection();
    db.transaction();
    QSqlQuery expire =
        prepare(db, u"UPDATE challenges SET state = 'expired' WHERE user_id = ? AND state = 'pending'"_s);
    expire.addBindValue(userId);
    expire.exec();
    QSqlQuery revoke = prepare(db, u"UPDATE devices SET status = 'revoked', revoked = ? "
                                   "WHERE user_id = ? AND status = 'active'"_s);
    revoke.addBindValue(now);
    revoke.addBindValue(userId);
    revoke.exec();
    QSqlQuery insert = prepare(db, u"INSERT INTO devices (device_id, user_id, public_key, status, created) "
                                   "VALUES (?, ?, ?, 'active', ?)"_s);
    insert.addBindValue(deviceId);
    insert.addBindValue(userId);
    insert.addBindValue(publicKey);
    insert.addBindValue(now);
    insert.exec();
    QSqlQuery activate =
        prepare(db, u"UPDATE users SET totp_active = 1 WHERE user_id = ? AND totp_secret IS NOT NULL"_s);
    activate.addBindValue(userId);
    activate.exec();
    db.commit();
    Q_EMIT devicesRevoked(userId);
    Q_EMIT deviceBound(userId, deviceId);
    return deviceId;
}

std::optional<DeviceRecord> Acceptor::device(const QString& deviceId) const
{
    QSqlQuery q = prepare(m_db.connection(), u"SELECT device_id, user_id, public_key, status, created, "
                                             "COALESCE(revoked, 0) FROM devices WHERE device_id = ?"_s);
    q.addBindValue(deviceId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return deviceFrom(q);
}

std::optional<DeviceRecord> Acceptor::activeDevice(const QString& userId) const
{
    QSqlQuery q = prepare(m_db.connection(), u"SELECT device_id, user_id, public_key, status, created, 0 FROM devices "
                                             "WHERE user_id = ? AND status = 'active'"_s);
    q.addBindValue(userId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return deviceFrom(q);
}

void Acceptor::resetTotp(const QString& userId)
{
    const qint64 now = m_clock();
    QSqlDatabase db = m_db.connection();
    db.transaction();
    for (const QString& sql : {u"UPDATE challenges SET state = 'expired' WHERE user_id = ? AND state = 'pending'"_s,
                               u"UPDATE devices SET status = 'revoked', revoked = %1 WHERE user_id = ? "
                               "AND status = 'active'"_s.arg(now),
                               u"UPDATE enrollment_tokens SET used = 1 WHERE user_id = ?"_s,
                               u"UPDATE users SET totp_secret = NULL, totp_active = 0, last_totp_step = NULL "
                               "WHERE user_id = ?"_s}) {
        QSqlQuery q = prepare(db, sql);
        q.addBindValue(userId);
        q.exec();
    }
    db.commit();
    Q_EMIT devicesRevoked(userId);
}

std::optional<ChallengeRecord> Acceptor::createChallenge(const QString& userId, const QString& userAgent,
                                                         const QString& ip, const QString& replaces, bool* tooMany)
{
    if (tooMany)
        *tooMany = false;
    const auto dev = activeDevice(userId);
    if (!dev)
        return std::nullopt;
    expireOld();
    if (!replaces.isEmpty())
        expireChallenge(replaces);
    QSqlQuery count =
        prepare(m_db.connection(), u"SELECT COUNT(*) FROM challenges WHERE user_id = ? AND state = 'pending'"_s);
    count.addBindValue(userId);
    if (count.exec() && count.next() && count.value(0).toInt() >= kMaxPendingChallenges) {
        if (tooMany)
            *tooMany = true;
        return std::nullopt;
    }
    ChallengeRecord c;
    c.challengeId = randomToken(16);
    c.userId = userId;
    c.deviceId = dev->deviceId;
    c.userAgent = userAgent.left(300);
    c.ip = ip;
    // Two digits, 10..99; the two decoys are distinct from it and from each other, and the
    // position of the right one is random (number matching against push fatigue).
    c.number = 10 + uniform(90);
    std::array<int, 3> opts{c.number, 0, 0};
    for (int i = 1; i < 3; ++i) {
        do
            opts[static_cast<size_t>(i)] = 10 + uniform(90);
        while (std::find(opts.begin(), opts.begin() + i, opts[static_cast<size_t>(i)]) != opts.begin() + i);
    }
    std::swap(opts[0], opts[static_cast<size_t>(uniform(3))]);
    c.options = {opts[0], opts[1], opts[2]};
    c.iat = m_clock();
    c.exp = c.iat + m_challengeLifetime;
    QSqlQuery q = prepare(m_db.connection(), u"INSERT INTO challenges (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                             "'pending')"_s.arg(kChallengeColumns));
    for (const QVariant& v :
         {QVariant(c.challengeId), QVariant(c.userId), QVariant(c.deviceId), QVariant(c.userAgent), QVariant(c.ip),
          QVariant(c.number), QVariant(u"%1,%2,%3"_s.arg(opts[0]).arg(opts[1]).arg(opts[2])), QVariant(c.iat),
          QVariant(c.exp)})
        q.addBindValue(v);
    if (!q.exec())
        return std::nullopt;
    Q_EMIT challengeCreated(c.challengeId, c.deviceId);
    return c;
}

std::optional<ChallengeRecord> Acceptor::challenge(const QString& challengeId)
{
    expireOld();
    QSqlQuery q =
        prepare(m_db.connection(), u"SELECT %1 FROM challenges WHERE challenge_id = ?"_s.arg(kChallengeColumns));
    q.addBindValue(challengeId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return challengeFrom(q);
}

QList<ChallengeRecord> Acceptor::pendingChallengesForDevice(const QString& deviceId)
{
    expireOld();
    QSqlQuery q = prepare(m_db.connection(), u"SELECT %1 FROM challenges WHERE device_id = ? AND state = 'pending' "
                                             "ORDER BY iat"_s.arg(kChallengeColumns));
    q.addBindValue(deviceId);
    QList<ChallengeRecord> out;
    if (q.exec())
        while (q.next())
            out << challengeFrom(q);
    return out;
}

AnswerOutcome Acceptor::recordAnswer(const QString& challengeId, const QString& deviceId, bool approve,
                                     int chosenNumber)
{
    const auto c = challenge(challengeId);
    if (!c)
        return AnswerOutcome::UnknownChallenge;
    const auto dev = device(deviceId);
    if (!dev || !dev->active || dev->deviceId != c->deviceId)
        return AnswerOutcome::WrongDevice;
    if (c->state == ChallengeState::Expired && c->exp < m_clock())
        return AnswerOutcome::Expired;
    if (c->state != ChallengeState::Pending)
        return AnswerOutcome::NotPending;
    if (!approve)
        return setState(challengeId, ChallengeState::Denied) ? AnswerOutcome::Denied : AnswerOutcome::NotPending;
    if (chosenNumber != c->number)
        return setState(challengeId, ChallengeState::WrongNumber) ? AnswerOutcome::WrongNumber
                                                                  : AnswerOutcome::NotPending;
    return setState(challengeId, ChallengeState::Approved) ? AnswerOutcome::Approved : AnswerOutcome::NotPending;
}

void Acceptor::setChallengeLifetime(qint64 seconds)
{
    m_challengeLifetime = std::clamp<qint64>(seconds, 1, kChallengeLifetime);
}

void Acceptor::expireChallenge(const QString& challengeId)
{
    setState(challengeId, ChallengeState::Expired);
}

bool Acceptor::setState(const QString& challengeId, ChallengeState state)
{
    // Only a pending challenge changes state, in one statement: two answers cannot both count.
    QSqlQuery q = prepare(m_db.connection(), u"UPDATE challenges SET state = ?, answered = ? "
                                             "WHERE challenge_id = ? AND state = 'pending'"_s);
    q.addBindValue(challengeStateName(state));
    q.addBindValue(m_clock());
    q.addBindValue(challengeId);
    const bool changed = q.exec() && q.numRowsAffected() == 1;
    if (changed)
        Q_EMIT challengeFinished(challengeId, state);
    return changed;
}

void Acceptor::expireOld()
{
    QSqlQuery q = prepare(m_db.connection(), u"UPDATE challenges SET state = 'expired' WHERE state = 'pending' "
                                             "AND exp < ?"_s);
    q.addBindValue(m_clock());
    q.exec();
}

QString challengeStateName(ChallengeState state)
{
    switch (state) {
    case ChallengeState::Pending:
        return u"pending"_s;
    case ChallengeState::Approved:
        return u"approved"_s;
    case ChallengeState::Denied:
        return u"denied"_s;
    case ChallengeState::Expired:
        return u"expired"_s;
    case ChallengeState::WrongNumber:
        return u"wrong-number"_s;
    }
    return u"pending"_s;
}

QString answerOutcomeName(AnswerOutcome outcome)
{
    switch (outcome) {
    case AnswerOutcome::Approved:
        return u"approved"_s;
    case AnswerOutcome::Denied:
        return u"denied"_s;
    case AnswerOutcome::UnknownChallenge:
        return u"unknown-challenge"_s;
    case AnswerOutcome::NotPending:
        return u"not-pending"_s;
    case AnswerOutcome::Expired:
        return u"expired"_s;
    case AnswerOutcome::WrongDevice:
        return u"wrong-device"_s;
    case AnswerOutcome::WrongNumber:
        return u"wrong-number"_s;
    }
    return {};
}

} // namespace sandi::server
