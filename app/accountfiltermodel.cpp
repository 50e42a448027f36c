#include "app/accountfiltermodel.h"

#include "app/accountlistmodel.h"

namespace sandi {

AccountFilterModel::AccountFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    // Never sorts (no sort column); re-filters a row when its issuer or account changes.
    setDynamicSortFilter(true);
}

void AccountFilterModel::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text) {
        return;
    }
    m_text = trimmed;
    invalidateFilter();
}

bool AccountFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_text.isEmpty()) {
        return true;
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(AccountListModel::IssuerRole).toString().contains(m_text, Qt::CaseInsensitive) ||
           index.data(AccountListModel::NameRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace sandi
