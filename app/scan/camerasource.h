#pragma once
// The webcam as a VideoSource: Qt Multimedia's QCamera in a QMediaCaptureSession, showing into the
// preview's QVideoSink. Lists the cameras (CameraListModel, default first, kept current as cameras
// come and go), picks a preview-sized mode, and turns every way a camera can fail into a sentence
// that says what to do. The camera is released on stop() and on destruction.

#include "app/scan/cameralistmodel.h"
#include "app/scan/videosource.h"

#include <QCamera>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QPointer>
#include <QSize>
#include <QVideoFrameFormat>

#include <memory>
#include <optional>

namespace sandi {

enum class CameraProblem
{
    NoCamera,         // the system lists no camera
    Busy,             // another program holds it
    PermissionDenied, // the system or the user refused access
    Disconnected,     // it went away (unplugged) or was not found
    NoPicture,        // active, but no picture arrives (see CameraScan): Qt 6.4 reports neither
                      // macOS's denied access nor GStreamer's busy device as an error
    Failed,           // anything else
};

enum class HostOs
{
    Linux,
    MacOs,
    Windows,
};
#if defined(Q_OS_MACOS)
inline constexpr HostOs kHostOs = HostOs::MacOs;
#elif defined(Q_OS_WIN)
inline constexpr HostOs kHostOs = HostOs::Windows;
#else
inline constexpr HostOs kHostOs = HostOs::Linux;
#endif

// What QCamera::errorOccurred's text means. Qt 6.4 has a single error code (CameraError), so
// "in use" and "denied" can only be told apart by the backend's (English) message.
[[nodiscard]] CameraProblem classifyCameraError(const QString& backendMessage);
// The sentence to show, in the user's language, with the steps for `os` (System Settings on
// macOS, Windows' privacy settings, the "video" group on Linux). `detail`: the backend's message,
// shown only for Failed.
[[nodiscard]] QString cameraProblemText(CameraProblem problem, HostOs os = kHostOs, const QString& detail = {});

// One of a camera's modes (QCameraDevice::videoFormats()).
struct CameraMode
{
    QSize resolution;
    float maxFrameRate = 0;
    QVideoFrameFormat::PixelFormat pixelFormat = QVideoFrameFormat::Format_Invalid;
};
// The mode to preview and scan with, or -1 to keep the camera's default: the largest resolution
// up to 1280 × 720 that runs at 15 frames per second or more (the decoder reads frames at about
// 960 px, so more pixels only cost time), raw YUV before JPEG at the same size, then the higher
// rate. Without such a mode: the largest up to 1920 × 1080 at any rate.
[[nodiscard]] int pickCameraMode(const QList<CameraMode>& modes);

class CameraSource : public VideoSource
{
    Q_OBJECT
public:
    explicit CameraSource(QObject* parent = nullptr);
    // Stops the camera.
    ~CameraSource() override;

    void setVideoSink(QVideoSink* sink) override;
    // Starts the selected camera (the default one at first); NoCamera, Disconnected and errors the
    // backend reports at once arrive as failed() before this returns.
    void start() override;
    void stop() override;
    [[nodiscard]] bool isActive() const override;

    [[nodiscard]] QAbstractItemModel* inputs() override { return &m_cameras; }
    [[nodiscard]] int currentInput() const override;
    void selectInput(int row) override;
    [[nodiscard]] QString noPictureText() const override;

    [[nodiscard]] CameraListModel* cameras() { return &m_cameras; }
    // Why the last start failed; empty while running or never started.
    [[nodiscard]] std::optional<CameraProblem> problem() const { return m_problem; }

private:
    void refreshCameras();
    void cameraErrorOccurred(QCamera::Error error, const QString& message);
    void fail(CameraProblem problem, const QString& detail = {});

    QMediaDevices m_devices;
    CameraListModel m_cameras;
    QMediaCaptureSession m_session;
    std::unique_ptr<QCamera> m_camera; // declared after the session: destroyed first
    QPointer<QVideoSink> m_sink;
    QByteArray m_selectedId;
    std::optional<CameraProblem> m_problem;
};

} // namespace sandi
