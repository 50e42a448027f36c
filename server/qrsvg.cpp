#include "server/qrsvg.h"

#include <qrencode.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace sandi::server {

QString qrSvg(const QByteArray& text, int size)
{
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(static_cast<int>(text.size()), reinterpret_cast<const unsigned char*>(text.constData()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!code)
        return {};
    constexpr int kQuiet = 4;
    const int width = code->width;
    const int total = width + 2 * kQuiet;
    QString path;
    path.reserve(width * width * 4);
    for (int y = 0; y < width; ++y) {
        for (int x = 0; x < width; ++x) {
            // Bit 0 of each byte is the module's colour (qrencode.h); runs become one rectangle.
            if (!(code->data[y * width + x] & 1))
                continue;
            int run = 1;
            while (x + run < width && (code->data[y * width + x + run] & 1))
                ++run;
            path += u"M%1 %2h%3v1h-%3z"_s.arg(x + kQuiet).arg(y + kQuiet).arg(run);
            x += run - 1;
        }
    }
    return u"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" width=\"%1\" height=\"%1\" "
           "viewBox=\"0 0 %2 %2\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"Kode QR aktivasi TOTP\">"
           "<rect width=\"%2\" height=\"%2\" fill=\"#fff\"/><path fill=\"#000\" d=\"%3\"/></svg>"_s.arg(size)
               .arg(total)
               .arg(path);
}

} // namespace sandi::server
