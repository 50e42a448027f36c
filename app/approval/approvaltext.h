#pragma once
// Every sentence the approval service shows, in the user's language (context "sandi::Approval").

#include "app/approval/approvalprompt.h"
#include "app/approval/enrollmentrecord.h"

#include <QString>

namespace sandi::approvaltext {

// Why an enrollment failed or ended, with what to do next.
[[nodiscard]] QString reason(EnrollmentReason reason);
// "Login approval is active." / "Activating login approval…"
[[nodiscard]] QString active();
[[nodiscard]] QString enrolling();
// The detail of enrollmentFinished(ok = true): site and account.
[[nodiscard]] QString enrolled(const QString& site, const QString& account);
// The detail of enrollmentFinished(ok = false).
[[nodiscard]] QString enrollFailed(EnrollmentReason reason);
// The device key of an active enrollment is not in the keychain (any more).
[[nodiscard]] QString deviceKeyMissing();
[[nodiscard]] QString keychainUnavailable();

// Why an answer could not be delivered or was refused (PromptEnd::Failed).
enum class AnswerProblem
{
    Unreachable,
    Certificate,
    TooManyRequests,
    Clock,
    UnknownChallenge,
    Refused,
    Signing,
    NoDevice,
};
[[nodiscard]] QString promptEnded(PromptEnd end);
[[nodiscard]] QString answerFailed(AnswerProblem problem);

} // namespace sandi::approvaltext
