#pragma once
// The camera path without a camera: QR codes drawn with libqrencode, turned into short H.264 clips
// by the ffmpeg command-line tool, played by QMediaPlayer into the same QVideoSink a camera would
// feed (ClipSource), plus synthetic QVideoFrames in the layouts cameras deliver. Test-only; the
// ffmpeg program is a test dependency (scripts/deps.sh --test); tests skip with a reason without it.

#include "app/scan/videosource.h"

#include <QDir>
#include <QImage>
#include <QMediaPlayer>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>

#include <qrencode.h>

#include <cstring>

namespace sandi::test {

using namespace Qt::StringLiterals;

// RFC 6238's SHA-1 test key (Appendix B) in Base32, under an SPSE-like label.
inline const QString kClipUri =
    u"otpauth://totp/LPSE%20Kabupaten%20Kudus:ppk1?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=LPSE%20Kabupaten%20Kudus"_s;
inline const QString kOtherUri = u"otpauth://totp/LPSE%20NTT:pokja2?secret=JBSWY3DPEHPK3PXP"_s;

// `text` as a QR code: `moduleSize` px per module, a 4-module quiet zone, black on white.
inline QImage qrImage(const QString& text, int moduleSize = 8)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode* code = QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M);
    if (!code) {
        return {};
    }
    const int modules = code->width + 8;
    QImage image(modules * moduleSize, modules * moduleSize, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 1) {
                for (int dy = 0; dy < moduleSize; ++dy) {
                    std::memset(image.scanLine((y + 4) * moduleSize + dy) + (x + 4) * moduleSize, 0,
                                static_cast<size_t>(moduleSize));
                }
            }
        }
    }
    QRcode_free(code);
    return image;
}

inline QString ffmpegProgram()
{
    return QStandardPaths::findExecutable(u"ffmpeg"_s);
}

// Runs ffmpeg with `arguments`; empty on success, else its error output.
inline QString runFfmpeg(const QStringList& arguments)
{
    QProcess ffmpeg;
    ffmpeg.start(ffmpegProgram(), QStringList{u"-v"_s, u"error"_s, u"-y"_s} + arguments);
    if (!ffmpeg.waitForFinished(60'000) || ffmpeg.exitStatus() != QProcess::NormalExit || ffmpeg.exitCode() != 0) {
        return u"ffmpeg failed: "_s + QString::fromLocal8Bit(ffmpeg.readAllStandardError());
    }
    return {};
}

// `seconds` of the still image `png`, H.264 in MP4, 25 frames per second.
inline QString makeStillClip(const QString& png, const QString& mp4, int seconds)
{
    return runFfmpeg({u"-loop"_s, u"1"_s, u"-framerate"_s, u"25"_s, u"-i"_s, png, u"-t"_s, QString::number(seconds),
                      u"-pix_fmt"_s, u"yuv420p"_s, mp4});
}

// 640 × 480: `leadIn` seconds of ffmpeg's moving test pattern (no code), then, if `png` is given,
// `seconds` of it turned by 8° with noise, as a camera would see a printed code.
inline QString makeCameraClip(const QString& png, const QString& mp4, double leadIn, int seconds)
{
    QStringList args{u"-f"_s, u"lavfi"_s, u"-i"_s, u"testsrc2=size=640x480:rate=25:duration=%1"_s.arg(leadIn)};
    if (png.isEmpty()) {
        return runFfmpeg(args + QStringList{u"-pix_fmt"_s, u"yuv420p"_s, mp4});
    }
    args += {u"-loop"_s, u"1"_s, u"-framerate"_s, u"25"_s, u"-t"_s, QString::number(seconds), u"-i"_s, png};
    const QString filter =
        u"[1:v]rotate=a=8*PI/180:ow=rotw(8*PI/180):oh=roth(8*PI/180):fillcolor=white,"
        "pad=640:480:(ow-iw)/2:(oh-ih)/2:color=gray,noise=alls=12:allf=t,format=yuv420p,setsar=1[code];"
        "[0:v]format=yuv420p,setsar=1[lead];[lead][code]concat=n=2:v=1[out]"_s;
    return runFfmpeg(args + QStringList{u"-filter_complex"_s, filter, u"-map"_s, u"[out]"_s, mp4});
}

inline const QString kNoFfmpeg = u"ffmpeg is not installed (scripts/deps.sh --test installs it)"_s;

// kClipUri's QR code as a camera clip in `dir` (1 s without a code, then 3 s of it), for the tests
// of CameraScan and the camera dialog. Returns its path, or empty with `skip` (no ffmpeg) or
// `error` (making it failed) set.
inline QString makeQrCameraClip(const QTemporaryDir& dir, QString* skip, QString* error)
{
    if (ffmpegProgram().isEmpty()) {
        *skip = kNoFfmpeg;
        return {};
    }
    const QString png = dir.filePath(u"code.png"_s);
    if (!qrImage(kClipUri, 6).save(png)) {
        *error = u"cannot write "_s + png;
        return {};
    }
    const QString clip = dir.filePath(u"camera.mp4"_s);
    *error = makeCameraClip(png, clip, 1, 3);
    return error->isEmpty() ? clip : QString();
}

// A video file as a VideoSource: what the camera dialog and CameraScan see in tests.
class ClipSource : public VideoSource
{
public:
    explicit ClipSource(const QString& path, QObject* parent = nullptr) : VideoSource(parent)
    {
        m_player.setSource(QUrl::fromLocalFile(path));
        m_player.setLoops(QMediaPlayer::Infinite);
        QObject::connect(&m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState s) {
            Q_EMIT activeChanged(s == QMediaPlayer::PlayingState);
        });
        QObject::connect(&m_player, &QMediaPlayer::errorOccurred, this,
                         [this](QMediaPlayer::Error, const QString& message) { Q_EMIT failed(message); });
    }

    void setVideoSink(QVideoSink* sink) override { m_player.setVideoSink(sink); }
    void start() override
    {
        ++starts;
        m_player.play();
    }
    void stop() override
    {
        ++stops;
        m_player.stop();
    }
    [[nodiscard]] bool isActive() const override { return m_player.playbackState() == QMediaPlayer::PlayingState; }
    [[nodiscard]] QString noPictureText() const override { return u"The clip shows nothing."_s; }

    [[nodiscard]] QMediaPlayer* player() { return &m_player; }
    int starts = 0;
    int stops = 0;

private:
    QMediaPlayer m_player;
};

// A source that starts but never shows a picture, or fails at once with `failure`.
class SilentSource : public VideoSource
{
public:
    explicit SilentSource(QString failure = {}, QObject* parent = nullptr)
        : VideoSource(parent), m_failure(std::move(failure))
    {}
    void setVideoSink(QVideoSink*) override {}
    void start() override
    {
        ++starts;
        if (!m_failure.isEmpty()) {
            Q_EMIT failed(m_failure);
            return;
        }
        m_active = true;
        Q_EMIT activeChanged(true);
    }
    void stop() override
    {
        ++stops;
        if (m_active) {
            m_active = false;
            Q_EMIT activeChanged(false);
        }
    }
    [[nodiscard]] bool isActive() const override { return m_active; }
    [[nodiscard]] QString noPictureText() const override { return u"Nothing to see."_s; }
    int starts = 0;
    int stops = 0;

private:
    QString m_failure;
    bool m_active = false;
};

// A frame of `format` whose luma is `gray` (8-bit; chroma neutral). For RGB formats the pixels are
// grey with that value. Formats: YUV420P, NV12, YUYV, UYVY, P010, BGRA8888.
inline QVideoFrame frameFromGray(const QImage& gray, QVideoFrameFormat::PixelFormat format)
{
    QVideoFrame frame(QVideoFrameFormat(gray.size(), format));
    if (!frame.map(QVideoFrame::WriteOnly)) {
        return {};
    }
    const int w = gray.width();
    for (int y = 0; y < gray.height(); ++y) {
        const uchar* in = gray.constScanLine(y);
        uchar* out = frame.bits(0) + y * frame.bytesPerLine(0);
        for (int x = 0; x < w; ++x) {
            switch (format) {
            case QVideoFrameFormat::Format_YUYV:
                out[2 * x] = in[x];
                out[2 * x + 1] = 128;
                break;
            case QVideoFrameFormat::Format_UYVY:
                out[2 * x] = 128;
                out[2 * x + 1] = in[x];
                break;
            case QVideoFrameFormat::Format_P010: // little-endian, 10 bits at the top
                out[2 * x] = 0;
                out[2 * x + 1] = in[x];
                break;
            case QVideoFrameFormat::Format_BGRA8888:
                out[4 * x] = out[4 * x + 1] = out[4 * x + 2] = in[x];
                out[4 * x + 3] = 255;
                break;
            default:
                out[x] = in[x];
            }
        }
    }
    for (int plane = 1; plane < frame.planeCount(); ++plane) {
        const int rows = format == QVideoFrameFormat::Format_YUV420P || format == QVideoFrameFormat::Format_NV12 ||
                                 format == QVideoFrameFormat::Format_P010
                             ? (gray.height() + 1) / 2
                             : gray.height();
        uchar* chroma = frame.bits(plane);
        if (format == QVideoFrameFormat::Format_P010) {
            for (qsizetype i = 0; i < qsizetype(frame.bytesPerLine(plane)) * rows; i += 2) {
                chroma[i] = 0;
                chroma[i + 1] = 128;
            }
        } else {
            std::memset(chroma, 128, static_cast<size_t>(frame.bytesPerLine(plane) * rows));
        }
    }
    frame.unmap();
    return frame;
}

// A uniform YUV420P frame whose luma is `value`: a numbered frame for the drop-while-busy tests.
inline QVideoFrame numberedFrame(int value, QSize size = {64, 48})
{
    QImage gray(size, QImage::Format_Grayscale8);
    gray.fill(static_cast<uint>(value));
    return frameFromGray(gray, QVideoFrameFormat::Format_YUV420P);
}

} // namespace sandi::test
