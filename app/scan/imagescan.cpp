#include "app/scan/imagescan.h"

#include "app/errortext.h"
#include "core/crypto/secretbytes.h"
#include "core/qr/qrdecoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>

#include <optional>

namespace sandi {

namespace {

struct ScanText
{
    Q_DECLARE_TR_FUNCTIONS(sandi::Scan)
};

std::optional<qr::PixelFormat> pixelFormatOf(QImage::Format format)
{
    switch (format) {
    case QImage::Format_Grayscale8:
        return qr::PixelFormat::Gray8;
    case QImage::Format_RGB32:
        return qr::PixelFormat::Bgrx32;
    case QImage::Format_ARGB32:
    case QImage::Format_ARGB32_Premultiplied:
        return qr::PixelFormat::Bgra32;
    case QImage::Format_RGBX8888:
    case QImage::Format_RGBA8888:
    case QImage::Format_RGBA8888_Premultiplied:
        return qr::PixelFormat::Rgbx32;
    case QImage::Format_RGB888:
        return qr::PixelFormat::Rgb888;
    default:
        return std::nullopt;
    }
}

} // namespace

ScanResult scanPixels(const qr::PixelView& view, const qr::DecodeOptions& options)
{
    ScanResult result;
    auto report = qr::decodeQr(view, options);
    if (!report) {
        result.error = errorText(report.error().code);
        return result;
    }
    result.timedOut = report->timedOut;
    for (auto& code : report->codes) {
        ScannedCode found;
        found.text = QString::fromStdString(code.text);
        for (const auto& corner : code.corners) {
            found.corners << QPoint(corner.x, corner.y);
        }
        secureWipe(code.text);
        result.codes.append(std::move(found));
    }
    return result;
}

ScanResult scanImage(const QImage& image, std::chrono::milliseconds budget)
{
    QElapsedTimer timer;
    timer.start();
    ScanResult result;
    if (image.isNull()) {
        result.error = ScanText::tr("The image is empty or could not be read.");
        return result;
    }
    QImage converted;
    const QImage* source = &image;
    auto format = pixelFormatOf(image.format());
    if (!format) {
        // Premultiplied or 16-bit formats, palettes, mono: one conversion to 32-bit.
        converted = image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32);
        source = &converted;
        format = pixelFormatOf(converted.format());
    }
    if (source->isNull() || !format) {
        result.error = ScanText::tr("The image is empty or could not be read.");
        return result;
    }

    qr::PixelView view;
    view.data = source->constBits();
    view.width = source->width();
    view.height = source->height();
    view.stride = source->bytesPerLine();
    view.format = *format;

    qr::DecodeOptions options;
    options.budget = budget;
    result = scanPixels(view, options);
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace sandi
