#pragma once
// The tray icon: a click shows or hides the window; its menu has "Show window" / "Hide window",
// the actions added with addAction() (Lock Sandi), and "Quit". It never shows a code or a name. It
// also shows system notifications (login requests while the window is hidden).

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace sandi {

class TrayIcon : public QObject
{
    Q_OBJECT
public:
    // `window` outlives the tray icon.
    explicit TrayIcon(QWidget* window, QObject* parent = nullptr);
    ~TrayIcon() override;

    [[nodiscard]] static bool isAvailable();
    void show();
    // Toggles the window: shows and raises it, or hides it.
    void toggleWindow();
    // Shows, un-minimises and raises the window (a second launch, the tray).
    static void raiseWindow(QWidget* window);
    // Adds `action` (owned elsewhere) to the menu, above Quit: "Lock Sandi".
    void addAction(QAction* action);
    // The context menu (tests).
    [[nodiscard]] QMenu* menu() const { return m_menu; }

    // A system notification from the tray icon (a login request while the window is hidden);
    // clicking it brings the window up.
    void showMessage(const QString& title, const QString& text);

Q_SIGNALS:
    void quitRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateText();

    QWidget* m_window;
    QMenu* m_menu;
    QSystemTrayIcon* m_tray;
    QAction* m_toggle;
    QAction* m_separator = nullptr;
};

} // namespace sandi
