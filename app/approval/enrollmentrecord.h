#pragma once
// What Sandi keeps about one account's login-approval enrollment: Account::acceptor in
// accounts.json (docs/account-store.md), never a secret. The device's private key is in the
// keychain under deviceKeyName(accountId).
//
//   {"version":1,"state":"active","acceptor":"https://…","pin":"sha256/…","device":"…",
//    "acceptorKey":"<base64url SPKI>","site":"LPSE …","account":"ppk1","changed":"2026-…Z"}
//   {"version":1,"state":"revoked", … as above, "reason":"revoked"}
//   {"version":1,"state":"failed","reason":"token_used","acceptor":"https://…", "changed":"…"}

#include "core/approval/keys.h"
#include "core/crypto/ecdsa.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace sandi {

// Why an enrollment failed or ended: stable names, kept in the file; approvaltext.h says them.
enum class EnrollmentReason
{
    None,
    Unreachable,  // no connection to the acceptor
    TokenExpired, // the activation code expired (enroll_token_expired, or enroll_exp passed)
    TokenUsed,    // the activation code was used already (enroll_token_used)
    TokenUnknown, // the acceptor does not know the code (unknown_enroll_token)
    Certificate,  // neither a valid certificate nor the pinned key; or the acceptor key is not the pinned one
    Clock,        // stale_request: this computer's clock is too far off
    Refused,      // any other refusal
    BadResponse,  // the acceptor answered something that is not the protocol
    InvalidLink,  // the activation link's approval parameters are incomplete or invalid
    InsecureUrl,  // the acceptor is not https
    Keychain,     // the device key could not be stored
    NotSaved,     // the enrollment could not be saved with the account
    Revoked,      // revoked_device / unknown_device: another device was activated, or Reset TOTP
};

[[nodiscard]] QString reasonName(EnrollmentReason reason);
[[nodiscard]] EnrollmentReason reasonFromName(const QString& name);

struct EnrollmentRecord
{
    enum class State
    {
        Active,
        Revoked,
        Failed,
    };
    State state = State::Failed;
    EnrollmentReason reason = EnrollmentReason::None;
    QString acceptor; // base URL
    QString site;
    QString account;
    // Active and Revoked only:
    std::optional<approval::Pin> pin;
    QString deviceId;
    std::optional<crypto::EcPublicKey> acceptorKey;

    [[nodiscard]] QJsonObject toJson(qint64 changedMs) const;
    // nullopt for an empty object; a record that cannot be read is a Failed one with reason
    // BadResponse, so the account shows that activation must be repeated.
    [[nodiscard]] static std::optional<EnrollmentRecord> fromJson(const QJsonObject& object);
    // Everything polling needs is present.
    [[nodiscard]] bool usable() const;
};

// The keychain key of an account's device key (PKCS#8), next to the account's secret.
[[nodiscard]] QString deviceKeyName(const QString& accountId);

} // namespace sandi
