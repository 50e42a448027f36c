#pragma once
// Decodes the QR codes in a live video: the frames a QVideoSink shows (camera preview, or a clip in
// tests). Only the newest frame counts: one decode runs at a time on a worker thread, and frames
// that arrive meanwhile replace the one waiting, so the scan never lags behind the picture and
// never queues work. See docs/architecture.md ("The camera path") for the measured figures.

#include "app/scan/scanresult.h"

#include <QByteArray>
#include <QObject>
#include <QSet>
#include <QVideoFrame>

#include <functional>
#include <optional>

class QImage;
class QVideoSink;

namespace sandi {

class FrameScanner : public QObject
{
    Q_OBJECT
public:
    // How hard to look at one frame. Quick is the core's whole-image pass: it reads a code held in
    // front of the camera. Thorough adds the region passes (small, blurred or inverted codes).
    enum class Pass
    {
        Quick,
        Thorough,
    };
    // Decodes one frame (8-bit grayscale, shrunk as kMinLongSide says). Runs on a worker
    // thread, so it must be thread-safe; tests inject a slow or recording one.
    using Decoder = std::function<ScanResult(const QImage& frame, Pass pass)>;

    struct Counters
    {
        qint64 received = 0;      // frames handed in while scanning
        qint64 decoded = 0;       // frames whose decode finished
        qint64 dropped = 0;       // frames replaced by a newer one before their turn
        qint64 decodeMsTotal = 0; // time spent decoding, for the mean
    };

    // Frames are shrunk by the largest whole factor that keeps their longer side at least this
    // long: 1080p is read at 960 × 540 (a code a quarter as tall as the picture keeps 2.5 px per
    // module), 720p as is (halved, a code 170 px high was lost).
    static constexpr int kMinLongSide = 960;
    // Every kThoroughEvery-th decode is a Thorough one; the others are Quick.
    static constexpr int kThoroughEvery = 4;

    // Uses decodeFrame().
    explicit FrameScanner(QObject* parent = nullptr);
    explicit FrameScanner(Decoder decoder, QObject* parent = nullptr);
    // A decode still running finishes on its worker and is thrown away.
    ~FrameScanner() override;

    // Reads the frames `sink` shows (nullptr: none). The sink outlives the scanner or is replaced.
    void setVideoSink(QVideoSink* sink);
    // Keep scanning after the first code (later frames only report codes not reported before).
    void setContinuous(bool continuous) { m_continuous = continuous; }
    // Scans again from the start: accepts frames, forgets the codes reported, zeroes the counters.
    void restart();
    // Ignores frames until restart(); a running decode is not reported.
    void stop();

    // One frame, as the sink hands it in.
    void processFrame(const QVideoFrame& frame);

    [[nodiscard]] bool isScanning() const { return m_scanning; }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] Counters counters() const { return m_counters; }
    // "received 120, decoded 31, dropped 89, 14 ms per decode": for debug logs, never user text.
    [[nodiscard]] QString summary() const;

    // The default decoder: the core over the frame, whole-image pass only for Quick.
    [[nodiscard]] static ScanResult decodeFrame(const QImage& frame, Pass pass);
    // The frame as 8-bit grayscale, shrunk as kMinLongSide says for `minLongSide`. Reads the luma
    // plane of YUV frames directly (no colour conversion); converts other formats. Null if the
    // frame cannot be read. Thread-safe for frames in CPU memory.
    [[nodiscard]] static QImage toGray(const QVideoFrame& frame, int minLongSide = kMinLongSide);

Q_SIGNALS:
    // A frame held codes not reported before in this scan (only those are in `result`).
    void codeFound(const sandi::ScanResult& result);
    // A decode of this scan finished (found or not; before codeFound); for tests and the debug figure.
    void frameDecoded();

private:
    void startDecode(QVideoFrame frame);
    void decodeFinished(ScanResult result);
    [[nodiscard]] ScanResult newCodesOnly(ScanResult result);

    Decoder m_decoder;
    QMetaObject::Connection m_sinkConnection;
    std::optional<QVideoFrame> m_pending;
    QSet<QByteArray> m_reported; // SHA-256 of each reported text: the URIs themselves hold secrets
    Counters m_counters;
    int m_decodeCount = 0;
    bool m_busy = false;
    bool m_scanning = true;
    bool m_continuous = false;
    quint64 m_generation = 0; // bumped by restart()/stop(): a decode from before is ignored
    quint64 m_decodeGeneration = 0;
};

} // namespace sandi
