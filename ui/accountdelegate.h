#pragma once
// Paints one account: issuer and account on top, the code large and grouped below, a countdown
// ring on the right that turns red in the last seconds, the next code near the end of the
// period, and below them the login approval state when the account has one. Sizes come from the font, so it reads the
// same at 100 % and 200 % scaling; colours come from the palette, so it follows the system's light or dark theme.

#include <QFont>
#include <QStyledItemDelegate>

#include <array>
#include <functional>
#include <utility>

namespace sandi {

class AccountDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The colour of the countdown in its last seconds for `palette` (also used by tests), and of a
    // login approval problem.
    [[nodiscard]] static QColor warningColor(const QPalette& palette);
    // The colour of "Login approval active".
    [[nodiscard]] static QColor activeColor(const QPalette& palette);

    // For the startup benchmark (app/startupreport.h); none by default. `observer` is called for
    // every row painted until the first row that shows a code (argument true), then dropped.
    void setPaintObserver(std::function<void(bool codeShown)> observer) { m_paintObserver = std::move(observer); }

private:
    struct Layout;
    [[nodiscard]] static Layout layoutFor(const QStyleOptionViewItem& option, const QModelIndex& index);
    [[nodiscard]] static int statusLines(const QModelIndex& index);
    void paintBackground(QPainter* painter, const QStyleOptionViewItem& option) const;
    void paintTitle(QPainter* painter, const Layout& layout, const QStyleOptionViewItem& option,
                    const QModelIndex& index) const;
    void paintCode(QPainter* painter, const Layout& layout, const QStyleOptionViewItem& option,
                   const QModelIndex& index) const;
    void paintRing(QPainter* painter, const Layout& layout, const QStyleOptionViewItem& option,
                   const QModelIndex& index) const;
    void paintStatus(QPainter* painter, const Layout& layout, const QStyleOptionViewItem& option,
                     const QModelIndex& index) const;
    [[nodiscard]] QString stateText(const QModelIndex& index) const;

    mutable std::function<void(bool)> m_paintObserver;
    mutable QFont m_sizeFont;               // the font of the sizes below
    mutable std::array<QSize, 3> m_sizes{}; // by the number of approval lines (0, 1, 2)
};

} // namespace sandi
