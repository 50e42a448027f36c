#include "server/accounts.h"

#include "core/crypto/kdf.h"
#include "core/crypto/secretbytes.h"
#include "core/encoding/base32.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QVariant>

#include <string>

using namespace Qt::Literals::StringLiterals;

namespace sandi::server {
namespace {

QSqlQuery prepare(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    q.prepare(sql);
    return q;
}

// A valid hash of a random password: checked against for unknown users, so that "no such user"
// costs the same time as "wrong password".
const std::string& dummyHash()
{
    static const std::string hash = crypto::hashPassword(randomToken(16).toStdString()).value_or(std::string{});
    return hash;
}

} // namespace

Accounts::Accounts(Database& db, Clock clock, QString outboxDir)
    : m_db(db), m_clock(std::move(clock)), m_outboxDir(std::move(outboxDir))
{}

bool Accounts::addUser(const QString& userId, const QString& email, const QString& password, QString* error)
{
    std::string plain = password.toStdString();
    auto hash = crypto::hashPassword(plain);
    secureWipe(plain);
    if (!hash) {
        *error = u"cannot hash the password"_s;
        return false;
    }
    QSqlQuery q = prepare(m_db.connection(), u"INSERT INTO users (user_id, email, password_hash, created) "
                                             "VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(userId);
    q.addBindValue(email);
    q.addBindValue(QString::fromStdString(*hash));
    q.addBindValue(m_clock());
    if (!q.exec()) {
        *error = u"user %1 already exists"_s.arg(userId);
        return false;
    }
    return true;
}

std::optional<UserRecord> Accounts::user(const QString& userId) const
{
    QSqlQuery q = prepare(m_db.connection(), u"SELECT user_id, email, totp_secret, totp_active, last_totp_step "
                                             "FROM users WHERE user_id = ?"_s);
    q.addBindValue(userId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    UserRecord u;
    u.userId = q.value(0).toString();
    u.email = q.value(1).toString();
    u.totpSecret = q.value(2).toString();
    u.totpActive = q.value(3).toInt() != 0;
    if (!q.value(4).isNull())
        u.lastTotpStep = q.value(4).toLongLong();
    return u;
}

bool Accounts::checkPassword(const QString& userId, const QString& password) const
{
    QSqlQuery q = prepare(m_db.connection(), u"SELECT password_hash FROM users WHERE user_id = ?"_s);
    q.addBindValue(userId);
    const bool known = q.exec() && q.next();
    const std::string encoded = known ? q.value(0).toString().toStdString() : dummyHash();
    std::string plain = password.toStdString();
    const auto match = crypto::verifyPassword(plain, encoded);
    secureWipe(plain);
    return known && match && *match;
}

QString Accounts::ensureTotpSecret(const QString& userId)
{
    const auto u = user(userId);
    if (!u)
        return {};
    if (!u->totpSecret.isEmpty())
        return u->totpSecret;
    auto key = crypto::randomBytes(20); // 160 bits, RFC 4226 §4 R6's recommended length
    if (!key)
        return {};
    const QString secret = QString::fromStdString(base32::encode(key->view()));
    QSqlQuery q =
        prepare(m_db.connection(), u"UPDATE users SET totp_secret = ?, totp_active = 0, last_totp_step = NULL "
                                   "WHERE user_id = ? AND totp_secret IS NULL"_s);
    q.addBindValue(secret);
    q.addBindValue(userId);
    q.exec();
    return user(userId).value_or(UserRecord{}).totpSecret;
}

bool Accounts::activateTotp(const QString& userId)
{
    QSqlQuery q =
        prepare(m_db.connection(), u"UPDATE users SET totp_active = 1 WHERE user_id = ? AND totp_secret IS NOT NULL"_s);
    q.addBindValue(userId);
    return q.exec() && q.numRowsAffected() == 1;
}

bool Accounts::advanceTotpStep(const QString& userId, qint64 step)
{
    // One statement, so two requests with the same code cannot both pass.
    QSqlQuery q = prepare(m_db.connection(), u"UPDATE users SET last_totp_step = ? WHERE user_id = ? "
                                             "AND (last_totp_step IS NULL OR last_totp_step < ?)"_s);
    q.addBindValue(step);
    q.addBindValue(userId);
    q.addBindValue(step);
    return q.exec() && q.numRowsAffected() == 1;
}

std::pair<QString, Session> Accounts::createSession(const QString& userAgent, const QString& ip)
{
    const QString cookie = randomToken(32);
    Session s;
    s.hash = tokenHash(cookie);
    s.csrf = randomToken(24);
    QSqlQuery q = prepare(m_db.connection(), u"INSERT INTO sessions (session_hash, csrf, stage, user_agent, ip, "
                                             "created, expires) VALUES (?, ?, 'anonymous', ?, ?, ?, ?)"_s);
    const qint64 now = m_clock();
    q.addBindValue(s.hash);
    q.addBindValue(s.csrf);
    q.addBindValue(userAgent.left(300));
    q.addBindValue(ip);
    q.addBindValue(now);
    q.addBindValue(now + kSessionLifetime);
    q.exec();
    // Old sessions go when new ones come, so the table does not grow without bound.
    QSqlQuery cleanup = prepare(m_db.connection(), u"DELETE FROM sessions WHERE expires < ?"_s);
    cleanup.addBindValue(now);
    cleanup.exec();
    return {cookie, s};
}

std::optional<Session> Accounts::session(const QString& cookieValue) const
{
    if (cookieValue.isEmpty() || cookieValue.size() > 100)
        return std::nullopt;
    QSqlQuery q = prepare(m_db.connection(), u"SELECT session_hash, csrf, user_id, stage, challenge_id FROM sessions "
                                             "WHERE session_hash = ? AND expires >= ?"_s);
    q.addBindValue(tokenHash(cookieValue));
    q.addBindValue(m_clock());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Session{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                   stageFromName(q.value(3).toString()), q.value(4).toString()};
}

void Accounts::saveSession(const Session& s)
{
    QSqlQuery q = prepare(m_db.connection(), u"UPDATE sessions SET user_id = ?, stage = ?, challenge_id = ? "
                                             "WHERE session_hash = ?"_s);
    q.addBindValue(s.userId.isEmpty() ? QVariant() : QVariant(s.userId));
    q.addBindValue(stageName(s.stage));
    q.addBindValue(s.challengeId.isEmpty() ? QVariant() : QVariant(s.challengeId));
    q.addBindValue(s.hash);
    q.exec();
}

QString Accounts::rotateSession(Session& s)
{
    const QString cookie = randomToken(32);
    const QString hash = tokenHash(cookie);
    const QString csrf = randomToken(24);
    QSqlQuery q =
        prepare(m_db.connection(), u"UPDATE sessions SET session_hash = ?, csrf = ? WHERE session_hash = ?"_s);
    q.addBindValue(hash);
    q.addBindValue(csrf);
    q.addBindValue(s.hash);
    if (!q.exec() || q.numRowsAffected() != 1)
        return {};
    s.hash = hash;
    s.csrf = csrf;
    return cookie;
}

void Accounts::deleteSession(const QString& hash)
{
    QSqlQuery q = prepare(m_db.connection(), u"DELETE FROM sessions WHERE session_hash = ?"_s);
    q.addBindValue(hash);
    q.exec();
}

int Accounts::failures(const QString& key) const
{
    QSqlQuery q = prepare(m_db.connection(), u"SELECT count FROM rate_limits WHERE key = ? AND window_start > ?"_s);
    q.addBindValue(key);
    q.addBindValue(m_clock() - kFailureWindow);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

void Accounts::bump(const QString& key)
{
    // A fixed window that starts at the first failure: after 15 minutes the count starts over.
    const qint64 now = m_clock();
    QSqlQuery q =
        prepare(m_db.connection(), u"INSERT INTO rate_limits (key, window_start, count) VALUES (?, ?, 1) "
                                   "ON CONFLICT(key) DO UPDATE SET "
                                   "count = CASE WHEN window_start > ? THEN count + 1 ELSE 1 END, "
                                   "window_start = CASE WHEN window_start > ? THEN window_start ELSE ? END"_s);
    q.addBindValue(key);
    q.addBindValue(now);
    q.addBindValue(now - kFailureWindow);
    q.addBindValue(now - kFailureWindow);
    q.addBindValue(now);
    q.exec();
}

bool Accounts::limited(const QString& userId, const QString& ip) const
{
    return failures(u"user:"_s + userId) >= kMaxFailures || failures(u"ip:"_s + ip) >= kMaxFailuresPerIp;
}

void Accounts::recordFailure(const QString& userId, const QString& ip, const QString& kind)
{
    bump(u"user:"_s + userId);
    bump(u"ip:"_s + ip);
    QSqlQuery q =
        prepare(m_db.connection(), u"INSERT INTO login_attempts (user_id, ip, kind, ok, at) VALUES (?, ?, ?, 0, ?)"_s);
    q.addBindValue(userId.left(100));
    q.addBindValue(ip);
    q.addBindValue(kind);
    q.addBindValue(m_clock());
    q.exec();
}

void Accounts::recordSuccess(const QString& userId, const QString& ip, const QString& kind)
{
    QSqlQuery q =
        prepare(m_db.connection(), u"INSERT INTO login_attempts (user_id, ip, kind, ok, at) VALUES (?, ?, ?, 1, ?)"_s);
    q.addBindValue(userId);
    q.addBindValue(ip);
    q.addBindValue(kind);
    q.addBindValue(m_clock());
    q.exec();
}

std::optional<QString> Accounts::createResetToken(const QString& userId, const QString& email)
{
    const auto u = user(userId);
    if (!u || u->email.compare(email, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const QString token = randomToken(32);
    const qint64 now = m_clock();
    QSqlQuery q = prepare(m_db.connection(), u"INSERT INTO reset_tokens (token_hash, user_id, created, expires) "
                                             "VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(tokenHash(token));
    q.addBindValue(userId);
    q.addBindValue(now);
    q.addBindValue(now + kResetLinkLifetime);
    if (!q.exec())
        return std::nullopt;
    return token;
}

std::optional<QString> Accounts::resetTokenUser(const QString& token) const
{
    QSqlQuery q = prepare(m_db.connection(), u"SELECT user_id FROM reset_tokens WHERE token_hash = ? AND used = 0 "
                                             "AND expires >= ?"_s);
    q.addBindValue(tokenHash(token));
    q.addBindValue(m_clock());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool Accounts::consumeResetToken(const QString& token, const QString& userId)
{
    QSqlQuery q = prepare(m_db.connection(), u"UPDATE reset_tokens SET used = 1 WHERE token_hash = ? AND "
                                             "user_id = ? AND used = 0 AND expires >= ?"_s);
    q.addBindValue(tokenHash(token));
    q.addBindValue(userId);
    q.addBindValue(m_clock());
    return q.exec() && q.numRowsAffected() == 1;
}

QString Accounts::sendMail(const QString& to, const QString& subject, const QString& body)
{
    const qint64 now = m_clock();
    QSqlQuery q =
        prepare(m_db.connection(), u"INSERT INTO outbox (recipient, subject, body, created) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(to);
    q.addBindValue(subject);
    q.addBindValue(body);
    q.addBindValue(now);
    q.exec();
    const QString id = q.lastInsertId().toString();
    QDir().mkpath(m_outboxDir);
    const QString path = QDir(m_outboxDir).filePath(u"%1-%2.eml"_s.arg(now).arg(id));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString mail =
            u"To: %1\r\nSubject: %2\r\nDate: %3\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%4"_s.arg(
                to, subject, QDateTime::fromSecsSinceEpoch(now).toString(Qt::RFC2822Date), body);
        file.write(mail.toUtf8());
    }
    return path;
}

QString stageName(Stage stage)
{
    switch (stage) {
    case Stage::Anonymous:
        return u"anonymous"_s;
    case Stage::Password:
        return u"password"_s;
    case Stage::Aktivasi:
        return u"aktivasi"_s;
    case Stage::Acceptor:
        return u"acceptor"_s;
    case Stage::Beranda:
        return u"beranda"_s;
    }
    return u"anonymous"_s;
}

Stage stageFromName(const QString& name)
{
    for (Stage s : {Stage::Password, Stage::Aktivasi, Stage::Acceptor, Stage::Beranda})
        if (stageName(s) == name)
            return s;
    return Stage::Anonymous;
}

bool passwordMeetsPolicy(const QString& password)
{
    bool upper = false, lower = false, digit = false, punct = false;
    for (const QChar c : password) {
        upper = upper || c.isUpper();
        lower = lower || c.isLower();
        digit = digit || c.isDigit();
        punct = punct || c.isPunct() || c.isSymbol();
    }
    return password.size() >= 10 && upper && lower && digit && punct;
}

QString generatePassword()
{
    // Base64url of 12 random bytes (16 characters) plus a fixed tail that guarantees each class.
    QString password;
    do
        password = randomToken(12) + u"-9Aa"_s;
    while (!passwordMeetsPolicy(password));
    return password;
}

} // namespace sandi::server
