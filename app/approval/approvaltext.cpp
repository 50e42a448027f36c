#include "app/approval/approvaltext.h"

#include <QCoreApplication>

namespace sandi::approvaltext {

namespace {

struct ApprovalText
{
    Q_DECLARE_TR_FUNCTIONS(sandi::Approval)
};

} // namespace

QString reason(EnrollmentReason reason)
{
    switch (reason) {
    case EnrollmentReason::None:
        return {};
    case EnrollmentReason::Unreachable:
        return ApprovalText::tr("The login approval server could not be reached. Check the network connection, "
                                "then show a new activation code on the SPSE page and scan it again.");
    case EnrollmentReason::TokenExpired:
        return ApprovalText::tr("The activation code has expired. Show a new activation code on the SPSE page "
                                "and scan it again.");
    case EnrollmentReason::TokenUsed:
        return ApprovalText::tr("The activation code was already used. If it was not you, run Reset TOTP on "
                                "the SPSE page, then activate again.");
    case EnrollmentReason::TokenUnknown:
        return ApprovalText::tr("The server does not know this activation code. Show a new activation code on "
                                "the SPSE page and scan it again.");
    case EnrollmentReason::Certificate:
        return ApprovalText::tr("The server's certificate or key does not match the activation code, so Sandi "
                                "did not trust it. Someone may be intercepting the connection.");
    case EnrollmentReason::Clock:
        return ApprovalText::tr("This computer's clock is too far off for the server. Correct the clock, then "
                                "activate again.");
    case EnrollmentReason::Refused:
        return ApprovalText::tr("The server refused the activation.");
    case EnrollmentReason::BadResponse:
        return ApprovalText::tr("The server's answer is not valid login approval data.");
    case EnrollmentReason::InvalidLink:
        return ApprovalText::tr("The login approval details in the activation code are incomplete or invalid.");
    case EnrollmentReason::InsecureUrl:
        return ApprovalText::tr("The activation code names a server without a secure (https) connection.");
    case EnrollmentReason::Keychain:
        return ApprovalText::tr("The device key could not be stored in the system keychain.");
    case EnrollmentReason::NotSaved:
        return ApprovalText::tr("The activation could not be saved with the account.");
    case EnrollmentReason::Revoked:
        return ApprovalText::tr("This device is no longer active for this account; activate again.");
    }
    return ApprovalText::tr("The server refused the activation.");
}

QString active()
{
    return ApprovalText::tr("Login approval is active.");
}

QString enrolling()
{
    return ApprovalText::tr("Activating login approval…");
}

QString enrolled(const QString& site, const QString& account)
{
    return ApprovalText::tr("Login approval is active for %1 at %2.").arg(account, site);
}

QString enrollFailed(EnrollmentReason why)
{
    return ApprovalText::tr("Login approval was not activated; the account's codes work as before. %1")
        .arg(reason(why));
}

QString deviceKeyMissing()
{
    return ApprovalText::tr("The device key for login approval is missing from the system keychain; "
                            "activate again.");
}

QString keychainUnavailable()
{
    return ApprovalText::tr("The system keychain is not available, so login approval is paused.");
}

QString promptEnded(PromptEnd end)
{
    switch (end) {
    case PromptEnd::Approved:
        return ApprovalText::tr("Login approved.");
    case PromptEnd::Denied:
        return ApprovalText::tr("Login refused.");
    case PromptEnd::WrongNumber:
        return ApprovalText::tr("The number did not match the one in the browser, so the login was refused.");
    case PromptEnd::Expired:
        return ApprovalText::tr("The login request has expired.");
    case PromptEnd::AnsweredElsewhere:
        return ApprovalText::tr("This login request was already answered or closed.");
    case PromptEnd::Revoked:
        return reason(EnrollmentReason::Revoked);
    case PromptEnd::Failed:
        break;
    }
    return ApprovalText::tr("The answer could not be sent.");
}

QString answerFailed(AnswerProblem problem)
{
    switch (problem) {
    case AnswerProblem::Unreachable:
        return ApprovalText::tr("The answer could not be sent: the server could not be reached.");
    case AnswerProblem::Certificate:
        return ApprovalText::tr("The answer was not sent: the server's certificate does not match the activation.");
    case AnswerProblem::TooManyRequests:
        return ApprovalText::tr("The server refused the answer: too many attempts. Wait a few minutes.");
    case AnswerProblem::Clock:
        return ApprovalText::tr("The server refused the answer: this computer's clock is too far off.");
    case AnswerProblem::UnknownChallenge:
        return ApprovalText::tr("The server no longer knows this login request.");
    case AnswerProblem::Refused:
        return ApprovalText::tr("The server refused the answer.");
    case AnswerProblem::Signing:
        return ApprovalText::tr("The answer could not be signed with the device key.");
    case AnswerProblem::NoDevice:
        return ApprovalText::tr("Login approval is not active for this account.");
    }
    return ApprovalText::tr("The server refused the answer.");
}

} // namespace sandi::approvaltext
