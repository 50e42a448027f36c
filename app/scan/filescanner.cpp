#include "app/scan/filescanner.h"

#include "app/scan/imagescan.h"
#include "app/scan/offthread.h"
#include "core/qr/pixelview.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImageReader>

namespace sandi {

namespace {

struct ScanText
{
    Q_DECLARE_TR_FUNCTIONS(sandi::Scan)
};

// Reads one image from `reader`, whose device is open; `name` is quoted in errors.
LoadedImage readImage(QImageReader& reader, const QString& name)
{
    LoadedImage loaded;
    reader.setAutoTransform(true); // photos of a screen are often stored sideways with an EXIF tag
    if (!reader.canRead()) {
        loaded.error = ScanText::tr("“%1” is not an image that Sandi can read (PNG, JPEG, BMP, GIF…).").arg(name);
        return loaded;
    }
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > qr::kMaxImageSide || size.height() > qr::kMaxImageSide ||
                           qint64{size.width()} * size.height() > kMaxImageFilePixels)) {
        loaded.error = ScanText::tr("“%1” is too large (%2 × %3 pixels); Sandi reads images of up to 64 megapixels.")
                           .arg(name)
                           .arg(size.width())
                           .arg(size.height());
        return loaded;
    }
    if (!reader.read(&loaded.image)) {
        loaded.image = QImage();
        loaded.error = reader.error() == QImageReader::InvalidDataError
                           ? ScanText::tr("“%1” is damaged or incomplete: the image cannot be read.").arg(name)
                           : ScanText::tr("“%1” cannot be read as an image (%2).").arg(name, reader.errorString());
    }
    return loaded;
}

} // namespace

LoadedImage loadImageFile(const QString& path)
{
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    LoadedImage loaded;
    if (!info.exists()) {
        loaded.error = ScanText::tr("The file “%1” does not exist.").arg(name);
        return loaded;
    }
    if (info.isDir()) {
        loaded.error = ScanText::tr("“%1” is a folder, not an image file.").arg(name);
        return loaded;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        loaded.error = ScanText::tr("The file “%1” cannot be opened: %2").arg(name, file.errorString());
        return loaded;
    }
    QImageReader reader(&file);
    return readImage(reader, name);
}

LoadedImage loadImageData(const QByteArray& data, const QString& name)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    return readImage(reader, name);
}

ScanResult scanImageFile(const QString& path, std::chrono::milliseconds budget)
{
    QElapsedTimer timer;
    timer.start();
    const LoadedImage loaded = loadImageFile(path);
    ScanResult result;
    if (!loaded.error.isEmpty()) {
        result.error = loaded.error;
    } else {
        result = scanImage(loaded.image, budget);
    }
    result.elapsedMs = timer.elapsed(); // reading included
    return result;
}

FileScanner::FileScanner(QObject* parent) : QObject(parent) {}

void FileScanner::start(const QString& path)
{
    if (m_busy) {
        return;
    }
    m_busy = true;
    const quint64 generation = ++m_generation;
    const auto work = [path, budget = m_budget] { return scanImageFile(path, budget); };
    runOffThread(this, work, [this, generation, path](ScanResult result) {
        if (generation != m_generation) {
            return; // cancelled
        }
        m_busy = false;
        result.imageFile = path;
        Q_EMIT finished(result);
    });
}

void FileScanner::cancel()
{
    m_busy = false;
    ++m_generation;
}

} // namespace sandi
