#pragma once
// QR codes in an image file (PNG, JPEG, …; "Open image…" and sandi-cli scan FILE). Reading and
// decoding run off the GUI thread; errors are sentences in the user's language that name the file.

#include "app/scan/scanresult.h"

#include <QByteArray>
#include <QImage>
#include <QObject>
#include <QString>

#include <chrono>

namespace sandi {

// Largest image accepted: 64 megapixels, which Qt's default 256 MB allocation limit allows at
// 32 bits per pixel (QImageReader::allocationLimit()); a 50 MP phone photo fits.
inline constexpr qint64 kMaxImageFilePixels = qint64{64} * 1024 * 1024;

struct LoadedImage
{
    QImage image;  // turned upright as its EXIF orientation says
    QString error; // translated; empty when the image was read
};

// Reads the image at `path`. Errors: the file does not exist, is a folder, cannot be read, is not
// an image Qt can read, is damaged, or is larger than kMaxImageFilePixels. Any thread.
[[nodiscard]] LoadedImage loadImageFile(const QString& path);
// The same for image bytes (e.g. standard input); `name` stands for the source in error messages.
[[nodiscard]] LoadedImage loadImageData(const QByteArray& data, const QString& name);

// loadImageFile() then scanImage(). Synchronous, for a worker thread or the command line.
[[nodiscard]] ScanResult scanImageFile(const QString& path,
                                       std::chrono::milliseconds budget = std::chrono::milliseconds{1500});

class FileScanner : public QObject
{
    Q_OBJECT
public:
    explicit FileScanner(QObject* parent = nullptr);

    void setBudget(std::chrono::milliseconds budget) { m_budget = budget; }
    [[nodiscard]] bool isBusy() const { return m_busy; }

public Q_SLOTS:
    // Reads and decodes `path` on a worker thread; the result arrives as finished(). Ignored while
    // busy.
    void start(const QString& path);
    // Drops the running scan's result: no finished() follows.
    void cancel();

Q_SIGNALS:
    void finished(const sandi::ScanResult& result);

private:
    std::chrono::milliseconds m_budget{1500};
    bool m_busy = false;
    quint64 m_generation = 0;
};

} // namespace sandi
