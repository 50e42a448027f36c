// SingleInstance: the first instance listens, a second one hands over its arguments and is told
// to exit, a stale socket file from a crash does not block the next start, and keys differ per
// data folder.

#include "app/singleinstance.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

QString uniqueKey()
{
    return sandi::SingleInstance::defaultKey(u"/tmp/sandi-test-"_s + QUuid::createUuid().toString());
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstBecomesPrimary()
    {
        sandi::SingleInstance first(uniqueKey());
        QSignalSpy primary(&first, &sandi::SingleInstance::becamePrimary);
        QSignalSpy forwarded(&first, &sandi::SingleInstance::forwarded);
        first.start({});
        QTRY_COMPARE(primary.count(), 1); // possibly before start() returned
        QVERIFY(first.isPrimary());
        QCOMPARE(forwarded.count(), 0);
    }

    void secondForwardsItsArguments()
    {
        const QString key = uniqueKey();
        sandi::SingleInstance first(key);
        QSignalSpy primary(&first, &sandi::SingleInstance::becamePrimary);
        QSignalSpy received(&first, &sandi::SingleInstance::argumentsReceived);
        first.start({});
        QTRY_COMPARE(primary.count(), 1); // possibly before start() returned

        sandi::SingleInstance second(key);
        QSignalSpy forwarded(&second, &sandi::SingleInstance::forwarded);
        QSignalSpy secondPrimary(&second, &sandi::SingleInstance::becamePrimary);
        const QStringList arguments = {u"otpauth://totp/LPSE%20Kudus:ppk1?secret=JBSWY3DPEHPK3PXP"_s, u"ünïcode"_s};
        second.start(arguments);
        QTRY_COMPARE(forwarded.count(), 1);
        QTRY_COMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(0).toStringList(), arguments);
        QCOMPARE(secondPrimary.count(), 0);
        QVERIFY(!second.isPrimary());
    }

    void emptyArgumentsStillRaiseTheFirst()
    {
        const QString key = uniqueKey();
        sandi::SingleInstance first(key);
        QSignalSpy primary(&first, &sandi::SingleInstance::becamePrimary);
        QSignalSpy received(&first, &sandi::SingleInstance::argumentsReceived);
        first.start({});
        QTRY_COMPARE(primary.count(), 1); // possibly before start() returned
        sandi::SingleInstance second(key);
        QSignalSpy forwarded(&second, &sandi::SingleInstance::forwarded);
        second.start({});
        QTRY_COMPARE(forwarded.count(), 1);
        QTRY_COMPARE(received.count(), 1);
        QVERIFY(received.at(0).at(0).toStringList().isEmpty());
    }

    void aStaleSocketDoesNotBlock()
    {
        const QString key = uniqueKey();
        {
            // A server that goes away without cleaning up, like a crashed instance.
            QLocalServer crashed;
            crashed.setSocketOptions(QLocalServer::UserAccessOption);
            QVERIFY(crashed.listen(key));
            crashed.close();
        }
        sandi::SingleInstance next(key);
        QSignalSpy primary(&next, &sandi::SingleInstance::becamePrimary);
        next.start({});
        QTRY_COMPARE(primary.count(), 1); // possibly before start() returned
        QVERIFY(next.isPrimary());
    }

    void garbageIsIgnored()
    {
        const QString key = uniqueKey();
        sandi::SingleInstance first(key);
        QSignalSpy primary(&first, &sandi::SingleInstance::becamePrimary);
        QSignalSpy received(&first, &sandi::SingleInstance::argumentsReceived);
        first.start({});
        QTRY_COMPARE(primary.count(), 1); // possibly before start() returned
        QLocalSocket intruder;
        intruder.connectToServer(first.serverName());
        QVERIFY(intruder.waitForConnected(5000));
        intruder.write(QByteArray("\x00\x00\x00\x08garbage!", 12));
        intruder.flush();
        QTRY_COMPARE(intruder.state(), QLocalSocket::UnconnectedState); // dropped by the primary
        QCOMPARE(received.count(), 0);
    }

    void keysDependOnTheDataFolder()
    {
        const QString a = sandi::SingleInstance::defaultKey(u"/home/a/.local/share/sandi"_s);
        const QString b = sandi::SingleInstance::defaultKey(u"/home/b/.local/share/sandi"_s);
        QVERIFY(a != b);
        QCOMPARE(a, sandi::SingleInstance::defaultKey(u"/home/a/.local/share/sandi"_s));
        QVERIFY(a.startsWith(u"sandi-"_s));
        QVERIFY(a.size() < 40); // short enough for a Unix socket path in /tmp
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
