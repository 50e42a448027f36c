#include "ui/toast.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sandi {

Toast::Toast(QWidget* parent) : QFrame(parent), m_text(new QLabel(this)), m_detail(new QLabel(this))
{
    setObjectName(u"toast"_s);
    setAccessibleName(tr("Notification"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    // Inverted colours (tooltip-like) so that it stands out from the list in light and dark themes.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setFrameShape(QFrame::StyledPanel);
    QFont bold = m_text->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_text->setFont(bold);
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_detail->setForegroundRole(QPalette::ToolTipText);
    m_text->setAlignment(Qt::AlignCenter);
    m_detail->setAlignment(Qt::AlignCenter);
    auto* layout = new QVBoxLayout(this);
    const int margin = fontMetrics().height() / 2;
    layout->setContentsMargins(margin * 2, margin, margin * 2, margin);
    layout->addWidget(m_text);
    layout->addWidget(m_detail);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &QWidget::hide);
    parent->installEventFilter(this);
    hide();
}

void Toast::showMessage(const QString& text, const QString& detail)
{
    m_text->setText(text);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    setAccessibleDescription(detail.isEmpty() ? text : u"%1. %2"_s.arg(text, detail));
    adjustSize();
    place();
    show();
    raise();
    m_timer.start(kShowMs);
}

QString Toast::text() const
{
    return m_text->text();
}

bool Toast::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible()) {
        place();
    }
    return QFrame::eventFilter(watched, event);
}

void Toast::place()
{
    const QWidget* host = parentWidget();
    const int margin = fontMetrics().height();
    move((host->width() - width()) / 2, host->height() - height() - margin);
}

} // namespace sandi
