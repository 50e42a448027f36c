#pragma once
// The account list: a QListView that turns Enter and a click into "copy", hands typed letters to
// the filter field, and reorders by drag and drop.

#include <QListView>

namespace sandi {

class AccountView : public QListView
{
    Q_OBJECT
public:
    explicit AccountView(QWidget* parent = nullptr);

Q_SIGNALS:
    // Enter, Return or a click on a row.
    void copyRequested(const QModelIndex& index);
    // Printable text typed while the list has focus: the filter field takes it.
    void textTyped(const QString& text);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;

private:
    QPersistentModelIndex m_pressed;
};

} // namespace sandi
