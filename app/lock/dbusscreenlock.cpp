#include "app/lock/dbusscreenlock.h"

#include <QDBusAbstractInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QLoggingCategory>

#include <utility>

using namespace Qt::StringLiterals;

namespace sandi {

namespace {

Q_LOGGING_CATEGORY(lcScreenLock, "sandi.lock.screen", QtInfoMsg)

const QString kLogind = u"org.freedesktop.login1"_s;
const QString kLogindPath = u"/org/freedesktop/login1"_s;
const QString kLogindManager = u"org.freedesktop.login1.Manager"_s;
const QString kLogindSession = u"org.freedesktop.login1.Session"_s;
const QString kProperties = u"org.freedesktop.DBus.Properties"_s;
const QString kLockedHint = u"LockedHint"_s;

} // namespace

// Proxies whose Qt signals connect to the D-Bus signals of the same name and signature
// (QDBusConnection::connect itself only takes SLOT() strings).
class ScreenSaverProxy : public QDBusAbstractInterface
{
    Q_OBJECT
public:
    ScreenSaverProxy(const QString& service, const QString& path, const char* interface, const QDBusConnection& bus,
                     QObject* parent)
        : QDBusAbstractInterface(service, path, interface, bus, parent)
    {}

Q_SIGNALS:
    void ActiveChanged(bool active);
};

class LogindManagerProxy : public QDBusAbstractInterface
{
    Q_OBJECT
public:
    LogindManagerProxy(const QDBusConnection& bus, QObject* parent)
        : QDBusAbstractInterface(kLogind, kLogindPath, "org.freedesktop.login1.Manager", bus, parent)
    {}

Q_SIGNALS:
    void PrepareForSleep(bool start);
};

class LogindSessionProxy : public QDBusAbstractInterface
{
    Q_OBJECT
public:
    LogindSessionProxy(const QString& path, const QDBusConnection& bus, QObject* parent)
        : QDBusAbstractInterface(kLogind, path, "org.freedesktop.login1.Session", bus, parent)
    {}

Q_SIGNALS:
    void Lock();
};

class PropertiesProxy : public QDBusAbstractInterface
{
    Q_OBJECT
public:
    PropertiesProxy(const QString& service, const QString& path, const QDBusConnection& bus, QObject* parent)
        : QDBusAbstractInterface(service, path, "org.freedesktop.DBus.Properties", bus, parent)
    {}

Q_SIGNALS:
    void PropertiesChanged(const QString& interface, const QVariantMap& changed, const QStringList& invalidated);
};

DBusScreenLock::DBusScreenLock(const QDBusConnection& session, const QDBusConnection& system, const QString& sessionId,
                               QObject* parent)
    : ScreenLockWatcher(parent), m_session(session), m_system(system)
{
    if (m_session.isConnected()) {
        const auto watch = [this](const QString& service, const QString& path, const char* interface) {
            auto* proxy = new ScreenSaverProxy(service, path, interface, m_session, this);
            connect(proxy, &ScreenSaverProxy::ActiveChanged, this, [this](bool active) {
                if (active) {
                    qCInfo(lcScreenLock) << "the screen saver became active";
                    Q_EMIT screenLocked();
                }
            });
        };
        // KDE Plasma's kscreenlocker serves both paths; GNOME Shell its own interface.
        watch(u"org.freedesktop.ScreenSaver"_s, u"/org/freedesktop/ScreenSaver"_s, "org.freedesktop.ScreenSaver");
        watch(u"org.freedesktop.ScreenSaver"_s, u"/ScreenSaver"_s, "org.freedesktop.ScreenSaver");
        watch(u"org.gnome.ScreenSaver"_s, u"/org/gnome/ScreenSaver"_s, "org.gnome.ScreenSaver");
    } else {
        qCInfo(lcScreenLock) << "no D-Bus session bus: the screen saver is not watched";
    }
    if (!m_system.isConnected()) {
        qCInfo(lcScreenLock) << "no D-Bus system bus: logind is not watched";
        return;
    }
    auto* manager = new LogindManagerProxy(m_system, this);
    connect(manager, &LogindManagerProxy::PrepareForSleep, this, [this](bool start) {
        if (start) {
            qCInfo(lcScreenLock) << "the computer is going to sleep";
            Q_EMIT goingToSleep();
        }
    });
    QStringList ids;
    if (!sessionId.isEmpty()) {
        ids.append(sessionId);
    }
    ids.append(u"auto"_s);
    findSession(ids);
}

DBusScreenLock::~DBusScreenLock() = default;

void DBusScreenLock::findSession(QStringList ids)
{
    if (ids.isEmpty()) {
        qCInfo(lcScreenLock) << "logind knows no session of Sandi: its Lock signal is not watched";
        return;
    }
    const QString id = ids.takeFirst();
    auto call = QDBusMessage::createMethodCall(kLogind, kLogindPath, kLogindManager, u"GetSession"_s);
    call << id;
    auto* watcher = new QDBusPendingCallWatcher(m_system.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, ids = std::move(ids)](QDBusPendingCallWatcher* finished) {
                finished->deleteLater();
                const QDBusPendingReply<QDBusObjectPath> reply = *finished;
                if (reply.isError()) {
                    qCDebug(lcScreenLock) << "logind GetSession:" << reply.error().name();
                    findSession(ids);
                    return;
                }
                watchSession(reply.value().path());
            });
}

void DBusScreenLock::watchSession(const QString& path)
{
    m_sessionPath = path;
    auto* session = new LogindSessionProxy(path, m_system, this);
    connect(session, &LogindSessionProxy::Lock, this, [this] {
        qCInfo(lcScreenLock) << "logind asked the session to lock";
        Q_EMIT screenLocked();
    });
    auto* properties = new PropertiesProxy(kLogind, path, m_system, this);
    connect(properties, &PropertiesProxy::PropertiesChanged, this, &DBusScreenLock::sessionPropertiesChanged);
    Q_EMIT logindSessionFound(path);
}

void DBusScreenLock::sessionPropertiesChanged(const QString& interface, const QVariantMap& changed,
                                              const QStringList& invalidated)
{
    if (interface != kLogindSession) {
        return;
    }
    // The desktop's locker sets LockedHint (SetLockedHint) when it locks by itself (Super+L).
    if (changed.value(kLockedHint).toBool()) {
        qCInfo(lcScreenLock) << "the session is locked (LockedHint)";
        Q_EMIT screenLocked();
    } else if (invalidated.contains(kLockedHint)) {
        readLockedHint();
    }
}

void DBusScreenLock::readLockedHint()
{
    auto call = QDBusMessage::createMethodCall(kLogind, m_sessionPath, kProperties, u"Get"_s);
    call << kLogindSession << kLockedHint;
    auto* watcher = new QDBusPendingCallWatcher(m_system.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* finished) {
        finished->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *finished;
        if (!reply.isError() && reply.value().variant().toBool()) {
            qCInfo(lcScreenLock) << "the session is locked (LockedHint)";
            Q_EMIT screenLocked();
        }
    });
}

} // namespace sandi

#include "dbusscreenlock.moc"
