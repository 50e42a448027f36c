// The clipboard as a scan source on the offscreen platform: otpauth links in copied text are taken
// as they are, a copied picture is decoded, anything else is a clear error.

#include "app/scan/clipboardscanner.h"
#include "qrimage.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using sandi::ClipboardScanner;
using sandi::ScanResult;

namespace {

const QString kTotp = u"otpauth://totp/LPSE%20Kudus:ppk1?secret=JBSWY3DPEHPK3PXP&issuer=LPSE%20Kudus"_s;
const QString kMigration =
    u"otpauth-migration://offline?data=CjEKCkhlbGxvId6tvu8SGEV4YW1wbGUgQWNjb3VudBoHRXhhbXBsZSABKAEwAg%3D%3D"_s;
const QString kNothing = u"The clipboard holds neither a QR code picture nor an otpauth link."_s;

ScanResult scanClipboard(ClipboardScanner& scanner)
{
    QSignalSpy finished(&scanner, &ClipboardScanner::finished);
    scanner.start();
    if (!finished.isEmpty()) {
        return {}; // finished() must never arrive before start() returns
    }
    if (!finished.wait(10000)) {
        return {};
    }
    return finished[0][0].value<ScanResult>();
}

} // namespace

class TestClipboardScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QGuiApplication::clipboard()->clear(); }

    void links_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("links");
        QTest::newRow("one link") << kTotp << QStringList{kTotp};
        QTest::newRow("surrounding spaces and newline") << u"  %1\n"_s.arg(kTotp) << QStringList{kTotp};
        QTest::newRow("two links, newline separated") << kTotp + u"\n"_s + kMigration << QStringList{kTotp, kMigration};
        QTest::newRow("in a sentence") << u"Pindai tautan ini: %1 lalu tekan OK"_s.arg(kTotp) << QStringList{kTotp};
        QTest::newRow("in angle brackets, as mail writes it") << u"<%1>"_s.arg(kTotp) << QStringList{kTotp};
        QTest::newRow("in quotes") << u"\"%1\""_s.arg(kMigration) << QStringList{kMigration};
        QTest::newRow("upper-case scheme") << u"OTPAUTH://TOTP/x?secret=JBSWY3DPEHPK3PXP"_s
                                           << QStringList{u"OTPAUTH://TOTP/x?secret=JBSWY3DPEHPK3PXP"_s};
        QTest::newRow("no link") << u"123456"_s << QStringList{};
        QTest::newRow("otpauth without //") << u"otpauth:totp/x"_s << QStringList{};
        QTest::newRow("link inside a web address") << u"https://example.com/?u=otpauth://totp/x"_s << QStringList{};
        QTest::newRow("empty") << QString() << QStringList{};
    }

    void links()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, links);
        QCOMPARE(sandi::otpauthLinks(text), links);
    }

    void copiedText()
    {
        QGuiApplication::clipboard()->setText(u"Akun LPSE:\n%1\n%2\n"_s.arg(kTotp, kMigration));
        ClipboardScanner scanner;
        const ScanResult result = scanClipboard(scanner);
        QVERIFY(result.ok());
        QCOMPARE(result.codes.size(), 2);
        QCOMPARE(result.codes[0].text, kTotp);
        QCOMPARE(result.codes[1].text, kMigration);
        QVERIFY(result.codes[0].corners.isEmpty()); // not from a picture
    }

    void copiedPicture()
    {
        QImage screenshot(640, 400, QImage::Format_RGB32);
        screenshot.fill(Qt::white);
        {
            QPainter painter(&screenshot);
            painter.drawImage(QPoint(300, 100), sandi::test::qrImage(kTotp.toLatin1(), 3));
        }
        QGuiApplication::clipboard()->setImage(screenshot);
        ClipboardScanner scanner;
        const ScanResult result = scanClipboard(scanner);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.codes.size(), 1);
        QCOMPARE(result.codes[0].text, kTotp);
        QVERIFY((result.codes[0].corners.value(0) - sandi::test::qrOrigin(QPoint(300, 100), 3)).manhattanLength() <= 2);
    }

    void pictureWithTextThatIsNoLink()
    {
        // Browsers copy an image with its address as text: the picture counts.
        auto* data = new QMimeData;
        data->setText(u"https://lpse.example.go.id/eproc4/qr.png"_s);
        data->setImageData(sandi::test::qrImage(kTotp.toLatin1()));
        QGuiApplication::clipboard()->setMimeData(data);
        ClipboardScanner scanner;
        const ScanResult result = scanClipboard(scanner);
        QCOMPARE(result.codes.size(), 1);
        QCOMPARE(result.codes[0].text, kTotp);
    }

    void pictureWithoutACode()
    {
        QImage blank(200, 200, QImage::Format_RGB32);
        blank.fill(Qt::white);
        QGuiApplication::clipboard()->setImage(blank);
        ClipboardScanner scanner;
        const ScanResult result = scanClipboard(scanner);
        QVERIFY(result.ok());
        QVERIFY(result.codes.isEmpty());
    }

    void neitherPictureNorLink_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("a code, not a link") << u"123456"_s;
        QTest::newRow("empty clipboard") << QString();
    }

    void neitherPictureNorLink()
    {
        QFETCH(QString, text);
        if (!text.isEmpty()) {
            QGuiApplication::clipboard()->setText(text);
        }
        ClipboardScanner scanner;
        QCOMPARE(scanClipboard(scanner).error, kNothing);
    }

    void cancelDropsTheResult()
    {
        QGuiApplication::clipboard()->setImage(sandi::test::qrImage(kTotp.toLatin1()));
        ClipboardScanner scanner;
        QSignalSpy finished(&scanner, &ClipboardScanner::finished);
        scanner.start();
        QVERIFY(scanner.isBusy());
        scanner.cancel();
        QVERIFY(!scanner.isBusy());
        QVERIFY(!finished.wait(500));
    }
};

QTEST_MAIN(TestClipboardScanner)
#include "tst_clipboardscanner.moc"
