// Image files: each kind of failure gives its own sentence naming the file; EXIF orientation is
// applied; a QR code in a PNG or JPEG is found, synchronously and through FileScanner.

#include "app/scan/filescanner.h"
#include "qrimage.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <unistd.h>

using namespace Qt::StringLiterals;
using sandi::ScanResult;

namespace {

const QByteArray kLink = "otpauth://totp/LPSE%20Kudus:ppk1?secret=JBSWY3DPEHPK3PXP&issuer=LPSE%20Kudus";

// A BMP header (BITMAPINFOHEADER) announcing width × height at 24 bits, without pixel data.
QByteArray bmpHeader(qint32 width, qint32 height)
{
    QByteArray bytes(54, '\0');
    auto put32 = [&](int at, quint32 value) { qToLittleEndian(value, bytes.data() + at); };
    auto put16 = [&](int at, quint16 value) { qToLittleEndian(value, bytes.data() + at); };
    bytes[0] = 'B';
    bytes[1] = 'M';
    put32(2, 54);
    put32(10, 54);
    put32(14, 40);
    put32(18, quint32(width));
    put32(22, quint32(height));
    put16(26, 1);
    put16(28, 24);
    return bytes;
}

// CRC-32 as PNG chunks use it (ISO 3309; PNG specification, Annex D).
quint32 crc32(const QByteArray& bytes)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : bytes) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit) {
            crc = (crc & 1u) != 0 ? (crc >> 1) ^ 0xedb88320u : crc >> 1;
        }
    }
    return ~crc;
}

QByteArray pngChunk(const char* type, const QByteArray& data)
{
    QByteArray chunk(4, '\0');
    qToBigEndian(quint32(data.size()), chunk.data());
    const QByteArray body = QByteArray(type, 4) + data;
    QByteArray crc(4, '\0');
    qToBigEndian(crc32(body), crc.data());
    return chunk + body + crc;
}

// A PNG signature and header announcing width × height, 8-bit RGB, and an image data chunk that
// ends after the zlib header: the size can be read, the pixels cannot.
QByteArray pngHeaderOnly(quint32 width, quint32 height)
{
    QByteArray ihdr(13, '\0');
    qToBigEndian(width, ihdr.data());
    qToBigEndian(height, ihdr.data() + 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 2; // colour type: RGB
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", QByteArray("\x78\x9c", 2)) +
           pngChunk("IEND", {});
}

// `jpeg` with an EXIF APP1 segment saying "rotate 90° clockwise to display" (orientation 6;
// EXIF 2.3 §4.6.4, TIFF 6.0 IFD entries), inserted right after the SOI marker.
QByteArray withExifOrientation6(const QByteArray& jpeg)
{
    QByteArray tiff("II*\0\x08\0\0\0", 8);                        // little-endian TIFF, IFD at offset 8
    tiff += QByteArray("\x01\0", 2);                              // one entry
    tiff += QByteArray("\x12\x01\x03\0\x01\0\0\0\x06\0\0\0", 12); // 0x0112 Orientation, SHORT, 1, value 6
    tiff += QByteArray("\0\0\0\0", 4);                            // no next IFD
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray segment("\xff\xe1", 2);
    const quint16 length = quint16(payload.size() + 2);
    segment += char(length >> 8);
    segment += char(length & 0xff);
    segment += payload;
    return jpeg.left(2) + segment + jpeg.mid(2);
}

bool write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestFileScanner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void errors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content"); // null: do not create
        QTest::addColumn<QString>("error");      // %1: the file's path
        QTest::newRow("missing") << u"missing.png"_s << QByteArray() << u"The file “%1” does not exist."_s;
        QTest::newRow("text file") << u"notes.txt"_s << QByteArray("otpauth is not a picture\n")
                                   << u"“%1” is not an image that Sandi can read (PNG, JPEG, BMP, GIF…)."_s;
        QTest::newRow("empty file") << u"empty.png"_s << QByteArray("")
                                    << u"“%1” is not an image that Sandi can read (PNG, JPEG, BMP, GIF…)."_s;
        QTest::newRow("too large") << u"huge.png"_s << pngHeaderOnly(20000, 20000)
                                   << u"“%1” is too large (20000 × 20000 pixels); Sandi reads images of up to 64 "
                                      "megapixels."_s;
        QTest::newRow("wider than the decoder reads") << u"wide.png"_s << pngHeaderOnly(17000, 10)
                                                      << u"“%1” is too large (17000 × 10 pixels); Sandi reads "
                                                         "images of up to 64 megapixels."_s;
        QTest::newRow("truncated") << u"truncated.bmp"_s << bmpHeader(400, 300)
                                   << u"“%1” is damaged or incomplete: the image cannot be read."_s;
    }

    void errors()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        const QString file = path(name);
        if (!content.isNull()) {
            QVERIFY(write(file, content));
        }
        const auto loaded = sandi::loadImageFile(file);
        QVERIFY(loaded.image.isNull());
        QCOMPARE(loaded.error, error.arg(file));
        const ScanResult result = sandi::scanImageFile(file);
        QCOMPARE(result.error, error.arg(file));
        QVERIFY(result.codes.isEmpty());
    }

    void folder()
    {
        QCOMPARE(sandi::loadImageFile(m_dir.path()).error, u"“%1” is a folder, not an image file."_s.arg(m_dir.path()));
    }

    void unreadable()
    {
        if (::geteuid() == 0) {
            QSKIP("root reads files whatever their mode");
        }
        const QString file = path(u"locked.png"_s);
        QVERIFY(sandi::test::qrImage(kLink).save(file));
        QVERIFY(QFile::setPermissions(file, QFileDevice::WriteOwner));
        const QString error = sandi::loadImageFile(file).error;
        QVERIFY2(error.startsWith(u"The file “%1” cannot be opened: "_s.arg(file)), qPrintable(error));
    }

    void findsTheCode_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("PNG") << u"code.png"_s;
        QTest::newRow("JPEG") << u"code.jpg"_s;
    }

    void findsTheCode()
    {
        QFETCH(QString, name);
        const QString file = path(name);
        QVERIFY(sandi::test::qrImage(kLink, 5).save(file));
        const ScanResult result = sandi::scanImageFile(file);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.codes.size(), 1);
        QCOMPARE(result.codes[0].text, QString::fromLatin1(kLink));
        QCOMPARE(result.codes[0].corners.size(), 4);
    }

    void appliesExifOrientation()
    {
        QImage wide(200, 100, QImage::Format_RGB32);
        wide.fill(Qt::white);
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(wide.save(&buffer, "JPEG"));
        const QString file = path(u"sideways.jpg"_s);
        QVERIFY(write(file, withExifOrientation6(jpeg)));
        QCOMPARE(sandi::loadImageFile(file).image.size(), QSize(100, 200));
        QCOMPARE(sandi::loadImageData(jpeg, u"plain"_s).image.size(), QSize(200, 100));
    }

    void imageData()
    {
        QByteArray png;
        QBuffer buffer(&png);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(sandi::test::qrImage(kLink).save(&buffer, "PNG"));
        const auto loaded = sandi::loadImageData(png, u"standard input"_s);
        QVERIFY(loaded.error.isEmpty());
        QCOMPARE(loaded.image.size(), sandi::test::qrImage(kLink).size());
        QCOMPARE(sandi::loadImageData("GIF? no", u"standard input"_s).error,
                 u"“standard input” is not an image that Sandi can read (PNG, JPEG, BMP, GIF…)."_s);
    }

    void fileScannerRunsOffTheGuiThread()
    {
        const QString file = path(u"async.png"_s);
        QVERIFY(sandi::test::qrImage(kLink).save(file));
        sandi::FileScanner scanner;
        QSignalSpy finished(&scanner, &sandi::FileScanner::finished);
        scanner.start(file);
        QVERIFY(scanner.isBusy());
        QVERIFY(finished.isEmpty());
        QVERIFY(finished.wait(10000));
        QVERIFY(!scanner.isBusy());
        QCOMPARE(finished[0][0].value<ScanResult>().codes.size(), 1);
        QCOMPARE(finished[0][0].value<ScanResult>().imageFile, file); // the window offers to delete it

        scanner.start(path(u"missing.png"_s));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished[1][0].value<ScanResult>().error,
                 u"The file “%1” does not exist."_s.arg(path(u"missing.png"_s)));

        scanner.start(file);
        scanner.cancel();
        QVERIFY(!scanner.isBusy());
        QVERIFY(!finished.wait(500));
    }
};

QTEST_MAIN(TestFileScanner)
#include "tst_filescanner.moc"
