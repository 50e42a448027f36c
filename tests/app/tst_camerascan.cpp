// CameraScan: a clip played as the camera is scanned until its code is found and the source is
// stopped; a failing source and a silent one end in Failed with their message; stopping and
// destroying the scan stop the source. The no-picture timer is checked, not waited for.

#include "app/scan/camerascan.h"
#include "tests/app/cliptestsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using sandi::CameraScan;
using sandi::ScanResult;
using namespace sandi::test;

class TestCameraScan : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_clip;
    QString m_clipError;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_clip = makeQrCameraClip(m_dir, &m_clipError, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void findsTheCodeAndStopsTheSource()
    {
        if (!m_clipError.isEmpty()) {
            QSKIP(qPrintable(m_clipError));
        }
        ClipSource source(m_clip);
        QVideoSink sink;
        CameraScan scan(&source, &sink);
        QSignalSpy states(&scan, &CameraScan::stateChanged);
        QSignalSpy found(&scan, &CameraScan::codeFound);
        QCOMPARE(scan.state(), CameraScan::State::Idle);
        scan.start();
        QCOMPARE(scan.state(), CameraScan::State::Starting);
        QVERIFY(!scan.statusText().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(scan.state(), CameraScan::State::Scanning, 10'000);
        QCOMPARE(scan.statusText(), u"Hold the QR code in front of the camera."_s);
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, 15'000);
        QCOMPARE(scan.state(), CameraScan::State::Found);
        QCOMPARE(found.first().first().value<ScanResult>().codes.first().text, kClipUri);
        QCOMPARE(scan.result().codes.first().text, kClipUri);
        QVERIFY(!source.isActive());
        QVERIFY(source.stops >= 1);
        QVERIFY(!scan.scanner()->isScanning());
        const auto seen = [&states](CameraScan::State s) {
            return std::any_of(states.begin(), states.end(), [s](const QList<QVariant>& args) {
                return args.first().value<CameraScan::State>() == s;
            });
        };
        QVERIFY(seen(CameraScan::State::Starting) && seen(CameraScan::State::Scanning));
    }

    void aFailingSourceEndsTheScanWithItsMessage()
    {
        SilentSource source(u"The camera is being used by another program."_s);
        QVideoSink sink;
        CameraScan scan(&source, &sink);
        scan.start();
        QCOMPARE(scan.state(), CameraScan::State::Failed);
        QCOMPARE(scan.statusText(), u"The camera is being used by another program."_s);
        QVERIFY(!scan.isWaitingForPicture());
        QVERIFY(!scan.scanner()->isScanning());
        sink.setVideoFrame(numberedFrame(1)); // a late picture does not revive it
        QCOMPARE(scan.state(), CameraScan::State::Failed);
    }

    void aSilentSourceIsGivenUpOn()
    {
        SilentSource source;
        QVideoSink sink;
        CameraScan scan(&source, &sink);
        QCOMPARE(scan.noPictureTimeout(), CameraScan::kNoPictureTimeout);
        scan.start();
        QVERIFY(source.isActive());
        QCOMPARE(scan.state(), CameraScan::State::Starting);
        QVERIFY(scan.isWaitingForPicture());
        scan.checkForPicture(); // what the timer does after kNoPictureTimeout
        QCOMPARE(scan.state(), CameraScan::State::Failed);
        QVERIFY(!scan.isWaitingForPicture());
        QCOMPARE(scan.statusText(), source.noPictureText());
        QVERIFY(!source.isActive());
    }

    void aPictureInTimeKeepsScanning()
    {
        SilentSource source;
        QVideoSink sink;
        CameraScan scan(&source, &sink, [](const QImage&, sandi::FrameScanner::Pass) { return ScanResult{}; });
        scan.start();
        QVERIFY(scan.isWaitingForPicture());
        sink.setVideoFrame(numberedFrame(1));
        QCOMPARE(scan.state(), CameraScan::State::Scanning);
        QVERIFY(!scan.isWaitingForPicture());
        scan.checkForPicture();
        QCOMPARE(scan.state(), CameraScan::State::Scanning);
        QVERIFY(source.isActive());
        QTRY_COMPARE(scan.scanner()->counters().decoded, 1);
    }

    void stopAndDestructionStopTheSource()
    {
        SilentSource source;
        QVideoSink sink;
        {
            CameraScan scan(&source, &sink);
            scan.start();
            sink.setVideoFrame(numberedFrame(1));
            scan.stop();
            QVERIFY(!source.isActive());
            QCOMPARE(scan.state(), CameraScan::State::Idle);
            QVERIFY(scan.statusText().isEmpty());
            scan.start();
            QVERIFY(source.isActive());
        }
        QVERIFY(!source.isActive()); // the scan's destructor stopped it
        QCOMPARE(source.starts, 2);
    }

    void startingAgainScansAgain()
    {
        if (!m_clipError.isEmpty()) {
            QSKIP(qPrintable(m_clipError));
        }
        ClipSource source(m_clip);
        QVideoSink sink;
        CameraScan scan(&source, &sink);
        QSignalSpy found(&scan, &CameraScan::codeFound);
        scan.start();
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, 15'000);
        scan.start();
        QVERIFY(scan.result().codes.isEmpty());
        QVERIFY(source.isActive() || scan.state() == CameraScan::State::Starting);
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 2, 15'000); // the same code is reported again after a restart
    }
};

QTEST_MAIN(TestCameraScan)
#include "tst_camerascan.moc"
