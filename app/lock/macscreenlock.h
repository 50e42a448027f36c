#pragma once
// The screen lock on macOS: loginwindow posts the distributed notification
// "com.apple.screenIsLocked" when the screen locks (Ctrl+Cmd+Q, the screen saver or sleep with
// "require password"). Observed through CoreFoundation's distributed notification center, so no
// Objective-C is needed. Sleep itself (NSWorkspaceWillSleepNotification, an AppKit notification)
// is not watched. Built only on macOS; not compiled on the project's Linux machines.

#include "app/lock/screenlockwatcher.h"

namespace sandi {

class MacScreenLock : public ScreenLockWatcher
{
    Q_OBJECT
public:
    explicit MacScreenLock(QObject* parent = nullptr);
    ~MacScreenLock() override;

    // Called by the notification center (on the main thread's run loop).
    void notifyLocked();
};

} // namespace sandi
