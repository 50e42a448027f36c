#include "app/scan/camerascan.h"

#include <QLoggingCategory>
#include <QVideoSink>

#include <utility>

Q_LOGGING_CATEGORY(lcCameraScan, "sandi.scan.camera", QtInfoMsg)

namespace sandi {

CameraScan::CameraScan(VideoSource* source, QVideoSink* sink, QObject* parent)
    : CameraScan(source, sink, &FrameScanner::decodeFrame, parent)
{}

CameraScan::CameraScan(VideoSource* source, QVideoSink* sink, FrameScanner::Decoder decoder, QObject* parent)
    : QObject(parent), m_source(source), m_scanner(std::move(decoder))
{
    m_scanner.stop(); // until start()
    m_scanner.setVideoSink(sink);
    m_noPictureTimer.setSingleShot(true);
    m_noPictureTimer.setInterval(kNoPictureTimeout);
    connect(&m_noPictureTimer, &QTimer::timeout, this, &CameraScan::checkForPicture);
    connect(sink, &QVideoSink::videoFrameChanged, this, &CameraScan::pictureArrived);
    connect(source, &VideoSource::failed, this, &CameraScan::sourceFailed);
    connect(&m_scanner, &FrameScanner::codeFound, this, &CameraScan::scannerFoundCode);
    source->setVideoSink(sink);
}

CameraScan::~CameraScan()
{
    if (m_source) {
        m_source->disconnect(this);
        m_source->stop();
    }
}

std::chrono::milliseconds CameraScan::noPictureTimeout() const
{
    return m_noPictureTimer.intervalAsDuration();
}

void CameraScan::start()
{
    m_result = {};
    m_pictureSeen = false;
    m_scanner.restart();
    setState(State::Starting, tr("Starting the camera…"));
    m_noPictureTimer.start();
    m_source->start(); // may fail at once (no camera): sourceFailed() has run by now
}

void CameraScan::stop()
{
    m_noPictureTimer.stop();
    m_scanner.stop();
    if (m_source) {
        m_source->stop();
    }
    if (m_state == State::Starting || m_state == State::Scanning) {
        logFigures();
        setState(State::Idle, {});
    }
}

void CameraScan::checkForPicture()
{
    if (m_state != State::Starting || m_pictureSeen) {
        return;
    }
    m_noPictureTimer.stop();
    m_scanner.stop();
    m_source->stop();
    setState(State::Failed, m_source->noPictureText());
}

void CameraScan::pictureArrived()
{
    m_pictureSeen = true;
    if (m_state == State::Starting) {
        m_noPictureTimer.stop();
        setState(State::Scanning, tr("Hold the QR code in front of the camera."));
    }
}

void CameraScan::sourceFailed(const QString& message)
{
    m_noPictureTimer.stop();
    m_scanner.stop();
    setState(State::Failed, message);
}

void CameraScan::scannerFoundCode(const ScanResult& result)
{
    m_noPictureTimer.stop();
    m_scanner.stop();
    m_source->stop();
    m_result = result;
    logFigures();
    setState(State::Found, tr("QR code found."));
    Q_EMIT codeFound(m_result);
}

void CameraScan::setState(State state, const QString& status)
{
    const bool changed = state != m_state || status != m_status;
    m_state = state;
    m_status = status;
    if (changed) {
        Q_EMIT stateChanged(state);
    }
}

void CameraScan::logFigures() const
{
    qCDebug(lcCameraScan).noquote() << "camera scan:" << m_scanner.summary();
}

} // namespace sandi
