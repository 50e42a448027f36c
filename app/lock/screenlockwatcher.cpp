#include "app/lock/screenlockwatcher.h"

#if defined(Q_OS_WIN)
#include "app/lock/windowsscreenlock.h"
#elif defined(Q_OS_MACOS)
#include "app/lock/macscreenlock.h"
#else
#include "app/lock/dbusscreenlock.h"

#include <QDBusConnection>
#endif

namespace sandi {

std::unique_ptr<ScreenLockWatcher> ScreenLockWatcher::forThisSystem(QObject* parent)
{
#if defined(Q_OS_WIN)
    return std::make_unique<WindowsScreenLock>(parent);
#elif defined(Q_OS_MACOS)
    return std::make_unique<MacScreenLock>(parent);
#else
    return std::make_unique<DBusScreenLock>(QDBusConnection::sessionBus(), QDBusConnection::systemBus(),
                                            qEnvironmentVariable("XDG_SESSION_ID"), parent);
#endif
}

} // namespace sandi
