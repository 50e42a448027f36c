#include "app/scan/framescanner.h"

#include "app/scan/imagescan.h"
#include "core/qr/qrdecoder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QImage>
#include <QPointer>
#include <QVideoSink>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace sandi {

namespace {

struct FrameText
{
    Q_DECLARE_TR_FUNCTIONS(sandi::FrameScanner)
};

// The Thorough pass's time limit: both passes took 2.4–7.8 ms on camera frames (docs/architecture.md),
// so this only bites on a machine far slower than the one measured.
constexpr std::chrono::milliseconds kThoroughBudget{400};

// Where the 8-bit luma of pixel x lies in plane 0: byte offset + x × step.
struct LumaLayout
{
    int offset = 0;
    int step = 1;
};

std::optional<LumaLayout> lumaLayout(QVideoFrameFormat::PixelFormat format)
{
    switch (format) {
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
    case QVideoFrameFormat::Format_Y8:
        return LumaLayout{0, 1};
    case QVideoFrameFormat::Format_YUYV: // Y0 U Y1 V
        return LumaLayout{0, 2};
    case QVideoFrameFormat::Format_UYVY: // U Y0 V Y1
        return LumaLayout{1, 2};
    case QVideoFrameFormat::Format_Y16:
    case QVideoFrameFormat::Format_P010: // 10 bits in the high bits of a little-endian 16-bit word
    case QVideoFrameFormat::Format_P016:
        return LumaLayout{1, 2}; // the high byte
    default:
        return std::nullopt; // RGB, AYUV, 10-bit planar, JPEG, textures: QVideoFrame::toImage()
    }
}

// Averages factor × factor blocks of 8-bit samples (a box filter: no aliasing of the QR modules).
QImage shrinkGray(const uchar* data, int width, int height, qsizetype stride, LumaLayout layout, int factor)
{
    QImage out(width / factor, height / factor, QImage::Format_Grayscale8);
    if (out.isNull()) {
        return out;
    }
    const int area = factor * factor;
    for (int y = 0; y < out.height(); ++y) {
        uchar* line = out.scanLine(y);
        const uchar* rows = data + static_cast<qsizetype>(y) * factor * stride + layout.offset;
        for (int x = 0; x < out.width(); ++x) {
            int sum = 0;
            for (int dy = 0; dy < factor; ++dy) {
                const uchar* sample = rows + dy * stride + static_cast<qsizetype>(x) * factor * layout.step;
                for (int dx = 0; dx < factor; ++dx) {
                    sum += sample[dx * layout.step];
                }
            }
            line[x] = static_cast<uchar>(sum / area);
        }
    }
    return out;
}

// The largest whole factor that leaves the longer side at least minLongSide (1 if it is shorter).
int shrinkFactor(QSize size, int minLongSide)
{
    return std::max(1, std::max(size.width(), size.height()) / std::max(1, minLongSide));
}

QByteArray fingerprint(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    QByteArray hash = QCryptographicHash::hash(utf8, QCryptographicHash::Sha256);
    utf8.fill('\0');
    return hash;
}

} // namespace

FrameScanner::FrameScanner(QObject* parent) : FrameScanner(&FrameScanner::decodeFrame, parent) {}

FrameScanner::FrameScanner(Decoder decoder, QObject* parent) : QObject(parent), m_decoder(std::move(decoder)) {}

FrameScanner::~FrameScanner() = default;

void FrameScanner::setVideoSink(QVideoSink* sink)
{
    disconnect(m_sinkConnection);
    if (sink) {
        // Context `this`: a backend that shows frames from its own thread gets a queued call.
        m_sinkConnection = connect(sink, &QVideoSink::videoFrameChanged, this, &FrameScanner::processFrame);
    }
}

void FrameScanner::restart()
{
    ++m_generation;
    m_pending.reset();
    m_reported.clear();
    m_counters = {};
    m_decodeCount = 0;
    m_scanning = true;
}

void FrameScanner::stop()
{
    ++m_generation;
    if (m_pending) {
        m_pending.reset();
        ++m_counters.dropped;
    }
    m_scanning = false;
}

void FrameScanner::processFrame(const QVideoFrame& frame)
{
    if (!m_scanning || !frame.isValid()) {
        return;
    }
    ++m_counters.received;
    if (!m_busy) {
        startDecode(frame);
        return;
    }
    if (m_pending) {
        ++m_counters.dropped; // a newer one takes its place
    }
    m_pending = frame;
}

void FrameScanner::startDecode(QVideoFrame frame)
{
    m_busy = true;
    m_decodeGeneration = m_generation;
    const Pass pass = (m_decodeCount++ % kThoroughEvery == kThoroughEvery - 1) ? Pass::Thorough : Pass::Quick;
    // One watcher per decode, deleted with its future (and the result, which may hold a URI) once
    // read. The worker gets copies of everything: it may outlive this scanner.
    auto* watcher = new QFutureWatcher<ScanResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher]() {
        watcher->deleteLater();
        decodeFinished(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([decoder = m_decoder, frame = std::move(frame), pass]() {
        const QImage gray = toGray(frame);
        if (gray.isNull()) {
            ScanResult unreadable;
            unreadable.error = FrameText::tr("The camera picture could not be read.");
            return unreadable;
        }
        return decoder(gray, pass);
    }));
}

void FrameScanner::decodeFinished(ScanResult result)
{
    m_busy = false;
    const bool current = m_decodeGeneration == m_generation && m_scanning;
    ScanResult fresh;
    if (current) {
        ++m_counters.decoded;
        m_counters.decodeMsTotal += result.elapsedMs;
        fresh = newCodesOnly(std::move(result));
        if (!fresh.codes.isEmpty() && !m_continuous) {
            stop();
        }
    }
    if (m_pending && m_scanning) {
        QVideoFrame next = std::move(*m_pending);
        m_pending.reset();
        startDecode(std::move(next));
    }
    if (!current) {
        return;
    }
    const QPointer<FrameScanner> self(this); // a receiver may delete the scanner
    Q_EMIT frameDecoded();
    if (self && !fresh.codes.isEmpty()) {
        Q_EMIT codeFound(fresh);
    }
}

ScanResult FrameScanner::newCodesOnly(ScanResult result)
{
    QList<ScannedCode> fresh;
    for (auto& code : result.codes) {
        if (code.text.isEmpty()) {
            continue;
        }
        QByteArray print = fingerprint(code.text);
        if (!m_reported.contains(print)) {
            m_reported.insert(std::move(print));
            fresh.append(std::move(code));
        }
    }
    result.codes = std::move(fresh);
    return result;
}

QString FrameScanner::summary() const
{
    const qint64 mean = m_counters.decoded > 0 ? m_counters.decodeMsTotal / m_counters.decoded : 0;
    return u"received %1, decoded %2, dropped %3, %4 ms per decode"_s.arg(m_counters.received)
        .arg(m_counters.decoded)
        .arg(m_counters.dropped)
        .arg(mean);
}

QImage FrameScanner::toGray(const QVideoFrame& frame, int minLongSide)
{
    if (!frame.isValid()) {
        return {};
    }
    const int factor = shrinkFactor(frame.size(), minLongSide);
    if (const auto layout = lumaLayout(frame.pixelFormat())) {
        QVideoFrame mapped = frame;
        if (mapped.map(QVideoFrame::ReadOnly)) {
            QImage gray =
                shrinkGray(mapped.bits(0), mapped.width(), mapped.height(), mapped.bytesPerLine(0), *layout, factor);
            mapped.unmap();
            return gray;
        }
    }
    // Colour conversion by Qt: 4 to 13 times slower than reading the luma plane (docs/architecture.md).
    const QImage converted = frame.toImage().convertToFormat(QImage::Format_Grayscale8);
    if (converted.isNull()) {
        return {};
    }
    return shrinkGray(converted.constBits(), converted.width(), converted.height(), converted.bytesPerLine(), {},
                      factor);
}

ScanResult FrameScanner::decodeFrame(const QImage& frame, Pass pass)
{
    QElapsedTimer timer;
    timer.start();
    ScanResult result;
    const QImage gray =
        frame.format() == QImage::Format_Grayscale8 ? frame : frame.convertToFormat(QImage::Format_Grayscale8);
    if (gray.isNull()) {
        result.error = FrameText::tr("The camera picture could not be read.");
        return result;
    }
    qr::PixelView view;
    view.data = gray.constBits();
    view.width = gray.width();
    view.height = gray.height();
    view.stride = gray.bytesPerLine();
    view.format = qr::PixelFormat::Gray8;
    qr::DecodeOptions options;
    options.budget = kThoroughBudget;
    options.regionPasses = pass == Pass::Thorough;
    result = scanPixels(view, options);
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace sandi
