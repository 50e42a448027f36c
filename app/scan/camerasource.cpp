#include "app/scan/camerasource.h"

#include <QCameraDevice>
#include <QCameraFormat>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QVideoSink>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCamera, "sandi.scan.camera", QtInfoMsg)

namespace sandi {

namespace {

struct CameraText
{
    Q_DECLARE_TR_FUNCTIONS(sandi::CameraSource)
};

constexpr int kPreviewArea = 1280 * 720;
constexpr int kLargestArea = 1920 * 1080;
constexpr float kMinFrameRate = 15;

int area(QSize size)
{
    return size.width() * size.height();
}

QString permissionText(HostOs os)
{
    switch (os) {
    case HostOs::MacOs:
        return CameraText::tr("Sandi is not allowed to use the camera. Open System Settings → Privacy & Security → "
                              "Camera (on macOS 12 and earlier: System Preferences → Security & Privacy → Camera), "
                              "turn on Sandi, then open this window again.");
    case HostOs::Windows:
        return CameraText::tr("Windows does not let Sandi use the camera. Open Settings → Privacy & security → Camera, "
                              "turn on “Let desktop apps access your camera”, then try again.");
    case HostOs::Linux:
        break;
    }
    return CameraText::tr("Sandi is not allowed to open the camera. Your user account may need to be in the "
                          "“video” group: ask whoever looks after this computer, then try again.");
}

} // namespace

CameraProblem classifyCameraError(const QString& backendMessage)
{
    const QString text = backendMessage.toLower();
    const auto mentions = [&text](std::initializer_list<QStringView> words) {
        return std::any_of(words.begin(), words.end(), [&text](QStringView word) { return text.contains(word); });
    };
    // Linux (ffmpeg backend): "Camera is in use."; errno texts "Device or resource busy",
    // "Permission denied", "No such device"; Windows: "Access is denied.".
    if (mentions({u"in use", u"busy"})) {
        return CameraProblem::Busy;
    }
    if (mentions({u"permission", u"denied", u"not authorized", u"not permitted"})) {
        return CameraProblem::PermissionDenied;
    }
    if (mentions({u"no such device", u"disconnected", u"no camera", u"not found"})) {
        return CameraProblem::Disconnected;
    }
    return CameraProblem::Failed;
}

QString cameraProblemText(CameraProblem problem, HostOs os, const QString& detail)
{
    switch (problem) {
    case CameraProblem::NoCamera:
        return CameraText::tr("No camera was found. Connect a webcam and try again, or scan the QR code from the "
                              "screen or from an image file.");
    case CameraProblem::Busy:
        return CameraText::tr("The camera is being used by another program, such as a video call. Close that "
                              "program or choose another camera, then try again.");
    case CameraProblem::PermissionDenied:
        return permissionText(os);
    case CameraProblem::Disconnected:
        return CameraText::tr("The camera was disconnected. Connect it again, or choose another camera.");
    case CameraProblem::NoPicture:
        if (os == HostOs::MacOs) {
            // Qt 6.4 on macOS leaves a camera the user refused silently dark.
            return CameraText::tr("The camera sends no picture. If Sandi was refused access to the camera, open "
                                  "System Settings → Privacy & Security → Camera, turn on Sandi, then open this "
                                  "window again.");
        }
        return CameraText::tr("The camera sends no picture. Another program, such as a video call, may be using it, "
                              "or Sandi may not be allowed to use it. Close other programs that use the camera or "
                              "choose another camera, then try again.");
    case CameraProblem::Failed:
        break;
    }
    if (detail.isEmpty()) {
        return CameraText::tr("The camera could not be started.");
    }
    return CameraText::tr("The camera could not be started (%1).").arg(detail);
}

int pickCameraMode(const QList<CameraMode>& modes)
{
    const auto pick = [&modes](auto&& usable) {
        int best = -1;
        const auto key = [&modes](int i) {
            const CameraMode& mode = modes[i];
            return std::make_tuple(area(mode.resolution), mode.pixelFormat != QVideoFrameFormat::Format_Jpeg,
                                   mode.maxFrameRate);
        };
        for (int i = 0; i < modes.size(); ++i) {
            if (modes[i].pixelFormat != QVideoFrameFormat::Format_Invalid && usable(modes[i]) &&
                (best < 0 || key(best) < key(i))) {
                best = i;
            }
        }
        return best;
    };
    const int preview = pick([](const CameraMode& mode) {
        return area(mode.resolution) <= kPreviewArea && mode.maxFrameRate >= kMinFrameRate;
    });
    if (preview >= 0) {
        return preview;
    }
    return pick([](const CameraMode& mode) { return area(mode.resolution) <= kLargestArea; });
}

CameraSource::CameraSource(QObject* parent) : VideoSource(parent)
{
    refreshCameras();
    connect(&m_devices, &QMediaDevices::videoInputsChanged, this, [this]() {
        refreshCameras();
        if (m_camera && m_cameras.rowOf(m_selectedId) < 0) {
            fail(CameraProblem::Disconnected);
        }
    });
}

CameraSource::~CameraSource()
{
    stop();
}

void CameraSource::setVideoSink(QVideoSink* sink)
{
    m_sink = sink;
    m_session.setVideoSink(sink);
}

void CameraSource::refreshCameras()
{
    m_cameras.setCameras(CameraListModel::systemCameras());
}

void CameraSource::start()
{
    stop();
    m_problem.reset();
    refreshCameras();
    if (m_cameras.rowCount() == 0) {
        fail(CameraProblem::NoCamera);
        return;
    }
    if (m_cameras.rowOf(m_selectedId) < 0) {
        m_selectedId = m_cameras.idAt(0);
    }
    const QList<QCameraDevice> devices = QMediaDevices::videoInputs();
    const auto device =
        std::find_if(devices.begin(), devices.end(), [this](const QCameraDevice& d) { return d.id() == m_selectedId; });
    if (device == devices.end()) {
        fail(CameraProblem::Disconnected);
        return;
    }
    m_camera = std::make_unique<QCamera>(*device);
    if (m_camera->error() != QCamera::NoError) {
        fail(classifyCameraError(m_camera->errorString()), m_camera->errorString());
        return;
    }
    const QList<QCameraFormat> formats = device->videoFormats();
    QList<CameraMode> modes;
    for (const QCameraFormat& format : formats) {
        modes.append({format.resolution(), format.maxFrameRate(), format.pixelFormat()});
    }
    if (const int mode = pickCameraMode(modes); mode >= 0) {
        m_camera->setCameraFormat(formats[mode]);
    }
    connect(m_camera.get(), &QCamera::errorOccurred, this, &CameraSource::cameraErrorOccurred);
    connect(m_camera.get(), &QCamera::activeChanged, this, &VideoSource::activeChanged);
    m_session.setCamera(m_camera.get());
    m_session.setVideoSink(m_sink);
    qCDebug(lcCamera) << "starting" << device->description() << m_camera->cameraFormat().resolution()
                      << m_camera->cameraFormat().pixelFormat();
    m_camera->start();
}

void CameraSource::stop()
{
    if (!m_camera) {
        return;
    }
    // Taken out first: stopping emits activeChanged, whose receivers may call back in here.
    std::unique_ptr<QCamera> camera = std::move(m_camera);
    const bool wasActive = camera->isActive();
    camera->disconnect(this);
    camera->stop();
    m_session.setCamera(nullptr);
    camera.reset(); // releases the device
    if (wasActive) {
        Q_EMIT activeChanged(false);
    }
}

bool CameraSource::isActive() const
{
    return m_camera && m_camera->isActive();
}

int CameraSource::currentInput() const
{
    const int row = m_cameras.rowOf(m_selectedId);
    return row >= 0 || m_cameras.rowCount() == 0 ? row : 0;
}

void CameraSource::selectInput(int row)
{
    const QByteArray id = m_cameras.idAt(row);
    if (id.isEmpty()) {
        return;
    }
    m_selectedId = id;
}

QString CameraSource::noPictureText() const
{
    return cameraProblemText(CameraProblem::NoPicture);
}

void CameraSource::cameraErrorOccurred(QCamera::Error error, const QString& message)
{
    if (error == QCamera::NoError) {
        return;
    }
    qCInfo(lcCamera) << "camera error:" << message;
    fail(classifyCameraError(message), message);
}

void CameraSource::fail(CameraProblem problem, const QString& detail)
{
    stop();
    m_problem = problem;
    Q_EMIT failed(cameraProblemText(problem, kHostOs, detail));
}

} // namespace sandi
