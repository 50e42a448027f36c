// ScreenScanner on the offscreen platform with two screens (tests/app/twoscreens.json, the right
// one at 200 %): injected grabs of two monitors with corners mapped to the virtual desktop, hiding
// and restoring Sandi's own windows, cancelling, and picking a region of the last grab.

#include "app/scan/screenscanner.h"
#include "qrimage.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QRandomGenerator>
#include <QRasterWindow>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using sandi::ScanResult;
using sandi::ScreenGrab;
using sandi::ScreenScanner;

namespace {

const QByteArray kLink = "otpauth://totp/LPSE%20Kudus:ppk1?secret=JBSWY3DPEHPK3PXP&issuer=LPSE%20Kudus";
const QByteArray kOtherLink = "otpauth://totp/LPSE%20NTT:pokja2?secret=KRSXG5CTMVRXEZLU&issuer=LPSE%20NTT";
constexpr int kModule = 4;

// A light desktop with a code drawn at `qrAt` (device pixels inside the screen) unless it is null.
ScreenGrab desktop(const QString& name, const QRect& geometry, const QByteArray& link = {}, QPoint qrAt = {})
{
    QImage image(geometry.size(), QImage::Format_RGB32);
    image.fill(QColor(0xe8, 0xea, 0xed));
    if (!link.isEmpty()) {
        QPainter(&image).drawImage(qrAt, sandi::test::qrImage(link, kModule));
    }
    return {name, geometry, image, 1};
}

// Outer corners the decoder should report for a code drawn at `qrAt` on a screen at `screen`.
QPolygon expectedCorners(QPoint screen, QPoint qrAt, const QByteArray& link, int module = kModule)
{
    const int extent = sandi::test::qrImage(link, module).width() - 2 * 4 * module;
    const QPoint origin = screen + sandi::test::qrOrigin(qrAt, module);
    return QPolygon({origin, origin + QPoint(extent, 0), origin + QPoint(extent, extent), origin + QPoint(0, extent)});
}

bool near(const QPolygon& actual, const QPolygon& expected, int tolerance = 2)
{
    if (actual.size() != expected.size()) {
        return false;
    }
    for (int i = 0; i < actual.size(); ++i) {
        if ((actual[i] - expected[i]).manhattanLength() > tolerance) {
            return false;
        }
    }
    return true;
}

class ColorWindow : public QRasterWindow
{
protected:
    void paintEvent(QPaintEvent*) override { QPainter(this).fillRect(QRect(QPoint(), size()), Qt::darkGray); }
};

ScanResult waitForResult(QSignalSpy& spy)
{
    if (spy.isEmpty() && !spy.wait(10000)) {
        return {};
    }
    return spy.takeFirst().at(0).value<ScanResult>();
}

} // namespace

class TestScreenScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultGrabberUsesDevicePixels()
    {
        const auto screens = QGuiApplication::screens();
        QCOMPARE(screens.size(), 2);
        const auto grabs = sandi::grabScreens();
        QCOMPARE(grabs.size(), 2);
        QCOMPARE(grabs[0].screenName, u"left"_s);
        QCOMPARE(grabs[0].geometry, QRect(0, 0, 1280, 1024));
        QCOMPARE(grabs[0].devicePixelRatio, 1.0);
        // The right screen is 1920 × 1080 device pixels shown at 200 %: Qt calls it 960 × 540 at
        // (1280, 0); the grab has every device pixel and starts where the left screen ends.
        QCOMPARE(screens[1]->geometry(), QRect(1280, 0, 960, 540));
        QCOMPARE(grabs[1].screenName, u"right"_s);
        QCOMPARE(grabs[1].geometry, QRect(1280, 0, 1920, 1080));
        QCOMPARE(grabs[1].image.size(), QSize(1920, 1080));
        QCOMPARE(grabs[1].devicePixelRatio, 2.0);
    }

    void cornersOnTheVirtualDesktop_data()
    {
        QTest::addColumn<QRect>("second");
        QTest::addColumn<bool>("codeOnFirst");
        QTest::newRow("second monitor to the right") << QRect(1280, 0, 1920, 1080) << false;
        QTest::newRow("second monitor to the left") << QRect(-1920, 200, 1920, 1080) << false;
        QTest::newRow("second monitor above") << QRect(0, -1080, 1920, 1080) << false;
        QTest::newRow("a code on each monitor") << QRect(1280, 0, 1920, 1080) << true;
    }

    void cornersOnTheVirtualDesktop()
    {
        QFETCH(QRect, second);
        QFETCH(bool, codeOnFirst);
        const QRect first(0, 0, 1280, 1024);
        const QPoint firstAt(100, 80);
        const QPoint secondAt(700, 400);
        ScreenScanner scanner;
        scanner.setGrabber([&] {
            return QList<ScreenGrab>{desktop(u"a"_s, first, codeOnFirst ? kOtherLink : QByteArray(), firstAt),
                                     desktop(u"b"_s, second, kLink, secondAt)};
        });
        QSignalSpy finished(&scanner, &ScreenScanner::finished);
        scanner.start();
        QVERIFY(scanner.isBusy());
        const ScanResult result = waitForResult(finished);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.codes.size(), codeOnFirst ? 2 : 1);
        for (const auto& code : result.codes) {
            const bool onSecond = code.text == QString::fromLatin1(kLink);
            const QPolygon expected = onSecond ? expectedCorners(second.topLeft(), secondAt, kLink)
                                               : expectedCorners(first.topLeft(), firstAt, kOtherLink);
            QVERIFY2(near(code.corners, expected), qPrintable(u"%1 corners off"_s.arg(onSecond ? 2 : 1)));
        }
        QVERIFY(!scanner.isBusy());
        QCOMPARE(scanner.lastGrab().size(), 2);
        QCOMPARE(scanner.lastGrab()[1].geometry, second);
    }

    void nothingFoundIsNoError()
    {
        ScreenScanner scanner;
        scanner.setGrabber([] { return QList<ScreenGrab>{desktop(u"a"_s, QRect(0, 0, 800, 600))}; });
        QSignalSpy finished(&scanner, &ScreenScanner::finished);
        scanner.start();
        const ScanResult result = waitForResult(finished);
        QVERIFY(result.ok());
        QVERIFY(result.codes.isEmpty());
    }

    void noScreenIsAnError()
    {
        ScreenScanner scanner;
        scanner.setGrabber([] { return QList<ScreenGrab>{}; });
        QSignalSpy finished(&scanner, &ScreenScanner::finished);
        scanner.start();
        const ScanResult result = waitForResult(finished);
        QCOMPARE(result.error, u"Sandi could not take a screenshot."_s);
    }

    void hidesOwnWindowsDuringTheGrab()
    {
        ColorWindow shown;
        shown.setGeometry(100, 120, 320, 240);
        shown.show();
        QVERIFY(QTest::qWaitForWindowExposed(&shown));
        ColorWindow neverShown;
        neverShown.setGeometry(50, 50, 100, 100);

        bool visibleDuringGrab = true;
        bool otherVisibleDuringGrab = true;
        qint64 grabbedAfterMs = -1;
        QElapsedTimer clock;
        ScreenScanner scanner;
        scanner.setSettleDelay(100ms);
        scanner.setGrabber([&] {
            visibleDuringGrab = shown.isVisible();
            otherVisibleDuringGrab = neverShown.isVisible();
            grabbedAfterMs = clock.elapsed();
            return QList<ScreenGrab>{desktop(u"a"_s, QRect(0, 0, 640, 480), kLink, QPoint(10, 10))};
        });
        QSignalSpy finished(&scanner, &ScreenScanner::finished);
        bool visibleWhenFinished = false;
        connect(&scanner, &ScreenScanner::finished, this, [&] { visibleWhenFinished = shown.isVisible(); });
        clock.start();
        scanner.start();
        QVERIFY(!shown.isVisible());
        const ScanResult result = waitForResult(finished);
        QCOMPARE(result.codes.size(), 1);
        QVERIFY(!visibleDuringGrab);
        QVERIFY(!otherVisibleDuringGrab);
        QVERIFY2(grabbedAfterMs >= 100, "grabbed before the settle delay");
        QVERIFY(visibleWhenFinished);
        QVERIFY(shown.isVisible());
        QCOMPARE(shown.geometry(), QRect(100, 120, 320, 240));
        QVERIFY(!neverShown.isVisible()); // only what was visible comes back
    }

    void keepsWindowsWhenAskedTo()
    {
        ColorWindow shown;
        shown.setGeometry(100, 120, 320, 240);
        shown.show();
        bool visibleDuringGrab = false;
        ScreenScanner scanner;
        scanner.setHideOwnWindows(false);
        scanner.setGrabber([&] {
            visibleDuringGrab = shown.isVisible();
            return QList<ScreenGrab>{desktop(u"a"_s, QRect(0, 0, 64, 48))};
        });
        QSignalSpy finished(&scanner, &ScreenScanner::finished);
        scanner.start();
        QVERIFY(finished.wait(5000));
        QVERIFY(visibleDuringGrab);
    }

    void cancelWhileHidingRestoresWindows()
    {
        ColorWindow shown;
        shown.setGeometry(30, 40, 200, 100);
        shown.show();
        bool grabbed = false;
        ScreenScanner scanner;
        scanner.setSettleDelay(300ms);
        scanner.setGrabber([&] {
            grabbed = true;
            return QList<ScreenGrab>{};
        });
        QSignalSpy finished(&scanner, &ScreenScanner::finished);
        scanner.start();
        QVERIFY(!shown.isVisible());
        scanner.cancel();
        QVERIFY(shown.isVisible());
        QCOMPARE(shown.geometry(), QRect(30, 40, 200, 100));
        QVERIFY(!scanner.isBusy());
        QVERIFY(!finished.wait(600)); // nothing follows a cancel
        QVERIFY(!grabbed);
    }

    void cancelWhileDecodingDropsTheResult()
    {
        // Noise keeps the decoder busy for its whole budget.
        QImage noise(2400, 1600, QImage::Format_RGB32);
        QRandomGenerator random(7);
        for (int y = 0; y < noise.height(); ++y) {
            auto* line = reinterpret_cast<quint32*>(noise.scanLine(y));
            for (int x = 0; x < noise.width(); ++x) {
                line[x] = random.generate() | 0xff000000u;
            }
        }
        bool grabbed = false;
        ScreenScanner scanner;
        scanner.setGrabber([&] {
            grabbed = true;
            return QList<ScreenGrab>{{u"a"_s, QRect(QPoint(0, 0), noise.size()), noise, 1}};
        });
        QSignalSpy finished(&scanner, &ScreenScanner::finished);
        scanner.start();
        QTRY_VERIFY(grabbed);
        scanner.cancel();
        QVERIFY(!scanner.isBusy());

        // The scanner is free at once; the next scan's result is the only one that arrives.
        scanner.setGrabber([] { return QList<ScreenGrab>{desktop(u"a"_s, QRect(0, 0, 640, 480), kLink, {})}; });
        scanner.start();
        const ScanResult result = waitForResult(finished);
        QCOMPARE(result.codes.size(), 1);
        QVERIFY(!finished.wait(2500));
    }

    void startWhileBusyIsIgnored()
    {
        int grabs = 0;
        ScreenScanner scanner;
        scanner.setGrabber([&] {
            ++grabs;
            return QList<ScreenGrab>{desktop(u"a"_s, QRect(0, 0, 64, 48))};
        });
        QSignalSpy finished(&scanner, &ScreenScanner::finished);
        scanner.start();
        scanner.start();
        QVERIFY(finished.wait(5000));
        QVERIFY(!finished.wait(300));
        QCOMPARE(grabs, 1);
    }

    void regionOfASmallCode_data()
    {
        QTest::addColumn<double>("module");
        QTest::addColumn<double>("offset");
        QTest::newRow("1 px per module") << 1.0 << 0.0;
        QTest::newRow("1.2 px per module, half-pixel offset (blurred)") << 1.2 << 0.5;
        QTest::newRow("1.5 px per module, half-pixel offset (blurred)") << 1.5 << 0.5;
        QTest::newRow("2 px per module") << 2.0 << 0.0;
        QTest::newRow("4 px per module") << 4.0 << 0.0;
    }

    void regionOfASmallCode()
    {
        QFETCH(double, module);
        QFETCH(double, offset);
        const QRect screen(1280, 0, 1920, 1080);
        const QPointF qrAt(1500 + offset, 900 + offset);
        const QImage code = sandi::test::qrImage(kLink, 1);
        ScreenGrab grab = desktop(u"b"_s, screen);
        {
            // Scaled as a browser scales an image on a fractional display scale: area-averaged.
            QPainter painter(&grab.image);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.drawImage(QRectF(qrAt, QSizeF(code.size()) * module), code);
        }
        ScreenScanner scanner;
        scanner.setGrabber([&] { return QList<ScreenGrab>{desktop(u"a"_s, QRect(0, 0, 1280, 1024)), grab}; });
        QSignalSpy finished(&scanner, &ScreenScanner::finished);
        scanner.start();
        waitForResult(finished);

        // A loose rectangle around the code, as a user drags it.
        const int side = int(code.width() * module);
        const QRect picked(screen.topLeft() + qrAt.toPoint() - QPoint(15, 12), QSize(side + 40, side + 30));
        scanner.scanRegion(picked);
        QVERIFY(scanner.isBusy());
        const ScanResult result = waitForResult(finished);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.codes.size(), 1);
        QCOMPARE(result.codes[0].text, QString::fromLatin1(kLink));
        const QPointF origin = QPointF(screen.topLeft()) + qrAt + QPointF(4, 4) * module;
        const double extent = (code.width() - 8) * module;
        const QPolygon expected({origin.toPoint(), (origin + QPointF(extent, 0)).toPoint(),
                                 (origin + QPointF(extent, extent)).toPoint(),
                                 (origin + QPointF(0, extent)).toPoint()});
        QVERIFY2(near(result.codes[0].corners, expected, 3), "corners off");
    }

    void regionErrors()
    {
        ScreenScanner scanner;
        QSignalSpy finished(&scanner, &ScreenScanner::finished);
        scanner.scanRegion(QRect(0, 0, 100, 100));
        QCOMPARE(waitForResult(finished).error, u"There is no screenshot to pick an area from yet."_s);

        scanner.setGrabber([] { return QList<ScreenGrab>{desktop(u"a"_s, QRect(0, 0, 640, 480))}; });
        scanner.start();
        waitForResult(finished);
        scanner.scanRegion(QRect(700, 0, 100, 100));
        QCOMPARE(waitForResult(finished).error, u"The chosen area is not on any screen."_s);
    }
};

int main(int argc, char* argv[])
{
    // Two screens side by side, the right one at 200 % (device pixels 1920 × 1080).
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" SANDI_TEST_SCREENS);
    qputenv("QT_SCREEN_SCALE_FACTORS", "left=1;right=2");
    QGuiApplication app(argc, argv);
    TestScreenScanner test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screenscanner.moc"
