// The screen scan on a real X server (run by tests/run-under-xvfb.sh, with two X screens): a QR
// shown by another process is found even when a window of ours covers it, because ours is hidden
// during the grab and comes back afterwards where it was; a QR on the second screen is found too.

#include "app/scan/screenscanner.h"
#include "qrimage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>
#include <QWindow>

#include <memory>

using namespace Qt::StringLiterals;
using sandi::ScanResult;
using sandi::ScreenScanner;

namespace {

const QByteArray kLink = "otpauth://totp/LPSE%20Kudus:ppk1?secret=JBSWY3DPEHPK3PXP&issuer=LPSE%20Kudus";
constexpr int kModule = 4;

} // namespace

class TestScreenGrab : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_shown;

    // Shows the activation QR in another process, at `at` on X screen `screen`; true once visible.
    bool showQr(int screen, QPoint at)
    {
        const QString png = m_dir.filePath(u"qr.png"_s);
        if (!sandi::test::qrImage(kLink, kModule).save(png)) {
            return false;
        }
        m_shown = std::make_unique<QProcess>();
        m_shown->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_shown->start(QStringLiteral(SANDI_TEST_SHOWIMAGE),
                       {png, u"--screen"_s, QString::number(screen), u"--at"_s, u"%1,%2"_s.arg(at.x()).arg(at.y())});
        QByteArray out;
        QElapsedTimer clock;
        clock.start();
        while (!out.contains("ready") && clock.elapsed() < 15000 && m_shown->state() != QProcess::NotRunning) {
            m_shown->waitForReadyRead(100);
            out += m_shown->readAllStandardOutput();
        }
        return out.contains("ready");
    }

    static ScanResult scan(ScreenScanner& scanner)
    {
        QSignalSpy finished(&scanner, &ScreenScanner::finished);
        scanner.start();
        if (!finished.wait(15000)) {
            return {};
        }
        return finished.first().at(0).value<ScanResult>();
    }

    static QPoint topLeftCorner(const ScanResult& result) { return result.codes.value(0).corners.value(0); }

private Q_SLOTS:
    void initTestCase()
    {
        if (QGuiApplication::platformName() != u"xcb"_s) {
            QSKIP("needs an X server: run through tests/run-under-xvfb.sh");
        }
        QCOMPARE(QGuiApplication::screens().size(), 2); // Xvfb -screen 0 … -screen 1 …
        QVERIFY(m_dir.isValid());
    }

    void cleanup()
    {
        if (m_shown) {
            m_shown->kill();
            m_shown->waitForFinished();
            m_shown.reset();
        }
    }

    void findsACodeUnderOurOwnWindow()
    {
        const QPoint at(300, 200);
        QVERIFY(showQr(0, at));

        QWidget cover;
        cover.setWindowTitle(u"Sandi"_s);
        cover.setAutoFillBackground(true);
        cover.setPalette(QPalette(Qt::darkGray));
        const QRect where(200, 100, 700, 600);
        cover.setGeometry(where);
        cover.show();
        QVERIFY(QTest::qWaitForWindowExposed(&cover));
        const QRect shownAt = cover.geometry();

        ScreenScanner scanner;
        // Control: without hiding, the cover hides the code from the grab.
        scanner.setHideOwnWindows(false);
        ScanResult result = scan(scanner);
        QVERIFY(result.ok());
        QVERIFY2(result.codes.isEmpty(), "the covering window did not cover the code");

        scanner.setHideOwnWindows(true);
        result = scan(scanner);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.codes.size(), 1);
        QCOMPARE(result.codes[0].text, QString::fromLatin1(kLink));
        QVERIFY((topLeftCorner(result) - sandi::test::qrOrigin(at, kModule)).manhattanLength() <= 2);

        QVERIFY(cover.isVisible());
        QTRY_VERIFY(cover.windowHandle()->isExposed());
        QCOMPARE(cover.geometry(), shownAt);
    }

    void findsACodeOnTheSecondScreen()
    {
        const QPoint at(50, 60);
        QVERIFY(showQr(1, at));
        ScreenScanner scanner;
        const ScanResult result = scan(scanner);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.codes.size(), 1);
        QCOMPARE(scanner.lastGrab().size(), 2);
        QCOMPARE(scanner.lastGrab()[1].image.size(), QSize(1024, 768));
        // Separate X screens each start at (0, 0): the corners are in the second screen's pixels.
        QVERIFY((topLeftCorner(result) - sandi::test::qrOrigin(at, kModule)).manhattanLength() <= 2);
    }
};

QTEST_MAIN(TestScreenGrab)
#include "tst_screengrab.moc"
