// ApprovalService: sending the user's answer (docs/approval-protocol.md §5.5, §9) and the one-shot
// poll of sandi-cli approvals.
#include "app/approval/approvalservice.h"

#include "app/approval/approvalservice_p.h"
#include "app/approval/approvaltext.h"
#include "app/store/accountstore.h"
#include "core/approval/answer.h"
#include "core/approval/challenge.h"
#include "core/approval/polltoken.h"

#include <QLoggingCategory>
#include <QNetworkReply>
#include <QPointer>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcApproval)

namespace sandi {

namespace {

using Problem = approvaltext::AnswerProblem;

struct AnswerVerdict
{
    PromptEnd end = PromptEnd::Failed;
    QString detail; // empty: the standard text of `end`
    bool revoked = false;
    bool mayReturn = false; // not delivered: the challenge may still be open and come back
};

AnswerVerdict verdictOf(const HttpOutcome& outcome, bool approve)
{
    if (outcome.isStatus(204)) {
        return {approve ? PromptEnd::Approved : PromptEnd::Denied, {}, false, false};
    }
    switch (outcome.kind) {
    case HttpOutcome::Kind::Unreachable:
    case HttpOutcome::Kind::Timeout:
        return {PromptEnd::Failed, approvaltext::answerFailed(Problem::Unreachable), false, true};
    case HttpOutcome::Kind::CertificateRejected:
        return {PromptEnd::Failed, approvaltext::answerFailed(Problem::Certificate), false, true};
    case HttpOutcome::Kind::TooLarge:
        return {PromptEnd::Failed, approvaltext::answerFailed(Problem::Refused), false, true};
    case HttpOutcome::Kind::Response:
        break;
    }
    if (outcome.status == 429) {
        return {PromptEnd::Failed, approvaltext::answerFailed(Problem::TooManyRequests), false, true};
    }
    const auto rejection = outcome.rejection();
    if (!rejection) {
        return {PromptEnd::Failed, approvaltext::answerFailed(Problem::Refused), false, true};
    }
    switch (*rejection) {
    case approval::Rejection::WrongNumber:
        return {PromptEnd::WrongNumber, {}, false, false};
    case approval::Rejection::AlreadyAnswered:
        return {PromptEnd::AnsweredElsewhere, {}, false, false};
    case approval::Rejection::Expired:
        return {PromptEnd::Expired, {}, false, false};
    case approval::Rejection::RevokedDevice:
    case approval::Rejection::UnknownDevice:
        return {PromptEnd::Revoked, {}, true, false};
    case approval::Rejection::UnknownChallenge:
    case approval::Rejection::WrongDevice:
        return {PromptEnd::Failed, approvaltext::answerFailed(Problem::UnknownChallenge), false, false};
    case approval::Rejection::StaleRequest:
        return {PromptEnd::Failed, approvaltext::answerFailed(Problem::Clock), false, true};
    case approval::Rejection::TooManyRequests:
        return {PromptEnd::Failed, approvaltext::answerFailed(Problem::TooManyRequests), false, true};
    default:
        break;
    }
    return {PromptEnd::Failed, approvaltext::answerFailed(Problem::Refused), false, true};
}

} // namespace

void ApprovalService::answer(const QString& promptId, bool approve, int number)
{
    const auto it = std::find_if(m_prompts.cbegin(), m_prompts.cend(),
                                 [&](const PromptEntry* e) { return e->prompt.id == promptId; });
    if (it == m_prompts.cend() || (*it)->answering) {
        return;
    }
    PromptEntry& entry = **it;
    const QString accountId = entry.prompt.accountId;
    const auto device = m_devices.find(accountId);
    if (device == m_devices.end() || !device->second->key || !device->second->connection) {
        endPrompt(promptId, PromptEnd::Failed, approvaltext::answerFailed(Problem::NoDevice));
        return;
    }
    Device& d = *device->second;
    const approval::Answer answer{promptId.toStdString(), d.record.deviceId.toStdString(),
                                  approve ? approval::Decision::Approve : approval::Decision::Deny,
                                  approve ? std::optional<int>(number) : std::nullopt, m_nowMs() / 1000};
    const auto body = approval::signAnswer(*d.key, answer);
    if (!body) {
        qCWarning(lcApproval) << "cannot sign the answer:" << QString::fromStdString(body.error().detail);
        endPrompt(promptId, PromptEnd::Failed, approvaltext::answerFailed(Problem::Signing));
        return;
    }
    entry.answering = true;
    d.connection->post(approval::kAnswerPath, QByteArray::fromStdString(*body),
                       [this, promptId, accountId, approve](const HttpOutcome& outcome) {
                           const AnswerVerdict verdict = verdictOf(outcome, approve);
                           qCInfo(lcApproval) << "answer to" << promptId << ":" << int(outcome.kind) << outcome.status
                                              << "->" << int(verdict.end);
                           if (verdict.mayReturn) {
                               m_seen.remove(promptId); // if it is still open, the next poll offers it again
                           }
                           endPrompt(promptId, verdict.end, verdict.detail);
                           if (verdict.revoked) {
                               revoke(accountId);
                           }
                       });
}

QString ApprovalService::pollProblem(const HttpOutcome& outcome, const QString& accountId)
{
    if (outcome.isStatus(204)) {
        received(accountId, {});
        return {};
    }
    if (outcome.isStatus(200)) {
        const auto list =
            approval::readPollResponse(std::string_view(outcome.body.constData(), std::size_t(outcome.body.size())));
        if (!list) {
            return approvaltext::reason(EnrollmentReason::BadResponse);
        }
        received(accountId, *list);
        return {};
    }
    if (const auto why = outcome.rejection();
        why == approval::Rejection::RevokedDevice || why == approval::Rejection::UnknownDevice) {
        revoke(accountId);
        return approvaltext::reason(EnrollmentReason::Revoked);
    }
    switch (outcome.kind) {
    case HttpOutcome::Kind::CertificateRejected:
        return approvaltext::answerFailed(Problem::Certificate);
    case HttpOutcome::Kind::Response:
    case HttpOutcome::Kind::TooLarge:
        return approvaltext::answerFailed(Problem::Refused);
    case HttpOutcome::Kind::Unreachable:
    case HttpOutcome::Kind::Timeout:
        break;
    }
    return approvaltext::answerFailed(Problem::Unreachable);
}

void ApprovalService::pollOnce(int quietMs, std::function<void(QStringList)> done)
{
    struct Run
    {
        int open = 1; // one for the loop below, so `done` cannot run before every poll started
        QStringList problems;
        std::function<void(QStringList)> done;
    };
    auto run = std::make_shared<Run>();
    run->done = std::move(done);
    const auto finishOne = [this, run] {
        if (--run->open == 0 && run->done) {
            // Always from the event loop, never from inside pollOnce().
            QMetaObject::invokeMethod(
                this, [run] { std::exchange(run->done, nullptr)(run->problems); }, Qt::QueuedConnection);
        }
    };
    for (const Account& account : m_store->accounts()) {
        const auto record = EnrollmentRecord::fromJson(account.acceptor);
        if (!record || record->state != EnrollmentRecord::State::Active) {
            continue;
        }
        ++run->open;
        const QString label = account.issuer.isEmpty() ? account.name : u"%1 (%2)"_s.arg(account.issuer, account.name);
        const QString accountId = account.id;
        withDevice(accountId, [this, run, finishOne, label, accountId, quietMs](Device* device) {
            if (device == nullptr) {
                run->problems.append(u"%1: %2"_s.arg(label, stateDetail(accountId)));
                return finishOne();
            }
            auto token = approval::newPollToken(device->record.deviceId.toStdString(), m_nowMs() / 1000);
            auto header = token ? approval::authorizationValue(*device->key, *token) : tl::unexpected(token.error());
            if (!header) {
                run->problems.append(u"%1: %2"_s.arg(label, approvaltext::answerFailed(Problem::Signing)));
                return finishOne();
            }
            auto finished = std::make_shared<bool>(false);
            QPointer<QObject> quiet = new QObject(this); // deleting it cancels the quiet wait
            RequestOptions options;
            options.maxBodyBytes = qint64(approval::kMaxPollBodySize);
            QPointer<QNetworkReply> reply = device->connection->get(
                approval::kPollPath, QByteArray::fromStdString(*header),
                [this, run, finishOne, label, accountId, finished, quiet](const HttpOutcome& outcome) {
                    *finished = true;
                    if (quiet) {
                        quiet->deleteLater();
                    }
                    if (const QString problem = pollProblem(outcome, accountId); !problem.isEmpty()) {
                        run->problems.append(u"%1: %2"_s.arg(label, problem));
                    }
                    finishOne();
                },
                options);
            // Pending challenges come back at once (§7); a poll still held `quietMs` after the
            // connection is up means none. (Qt 6.4 does not emit requestSent() for HTTPS, so the
            // wait starts when TLS is established; each device has its own connection, so every
            // poll here makes its own handshake.)
            const auto startQuiet = [this, reply, quiet, finished, finishOne, quietMs] {
                m_timing.schedule(quietMs, quiet, [reply, quiet, finished, finishOne] {
                    quiet->deleteLater();
                    if (!*finished) {
                        *finished = true;
                        AcceptorConnection::cancel(reply);
                        finishOne();
                    }
                });
            };
            if (reply->url().scheme() == u"https") {
                connect(reply, &QNetworkReply::encrypted, quiet, startQuiet);
            } else {
                startQuiet(); // plain http to loopback (development only)
            }
        });
    }
    finishOne();
}

} // namespace sandi
