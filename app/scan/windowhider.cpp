#include "app/scan/windowhider.h"

#include <QGuiApplication>

#include <utility>

namespace sandi {

void WindowHider::hideAll()
{
    if (!m_focus) {
        m_focus = QGuiApplication::focusWindow();
    }
    const auto windows = QGuiApplication::topLevelWindows();
    for (QWindow* window : windows) {
        if (!window->isVisible() || window->type() == Qt::Desktop ||
            window->windowStates().testFlag(Qt::WindowMinimized)) {
            continue;
        }
        m_hidden.append({window, window->geometry(), window->windowStates()});
        // A widget's window forwards this to its QWidget, which keeps its own geometry.
        window->setVisible(false);
    }
}

bool WindowHider::anyStillExposed() const
{
    for (const auto& hidden : m_hidden) {
        if (hidden.window && hidden.window->isExposed()) {
            return true;
        }
    }
    return false;
}

void WindowHider::restore()
{
    const auto hidden = std::exchange(m_hidden, {});
    for (const auto& entry : hidden) {
        QWindow* window = entry.window;
        if (!window) {
            continue;
        }
        const bool normal = !(entry.states & (Qt::WindowMaximized | Qt::WindowFullScreen));
        if (normal && window->geometry() != entry.geometry) {
            window->setGeometry(entry.geometry);
        }
        if (window->windowStates() != entry.states) {
            window->setWindowStates(entry.states);
        }
        window->setVisible(true);
    }
    if (QWindow* focus = std::exchange(m_focus, nullptr); focus && focus->isVisible()) {
        focus->requestActivate();
    }
}

} // namespace sandi
