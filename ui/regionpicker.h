#pragma once
// "Found nothing? Pick the area": the frozen screenshot of each screen, dimmed and full-screen,
// where the user drags a rectangle over the QR code. The rectangle, in virtual desktop device
// pixels, goes to ScreenScanner::scanRegion(). Mouse: drag and release; keyboard: Enter scans the
// selection (or the whole screen), Esc cancels.

#include "app/scan/screenscanner.h"

#include <QList>
#include <QObject>
#include <QRect>
#include <QWidget>

#include <memory>
#include <vector>

class QScreen;

namespace sandi {

class RegionPicker : public QWidget
{
    Q_OBJECT
public:
    explicit RegionPicker(ScreenGrab grab, QWidget* parent = nullptr);

    // Covers `screen` with the grab, full-screen, and takes the keyboard focus.
    void showOn(QScreen* screen);
    // The selected part of the grab in virtual desktop device pixels; empty when nothing is selected.
    [[nodiscard]] QRect selection() const;
    [[nodiscard]] const ScreenGrab& screenGrab() const { return m_grab; }

Q_SIGNALS:
    void regionPicked(const QRect& region); // virtual desktop device pixels
    void cancelled();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    // Where the grab is drawn: the whole widget for a screen's own grab; letterboxed when the
    // aspect ratios differ (a portal screenshot of several monitors on one screen).
    [[nodiscard]] QRect imageRect() const;
    [[nodiscard]] QRect toDevice(const QRect& widgetRect) const;
    [[nodiscard]] QString instructions() const;

    ScreenGrab m_grab;
    QPoint m_anchor;
    QRect m_selection; // widget coordinates
    bool m_dragging = false;
};

// One RegionPicker per grabbed screen; the first pick or cancel closes them all.
class RegionPickerGroup : public QObject
{
    Q_OBJECT
public:
    explicit RegionPickerGroup(const QList<ScreenGrab>& grabs, QObject* parent = nullptr);
    ~RegionPickerGroup() override;

    // Shows each picker on the screen its grab came from (the primary screen when it is gone).
    void show();
    [[nodiscard]] QList<RegionPicker*> pickers() const;

Q_SIGNALS:
    void regionPicked(const QRect& region); // virtual desktop device pixels
    void cancelled();

private:
    void closeAll();

    std::vector<std::unique_ptr<RegionPicker>> m_pickers;
};

} // namespace sandi
