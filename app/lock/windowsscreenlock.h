#pragma once
// The screen lock on Windows: the main window is registered with WTSRegisterSessionNotification
// (NOTIFY_FOR_THIS_SESSION), and a native event filter sees the WM_WTSSESSION_CHANGE message with
// WTS_SESSION_LOCK that Windows then sends it (Win+L, the lock screen, a switch of user), and
// WM_POWERBROADCAST with PBT_APMSUSPEND before the computer sleeps, which every top-level window
// gets. Built only on Windows; not compiled on the project's Linux machines (docs/architecture.md).

#include "app/lock/screenlockwatcher.h"

#include <QAbstractNativeEventFilter>

namespace sandi {

class WindowsScreenLock : public ScreenLockWatcher, public QAbstractNativeEventFilter
{
    Q_OBJECT
public:
    explicit WindowsScreenLock(QObject* parent = nullptr);
    ~WindowsScreenLock() override;

    // `nativeWindowId`: the HWND of Sandi's main window (QWidget::winId()). Registering a new window
    // unregisters the previous one.
    void watchWindow(quintptr nativeWindowId) override;

    bool nativeEventFilter(const QByteArray& eventType, void* message, qintptr* result) override;

private:
    void unregisterWindow();

    quintptr m_window = 0;
};

} // namespace sandi
