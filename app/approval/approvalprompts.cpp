// ApprovalService: verified challenges become prompts (docs/approval-protocol.md §5.4, §7), with
// their expiry, their end, and what revocation does to them.
#include "app/approval/approvalservice.h"

#include "app/approval/approvalservice_p.h"
#include "app/approval/approvaltext.h"
#include "app/keychain/secretstore.h"
#include "app/store/accountstore.h"
#include "core/approval/challenge.h"

#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcApproval)

namespace sandi {

QList<ApprovalPrompt> ApprovalService::pending() const
{
    QList<ApprovalPrompt> list;
    for (const PromptEntry* entry : m_prompts) {
        list.append(entry->prompt);
    }
    return list;
}

bool ApprovalService::answering(const QString& promptId) const
{
    return std::any_of(m_prompts.cbegin(), m_prompts.cend(),
                       [&](const PromptEntry* e) { return e->prompt.id == promptId && e->answering; });
}
void ApprovalService::received(const QString& accountId, const std::vector<std::string>& challenges)
{
    const auto it = m_devices.find(accountId);
    if (it == m_devices.end() || !it->second->key) {
        return;
    }
    const EnrollmentRecord& record = it->second->record;
    const qint64 nowMs = m_nowMs();
    for (auto seen = m_seen.begin(); seen != m_seen.end();) {
        seen = seen.value() < nowMs ? m_seen.erase(seen) : std::next(seen);
    }
    QSet<QString> open;
    for (const std::string& jws : challenges) {
        const auto challenge =
            approval::verifyChallenge(jws, *record.acceptorKey, record.account.toStdString(), nowMs / 1000);
        if (!challenge) {
            // One bad challenge hides none of the others (§5.4); it is never shown.
            qCWarning(lcApproval) << "challenge for" << accountId
                                  << "refused:" << QLatin1StringView(errcName(challenge.error().code))
                                  << QString::fromStdString(challenge.error().detail);
            continue;
        }
        const QString id = QString::fromStdString(challenge->id);
        open.insert(id);
        if (m_seen.contains(id)) {
            continue; // the same challenge again until it is answered or expires (§7)
        }
        m_seen.insert(id, (challenge->exp + approval::kDefaultClockSkew) * 1000);
        if (challenge->exp * 1000 <= nowMs) {
            continue; // within the skew the core allows, but over by this computer's corrected clock
        }
        addPrompt(ApprovalPrompt{id, accountId, QString::fromStdString(challenge->site),
                                 QString::fromStdString(challenge->account),
                                 QString::fromStdString(challenge->userAgent), QString::fromStdString(challenge->ip),
                                 challenge->numbers, challenge->exp * 1000});
    }
    // A poll answer lists every open challenge of the device (§7): one shown here but no longer
    // listed was answered elsewhere (sandi-cli, another answer) or closed by the acceptor.
    for (const PromptEntry* entry : QList<PromptEntry*>(m_prompts)) {
        if (entry->prompt.accountId == accountId && !entry->answering && !open.contains(entry->prompt.id)) {
            endPrompt(entry->prompt.id,
                      entry->prompt.expiresAtMs <= nowMs ? PromptEnd::Expired : PromptEnd::AnsweredElsewhere, {});
        }
    }
}

void ApprovalService::addPrompt(const ApprovalPrompt& prompt)
{
    auto* entry = new PromptEntry;
    entry->prompt = prompt;
    entry->expiry = std::make_unique<QObject>();
    const QString id = prompt.id;
    m_timing.schedule(prompt.expiresAtMs - m_nowMs(), entry->expiry.get(), [this, id] {
        if (!answering(id)) {
            endPrompt(id, PromptEnd::Expired, {});
        }
    });
    m_prompts.append(entry);
    qCInfo(lcApproval) << "login request" << id << "for" << prompt.accountId;
    Q_EMIT promptAdded(prompt);
}

void ApprovalService::endPrompt(const QString& promptId, PromptEnd end, const QString& detail)
{
    const auto it = std::find_if(m_prompts.begin(), m_prompts.end(),
                                 [&](const PromptEntry* e) { return e->prompt.id == promptId; });
    if (it == m_prompts.end()) {
        return;
    }
    std::unique_ptr<PromptEntry> entry(*it);
    m_prompts.erase(it);
    Q_EMIT promptEnded(promptId, end, detail.isEmpty() ? approvaltext::promptEnded(end) : detail);
}

void ApprovalService::revoke(const QString& accountId)
{
    auto record = recordOf(accountId);
    dropDevice(accountId);
    setOverride(accountId, ApprovalState::Revoked, approvaltext::reason(EnrollmentReason::Revoked));
    for (const PromptEntry* entry : QList<PromptEntry*>(m_prompts)) {
        if (entry->prompt.accountId == accountId) {
            endPrompt(entry->prompt.id, PromptEnd::Revoked, {});
        }
    }
    if (!record || record->state != EnrollmentRecord::State::Active) {
        return;
    }
    record->state = EnrollmentRecord::State::Revoked;
    record->reason = EnrollmentReason::Revoked;
    m_store->setAcceptor(accountId, record->toJson(m_nowMs()), [this, accountId](const StoreResult& saved) {
        if (!saved.ok()) {
            qCWarning(lcApproval) << "the revocation of" << accountId << "was not saved:" << saved.detail;
            return;
        }
        // The file says it now. The key signs nothing any more.
        clearOverride(accountId);
        m_secrets->remove(deviceKeyName(accountId), this, [](const SecretResult&) {});
    });
}

} // namespace sandi
