#pragma once
// An owned 8-bit luminance image and the few operations the QR decoder needs between ZXing passes:
// luminance from any PixelView (whole, cropped or shrunk), cubic magnification and inversion.
// Internal to core/qr; plain C++, so that its cost is measurable and the core stays free of image
// libraries.

#include "core/qr/pixelview.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace sandi::qr {

struct Rect
{
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;
};

struct GrayImage
{
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> pixels; // row-major, rows of exactly `width` bytes

    [[nodiscard]] PixelView view() const noexcept
    {
        return {pixels.data(), width, height, std::ptrdiff_t{width}, PixelFormat::Gray8};
    }
    [[nodiscard]] std::uint8_t at(int x, int y) const noexcept
    {
        return pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)];
    }
};

// `rect` clipped to a width × height image; empty if they do not overlap.
[[nodiscard]] Rect clipped(Rect rect, int width, int height) noexcept;

// Luminance (ITU-R BT.601 weights) of `width` pixels of row `y` from column `x` of a view that
// passed checkPixelView().
void lumaRow(const PixelView& view, int x, int y, int width, std::uint8_t* out) noexcept;

// Luminance of `rect`, which must lie inside the (checked) view.
[[nodiscard]] GrayImage toGray(const PixelView& view, Rect rect);

// Luminance shrunk `factor` times: each pixel is the mean of a factor × factor block (a partial
// last row or column is dropped). Reads the view once and never holds it at full size in grey.
[[nodiscard]] GrayImage downscaleToGray(const PixelView& view, int factor);

// Magnified `factor` times with a Catmull-Rom cubic, which keeps module edges steeper than
// bilinear interpolation does while blurring less than a box would.
[[nodiscard]] GrayImage upscale(const GrayImage& image, int factor);

// Dark becomes light: ZXing 1.4 looks for dark modules on a light background only.
void invert(GrayImage& image) noexcept;

} // namespace sandi::qr
