// AccountListModel and login approval: each row's approval state (active, activating, revoked,
// failed) from the ApprovalService, in a role the delegate paints and in words.

#include "app/accountlistmodel.h"
#include "app/approval/approvalservice.h"

using namespace Qt::StringLiterals;

namespace sandi {

void AccountListModel::setApprovalService(ApprovalService* service)
{
    if (m_approval) {
        disconnect(m_approval, nullptr, this, nullptr);
    }
    m_approval = service;
    m_approvalViews.clear();
    if (m_approval) {
        connect(m_approval, &ApprovalService::stateChanged, this, &AccountListModel::onApprovalStateChanged);
        // An enrollment record changed in the store (here or by sandi-cli): read the states again.
        connect(m_store, &AccountStore::accountsChanged, this, &AccountListModel::forgetApprovalStates,
                Qt::UniqueConnection);
    }
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                           {ApprovalRole, ApprovalStateRole, ApprovalTextRole, Qt::AccessibleTextRole});
    }
}

const AccountListModel::ApprovalView& AccountListModel::approvalView(const QString& id) const
{
    auto it = m_approvalViews.find(id);
    if (it == m_approvalViews.end()) {
        const ApprovalState state = m_approval ? m_approval->state(id) : ApprovalState::None;
        it = m_approvalViews.insert(id, {static_cast<int>(state), approvalText(state, id)});
    }
    return *it;
}

int AccountListModel::approvalState(const QString& id) const
{
    return approvalView(id).state;
}

QString AccountListModel::approvalText(const QString& id) const
{
    return approvalView(id).text;
}

QString AccountListModel::approvalText(ApprovalState state, const QString& id) const
{
    switch (state) {
    case ApprovalState::None:
        break;
    case ApprovalState::Enrolling:
        return tr("Activating login approval…");
    case ApprovalState::Active:
        return tr("Login approval active");
    case ApprovalState::Revoked:
        return tr("This device is no longer active for this account; activate again");
    case ApprovalState::EnrollFailed: {
        // The service's sentence says that the codes still work, and why activation failed.
        const QString detail = m_approval->stateDetail(id);
        return detail.isEmpty() ? tr("Login approval could not be activated.") : detail;
    }
    }
    return {};
}

QString AccountListModel::withApproval(const QString& accessible, const QString& id) const
{
    const QString approval = approvalText(id);
    return approval.isEmpty() ? accessible : u"%1. %2"_s.arg(accessible, approval);
}

void AccountListModel::forgetApprovalStates()
{
    m_approvalViews.clear();
}

void AccountListModel::onApprovalStateChanged(const QString& id)
{
    m_approvalViews.remove(id);
    const QModelIndex at = indexOfId(id);
    if (at.isValid()) {
        Q_EMIT dataChanged(at, at, {ApprovalRole, ApprovalStateRole, ApprovalTextRole, Qt::AccessibleTextRole});
    }
}

} // namespace sandi
