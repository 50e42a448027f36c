#pragma once
// The acceptor's protocol state: enrollment tokens, devices bound to users, login challenges and
// their answers. The demo site creates challenges and reads their state; the device-facing API
// (/api/v1/enroll, /poll, /answer) consumes tokens, binds keys, lists and answers challenges.

#include "core/approval/rules.h"
#include "server/database.h"
#include "server/tokens.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace sandi::server {

struct DeviceRecord
{
    QString deviceId;
    QString userId;
    QByteArray publicKey; // DER SubjectPublicKeyInfo
    bool active = false;
    qint64 created = 0;
    qint64 revoked = 0; // 0 while active
};

enum class ChallengeState
{
    Pending,
    Approved,
    Denied,
    Expired,
    WrongNumber,
};

struct ChallengeRecord
{
    QString challengeId;
    QString userId;
    QString deviceId;
    QString userAgent;
    QString ip;
    int number = 0;     // shown in the browser
    QList<int> options; // offered on the device: three distinct numbers, one of them `number`
    qint64 iat = 0;
    qint64 exp = 0;
    ChallengeState state = ChallengeState::Pending;
};

enum class TokenStatus
{
    Ok,
    Unknown,
    Expired,
    Used,
};

enum class AnswerOutcome
{
    Approved,
    Denied,
    UnknownChallenge,
    NotPending, // already answered, expired or replaced
    Expired,
    WrongDevice, // not the device the challenge was made for, or that device is revoked
    WrongNumber, // an approval with another number than the browser's; the challenge is closed
};

class Acceptor : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kEnrollmentLifetime = 10 * 60;
    static constexpr qint64 kChallengeLifetime = 120; // the protocol's upper bound, and the default
    static constexpr int kMaxPendingChallenges = 3;   // per user

    Acceptor(Database& db, Clock clock, QObject* parent = nullptr);

    // Enrollment: a one-time token for the activation QR (32 random bytes, base64url); earlier
    // unused tokens of the user stop working. consume marks it used; it works once, before expiry.
    struct EnrollmentToken
    {
        QString token;
        qint64 expires = 0;
    };
    [[nodiscard]] EnrollmentToken createEnrollmentToken(const QString& userId);
    [[nodiscard]] TokenStatus consumeEnrollmentToken(const QString& token, QString* userId);
    // The stored record of a token (kept as approval::tokenDigest() only), for checkEnrollment().
    [[nodiscard]] std::optional<approval::EnrollTokenRecord> enrollmentToken(const QString& token) const;

    // Binds `publicKey` (DER SPKI) to the user as its only active device: the previous device is
    // revoked, its pending challenges expire, and the user's TOTP counts as activated. Returns the
    // new device id (random, base64url).
    [[nodiscard]] QString bindDevice(const QString& userId, const QByteArray& publicKey);
    [[nodiscard]] std::optional<DeviceRecord> device(const QString& deviceId) const;
    [[nodiscard]] std::optional<DeviceRecord> activeDevice(const QString& userId) const;
    // Reset TOTP: revokes the devices, removes the TOTP secret and ends pending challenges.
    void resetTotp(const QString& userId);

    // Seconds from a challenge's iat to its exp, 1..kChallengeLifetime (shorter only for tests and
    // demonstrations of expiry: `--challenge-lifetime`). Out-of-range values are clamped.
    void setChallengeLifetime(qint64 seconds);
    [[nodiscard]] qint64 challengeLifetime() const { return m_challengeLifetime; }

    // A login challenge for the user's active device. Nothing when there is no active device or
    // kMaxPendingChallenges are already pending (`tooMany` tells which). `replaces` (the browser's
    // previous challenge) is expired first.
    [[nodiscard]] std::optional<ChallengeRecord> createChallenge(const QString& userId, const QString& userAgent,
                                                                 const QString& ip, const QString& replaces,
                                                                 bool* tooMany = nullptr);
    // The challenge, with a pending one past its exp turned Expired.
    [[nodiscard]] std::optional<ChallengeRecord> challenge(const QString& challengeId);
    [[nodiscard]] QList<ChallengeRecord> pendingChallengesForDevice(const QString& deviceId);
    // Records the device's answer once; the rules are checked in the order of AnswerOutcome.
    [[nodiscard]] AnswerOutcome recordAnswer(const QString& challengeId, const QString& deviceId, bool approve,
                                             int chosenNumber);
    void expireChallenge(const QString& challengeId);

Q_SIGNALS:
    // A challenge for `deviceId` was created: a held long-poll of that device can answer now.
    void challengeCreated(const QString& challengeId, const QString& deviceId);
    void challengeFinished(const QString& challengeId, sandi::server::ChallengeState state);
    void deviceBound(const QString& userId, const QString& deviceId);
    // The user's earlier devices were revoked (a new enrollment or Reset TOTP).
    void devicesRevoked(const QString& userId);

private:
    bool setState(const QString& challengeId, ChallengeState state);
    void expireOld();

    Database& m_db;
    Clock m_clock;
    qint64 m_challengeLifetime = kChallengeLifetime;
};

[[nodiscard]] QString challengeStateName(ChallengeState state); // "pending", "wrong-number", ...
[[nodiscard]] QString answerOutcomeName(AnswerOutcome outcome); // "approved", "wrong-device", ...

} // namespace sandi::server
