#include "app/lock/macscreenlock.h"

#include <QLoggingCategory>

#include <CoreFoundation/CoreFoundation.h>

namespace sandi {

namespace {

Q_LOGGING_CATEGORY(lcScreenLock, "sandi.lock.screen", QtInfoMsg)

// A CFNotificationCallback (its `name` parameter is a CFNotificationName, a CFStringRef).
void screenIsLocked(CFNotificationCenterRef center, void* observer, CFStringRef name, const void* object,
                    CFDictionaryRef userInfo)
{
    Q_UNUSED(center)
    Q_UNUSED(name)
    Q_UNUSED(object)
    Q_UNUSED(userInfo)
    static_cast<MacScreenLock*>(observer)->notifyLocked();
}

} // namespace

MacScreenLock::MacScreenLock(QObject* parent) : ScreenLockWatcher(parent)
{
    CFNotificationCenterAddObserver(CFNotificationCenterGetDistributedCenter(), this, &screenIsLocked,
                                    CFSTR("com.apple.screenIsLocked"), nullptr,
                                    CFNotificationSuspensionBehaviorDeliverImmediately);
}

MacScreenLock::~MacScreenLock()
{
    CFNotificationCenterRemoveEveryObserver(CFNotificationCenterGetDistributedCenter(), this);
}

void MacScreenLock::notifyLocked()
{
    qCInfo(lcScreenLock) << "the macOS screen is locked";
    // From the event loop, whatever thread the notification center called on.
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT screenLocked(); }, Qt::QueuedConnection);
}

} // namespace sandi
