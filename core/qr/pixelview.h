#pragma once
// A non-owning view of a pixel buffer: what a scan source (screen grab, camera frame, image file)
// hands to the QR decoder. Modelled on ZXing's ImageView, so a QImage maps onto it without a copy.

#include "core/result.h"

#include <cstddef>
#include <cstdint>

namespace sandi::qr {

// Byte order in memory. The 32-bit formats are QImage's on a little-endian machine.
enum class PixelFormat : std::uint8_t
{
    Gray8,  // one luminance byte (QImage::Format_Grayscale8)
    Bgrx32, // B, G, R, unused (QImage::Format_RGB32)
    Bgra32, // B, G, R, A (QImage::Format_ARGB32 and _Premultiplied); alpha is ignored
    Rgbx32, // R, G, B, unused (QImage::Format_RGBX8888, _RGBA8888); alpha is ignored
    Rgb888, // R, G, B (QImage::Format_RGB888)
};

[[nodiscard]] constexpr int bytesPerPixel(PixelFormat format) noexcept
{
    switch (format) {
    case PixelFormat::Gray8:
        return 1;
    case PixelFormat::Rgb888:
        return 3;
    case PixelFormat::Bgrx32:
    case PixelFormat::Bgra32:
    case PixelFormat::Rgbx32:
        return 4;
    }
    return 0;
}

// Plain data; checkPixelView() tells whether it describes a usable buffer.
struct PixelView
{
    const std::uint8_t* data = nullptr; // first byte of the top row
    int width = 0;                      // pixels
    int height = 0;                     // pixels
    std::ptrdiff_t stride = 0;          // bytes from the start of one row to the next (QImage::bytesPerLine)
    PixelFormat format = PixelFormat::Gray8;
};

// Largest accepted side and area: a canvas of three 5K monitors side by side fits; anything larger
// is a bug in the caller, and would make the decoder allocate gigabytes.
inline constexpr int kMaxImageSide = 16384;
inline constexpr std::int64_t kMaxImagePixels = std::int64_t{1} << 27; // 134 Mpx

// Succeeds if `view` has data, a size in 1..kMaxImageSide (and at most kMaxImagePixels), a known
// format and a stride of at least width × bytesPerPixel. Cannot check the buffer's real length.
[[nodiscard]] Result<void> checkPixelView(const PixelView& view);

} // namespace sandi::qr
