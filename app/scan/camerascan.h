#pragma once
// One camera scan, everything but the widgets: starts a VideoSource playing into the preview's
// sink, decodes its frames with a FrameScanner, stops the source when a code is found or the scan
// ends, notices a source that runs but shows nothing, and keeps the status line the dialog shows.

#include "app/scan/framescanner.h"
#include "app/scan/scanresult.h"
#include "app/scan/videosource.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>

class QVideoSink;

namespace sandi {

class CameraScan : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,     // not started, or stopped
        Starting, // waiting for the first picture
        Scanning, // pictures arrive and are decoded
        Found,    // a code was found; the source is stopped
        Failed,   // the source failed or showed nothing; statusText() says why
    };
    Q_ENUM(State)

    // How long a started source may show nothing before the scan gives up. Cameras show their
    // first picture within one to two seconds; Qt 6.4 reports some failures (macOS access refused,
    // a busy camera under GStreamer) only as this silence.
    static constexpr std::chrono::milliseconds kNoPictureTimeout{8000};

    // `source` and `sink` outlive the scan; the source plays into the sink.
    CameraScan(VideoSource* source, QVideoSink* sink, QObject* parent = nullptr);
    // With another decoder (tests); see FrameScanner::Decoder.
    CameraScan(VideoSource* source, QVideoSink* sink, FrameScanner::Decoder decoder, QObject* parent = nullptr);
    // Stops the source.
    ~CameraScan() override;

    // Starts (or restarts) the source and the scanning.
    void start();
    // Stops the source and the scanning; Found and Failed stay as they are.
    void stop();

    [[nodiscard]] State state() const { return m_state; }
    // The line to show under the preview, in the user's language.
    [[nodiscard]] QString statusText() const { return m_status; }
    // After Found: what was found.
    [[nodiscard]] const ScanResult& result() const { return m_result; }
    [[nodiscard]] FrameScanner* scanner() { return &m_scanner; }
    [[nodiscard]] VideoSource* source() const { return m_source; }
    [[nodiscard]] std::chrono::milliseconds noPictureTimeout() const;
    // Started and no picture yet: the no-picture timer runs.
    [[nodiscard]] bool isWaitingForPicture() const { return m_noPictureTimer.isActive(); }

    // Gives up if the source still showed nothing; the timer calls it kNoPictureTimeout after
    // start(), tests call it instead of waiting.
    void checkForPicture();

Q_SIGNALS:
    void stateChanged(sandi::CameraScan::State state);
    // A code was found (the source is already stopped). Emitted once per start().
    void codeFound(const sandi::ScanResult& result);

private:
    void pictureArrived();
    void sourceFailed(const QString& message);
    void scannerFoundCode(const ScanResult& result);
    void setState(State state, const QString& status);
    void logFigures() const;

    QPointer<VideoSource> m_source;
    FrameScanner m_scanner;
    QTimer m_noPictureTimer;
    ScanResult m_result;
    QString m_status;
    State m_state = State::Idle;
    bool m_pictureSeen = false;
};

} // namespace sandi
