// PortalScreenshot and ScreenScanner's portal path against a fake org.freedesktop.portal.Screenshot
// served from this process on a second connection to a private session bus (run by
// tests/run-under-xvfb.sh --bus-only, whose bus cannot start a real portal).

#include "app/scan/portalscreenshot.h"
#include "app/scan/screenscanner.h"
#include "qrimage.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;
using sandi::PortalScreenshot;
using sandi::ScanResult;
using sandi::ScreenScanner;

namespace {

const QString kPortal = u"org.freedesktop.portal.Desktop"_s;
const QByteArray kLink = "otpauth://totp/LPSE%20Kudus:ppk1?secret=JBSWY3DPEHPK3PXP&issuer=LPSE%20Kudus";
constexpr uint kNoAnswer = 99; // the fake keeps the request open (a dialog nobody answers)

// One org.freedesktop.portal.Request object of the fake portal; records Close().
class FakeRequest : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Request")
public:
    explicit FakeRequest(bool* closed, QObject* parent) : QObject(parent), m_closed(closed) {}

public Q_SLOTS:
    void Close() { *m_closed = true; }

private:
    bool* m_closed;
};

class FakePortal : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Screenshot")
public:
    explicit FakePortal(QDBusConnection bus) : m_bus(std::move(bus)) {}

    QList<uint> responses;    // one per call; 0 success, 1 cancelled, 2 refused
    QList<bool> interactive;  // what each call asked for
    QString uri;              // results["uri"] on success
    bool ignoreToken = false; // like portals before 0.9: a path of its own, answered a bit later
    bool closed = false;

public Q_SLOTS:
    QDBusObjectPath Screenshot(const QString& parentWindow, const QVariantMap& options, const QDBusMessage& message)
    {
        Q_UNUSED(parentWindow)
        const qsizetype call = interactive.size();
        interactive.append(options.value(u"interactive"_s).toBool());
        QString sender = message.service();
        sender.remove(0, 1).replace(u'.', u'_');
        const QString token = ignoreToken ? u"portal%1"_s.arg(call) : options.value(u"handle_token"_s).toString();
        const QString path = u"/org/freedesktop/portal/desktop/request/%1/%2"_s.arg(sender, token);
        m_bus.registerObject(path, new FakeRequest(&closed, this), QDBusConnection::ExportAllSlots);
        const uint response = responses.value(call, 2);
        if (response != kNoAnswer) {
            QTimer::singleShot(ignoreToken ? 300 : 0, this, [this, path, response] {
                auto signal = QDBusMessage::createSignal(path, u"org.freedesktop.portal.Request"_s, u"Response"_s);
                QVariantMap results;
                if (response == 0) {
                    results.insert(u"uri"_s, uri);
                }
                signal << response << results;
                m_bus.send(signal);
                m_bus.unregisterObject(path);
            });
        }
        return QDBusObjectPath(path);
    }

private:
    QDBusConnection m_bus;
};

} // namespace

class TestPortalScreenshot : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FakePortal> m_portal;

    void servePortal()
    {
        QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"fakeportal"_s);
        QVERIFY(bus.isConnected());
        m_portal = std::make_unique<FakePortal>(bus);
        QVERIFY(
            bus.registerObject(u"/org/freedesktop/portal/desktop"_s, m_portal.get(), QDBusConnection::ExportAllSlots));
        QVERIFY(bus.registerService(kPortal));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QDBusConnection::sessionBus().isConnected()) {
            QSKIP("needs a private session bus: run through tests/run-under-xvfb.sh --bus-only");
        }
        QVERIFY(m_dir.isValid());
    }

    void cleanup()
    {
        if (!m_portal) {
            return;
        }
        QDBusConnection bus(u"fakeportal"_s);
        bus.unregisterService(kPortal);
        bus.unregisterObject(u"/org/freedesktop/portal/desktop"_s);
        m_portal.reset();
        QDBusConnection::disconnectFromBus(u"fakeportal"_s);
    }

    void answers_data()
    {
        QTest::addColumn<QList<uint>>("responses");
        QTest::addColumn<bool>("ignoreToken");
        QTest::addColumn<QList<bool>>("interactive");
        QTest::addColumn<QString>("error");
        QTest::newRow("allowed without a dialog") << QList<uint>{0} << false << QList<bool>{false} << QString();
        QTest::newRow("refused, then allowed in the dialog")
            << QList<uint>{2, 0} << false << QList<bool>{false, true} << QString();
        QTest::newRow("refused twice") << QList<uint>{2, 2} << false << QList<bool>{false, true}
                                       << u"The desktop refused to take a screenshot for Sandi."_s;
        QTest::newRow("cancelled in the dialog")
            << QList<uint>{1, 1} << false << QList<bool>{false, true} << u"The screenshot was cancelled."_s;
        QTest::newRow("portal older than 0.9 ignores handle_token")
            << QList<uint>{0} << true << QList<bool>{false} << QString();
    }

    void answers()
    {
        QFETCH(QList<uint>, responses);
        QFETCH(bool, ignoreToken);
        QFETCH(QList<bool>, interactive);
        QFETCH(QString, error);
        servePortal();
        const QString png = m_dir.filePath(u"Screenshot.png"_s);
        m_portal->responses = responses;
        m_portal->ignoreToken = ignoreToken;
        m_portal->uri = QUrl::fromLocalFile(png).toString();

        PortalScreenshot screenshot;
        QSignalSpy captured(&screenshot, &PortalScreenshot::captured);
        QSignalSpy failed(&screenshot, &PortalScreenshot::failed);
        screenshot.request();
        QVERIFY(screenshot.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!captured.isEmpty() || !failed.isEmpty(), 10000);
        QVERIFY(!screenshot.isBusy());
        QCOMPARE(m_portal->interactive, interactive);
        if (error.isEmpty()) {
            QCOMPARE(captured.size(), 1);
            QCOMPARE(captured[0][0].toString(), png);
            QVERIFY(failed.isEmpty());
        } else {
            QVERIFY(captured.isEmpty());
            QCOMPARE(failed.size(), 1);
            QCOMPARE(failed[0][0].toString(), error);
        }
    }

    void noPortalOnTheBus()
    {
        PortalScreenshot screenshot;
        QSignalSpy failed(&screenshot, &PortalScreenshot::failed);
        screenshot.request();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed[0][0].toString(), u"The desktop has no screenshot service that Sandi can use "
                                          "(org.freedesktop.DBus.Error.ServiceUnknown)."_s);
    }

    void answerWithoutALocalFile()
    {
        servePortal();
        m_portal->responses = {0};
        m_portal->uri = u"https://example.com/screen.png"_s;
        PortalScreenshot screenshot;
        QSignalSpy failed(&screenshot, &PortalScreenshot::failed);
        screenshot.request();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed[0][0].toString(), u"The desktop's screenshot service gave no picture that Sandi can open."_s);
    }

    void cancelClosesTheDialog()
    {
        servePortal();
        m_portal->responses = {2, kNoAnswer};
        PortalScreenshot screenshot;
        QSignalSpy captured(&screenshot, &PortalScreenshot::captured);
        QSignalSpy failed(&screenshot, &PortalScreenshot::failed);
        screenshot.request();
        QTRY_COMPARE(m_portal->interactive.size(), 2); // the dialog is open
        screenshot.cancel();
        QVERIFY(!screenshot.isBusy());
        QTRY_VERIFY(m_portal->closed);
        QVERIFY(captured.isEmpty());
        QVERIFY(failed.isEmpty());
    }

    void screenScannerDecodesThePortalsPicture()
    {
        servePortal();
        const QString png = m_dir.filePath(u"desktop.png"_s);
        QImage desktop(1600, 900, QImage::Format_RGB32);
        desktop.fill(Qt::lightGray);
        const QPoint at(900, 500);
        {
            QPainter painter(&desktop);
            painter.drawImage(at, sandi::test::qrImage(kLink, 3));
        }
        QVERIFY(desktop.save(png));
        m_portal->responses = {0};
        m_portal->uri = QUrl::fromLocalFile(png).toString();

        ScreenScanner scanner;
        scanner.setMethod(ScreenScanner::Method::Portal);
        QSignalSpy finished(&scanner, &ScreenScanner::finished);
        scanner.start();
        QVERIFY(finished.wait(10000));
        const auto result = finished[0][0].value<ScanResult>();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.codes.size(), 1);
        QCOMPARE(result.codes[0].text, QString::fromLatin1(kLink));
        QVERIFY((result.codes[0].corners.value(0) - sandi::test::qrOrigin(at, 3)).manhattanLength() <= 2);
        QCOMPARE(scanner.lastGrab().size(), 1);
        QCOMPARE(scanner.lastGrab()[0].geometry, QRect(0, 0, 1600, 900));
        QVERIFY(QFile::exists(png)); // not deleted behind the user's back: the window offers it
        QCOMPARE(result.imageFile, png);
    }

    void screenScannerReportsAPortalFailure()
    {
        servePortal();
        m_portal->responses = {2, 2};
        ScreenScanner scanner;
        scanner.setMethod(ScreenScanner::Method::Portal);
        QSignalSpy finished(&scanner, &ScreenScanner::finished);
        scanner.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished[0][0].value<ScanResult>().error, u"The desktop refused to take a screenshot for Sandi."_s);
    }
};

QTEST_MAIN(TestPortalScreenshot)
#include "tst_portalscreenshot.moc"
