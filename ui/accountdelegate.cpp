#include "ui/accountdelegate.h"

#include "app/accountlistmodel.h"
#include "app/approval/approvalprompt.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <utility>

namespace sandi {

namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// `a` mixed into `b`: 0 gives b, 1 gives a.
QColor blend(const QColor& a, const QColor& b, qreal amount)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * amount + b.redF() * (1 - amount)),
                            static_cast<float>(a.greenF() * amount + b.greenF() * (1 - amount)),
                            static_cast<float>(a.blueF() * amount + b.blueF() * (1 - amount)));
}

QFont scaled(const QFont& base, qreal factor, QFont::Weight weight)
{
    QFont font = base;
    if (base.pointSizeF() > 0) {
        font.setPointSizeF(base.pointSizeF() * factor);
    } else {
        font.setPixelSize(static_cast<int>(std::lround(base.pixelSize() * factor)));
    }
    font.setWeight(weight);
    return font;
}

// A 2 px frame of 4 px dashes and 2 px gaps (the look of a 2 px Qt::DotLine pen) inside `outer`,
// drawn as filled rectangles: a dashed pen goes through Qt's path stroker, which costs about
// 0.3 ms per frame here, and the focused row is repainted every second for its countdown.
void drawDashedFrame(QPainter* painter, const QRect& outer, const QColor& color)
{
    constexpr int kWidth = 2;
    constexpr int kDash = 4;
    constexpr int kPeriod = 6;
    for (int x = outer.left(); x <= outer.right(); x += kPeriod) {
        const int length = std::min(kDash, outer.right() + 1 - x);
        painter->fillRect(QRect(x, outer.top(), length, kWidth), color);
        painter->fillRect(QRect(x, outer.bottom() + 1 - kWidth, length, kWidth), color);
    }
    for (int y = outer.top() + kPeriod; y <= outer.bottom() - kWidth; y += kPeriod) {
        const int length = std::min(kDash, outer.bottom() + 1 - kWidth - y);
        painter->fillRect(QRect(outer.left(), y, kWidth, length), color);
        painter->fillRect(QRect(outer.right() + 1 - kWidth, y, kWidth, length), color);
    }
}

} // namespace

struct AccountDelegate::Layout
{
    QFont titleFont;
    QFont nameFont;
    QFont codeFont;
    QFont smallFont;
    int pad = 0;
    QRect title; // issuer and account
    QRect code;  // code line, left of the ring
    QRect ring;
    QRect status; // login approval, below the code (empty without approval)
};

AccountDelegate::Layout AccountDelegate::layoutFor(const QStyleOptionViewItem& option, const QModelIndex& index)
{
    Layout l;
    l.titleFont = scaled(option.font, 1.0, QFont::DemiBold);
    l.nameFont = scaled(option.font, 1.0, QFont::Normal);
    l.codeFont = scaled(option.font, 2.1, QFont::Medium);
    l.codeFont.setLetterSpacing(QFont::PercentageSpacing, 104);
    l.smallFont = scaled(option.font, 0.9, QFont::Normal);
    const QFontMetrics titleFm(l.titleFont);
    const QFontMetrics codeFm(l.codeFont);
    l.pad = titleFm.height() / 2;
    const QRect inner = option.rect.adjusted(l.pad * 2, l.pad, -l.pad * 2, -l.pad);
    const int ringSize = titleFm.height() * 2;
    l.ring = QRect(inner.right() - ringSize + 1, inner.center().y() - ringSize / 2, ringSize, ringSize);
    const int textRight = l.ring.left() - l.pad * 2;
    l.title = QRect(inner.left(), inner.top(), textRight - inner.left(), titleFm.height());
    l.code = QRect(inner.left(), l.title.bottom() + 1, textRight - inner.left(), codeFm.height());
    const int lines = statusLines(index);
    if (lines > 0) {
        // Below the code and the ring, the row's whole width; the ring stays beside title and code.
        l.ring.moveTop(l.title.top() + (l.title.height() + l.code.height() - ringSize) / 2);
        l.status = QRect(inner.left(), l.code.bottom() + 1 + l.pad / 2, inner.width(),
                         QFontMetrics(l.smallFont).lineSpacing() * lines);
    }
    return l;
}

int AccountDelegate::statusLines(const QModelIndex& index)
{
    switch (static_cast<ApprovalState>(index.data(AccountListModel::ApprovalStateRole).toInt())) {
    case ApprovalState::None:
        return 0;
    case ApprovalState::Enrolling:
    case ApprovalState::Active:
    case ApprovalState::Revoked: // one sentence; elided in a narrow window (the tooltip has it all)
        return 1;
    case ApprovalState::EnrollFailed:
        break;
    }
    return 2; // the service's reason: what went wrong and what to do
}

QSize AccountDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // Rows differ in height (a line for the approval state), so the view asks for every row's size
    // whenever it places or paints one: remembered per font, for the one to three heights there are.
    const auto lines = static_cast<std::size_t>(statusLines(index));
    if (option.font != m_sizeFont || m_sizes[lines].isEmpty()) {
        if (option.font != m_sizeFont) {
            m_sizes = {};
            m_sizeFont = option.font;
        }
        const Layout l = layoutFor(option, index);
        int height = l.pad * 2 + l.title.height() + l.code.height();
        if (!l.status.isEmpty()) {
            height += l.status.height() + l.pad / 2;
        }
        m_sizes[lines] = QSize(QFontMetrics(l.titleFont).averageCharWidth() * 36, height);
    }
    return m_sizes[lines];
}

QColor AccountDelegate::activeColor(const QPalette& palette)
{
    // Green with contrast >= 4.5:1 against the list's base colour in both themes (WCAG AA).
    return isDark(palette) ? QColor(0x6f, 0xd0, 0x8c) : QColor(0x1e, 0x7b, 0x34);
}

QColor AccountDelegate::warningColor(const QPalette& palette)
{
    // Contrast >= 4.5:1 against the list's base colour in both themes (WCAG AA).
    return isDark(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
}

void AccountDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    paintBackground(painter, option);
    const Layout layout = layoutFor(option, index);
    paintTitle(painter, layout, option, index);
    paintCode(painter, layout, option, index);
    paintRing(painter, layout, option, index);
    paintStatus(painter, layout, option, index);
    painter->restore();
    if (m_paintObserver) {
        if (index.data(AccountListModel::CodeRole).toString().isEmpty()) {
            m_paintObserver(false);
        } else {
            std::exchange(m_paintObserver, {})(true); // the last call: dropped before it runs
        }
    }
}

void AccountDelegate::paintBackground(QPainter* painter, const QStyleOptionViewItem& option) const
{
    const QPalette& pal = option.palette;
    const QColor base = pal.color(QPalette::Base);
    // A light tint and an accent bar instead of a solid selection colour, so that the text, the
    // code and the red countdown keep their contrast on the selected row.
    if (option.state & QStyle::State_Selected) {
        painter->fillRect(option.rect, blend(pal.color(QPalette::Highlight), base, 0.2));
        const int bar = std::max(3, option.rect.height() / 24);
        painter->fillRect(QRect(option.rect.left(), option.rect.top(), bar, option.rect.height()),
                          pal.color(QPalette::Highlight));
    } else if (option.state & QStyle::State_MouseOver) {
        painter->fillRect(option.rect, blend(pal.color(QPalette::Text), base, 0.05));
    }
    // Filled, not stroked: a crisp 1 px line (an antialiased 1 px pen on a pixel edge smears over
    // two rows) at a fraction of the cost.
    painter->fillRect(QRect(option.rect.left(), option.rect.bottom(), option.rect.width(), 1),
                      blend(pal.color(QPalette::Text), base, 0.12));
    if (option.state & QStyle::State_HasFocus) {
        drawDashedFrame(painter, option.rect.adjusted(0, 0, -1, -1), pal.color(QPalette::Highlight));
    }
}

void AccountDelegate::paintTitle(QPainter* painter, const Layout& l, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    const QPalette& pal = option.palette;
    const QString issuer = index.data(AccountListModel::IssuerRole).toString();
    const QString name = index.data(AccountListModel::NameRole).toString();
    const QFontMetrics titleFm(l.titleFont);
    const QFontMetrics nameFm(l.nameFont);
    QRect rest = l.title;
    if (!issuer.isEmpty()) {
        // The issuer gets at most two thirds of the line when there is an account to show too.
        const int maxWidth = name.isEmpty() ? rest.width() : rest.width() * 2 / 3;
        const QString shown = titleFm.elidedText(issuer, Qt::ElideRight, maxWidth);
        painter->setFont(l.titleFont);
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(rest, Qt::AlignLeft | Qt::AlignVCenter, shown);
        rest.setLeft(rest.left() + titleFm.horizontalAdvance(shown) + nameFm.horizontalAdvance(QChar(u' ')) * 2);
    }
    if (!name.isEmpty() && rest.width() > 0) {
        painter->setFont(issuer.isEmpty() ? l.titleFont : l.nameFont);
        painter->setPen(issuer.isEmpty() ? pal.color(QPalette::Text)
                                         : blend(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.72));
        painter->drawText(rest, Qt::AlignLeft | Qt::AlignVCenter,
                          nameFm.elidedText(name, Qt::ElideMiddle, rest.width()));
    }
}

QString AccountDelegate::stateText(const QModelIndex& index) const
{
    switch (static_cast<AccountListModel::State>(index.data(AccountListModel::StateRole).toInt())) {
    case AccountListModel::State::Loading:
        return tr("Loading…");
    case AccountListModel::State::SecretMissing:
        return tr("Secret key missing");
    case AccountListModel::State::Locked:
        return tr("Cannot read the keychain");
    case AccountListModel::State::Ready:
        break;
    }
    return tr("Click or press Enter for a code");
}

void AccountDelegate::paintCode(QPainter* painter, const Layout& l, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    const QPalette& pal = option.palette;
    const QColor text = pal.color(QPalette::Text);
    const QColor dim = blend(text, pal.color(QPalette::Base), 0.65);
    const QString code = index.data(AccountListModel::GroupedCodeRole).toString();
    if (code.isEmpty()) {
        const auto state = static_cast<AccountListModel::State>(index.data(AccountListModel::StateRole).toInt());
        const bool problem =
            state == AccountListModel::State::SecretMissing || state == AccountListModel::State::Locked;
        painter->setFont(scaled(l.nameFont, 1.1, QFont::Normal));
        painter->setPen(problem ? warningColor(pal) : dim);
        painter->drawText(l.code, Qt::AlignLeft | Qt::AlignVCenter, stateText(index));
        return;
    }
    painter->setFont(l.codeFont);
    painter->setPen(text);
    painter->drawText(l.code, Qt::AlignLeft | Qt::AlignVCenter, code);
    const QString next = index.data(AccountListModel::NextCodeRole).toString();
    if (next.isEmpty()) {
        return;
    }
    const int codeWidth = QFontMetrics(l.codeFont).horizontalAdvance(code);
    QRect nextRect = l.code.adjusted(codeWidth + l.pad * 2, 0, 0, 0);
    painter->setFont(l.smallFont);
    painter->setPen(dim);
    const QString label = tr("Next: %1").arg(next);
    if (QFontMetrics(l.smallFont).horizontalAdvance(label) <= nextRect.width()) {
        painter->drawText(nextRect, Qt::AlignRight | Qt::AlignVCenter, label);
    }
}

void AccountDelegate::paintRing(QPainter* painter, const Layout& l, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    const int period = index.data(AccountListModel::PeriodRole).toInt();
    const int left = index.data(AccountListModel::SecondsLeftRole).toInt();
    if (period <= 0 || left <= 0) {
        return; // HOTP, or no code yet
    }
    const QPalette& pal = option.palette;
    const bool warning = left <= AccountListModel::kWarningSeconds;
    const QColor accent = warning ? warningColor(pal) : pal.color(QPalette::Highlight);
    const qreal width = l.ring.width() * 0.11;
    const QRectF circle = QRectF(l.ring).adjusted(width / 2, width / 2, -width / 2, -width / 2);
    painter->setBrush(Qt::NoBrush);
    // The track turns faintly red too, so that the last seconds stand out even when little arc is left.
    const QColor track = warning ? blend(accent, pal.color(QPalette::Base), 0.3)
                                 : blend(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.15);
    painter->setPen(QPen(track, width));
    painter->drawEllipse(circle);
    painter->setPen(QPen(accent, width, Qt::SolidLine, Qt::FlatCap));
    const int span = static_cast<int>(std::lround(360.0 * 16 * left / period));
    painter->drawArc(circle, 90 * 16, span); // from 12 o'clock, counter-clockwise: the time still left
    painter->setFont(scaled(l.nameFont, 0.95, warning ? QFont::Bold : QFont::DemiBold));
    painter->setPen(warning ? accent : pal.color(QPalette::Text));
    painter->drawText(l.ring, Qt::AlignCenter, QString::number(left));
}

void AccountDelegate::paintStatus(QPainter* painter, const Layout& l, const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const
{
    if (l.status.isEmpty()) {
        return;
    }
    const QPalette& pal = option.palette;
    const auto state = static_cast<ApprovalState>(index.data(AccountListModel::ApprovalStateRole).toInt());
    const QColor colour = state == ApprovalState::Active ? activeColor(pal)
                          : state == ApprovalState::Enrolling
                              ? blend(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.65)
                              : warningColor(pal);
    const QFontMetrics fm(l.smallFont);
    // A dot in the state's colour, then the sentence (wrapped, the last line elided).
    const int dot = fm.height() * 2 / 5;
    const int lineTop = l.status.top() + (fm.lineSpacing() - dot) / 2;
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawEllipse(QRect(l.status.left(), lineTop, dot, dot));
    QRect text = l.status.adjusted(dot + fm.averageCharWidth(), 0, 0, 0);
    painter->setFont(l.smallFont);
    painter->setPen(colour);
    const QString sentence = index.data(AccountListModel::ApprovalTextRole).toString();
    const int lines = l.status.height() / fm.lineSpacing();
    QString shown = sentence;
    if (fm.boundingRect(text, Qt::TextWordWrap, sentence).height() > text.height()) {
        // Too long for its lines: keep what fits, and end the last line with an ellipsis.
        // Word wrapping leaves part of each line empty: allow for it.
        shown = fm.elidedText(sentence, Qt::ElideRight, text.width() * lines * 9 / 10);
    }
    painter->drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, shown);
}

} // namespace sandi
