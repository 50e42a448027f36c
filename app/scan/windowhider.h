#pragma once
// Hides this process's visible top-level windows for a screen grab and brings back exactly those,
// where and as they were (geometry, maximized or full-screen state, focus).

#include <QList>
#include <QPointer>
#include <QRect>
#include <QWindow>

namespace sandi {

class WindowHider
{
public:
    // Hides every visible top-level window that is not minimized (a minimized window covers
    // nothing). Windows hidden by an earlier call that was not restored stay hidden.
    void hideAll();
    // True while a hidden window is still exposed, i.e. the window system has not unmapped it yet.
    [[nodiscard]] bool anyStillExposed() const;
    // Shows the hidden windows again with their geometry and states; re-activates the one that had
    // the focus. Windows deleted in between are skipped.
    void restore();
    [[nodiscard]] bool isHiding() const { return !m_hidden.isEmpty(); }

private:
    struct Hidden
    {
        QPointer<QWindow> window;
        QRect geometry;
        Qt::WindowStates states;
    };
    QList<Hidden> m_hidden;
    QPointer<QWindow> m_focus;
};

} // namespace sandi
