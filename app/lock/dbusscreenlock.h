#pragma once
// The screen lock on Linux and other freedesktop desktops, over D-Bus (no call blocks):
//  - session bus: ActiveChanged(true) of org.freedesktop.ScreenSaver (KDE Plasma, at
//    /org/freedesktop/ScreenSaver and /ScreenSaver) and of org.gnome.ScreenSaver (GNOME Shell);
//  - system bus, logind (org.freedesktop.login1): the Lock signal and LockedHint becoming true on
//    this session's object (found with Manager.GetSession(XDG_SESSION_ID), else "auto"), and
//    Manager.PrepareForSleep(true).
// Signals count only from the owner of those well-known names, so another program on the session
// bus cannot pretend to be logind. Either bus may be missing: that part then stays silent.

#include "app/lock/screenlockwatcher.h"

#include <QDBusConnection>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace sandi {

class DBusScreenLock : public ScreenLockWatcher
{
    Q_OBJECT
public:
    // `session` for the screen savers, `system` for logind; `sessionId` is logind's id of this
    // session (XDG_SESSION_ID), or empty for logind's "auto" (the caller's or the display session).
    DBusScreenLock(const QDBusConnection& session, const QDBusConnection& system, const QString& sessionId,
                   QObject* parent = nullptr);
    ~DBusScreenLock() override;

    // The logind session object watched, once GetSession has answered; empty before or without one.
    [[nodiscard]] QString logindSession() const { return m_sessionPath; }

Q_SIGNALS:
    // GetSession answered: the session's Lock signal and LockedHint are watched from now on.
    void logindSessionFound(const QString& path);

private:
    void findSession(QStringList ids);
    void watchSession(const QString& path);
    void sessionPropertiesChanged(const QString& interface, const QVariantMap& changed, const QStringList& invalidated);
    void readLockedHint();

    QDBusConnection m_session;
    QDBusConnection m_system;
    QString m_sessionPath;
};

} // namespace sandi
