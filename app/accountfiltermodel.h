#pragma once
// Type-to-filter over the account list: keeps the rows whose issuer or account contains the text,
// ignoring case. The order stays the store's (no sorting), so drag and drop still reorders.

#include <QSortFilterProxyModel>

namespace sandi {

class AccountFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AccountFilterModel(QObject* parent = nullptr);

    // Shows every row again for an empty (or blank) text.
    void setFilterText(const QString& text);
    [[nodiscard]] QString filterText() const { return m_text; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
};

} // namespace sandi
