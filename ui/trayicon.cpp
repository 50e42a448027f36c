#include "ui/trayicon.h"

#include "ui/appicon.h"

#include <QEvent>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

namespace sandi {

TrayIcon::TrayIcon(QWidget* window, QObject* parent)
    : QObject(parent), m_window(window), m_menu(new QMenu), m_tray(new QSystemTrayIcon(appIcon(), this))
{
    m_toggle = m_menu->addAction(QString());
    connect(m_toggle, &QAction::triggered, this, &TrayIcon::toggleWindow);
    m_separator = m_menu->addSeparator();
    QAction* quit = m_menu->addAction(tr("Quit"));
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    m_tray->setContextMenu(m_menu);
    m_tray->setToolTip(tr("Sandi: one-time codes"));
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger) {
            toggleWindow();
        }
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { raiseWindow(m_window); });
    m_window->installEventFilter(this);
    updateText();
}

TrayIcon::~TrayIcon()
{
    delete m_menu; // a QMenu without a parent widget: owned here
}

bool TrayIcon::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::show()
{
    m_tray->show();
}

void TrayIcon::toggleWindow()
{
    if (m_window->isVisible() && !m_window->isMinimized()) {
        m_window->hide();
    } else {
        raiseWindow(m_window);
    }
}

void TrayIcon::raiseWindow(QWidget* window)
{
    window->show();
    window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window->raise();
    window->activateWindow();
}

void TrayIcon::addAction(QAction* action)
{
    m_menu->insertAction(m_separator, action);
}

void TrayIcon::showMessage(const QString& title, const QString& text)
{
    m_tray->showMessage(title, text, appIcon());
}

bool TrayIcon::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && (event->type() == QEvent::Show || event->type() == QEvent::Hide)) {
        updateText();
    }
    return QObject::eventFilter(watched, event);
}

void TrayIcon::updateText()
{
    m_toggle->setText(m_window->isVisible() ? tr("Hide window") : tr("Show window"));
}

} // namespace sandi
