#include "ui/banner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sandi {

namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Background and text colours per severity, readable (>= 4.5:1) in light and dark themes.
std::pair<QColor, QColor> colours(Banner::Severity severity, bool dark)
{
    switch (severity) {
    case Banner::Severity::Info:
        return dark ? std::pair{QColor(0x1d, 0x3b, 0x57), QColor(0xe3, 0xf0, 0xfb)}
                    : std::pair{QColor(0xe3, 0xf0, 0xfb), QColor(0x0d, 0x2f, 0x4f)};
    case Banner::Severity::Warning:
        return dark ? std::pair{QColor(0x4d, 0x3a, 0x0c), QColor(0xff, 0xf0, 0xc2)}
                    : std::pair{QColor(0xff, 0xf4, 0xce), QColor(0x4a, 0x36, 0x00)};
    case Banner::Severity::Error:
        break;
    }
    return dark ? std::pair{QColor(0x5c, 0x1f, 0x1f), QColor(0xff, 0xe1, 0xe1)}
                : std::pair{QColor(0xfd, 0xe7, 0xe7), QColor(0x6b, 0x0f, 0x0f)};
}

} // namespace

Banner::Banner(QWidget* parent) : QFrame(parent), m_layout(new QVBoxLayout(this))
{
    setObjectName(u"banner"_s);
    setAccessibleName(tr("Problems"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    hide();
}

void Banner::setMessage(Topic topic, Severity severity, const QString& text, bool dismissable,
                        const QString& actionText, std::function<void()> action)
{
    const QWidget* existing = m_rows.value(static_cast<int>(topic));
    if (existing && message(topic) == text && existing->property("severity").toInt() == static_cast<int>(severity)) {
        return; // the same message again (one per failing account): keep it, no flicker
    }
    clearMessage(topic);
    auto* row = new QFrame(this);
    row->setAutoFillBackground(true);
    row->setProperty("severity", static_cast<int>(severity));
    auto* layout = new QHBoxLayout(row);
    const int margin = fontMetrics().height() / 2;
    layout->setContentsMargins(margin * 2, margin, margin, margin);
    auto* label = new QLabel(text, row);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAccessibleName(text);
    layout->addWidget(label, 1);
    if (action) {
        auto* button = new QPushButton(actionText, row);
        button->setAccessibleName(actionText);
        connect(button, &QPushButton::clicked, this, std::move(action));
        layout->addWidget(button, 0, Qt::AlignVCenter);
    }
    if (dismissable) {
        auto* close = new QToolButton(row);
        close->setText(u"✕"_s);
        close->setAutoRaise(true);
        close->setAccessibleName(tr("Dismiss this message"));
        close->setToolTip(tr("Dismiss this message"));
        connect(close, &QToolButton::clicked, this, [this, topic] { clearMessage(topic); });
        layout->addWidget(close, 0, Qt::AlignTop);
    }
    // Errors first, then warnings, then information.
    const int key = static_cast<int>(topic);
    m_rows.insert(key, row);
    m_severities.insert(key, severity);
    int position = 0;
    for (int i = 0; i < m_layout->count(); ++i) {
        const auto other = static_cast<Severity>(m_layout->itemAt(i)->widget()->property("severity").toInt());
        if (other >= severity) {
            position = i + 1;
        }
    }
    m_layout->insertWidget(position, row);
    restyle();
    show();
}

void Banner::clearMessage(Topic topic)
{
    const int key = static_cast<int>(topic);
    if (QWidget* row = m_rows.take(key)) {
        m_severities.remove(key);
        row->hide();
        row->deleteLater();
    }
    setVisible(!m_rows.isEmpty());
}

QString Banner::message(Topic topic) const
{
    const QWidget* row = m_rows.value(static_cast<int>(topic));
    const auto* label = row ? row->findChild<QLabel*>() : nullptr;
    return label ? label->text() : QString();
}

void Banner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) {
        restyle();
    }
    QFrame::changeEvent(event);
}

void Banner::restyle()
{
    const bool dark = isDark(palette());
    for (QWidget* row : std::as_const(m_rows)) {
        const auto [background, foreground] = colours(static_cast<Severity>(row->property("severity").toInt()), dark);
        QPalette pal = row->palette();
        pal.setColor(QPalette::Window, background);
        pal.setColor(QPalette::WindowText, foreground);
        pal.setColor(QPalette::ButtonText, foreground);
        row->setPalette(pal);
    }
}

} // namespace sandi
