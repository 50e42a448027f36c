#pragma once
// A QR code as inline SVG, encoded by core/qr/qrencoder.h: one <path> of unit squares, a 4-module quiet
// zone (ISO/IEC 18004 §6.3.8), black on white, no style attributes (the page's CSP allows none).

#include <QByteArray>
#include <QString>

namespace sandi::server {

// The SVG element for `text` (UTF-8, byte mode, error correction level M), `size` CSS pixels wide;
// empty when the encoder fails (text too long).
[[nodiscard]] QString qrSvg(const QByteArray& text, int size = 300);

} // namespace sandi::server
