#include "core/qr/pixelview.h"

#include <string>

namespace sandi::qr {

Result<void> checkPixelView(const PixelView& view)
{
    const int bpp = bytesPerPixel(view.format);
    if (bpp == 0) {
        return fail(Errc::UnsupportedPixelFormat,
                    "unknown pixel format " + std::to_string(static_cast<int>(view.format)));
    }
    if (view.width <= 0 || view.height <= 0) {
        return fail(Errc::InvalidImageSize,
                    "image is " + std::to_string(view.width) + " x " + std::to_string(view.height));
    }
    if (view.width > kMaxImageSide || view.height > kMaxImageSide ||
        std::int64_t{view.width} * view.height > kMaxImagePixels) {
        return fail(Errc::ImageTooLarge,
                    "image is " + std::to_string(view.width) + " x " + std::to_string(view.height));
    }
    if (view.data == nullptr) {
        return fail(Errc::ImageDataMissing, "pixel data is null");
    }
    const std::ptrdiff_t rowBytes = std::ptrdiff_t{view.width} * bpp;
    if (view.stride < rowBytes) {
        return fail(Errc::InvalidImageStride,
                    "stride " + std::to_string(view.stride) + " < row size " + std::to_string(rowBytes));
    }
    return {};
}

} // namespace sandi::qr
