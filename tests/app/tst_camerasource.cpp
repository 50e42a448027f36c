// CameraSource and the camera list: backend messages mapped to problems, a sentence per problem
// that says what to do on each system, the preview mode picked from a camera's modes, the picker
// model (default first, same names numbered), and a machine without a camera (this one, and CI).

#include "app/scan/cameralistmodel.h"
#include "app/scan/camerasource.h"

#include <QAbstractItemModelTester>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QTest>

#include <set>

using namespace Qt::StringLiterals;
using sandi::CameraListModel;
using sandi::CameraMode;
using sandi::CameraProblem;
using sandi::HostOs;

Q_DECLARE_METATYPE(sandi::CameraProblem)
Q_DECLARE_METATYPE(sandi::HostOs)

namespace {

constexpr auto kJpeg = QVideoFrameFormat::Format_Jpeg;
constexpr auto kYuyv = QVideoFrameFormat::Format_YUYV;
constexpr auto kNv12 = QVideoFrameFormat::Format_NV12;

const QList<CameraProblem> kProblems{CameraProblem::NoCamera,         CameraProblem::Busy,
                                     CameraProblem::PermissionDenied, CameraProblem::Disconnected,
                                     CameraProblem::NoPicture,        CameraProblem::Failed};

} // namespace

class TestCameraSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifiesBackendMessages_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<CameraProblem>("problem");
        QTest::newRow("Qt 6.4 V4L2 (ffmpeg backend)") << u"Camera is in use."_s << CameraProblem::Busy;
        QTest::newRow("GStreamer v4l2src") << u"Device '/dev/video0' is busy"_s << CameraProblem::Busy;
        QTest::newRow("EBUSY") << u"Could not open: Device or resource busy"_s << CameraProblem::Busy;
        QTest::newRow("EACCES") << u"Cannot open '/dev/video0': Permission denied"_s << CameraProblem::PermissionDenied;
        QTest::newRow("Windows E_ACCESSDENIED") << u"Access is denied."_s << CameraProblem::PermissionDenied;
        QTest::newRow("macOS") << u"The app is not authorized to use the camera"_s << CameraProblem::PermissionDenied;
        QTest::newRow("ENODEV") << u"No such device"_s << CameraProblem::Disconnected;
        QTest::newRow("QCamera without a backend") << u"Failed to initialize QCamera"_s << CameraProblem::Failed;
        QTest::newRow("empty") << QString() << CameraProblem::Failed;
    }
    void classifiesBackendMessages()
    {
        QFETCH(QString, message);
        QFETCH(CameraProblem, problem);
        QCOMPARE(sandi::classifyCameraError(message), problem);
    }

    void problemTextsSayWhatToDo_data()
    {
        QTest::addColumn<HostOs>("os");
        QTest::addColumn<QString>("permissionHint");
        QTest::newRow("macOS") << HostOs::MacOs << u"System Settings → Privacy & Security → Camera"_s;
        QTest::newRow("Windows") << HostOs::Windows << u"Settings → Privacy & security → Camera"_s;
        QTest::newRow("Linux") << HostOs::Linux << u"“video” group"_s;
    }
    void problemTextsSayWhatToDo()
    {
        QFETCH(HostOs, os);
        QFETCH(QString, permissionHint);
        std::set<QString> texts;
        for (CameraProblem problem : kProblems) {
            const QString text = sandi::cameraProblemText(problem, os);
            QVERIFY(!text.isEmpty());
            texts.insert(text);
        }
        QCOMPARE(texts.size(), size_t(kProblems.size())); // each problem has its own sentence
        QVERIFY(sandi::cameraProblemText(CameraProblem::PermissionDenied, os).contains(permissionHint));
        // Qt 6.4 reports a refused camera on macOS only as silence.
        QCOMPARE(sandi::cameraProblemText(CameraProblem::NoPicture, os).contains(u"System Settings"_s),
                 os == HostOs::MacOs);
        QVERIFY(sandi::cameraProblemText(CameraProblem::Failed, os, u"pipeline error"_s).contains(u"pipeline error"_s));
        QVERIFY(!sandi::cameraProblemText(CameraProblem::Busy, os, u"pipeline error"_s).contains(u"pipeline"_s));
    }

    void picksAPreviewMode_data()
    {
        QTest::addColumn<QList<CameraMode>>("modes");
        QTest::addColumn<int>("expected");
        QTest::newRow("none") << QList<CameraMode>{} << -1;
        // A typical USB 2 webcam: raw YUYV is slow above VGA, MJPEG runs at 30 fps.
        QTest::newRow("USB webcam: 720p MJPEG over 720p YUYV at 10 fps") << QList<CameraMode>{{{640, 480}, 30, kYuyv},
                                                                                              {{1280, 720}, 10, kYuyv},
                                                                                              {{1280, 720}, 30, kJpeg},
                                                                                              {{1920, 1080}, 30, kJpeg}}
                                                                         << 2;
        QTest::newRow("raw before JPEG at the same size and rate")
            << QList<CameraMode>{{{1280, 720}, 30, kJpeg}, {{1280, 720}, 30, kNv12}} << 1;
        QTest::newRow("higher rate at the same size and format")
            << QList<CameraMode>{{{1280, 720}, 15, kNv12}, {{1280, 720}, 30, kNv12}} << 1;
        QTest::newRow("never above 720p while a smaller mode is fast enough")
            << QList<CameraMode>{{{3840, 2160}, 30, kNv12}, {{1920, 1080}, 30, kNv12}, {{960, 540}, 30, kNv12}} << 2;
        QTest::newRow("only slow modes: the largest up to 1080p")
            << QList<CameraMode>{{{640, 480}, 5, kYuyv}, {{1920, 1080}, 5, kYuyv}, {{2592, 1944}, 2, kYuyv}} << 1;
        QTest::newRow("only huge modes: keep the default") << QList<CameraMode>{{{3840, 2160}, 30, kNv12}} << -1;
        QTest::newRow("unknown pixel formats are skipped")
            << QList<CameraMode>{{{1280, 720}, 30, QVideoFrameFormat::Format_Invalid}, {{640, 480}, 30, kYuyv}} << 1;
    }
    void picksAPreviewMode()
    {
        QFETCH(QList<CameraMode>, modes);
        QFETCH(int, expected);
        QCOMPARE(sandi::pickCameraMode(modes), expected);
    }

    void cameraListPutsTheDefaultFirstAndNumbersTwins()
    {
        CameraListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setCameras({{"/dev/video0", u"USB Camera"_s, false},
                          {"/dev/video2", u"Integrated Camera"_s, true},
                          {"/dev/video4", u"USB Camera"_s, false},
                          {"/dev/video6", QString(), false}});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 4);
        const auto text = [&model](int row) { return model.index(row).data().toString(); };
        QCOMPARE(text(0), u"Integrated Camera"_s);
        QVERIFY(model.index(0).data(CameraListModel::IsDefaultRole).toBool());
        QCOMPARE(text(1), u"USB Camera (1)"_s);
        QCOMPARE(text(2), u"USB Camera (2)"_s);
        QCOMPARE(text(3), u"Camera"_s);
        QCOMPARE(model.index(1).data(CameraListModel::IdRole).toByteArray(), QByteArray("/dev/video0"));
        QCOMPARE(model.rowOf("/dev/video4"), 2);
        QCOMPARE(model.rowOf("/dev/video9"), -1);
        QCOMPARE(model.idAt(0), QByteArray("/dev/video2"));
        QVERIFY(model.idAt(7).isEmpty());
        QCOMPARE(model.roleNames().value(CameraListModel::IdRole), QByteArray("cameraId"));
        model.setCameras({});
        QCOMPARE(model.rowCount(), 0);
    }

    void withoutACameraStartFailsWithNoCamera()
    {
        if (!QMediaDevices::videoInputs().isEmpty()) {
            QSKIP("this machine has a camera; the test needs one without");
        }
        sandi::CameraSource source;
        QSignalSpy failed(&source, &sandi::VideoSource::failed);
        QSignalSpy active(&source, &sandi::VideoSource::activeChanged);
        QCOMPARE(source.inputs()->rowCount(), 0);
        QCOMPARE(source.currentInput(), -1);
        QVERIFY(!source.problem().has_value());
        source.start();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().toString(), sandi::cameraProblemText(CameraProblem::NoCamera));
        QCOMPARE(source.problem(), std::optional(CameraProblem::NoCamera));
        QVERIFY(!source.isActive());
        QCOMPARE(active.count(), 0);
        source.selectInput(0); // no such row: nothing happens
        QCOMPARE(failed.count(), 1);
        source.stop(); // harmless when stopped
        QVERIFY(!source.isActive());
        QVERIFY(source.noPictureText() == sandi::cameraProblemText(CameraProblem::NoPicture));
    }
};

QTEST_MAIN(TestCameraSource)
#include "tst_camerasource.moc"
