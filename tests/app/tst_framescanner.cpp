// FrameScanner: each camera frame layout read as grayscale, the whole-factor shrinking, codes found
// in frames pushed into a QVideoSink and in H.264 clips that QMediaPlayer plays into one (the camera
// path without a camera), and the drop-while-busy rule: one decode in flight, frames that arrive
// meanwhile replaced by newer ones, and the newest decoded next. Slow decoders wait on a semaphore
// the test releases, so nothing depends on timing.

#include "app/scan/framescanner.h"
#include "tests/app/cliptestsupport.h"

#include <QMutex>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;
using sandi::FrameScanner;
using sandi::ScanResult;
using namespace sandi::test;

namespace {

// A decoder that records what it saw, counts how many run at once, and (if gated) waits for the
// test to let each decode finish.
struct RecordingDecoder
{
    QMutex mutex;
    QList<int> marks; // the top-left luma of each decoded frame
    QList<FrameScanner::Pass> passes;
    std::atomic<int> running{0};
    std::atomic<int> maxRunning{0};
    QSemaphore gate;
    bool gated = false;

    FrameScanner::Decoder function()
    {
        return [this](const QImage& frame, FrameScanner::Pass pass) {
            const int now = ++running;
            int seen = maxRunning.load();
            while (now > seen && !maxRunning.compare_exchange_weak(seen, now)) {
            }
            if (gated) {
                gate.tryAcquire(1, 30'000); // bounded, so a broken scanner fails instead of hanging
            }
            {
                QMutexLocker lock(&mutex);
                marks.append(frame.constScanLine(0)[0]);
                passes.append(pass);
            }
            --running;
            return ScanResult{};
        };
    }
    QList<int> seenMarks()
    {
        QMutexLocker lock(&mutex);
        return marks;
    }
};

QImage pattern(QSize size)
{
    QImage image(size, QImage::Format_Grayscale8);
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x) {
            image.scanLine(y)[x] = static_cast<uchar>((x * 7 + y * 13) % 256);
        }
    }
    return image;
}

int maxDifference(const QImage& a, const QImage& b)
{
    int worst = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            worst = std::max(worst, std::abs(a.constScanLine(y)[x] - b.constScanLine(y)[x]));
        }
    }
    return worst;
}

// The QR code of `text` in the middle of a grey 640 × 480 picture.
QImage qrScene(const QString& text)
{
    QImage scene(640, 480, QImage::Format_Grayscale8);
    scene.fill(150);
    const QImage code = qrImage(text, 6);
    for (int y = 0; y < code.height(); ++y) {
        std::memcpy(scene.scanLine(y + (480 - code.height()) / 2) + (640 - code.width()) / 2, code.constScanLine(y),
                    static_cast<size_t>(code.width()));
    }
    return scene;
}

} // namespace

Q_DECLARE_METATYPE(QVideoFrameFormat::PixelFormat)

class TestFrameScanner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_clipError; // why the clips could not be made; empty when they were

    QString clip(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (ffmpegProgram().isEmpty()) {
            m_clipError = kNoFfmpeg;
            return;
        }
        const QString png = m_dir.filePath(u"code.png"_s);
        QVERIFY(qrImage(kClipUri, 6).save(png));
        for (const QString& error :
             {makeStillClip(png, clip("still.mp4"), 2), makeCameraClip(png, clip("camera.mp4"), 1.5, 3),
              makeCameraClip({}, clip("nocode.mp4"), 2, 0)}) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    void toGrayReadsEachLayout_data()
    {
        QTest::addColumn<QVideoFrameFormat::PixelFormat>("format");
        QTest::addColumn<int>("tolerance");
        QTest::newRow("YUV420P (webcam MJPEG decoded, H.264)") << QVideoFrameFormat::Format_YUV420P << 0;
        QTest::newRow("NV12 (Windows, macOS)") << QVideoFrameFormat::Format_NV12 << 0;
        QTest::newRow("YUYV (USB webcam raw)") << QVideoFrameFormat::Format_YUYV << 0;
        QTest::newRow("UYVY") << QVideoFrameFormat::Format_UYVY << 0;
        QTest::newRow("P010 (10-bit)") << QVideoFrameFormat::Format_P010 << 0;
        QTest::newRow("BGRA8888 (converted by Qt)") << QVideoFrameFormat::Format_BGRA8888 << 1;
    }
    void toGrayReadsEachLayout()
    {
        QFETCH(QVideoFrameFormat::PixelFormat, format);
        QFETCH(int, tolerance);
        const QImage expected = pattern({64, 48});
        const QVideoFrame frame = frameFromGray(expected, format);
        QVERIFY(frame.isValid());
        const QImage gray = FrameScanner::toGray(frame);
        QCOMPARE(gray.format(), QImage::Format_Grayscale8);
        QCOMPARE(gray.size(), expected.size());
        QVERIFY2(maxDifference(gray, expected) <= tolerance,
                 qPrintable(QString::number(maxDifference(gray, expected))));
    }

    void toGrayShrinksByAWholeFactor_data()
    {
        QTest::addColumn<QSize>("frame");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("VGA as is") << QSize(640, 480) << QSize(640, 480);
        QTest::newRow("720p as is") << QSize(1280, 720) << QSize(1280, 720);
        QTest::newRow("1080p halved") << QSize(1920, 1080) << QSize(960, 540);
        QTest::newRow("1440p halved") << QSize(2560, 1440) << QSize(1280, 720);
        QTest::newRow("4K quartered") << QSize(3840, 2160) << QSize(960, 540);
    }
    void toGrayShrinksByAWholeFactor()
    {
        QFETCH(QSize, frame);
        QFETCH(QSize, expected);
        // A one-pixel checkerboard: a box filter gives flat grey, dropping pixels would give 0 or 255.
        QImage checker(frame, QImage::Format_Grayscale8);
        for (int y = 0; y < frame.height(); ++y) {
            for (int x = 0; x < frame.width(); ++x) {
                checker.scanLine(y)[x] = (x + y) % 2 ? 255 : 0;
            }
        }
        const QImage gray = FrameScanner::toGray(frameFromGray(checker, QVideoFrameFormat::Format_NV12));
        QCOMPARE(gray.size(), expected);
        if (expected != frame) {
            QCOMPARE(gray.constScanLine(0)[0], uchar(127));
            QCOMPARE(gray.constScanLine(expected.height() - 1)[expected.width() - 1], uchar(127));
        }
    }

    void decodesACodeShownInTheSink_data()
    {
        QTest::addColumn<QVideoFrameFormat::PixelFormat>("format");
        QTest::newRow("YUV420P") << QVideoFrameFormat::Format_YUV420P;
        QTest::newRow("YUYV") << QVideoFrameFormat::Format_YUYV;
        QTest::newRow("BGRA8888") << QVideoFrameFormat::Format_BGRA8888;
    }
    void decodesACodeShownInTheSink()
    {
        QFETCH(QVideoFrameFormat::PixelFormat, format);
        FrameScanner scanner;
        QVideoSink sink;
        scanner.setVideoSink(&sink);
        QSignalSpy found(&scanner, &FrameScanner::codeFound);
        sink.setVideoFrame(frameFromGray(qrScene(kClipUri), format));
        QTRY_COMPARE(found.count(), 1);
        const auto result = found.first().first().value<ScanResult>();
        QCOMPARE(result.codes.size(), 1);
        QCOMPARE(result.codes.first().text, kClipUri);
        QCOMPARE(result.codes.first().corners.size(), 4);
        QVERIFY(!scanner.isScanning()); // stops after the first code
    }

    void dropsFramesWhileBusyAndDecodesTheNewestNext()
    {
        RecordingDecoder decoder;
        decoder.gated = true;
        FrameScanner scanner(decoder.function());
        QVideoSink sink;
        scanner.setVideoSink(&sink);
        for (int i = 1; i <= 10; ++i) {
            sink.setVideoFrame(numberedFrame(i * 10));
        }
        QVERIFY(scanner.isBusy());
        QCOMPARE(scanner.counters().received, 10);
        QCOMPARE(scanner.counters().decoded, 0);
        QCOMPARE(scanner.counters().dropped, 8); // 20…90: each replaced by the next while 10 ran

        decoder.gate.release();
        QTRY_COMPARE(scanner.counters().decoded, 1);
        QVERIFY(scanner.isBusy()); // the waiting frame started at once
        decoder.gate.release();
        QTRY_COMPARE(scanner.counters().decoded, 2);
        QVERIFY(!scanner.isBusy());
        QCOMPARE(decoder.seenMarks(), QList<int>({10, 100}));
        QCOMPARE(decoder.maxRunning.load(), 1);
        QCOMPARE(scanner.counters().dropped, 8);

        // Idle again: the next frame is decoded right away.
        decoder.gate.release();
        sink.setVideoFrame(numberedFrame(110));
        QTRY_COMPARE(scanner.counters().decoded, 3);
        QCOMPARE(decoder.seenMarks().last(), 110);
        QVERIFY(scanner.summary().startsWith(u"received 11, decoded 3, dropped 8"_s));
    }

    void dropsFramesOfAPlayingClipWhileBusy()
    {
        if (!m_clipError.isEmpty()) {
            QSKIP(qPrintable(m_clipError));
        }
        RecordingDecoder decoder;
        decoder.gated = true;
        FrameScanner scanner(decoder.function());
        QMediaPlayer player;
        QVideoSink sink;
        player.setVideoSink(&sink);
        scanner.setVideoSink(&sink);
        player.setSource(QUrl::fromLocalFile(clip("still.mp4")));
        player.play();
        QTRY_VERIFY_WITH_TIMEOUT(scanner.counters().received >= 12, 15'000);
        player.stop();
        const auto counters = scanner.counters();
        QCOMPARE(counters.decoded, 0);
        QCOMPARE(counters.dropped, counters.received - 2); // one in flight, one waiting
        decoder.gate.release(2);
        QTRY_COMPARE(scanner.counters().decoded, 2);
        QCOMPARE(decoder.maxRunning.load(), 1);
        scanner.stop(); // a late frame may have started a third decode: let it end before `decoder` goes
        decoder.gate.release(10);
        QTRY_VERIFY(!scanner.isBusy());
    }

    void runsAThoroughPassEveryNthDecode()
    {
        RecordingDecoder decoder;
        FrameScanner scanner(decoder.function());
        QVideoSink sink;
        scanner.setVideoSink(&sink);
        for (int i = 1; i <= 2 * FrameScanner::kThoroughEvery; ++i) {
            sink.setVideoFrame(numberedFrame(i));
            QTRY_COMPARE(scanner.counters().decoded, i);
        }
        using P = FrameScanner::Pass;
        QCOMPARE(decoder.passes,
                 QList<P>({P::Quick, P::Quick, P::Quick, P::Thorough, P::Quick, P::Quick, P::Quick, P::Thorough}));
    }

    void stopsAfterTheFirstCodeUnlessContinuous()
    {
        FrameScanner scanner;
        QVideoSink sink;
        scanner.setVideoSink(&sink);
        QSignalSpy found(&scanner, &FrameScanner::codeFound);
        // A new frame each time: QVideoSink ignores the frame it already shows.
        const QImage scene = qrScene(kClipUri);
        const auto code = [&scene]() { return frameFromGray(scene, QVideoFrameFormat::Format_NV12); };
        sink.setVideoFrame(code());
        QTRY_COMPARE(found.count(), 1);
        sink.setVideoFrame(code());
        QCOMPARE(scanner.counters().received, 1);
        QVERIFY(!scanner.isBusy());

        scanner.restart();
        scanner.setContinuous(true);
        QCOMPARE(scanner.counters().received, 0);
        for (int i = 1; i <= 3; ++i) {
            sink.setVideoFrame(code());
            QTRY_COMPARE(scanner.counters().decoded, i);
        }
        QCOMPARE(found.count(), 2); // once after the restart, not once per frame
        sink.setVideoFrame(frameFromGray(qrScene(kOtherUri), QVideoFrameFormat::Format_NV12));
        QTRY_COMPARE(found.count(), 3);
        const auto result = found.last().first().value<ScanResult>();
        QCOMPARE(result.codes.size(), 1);
        QCOMPARE(result.codes.first().text, kOtherUri);
    }

    void ignoresADecodeThatFinishesAfterStop()
    {
        QSemaphore gate;
        FrameScanner scanner([&gate](const QImage&, FrameScanner::Pass) {
            gate.tryAcquire(1, 30'000);
            ScanResult result;
            result.codes.append({kClipUri, {}});
            return result;
        });
        QVideoSink sink;
        scanner.setVideoSink(&sink);
        QSignalSpy found(&scanner, &FrameScanner::codeFound);
        QSignalSpy decoded(&scanner, &FrameScanner::frameDecoded);
        sink.setVideoFrame(numberedFrame(1));
        sink.setVideoFrame(numberedFrame(2));
        scanner.stop();
        QCOMPARE(scanner.counters().dropped, 1); // the waiting frame
        gate.release();
        QTRY_VERIFY(!scanner.isBusy());
        QCOMPARE(found.count(), 0);
        QCOMPARE(decoded.count(), 0);
    }

    void findsTheCodeInAPlayedClip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("minimumDecodes");
        QTest::newRow("still QR") << u"still.mp4"_s << 1;
        // 1.5 s of test pattern first: those frames are decoded and hold nothing.
        QTest::newRow("pattern, then a turned noisy QR") << u"camera.mp4"_s << 2;
    }
    void findsTheCodeInAPlayedClip()
    {
        if (!m_clipError.isEmpty()) {
            QSKIP(qPrintable(m_clipError));
        }
        QFETCH(QString, file);
        QFETCH(int, minimumDecodes);
        FrameScanner scanner;
        QMediaPlayer player;
        QVideoSink sink;
        player.setVideoSink(&sink);
        scanner.setVideoSink(&sink);
        QSignalSpy found(&scanner, &FrameScanner::codeFound);
        player.setSource(QUrl::fromLocalFile(m_dir.filePath(file)));
        player.play();
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, 15'000);
        player.stop();
        const auto result = found.first().first().value<ScanResult>();
        QCOMPARE(result.codes.size(), 1);
        QCOMPARE(result.codes.first().text, kClipUri);
        QVERIFY2(scanner.counters().decoded >= minimumDecodes, qPrintable(scanner.summary()));
        qInfo().noquote() << file << scanner.summary(); // the debug figure
    }

    void findsNothingInAClipWithoutACode()
    {
        if (!m_clipError.isEmpty()) {
            QSKIP(qPrintable(m_clipError));
        }
        FrameScanner scanner;
        QMediaPlayer player;
        QVideoSink sink;
        player.setVideoSink(&sink);
        scanner.setVideoSink(&sink);
        QSignalSpy found(&scanner, &FrameScanner::codeFound);
        player.setSource(QUrl::fromLocalFile(clip("nocode.mp4")));
        player.play();
        QTRY_COMPARE_WITH_TIMEOUT(player.mediaStatus(), QMediaPlayer::EndOfMedia, 15'000);
        QTRY_VERIFY(!scanner.isBusy());
        QVERIFY2(scanner.counters().decoded >= 5, qPrintable(scanner.summary()));
        QCOMPARE(found.count(), 0);
    }
};

QTEST_MAIN(TestFrameScanner)
#include "tst_framescanner.moc"
