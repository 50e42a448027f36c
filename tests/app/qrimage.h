#pragma once
// Test images of QR codes drawn with libqrencode (test-only): black modules on white, a quiet zone,
// `module` pixels per module.

#include <QImage>
#include <QPainter>

#include <qrencode.h>

#include <stdexcept>

namespace sandi::test {

inline QImage qrImage(const QByteArray& text, int module = 4, int quiet = 4)
{
    QRcode* code = QRcode_encodeString(text.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (code == nullptr) {
        throw std::runtime_error("qrencode failed");
    }
    const int size = code->width;
    QImage image((size + 2 * quiet) * module, (size + 2 * quiet) * module, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            if ((code->data[y * size + x] & 1) != 0) { // bit 0: dark module (qrencode.h)
                painter.fillRect((quiet + x) * module, (quiet + y) * module, module, module, Qt::black);
            }
        }
    }
    QRcode_free(code);
    return image;
}

// The outer corner of module (0, 0) of a code drawn by qrImage() at `offset`.
inline QPoint qrOrigin(QPoint offset, int module = 4, int quiet = 4)
{
    return offset + QPoint(quiet * module, quiet * module);
}

} // namespace sandi::test
