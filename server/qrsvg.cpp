#include "server/qrsvg.h"

#include "core/qr/qrencoder.h"

using namespace Qt::Literals::StringLiterals;

namespace sandi::server {

QString qrSvg(const QByteArray& text, int size)
{
    const auto code = qr::encode(std::string_view(text.constData(), std::size_t(text.size())), qr::EcLevel::M);
    if (!code)
        return {};
    constexpr int kQuiet = qr::kQuietZone;
    const int width = code->size();
    const int total = width + 2 * kQuiet;
    QString path;
    path.reserve(width * width * 4);
    for (int y = 0; y < width; ++y) {
        for (int x = 0; x < width; ++x) {
            // A run of dark modules becomes one rectangle.
            if (!code->dark(x, y))
                continue;
            int run = 1;
            while (code->dark(x + run, y))
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
