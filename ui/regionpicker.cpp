#include "ui/regionpicker.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScreen>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace sandi {

namespace {

// The rectangle between two corners, `to` excluded (QRect(QPoint, QPoint) would include it).
QRect spanned(QPoint from, QPoint to)
{
    return QRect(QPoint(std::min(from.x(), to.x()), std::min(from.y(), to.y())),
                 QSize(std::abs(to.x() - from.x()), std::abs(to.y() - from.y())));
}

// A press and release closer than this is a click, not a rectangle.
constexpr int kMinimumDrag = 4;

QScreen* screenOf(const ScreenGrab& grab)
{
    const auto screens = QGuiApplication::screens();
    for (QScreen* screen : screens) {
        if (!grab.screenName.isEmpty() && screen->name() == grab.screenName) {
            return screen;
        }
    }
    for (QScreen* screen : screens) {
        if (screen->geometry().topLeft() == grab.geometry.topLeft()) {
            return screen;
        }
    }
    return QGuiApplication::primaryScreen();
}

} // namespace

RegionPicker::RegionPicker(ScreenGrab grab, QWidget* parent) : QWidget(parent), m_grab(std::move(grab))
{
    setWindowFlags(Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
    setWindowTitle(tr("Pick the area of the QR code"));
    setAccessibleName(tr("Screen area picker"));
    setAccessibleDescription(instructions());
    setCursor(Qt::CrossCursor);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
}

void RegionPicker::showOn(QScreen* screen)
{
    setScreen(screen);
    setGeometry(screen->geometry());
    showFullScreen();
    raise();
    activateWindow();
    setFocus(Qt::OtherFocusReason);
}

QString RegionPicker::instructions() const
{
    return tr("Drag a rectangle over the QR code. Enter scans the whole screen; Esc cancels.");
}

QRect RegionPicker::imageRect() const
{
    const QSize size = m_grab.image.size().scaled(this->size(), Qt::KeepAspectRatio);
    return QRect(QPoint((width() - size.width()) / 2, (height() - size.height()) / 2), size);
}

QRect RegionPicker::toDevice(const QRect& widgetRect) const
{
    const QRect shown = imageRect();
    if (shown.isEmpty() || widgetRect.isEmpty()) {
        return {};
    }
    const double sx = double(m_grab.image.width()) / shown.width();
    const double sy = double(m_grab.image.height()) / shown.height();
    const QRectF r = QRectF(widgetRect).translated(-shown.topLeft());
    const QRect pixels = QRectF(r.x() * sx, r.y() * sy, r.width() * sx, r.height() * sy).toAlignedRect();
    return pixels.intersected(QRect(QPoint(0, 0), m_grab.image.size())).translated(m_grab.geometry.topLeft());
}

QRect RegionPicker::selection() const
{
    return toDevice(m_selection);
}

void RegionPicker::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(imageRect(), m_grab.image);

    // Dim everything but the selection.
    painter.save();
    painter.setClipRegion(QRegion(rect()).subtracted(QRegion(m_selection)));
    painter.fillRect(rect(), QColor(0, 0, 0, 140));
    painter.restore();
    if (!m_selection.isEmpty()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawRect(m_selection.adjusted(0, 0, -1, -1));
    }

    // The instructions, on a box at the top.
    const QString text = instructions();
    const QFontMetrics metrics(font());
    const int margin = metrics.height() / 2;
    QRect box = metrics.boundingRect(text).adjusted(-2 * margin, -margin, 2 * margin, margin);
    box.moveTo((width() - box.width()) / 2, 2 * margin);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::ToolTipBase));
    painter.drawRoundedRect(box, margin, margin);
    painter.setPen(palette().color(QPalette::ToolTipText));
    painter.drawText(box, Qt::AlignCenter, text);
}

void RegionPicker::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::RightButton) {
        Q_EMIT cancelled();
        return;
    }
    if (event->button() != Qt::LeftButton) {
        return;
    }
    m_dragging = true;
    m_anchor = event->position().toPoint();
    m_selection = QRect();
    update();
}

void RegionPicker::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_dragging) {
        return;
    }
    m_selection = spanned(m_anchor, event->position().toPoint()).intersected(imageRect());
    update();
}

void RegionPicker::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_dragging || event->button() != Qt::LeftButton) {
        return;
    }
    m_dragging = false;
    m_selection = spanned(m_anchor, event->position().toPoint()).intersected(imageRect());
    if (m_selection.width() < kMinimumDrag || m_selection.height() < kMinimumDrag) {
        m_selection = QRect(); // a click: keep waiting for a rectangle
        update();
        return;
    }
    update();
    Q_EMIT regionPicked(selection());
}

void RegionPicker::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        Q_EMIT cancelled();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        Q_EMIT regionPicked(m_selection.isEmpty() ? m_grab.geometry : selection());
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

RegionPickerGroup::RegionPickerGroup(const QList<ScreenGrab>& grabs, QObject* parent) : QObject(parent)
{
    for (const auto& grab : grabs) {
        auto picker = std::make_unique<RegionPicker>(grab);
        connect(picker.get(), &RegionPicker::regionPicked, this, [this](const QRect& region) {
            closeAll();
            Q_EMIT regionPicked(region);
        });
        connect(picker.get(), &RegionPicker::cancelled, this, [this] {
            closeAll();
            Q_EMIT cancelled();
        });
        m_pickers.push_back(std::move(picker));
    }
}

RegionPickerGroup::~RegionPickerGroup() = default;

void RegionPickerGroup::show()
{
    for (const auto& picker : m_pickers) {
        picker->showOn(screenOf(picker->screenGrab()));
    }
}

QList<RegionPicker*> RegionPickerGroup::pickers() const
{
    QList<RegionPicker*> list;
    for (const auto& picker : m_pickers) {
        list.append(picker.get());
    }
    return list;
}

void RegionPickerGroup::closeAll()
{
    for (const auto& picker : m_pickers) {
        picker->hide();
    }
}

} // namespace sandi
