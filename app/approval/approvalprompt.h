#pragma once
// One login request waiting for the user's answer, and how a request or an enrollment ends
// (docs/approval-protocol.md; the contract between ApprovalService and the prompt dialog).

#include <QMetaType>
#include <QString>

#include <array>

namespace sandi {

// One verified challenge, waiting for the user.
struct ApprovalPrompt
{
    QString id;                   // challenge id (unique)
    QString accountId;            // the Sandi account (Account::id)
    QString site;                 // the LPSE's name from the challenge
    QString account;              // the user ID from the challenge
    QString userAgent;            // the browser's User-Agent as sent
    QString ip;                   // the browser's address
    std::array<int, 3> numbers{}; // the three numbers, in the challenge's order
    qint64 expiresAtMs = 0;       // expiry on Sandi's corrected clock (ms since epoch)

    friend bool operator==(const ApprovalPrompt&, const ApprovalPrompt&) = default;
};

enum class PromptEnd
{
    Approved,          // the acceptor accepted the approval: the browser logs in
    Denied,            // the acceptor accepted the denial
    WrongNumber,       // approved with a number the browser did not show: refused like a denial
    Expired,           // the request timed out before an answer (here or at the acceptor)
    AnsweredElsewhere, // the acceptor had already closed it (another answer, a replaced request)
    Revoked,           // this device is no longer active for the account
    Failed,            // the answer could not be delivered or was refused for another reason
};

enum class ApprovalState
{
    None,         // the account has no login approval
    Enrolling,    // activation is running
    Active,       // enrolled: the service polls for requests while it runs
    Revoked,      // another device was activated, or Reset TOTP: activate again
    EnrollFailed, // activation failed (stateDetail() says why); the TOTP account works as before
};

} // namespace sandi

Q_DECLARE_METATYPE(sandi::ApprovalPrompt)
Q_DECLARE_METATYPE(sandi::PromptEnd)
Q_DECLARE_METATYPE(sandi::ApprovalState)
