#pragma once
// Tells when the user's screen locks or the computer is about to sleep, so that the app lock can
// lock too. One implementation per system:
//  - Linux and other freedesktop systems (dbusscreenlock.h): org.freedesktop.ScreenSaver and
//    org.gnome.ScreenSaver ActiveChanged on the session bus; logind's Session.Lock, the session's
//    LockedHint and Manager.PrepareForSleep on the system bus;
//  - Windows (windowsscreenlock.h): WTSRegisterSessionNotification on the main window and
//    WM_WTSSESSION_CHANGE / WTS_SESSION_LOCK (and WM_POWERBROADCAST / PBT_APMSUSPEND) through a
//    native event filter;
//  - macOS (macscreenlock.h): the "com.apple.screenIsLocked" distributed notification.
// Only the D-Bus one is built and tested on the project's machines (docs/architecture.md).

#include <QObject>

#include <memory>

namespace sandi {

class ScreenLockWatcher : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // The watcher for the system Sandi runs on.
    [[nodiscard]] static std::unique_ptr<ScreenLockWatcher> forThisSystem(QObject* parent = nullptr);

    // Windows sends session changes to a window: the main window's native id (QWidget::winId()).
    // The other systems need none and ignore it.
    virtual void watchWindow(quintptr nativeWindowId) { Q_UNUSED(nativeWindowId) }

Q_SIGNALS:
    void screenLocked();
    void goingToSleep();
};

} // namespace sandi
