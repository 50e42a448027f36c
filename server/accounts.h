#pragma once
// Users, browser sessions, attempt limits, Reset TOTP links and the outbox of the demo site.

#include "server/database.h"
#include "server/tokens.h"

#include <QString>

#include <optional>

namespace sandi::server {

struct UserRecord
{
    QString userId;
    QString email;
    QString totpSecret; // Base32, empty when TOTP is not activated
    bool totpActive = false;
    std::optional<qint64> lastTotpStep;
};

enum class Stage
{
    Anonymous, // no user ID yet
    Password,  // user ID given, waiting for the password
    Aktivasi,  // password right, TOTP not activated
    Acceptor,  // password right, waiting for approval or the typed code
    Beranda,   // logged in
};

struct Session
{
    QString hash; // tokenHash() of the cookie value
    QString csrf;
    QString userId;
    Stage stage = Stage::Anonymous;
    QString challengeId;
};

class Accounts
{
public:
    static constexpr qint64 kSessionLifetime = 8 * 3600;
    static constexpr qint64 kResetLinkLifetime = 30 * 60;
    static constexpr int kMaxFailures = 5;       // wrong passwords or codes per account...
    static constexpr int kMaxFailuresPerIp = 20; // ...and per address (offices share one NAT)
    static constexpr qint64 kFailureWindow = 15 * 60;

    Accounts(Database& db, Clock clock, QString outboxDir);

    // Users. addUser hashes the password with scrypt (core/crypto/kdf.h).
    [[nodiscard]] bool addUser(const QString& userId, const QString& email, const QString& password, QString* error);
    [[nodiscard]] std::optional<UserRecord> user(const QString& userId) const;
    // False for a wrong password and for an unknown user (which costs the same scrypt time).
    [[nodiscard]] bool checkPassword(const QString& userId, const QString& password) const;
    // The user's TOTP secret, made (20 random bytes, Base32) when there is none.
    [[nodiscard]] QString ensureTotpSecret(const QString& userId);
    bool activateTotp(const QString& userId);
    // Records `step` as the last accepted typed code, only if it is newer than the recorded one.
    [[nodiscard]] bool advanceTotpStep(const QString& userId, qint64 step);

    // Sessions, by the cookie's random value.
    [[nodiscard]] std::pair<QString, Session> createSession(const QString& userAgent, const QString& ip);
    [[nodiscard]] std::optional<Session> session(const QString& cookieValue) const;
    void saveSession(const Session& session);
    // Gives the session a new cookie value and CSRF token (against session fixation: done when
    // the password is accepted and when the login completes); returns the new cookie value.
    [[nodiscard]] QString rotateSession(Session& session);
    void deleteSession(const QString& hash);

    // Attempt limits: key "user:<id>" or "ip:<address>", counted over a 15-minute window.
    [[nodiscard]] bool limited(const QString& userId, const QString& ip) const;
    void recordFailure(const QString& userId, const QString& ip, const QString& kind);
    void recordSuccess(const QString& userId, const QString& ip, const QString& kind);

    // Reset TOTP: a one-time link token (stored hashed) for a user whose e-mail matches.
    [[nodiscard]] std::optional<QString> createResetToken(const QString& userId, const QString& email);
    [[nodiscard]] std::optional<QString> resetTokenUser(const QString& token) const; // valid and unused
    [[nodiscard]] bool consumeResetToken(const QString& token, const QString& userId);

    // The "e-mail": a row in the outbox table and a file <outboxDir>/<time>-<n>.eml; returns its path.
    QString sendMail(const QString& to, const QString& subject, const QString& body);

private:
    [[nodiscard]] int failures(const QString& key) const;
    void bump(const QString& key);

    Database& m_db;
    Clock m_clock;
    QString m_outboxDir;
};

[[nodiscard]] QString stageName(Stage stage);
[[nodiscard]] Stage stageFromName(const QString& name);

// SPSE's rule for passwords (seed 003): at least 10 characters with upper and lower case letters,
// digits and punctuation.
[[nodiscard]] bool passwordMeetsPolicy(const QString& password);
[[nodiscard]] QString generatePassword();

} // namespace sandi::server
