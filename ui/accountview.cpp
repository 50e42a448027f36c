#include "ui/accountview.h"

#include <QKeyEvent>
#include <QMouseEvent>

namespace sandi {

AccountView::AccountView(QWidget* parent) : QListView(parent)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    // Not uniform: a row with a login approval state has a line more (AccountDelegate).
    setUniformItemSizes(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setMouseTracking(true); // hover highlight
    setFrameShape(QFrame::NoFrame);
}

void AccountView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (currentIndex().isValid()) {
            Q_EMIT copyRequested(currentIndex());
        }
        event->accept();
        return;
    }
    const QString text = event->text();
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (plain && !text.isEmpty() && text.at(0).isPrint() && !text.at(0).isSpace()) {
        Q_EMIT textTyped(text);
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void AccountView::mousePressEvent(QMouseEvent* event)
{
    m_pressed = indexAt(event->position().toPoint());
    QListView::mousePressEvent(event);
}

void AccountView::mouseReleaseEvent(QMouseEvent* event)
{
    const QModelIndex released = indexAt(event->position().toPoint());
    // A press and release on the same row without a drag in between is a click: copy.
    const bool click = event->button() == Qt::LeftButton && released.isValid() && released == m_pressed &&
                       state() != QAbstractItemView::DraggingState;
    QListView::mouseReleaseEvent(event);
    m_pressed = QPersistentModelIndex();
    if (click) {
        Q_EMIT copyRequested(released);
    }
}

void AccountView::focusInEvent(QFocusEvent* event)
{
    QListView::focusInEvent(event);
    // QAbstractItemView makes the first row current without selecting it; select it, so that the
    // row Enter copies is the highlighted one.
    QModelIndex current = currentIndex();
    if (!current.isValid() && model() && model()->rowCount() > 0) {
        current = model()->index(0, 0);
    }
    if (current.isValid() && !selectionModel()->isSelected(current)) {
        selectionModel()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect);
    }
}

} // namespace sandi
