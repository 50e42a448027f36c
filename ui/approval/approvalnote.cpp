#include "ui/approval/approvalnote.h"

#include <QCoreApplication>

namespace sandi {

namespace {

struct NoteText
{
    Q_DECLARE_TR_FUNCTIONS(sandi::ApprovalNote)
};

} // namespace

ApprovalNote approvalNote(PromptEnd end, const QString& serviceDetail)
{
    ApprovalNote note;
    switch (end) {
    case PromptEnd::Approved:
        note.title = NoteText::tr("Login approved");
        note.detail = NoteText::tr("Your browser goes on by itself.");
        note.good = true;
        break;
    case PromptEnd::Denied:
        note.title = NoteText::tr("Login refused");
        note.detail = NoteText::tr("The browser was not let in.");
        break;
    case PromptEnd::WrongNumber:
        note.title = NoteText::tr("Login refused: wrong number");
        note.detail = NoteText::tr("The number you picked is not the one your browser showed, so the login was "
                                   "refused. If it was you, log in again and pick the number your browser shows.");
        note.warning = true;
        break;
    case PromptEnd::Expired:
        note.title = NoteText::tr("Time is up");
        note.detail = NoteText::tr("The login request expired without an answer. If it was you, log in again.");
        break;
    case PromptEnd::AnsweredElsewhere:
        note.title = NoteText::tr("Already answered");
        note.detail = NoteText::tr("This login request was answered or ended elsewhere, for example by typing "
                                   "the code.");
        break;
    case PromptEnd::Revoked:
        note.title = NoteText::tr("This device is no longer active for this account");
        note.detail = NoteText::tr("Login approval was moved to another device or reset (Reset TOTP). To use "
                                   "it here, activate again: scan the new activation code (SPSE: Aktivasi TOTP).");
        note.warning = true;
        break;
    case PromptEnd::Failed:
        note.title = NoteText::tr("The answer was not sent");
        note.detail = NoteText::tr("Sandi could not reach the login site. Type the code in your browser instead.");
        note.warning = true;
        break;
    }
    if (!serviceDetail.isEmpty() && end == PromptEnd::Failed) {
        note.detail = serviceDetail;
    }
    return note;
}

} // namespace sandi
