#pragma once
// What the prompt says once a login request has ended: approved, refused, wrong number, expired,
// answered elsewhere, the device no longer active, or the answer not sent.

#include "app/approval/approvalprompt.h"

#include <QString>

namespace sandi {

struct ApprovalNote
{
    QString title;
    QString detail;
    bool good = false;    // the login went through
    bool warning = false; // something the user should look at (refused, wrong number, failure)
};

// The note for `end`. `serviceDetail` (translated, may be empty) replaces the default detail of a
// failed answer, where it says why.
[[nodiscard]] ApprovalNote approvalNote(PromptEnd end, const QString& serviceDetail);

} // namespace sandi
