#include "app/lock/windowsscreenlock.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLoggingCategory>

#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
// windows.h first: wtsapi32.h needs its types.
#include <wtsapi32.h>

namespace sandi {

namespace {

Q_LOGGING_CATEGORY(lcScreenLock, "sandi.lock.screen", QtInfoMsg)

} // namespace

WindowsScreenLock::WindowsScreenLock(QObject* parent) : ScreenLockWatcher(parent)
{
    if (QCoreApplication* app = QCoreApplication::instance()) {
        app->installNativeEventFilter(this);
    }
}

WindowsScreenLock::~WindowsScreenLock()
{
    unregisterWindow();
    if (QCoreApplication* app = QCoreApplication::instance()) {
        app->removeNativeEventFilter(this);
    }
}

void WindowsScreenLock::watchWindow(quintptr nativeWindowId)
{
    if (nativeWindowId == m_window) {
        return;
    }
    unregisterWindow();
    HWND window = reinterpret_cast<HWND>(nativeWindowId);
    if (window && WTSRegisterSessionNotification(window, NOTIFY_FOR_THIS_SESSION)) {
        m_window = nativeWindowId;
    } else {
        // E.g. RPC_S_INVALID_BINDING when the Terminal Services service has not started yet.
        qCWarning(lcScreenLock) << "WTSRegisterSessionNotification failed, error" << GetLastError();
    }
}

void WindowsScreenLock::unregisterWindow()
{
    if (m_window != 0) {
        WTSUnRegisterSessionNotification(reinterpret_cast<HWND>(m_window));
        m_window = 0;
    }
}

bool WindowsScreenLock::nativeEventFilter(const QByteArray& eventType, void* message, qintptr* result)
{
    Q_UNUSED(result)
    // "windows_generic_MSG": the messages Qt's window procedure receives for its windows, sent
    // ones included (the dispatcher's "windows_dispatcher_MSG" sees only posted ones).
    if (eventType != QByteArrayLiteral("windows_generic_MSG") || !message) {
        return false;
    }
    const auto* msg = static_cast<const MSG*>(message);
    // Reported from the event loop, not from inside the window procedure.
    if (msg->message == WM_WTSSESSION_CHANGE && msg->wParam == WTS_SESSION_LOCK) {
        qCInfo(lcScreenLock) << "the Windows session is locked";
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT screenLocked(); }, Qt::QueuedConnection);
    } else if (msg->message == WM_POWERBROADCAST && msg->wParam == PBT_APMSUSPEND) {
        qCInfo(lcScreenLock) << "Windows is going to sleep";
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT goingToSleep(); }, Qt::QueuedConnection);
    }
    return false; // Qt and the window handle the message as usual
}

} // namespace sandi
