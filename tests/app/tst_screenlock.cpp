// DBusScreenLock and AppLock against a fake org.freedesktop.ScreenSaver, org.gnome.ScreenSaver and
// a fake logind (org.freedesktop.login1), each served from this process on a connection of its
// own to a private session bus (run by tests/run-under-xvfb.sh --bus-only inside
// dbus-run-session). The watcher is given that session bus as its "system bus" too.

#include "app/lock/applock.h"
#include "app/lock/dbusscreenlock.h"
#include "app/settings.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using sandi::DBusScreenLock;

namespace {

const QString kLogind = u"org.freedesktop.login1"_s;
const QString kSessionPath = u"/org/freedesktop/login1/session/c7"_s;

// org.freedesktop.login1.Manager.GetSession: knows session "c7" and, for "auto", also "c7".
class FakeLogindManager : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")
public:
    QStringList asked;

public Q_SLOTS:
    QDBusObjectPath GetSession(const QString& id)
    {
        asked.append(id);
        if (id != u"c7"_s && id != u"auto"_s) {
            sendErrorReply(u"org.freedesktop.login1.NoSuchSession"_s, u"No session '%1' known"_s.arg(id));
            return {};
        }
        return QDBusObjectPath(kSessionPath);
    }
};

// A connection of its own to the session bus, owning `names`.
QDBusConnection serviceConnection(const QString& connectionName, const QStringList& names)
{
    QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, connectionName);
    for (const QString& name : names) {
        [&] { QVERIFY2(bus.registerService(name), qPrintable(name)); }();
    }
    return bus;
}

void emitSignal(QDBusConnection& bus, const QString& path, const QString& interface, const QString& name,
                const QVariantList& arguments = {})
{
    QDBusMessage message = QDBusMessage::createSignal(path, interface, name);
    message.setArguments(arguments);
    QVERIFY(bus.send(message));
}

} // namespace

class TestScreenLock : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeLogindManager> m_manager;

private Q_SLOTS:
    void initTestCase()
    {
        if (!QDBusConnection::sessionBus().isConnected()) {
            QSKIP("no D-Bus session bus (run through tests/run-under-xvfb.sh --bus-only)");
        }
        QDBusConnection logind = serviceConnection(u"fakeLogind"_s, {kLogind});
        m_manager = std::make_unique<FakeLogindManager>();
        QVERIFY(logind.registerObject(u"/org/freedesktop/login1"_s, m_manager.get(), QDBusConnection::ExportAllSlots));
        serviceConnection(u"fakeScreenSaver"_s, {u"org.freedesktop.ScreenSaver"_s, u"org.gnome.ScreenSaver"_s});
    }

    void cleanupTestCase()
    {
        QDBusConnection::disconnectFromBus(u"fakeLogind"_s);
        QDBusConnection::disconnectFromBus(u"fakeScreenSaver"_s);
    }

    void init() { m_manager->asked.clear(); }

    void findsTheSessionByItsId()
    {
        DBusScreenLock watcher(QDBusConnection::sessionBus(), QDBusConnection::sessionBus(), u"c7"_s);
        QSignalSpy found(&watcher, &DBusScreenLock::logindSessionFound);
        QVERIFY(found.wait());
        QCOMPARE(found.at(0).at(0).toString(), kSessionPath);
        QCOMPARE(m_manager->asked, QStringList{u"c7"_s});
    }

    void fallsBackToLogindsAutoSession()
    {
        DBusScreenLock watcher(QDBusConnection::sessionBus(), QDBusConnection::sessionBus(), u"unknown"_s);
        QSignalSpy found(&watcher, &DBusScreenLock::logindSessionFound);
        QVERIFY(found.wait());
        QCOMPARE(watcher.logindSession(), kSessionPath);
        QCOMPARE(m_manager->asked, (QStringList{u"unknown"_s, u"auto"_s}));
    }

    void theScreenSaverLocksTheApp()
    {
        QTemporaryDir dir;
        sandi::Settings settings(dir.filePath(u"sandi.ini"_s));
        sandi::AppLock lock(&settings);
        std::optional<bool> set;
        lock.setPassword(u"kunci"_s, this, [&](bool ok) { set = ok; });
        QVERIFY(QTest::qWaitFor([&] { return set.has_value(); }, 20'000));
        QVERIFY(*set && !lock.locked());
        lock.setScreenLockWatcher(
            std::make_unique<DBusScreenLock>(QDBusConnection::sessionBus(), QDBusConnection::sessionBus(), u"c7"_s));
        QSignalSpy locked(&lock, &sandi::AppLock::lockedChanged);
        QDBusConnection saver = QDBusConnection(u"fakeScreenSaver"_s);
        // The screen saver stopping does not lock; starting does.
        emitSignal(saver, u"/org/freedesktop/ScreenSaver"_s, u"org.freedesktop.ScreenSaver"_s, u"ActiveChanged"_s,
                   {false});
        emitSignal(saver, u"/org/freedesktop/ScreenSaver"_s, u"org.freedesktop.ScreenSaver"_s, u"ActiveChanged"_s,
                   {true});
        QVERIFY(locked.wait());
        QVERIFY(lock.locked());
        QCOMPARE(locked.count(), 1);
    }

    void eachSourceReportsTheLock_data()
    {
        QTest::addColumn<QString>("connection");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("interface");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QVariantList>("arguments");
        QTest::addColumn<bool>("sleep");
        const QString saver = u"fakeScreenSaver"_s;
        const QString logind = u"fakeLogind"_s;
        QTest::newRow("KDE at /ScreenSaver") << saver << u"/ScreenSaver"_s << u"org.freedesktop.ScreenSaver"_s
                                             << u"ActiveChanged"_s << QVariantList{true} << false;
        QTest::newRow("GNOME Shell") << saver << u"/org/gnome/ScreenSaver"_s << u"org.gnome.ScreenSaver"_s
                                     << u"ActiveChanged"_s << QVariantList{true} << false;
        QTest::newRow("logind Lock") << logind << kSessionPath << u"org.freedesktop.login1.Session"_s << u"Lock"_s
                                     << QVariantList{} << false;
        QTest::newRow("logind LockedHint")
            << logind << kSessionPath << u"org.freedesktop.DBus.Properties"_s << u"PropertiesChanged"_s
            << QVariantList{u"org.freedesktop.login1.Session"_s, QVariantMap{{u"LockedHint"_s, true}}, QStringList{}}
            << false;
        QTest::newRow("logind PrepareForSleep")
            << logind << u"/org/freedesktop/login1"_s << u"org.freedesktop.login1.Manager"_s << u"PrepareForSleep"_s
            << QVariantList{true} << true;
    }

    void eachSourceReportsTheLock()
    {
        QFETCH(QString, connection);
        QFETCH(QString, path);
        QFETCH(QString, interface);
        QFETCH(QString, name);
        QFETCH(QVariantList, arguments);
        QFETCH(bool, sleep);
        DBusScreenLock watcher(QDBusConnection::sessionBus(), QDBusConnection::sessionBus(), u"c7"_s);
        QSignalSpy found(&watcher, &DBusScreenLock::logindSessionFound);
        QVERIFY(found.wait());
        QSignalSpy locked(&watcher, &DBusScreenLock::screenLocked);
        QSignalSpy sleeping(&watcher, &DBusScreenLock::goingToSleep);
        QDBusConnection bus(connection);
        emitSignal(bus, path, interface, name, arguments);
        QVERIFY((sleep ? sleeping : locked).wait());
        QCOMPARE(locked.count(), sleep ? 0 : 1);
        QCOMPARE(sleeping.count(), sleep ? 1 : 0);
    }

    void signalsFromOthersThanTheOwnerDoNotCount()
    {
        DBusScreenLock watcher(QDBusConnection::sessionBus(), QDBusConnection::sessionBus(), u"c7"_s);
        QSignalSpy found(&watcher, &DBusScreenLock::logindSessionFound);
        QVERIFY(found.wait());
        QSignalSpy locked(&watcher, &DBusScreenLock::screenLocked);
        QSignalSpy sleeping(&watcher, &DBusScreenLock::goingToSleep);
        // The screen saver's connection does not own org.freedesktop.login1: its "logind" signals
        // are ignored, and so is the screen saver stopping. Signals from one connection arrive in
        // order, so once its last one (a real lock) is seen, the others have been handled.
        QDBusConnection saver(u"fakeScreenSaver"_s);
        emitSignal(saver, kSessionPath, u"org.freedesktop.login1.Session"_s, u"Lock"_s);
        emitSignal(saver, u"/org/freedesktop/login1"_s, u"org.freedesktop.login1.Manager"_s, u"PrepareForSleep"_s,
                   {true});
        emitSignal(saver, u"/org/freedesktop/ScreenSaver"_s, u"org.freedesktop.ScreenSaver"_s, u"ActiveChanged"_s,
                   {false});
        emitSignal(saver, u"/org/freedesktop/ScreenSaver"_s, u"org.freedesktop.ScreenSaver"_s, u"ActiveChanged"_s,
                   {true});
        QVERIFY(locked.wait());
        QCOMPARE(locked.count(), 1);
        QCOMPARE(sleeping.count(), 0);
        // From logind itself: the session unlocking and waking up do not count; going to sleep does.
        QDBusConnection logind(u"fakeLogind"_s);
        emitSignal(logind, kSessionPath, u"org.freedesktop.DBus.Properties"_s, u"PropertiesChanged"_s,
                   {u"org.freedesktop.login1.Session"_s, QVariantMap{{u"LockedHint"_s, false}}, QStringList{}});
        emitSignal(logind, kSessionPath, u"org.freedesktop.DBus.Properties"_s, u"PropertiesChanged"_s,
                   {u"org.freedesktop.login1.Session"_s, QVariantMap{{u"Active"_s, true}}, QStringList{}});
        emitSignal(logind, u"/org/freedesktop/login1"_s, u"org.freedesktop.login1.Manager"_s, u"PrepareForSleep"_s,
                   {false});
        emitSignal(logind, u"/org/freedesktop/login1"_s, u"org.freedesktop.login1.Manager"_s, u"PrepareForSleep"_s,
                   {true});
        QVERIFY(sleeping.wait());
        QCOMPARE(sleeping.count(), 1);
        QCOMPARE(locked.count(), 1);
    }

    void withoutBusesItStaysSilent()
    {
        const QDBusConnection none(u"sandi-no-such-connection"_s); // never connected
        QVERIFY(!none.isConnected());
        DBusScreenLock watcher(none, none, u"c7"_s);
        QVERIFY(watcher.logindSession().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScreenLock)
#include "tst_screenlock.moc"
