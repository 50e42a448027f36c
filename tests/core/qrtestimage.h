#pragma once
// Synthetic screens for the QR decoder tests: a browser-like desktop with text-like noise, QR codes
// rendered by libqrencode with exact area coverage (so 1.5 px per module is a real grey blur),
// fractional display scaling, JPEG round trips, logos, inversion. Test-only; libqrencode and
// libjpeg are linked to the test executable alone.

#include "core/qr/pixelview.h"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace sandi::qrtest {

struct Rgb
{
    std::uint8_t r = 0;
    std::uint8_t g = 0;
    std::uint8_t b = 0;
};

inline constexpr Rgb kBlack{0, 0, 0};
inline constexpr Rgb kWhite{255, 255, 255};

// A 32-bit B, G, R, X image, the layout of a screen grab (QImage::Format_RGB32).
struct Canvas
{
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> bytes; // 4 per pixel, rows of exactly 4 × width bytes

    [[nodiscard]] qr::PixelView view() const noexcept
    {
        return {bytes.data(), width, height, std::ptrdiff_t{width} * 4, qr::PixelFormat::Bgrx32};
    }
    void set(int x, int y, Rgb c) noexcept;
    [[nodiscard]] Rgb get(int x, int y) const noexcept;
};

enum class Theme : std::uint8_t
{
    Light,
    Dark,
};

enum class EcLevel : std::uint8_t
{
    L,
    M,
    Q,
    H,
};

// The modules of a QR code, without quiet zone; true is dark.
struct QrMatrix
{
    int size = 0;
    std::vector<bool> dark;
    [[nodiscard]] bool at(int x, int y) const { return dark[static_cast<std::size_t>(y * size + x)]; }
};

[[nodiscard]] QrMatrix encodeQr(const std::string& text, EcLevel level);

[[nodiscard]] Canvas blankCanvas(int width, int height, Rgb color);
void fillRect(Canvas& canvas, int x, int y, int width, int height, Rgb color);
void paste(Canvas& target, const Canvas& source, int x, int y);

// A desktop with a browser window: tab strip, address bar, a page header and paragraphs of
// glyph-like strokes. Deterministic for a seed.
[[nodiscard]] Canvas browserScreen(int width, int height, Theme theme, std::uint32_t seed);

// Paragraph of pseudo-text inside the given box.
void drawText(Canvas& canvas, int x, int y, int width, int height, Rgb ink, std::mt19937& rng);

// Draws `qr` with its top-left module corner at (x, y), `module` pixels per module (fractional
// sizes are area-averaged) and a quiet zone of `quiet` modules filled with `light`.
void drawQr(Canvas& canvas, const QrMatrix& qr, double x, double y, double module, Rgb dark, Rgb light, int quiet = 4);

// Outer size in pixels of a code drawn by drawQr(), quiet zone included.
[[nodiscard]] int qrExtent(const QrMatrix& qr, double module, int quiet = 4);

// Bilinear resampling by `factor`, as a browser does when it scales an image at 125 %, 150 %…
[[nodiscard]] Canvas resampled(const Canvas& source, double factor);

// Compressed to JPEG at `quality` with 4:2:0 chroma subsampling and decoded again (libjpeg).
[[nodiscard]] Canvas jpegRoundTrip(const Canvas& source, int quality);

// Every pixel's colour inverted.
void invertColors(Canvas& canvas);

// Uniform random noise, and a smooth photo-like colour field with soft blobs.
[[nodiscard]] Canvas noiseCanvas(int width, int height, std::uint32_t seed);
[[nodiscard]] Canvas photoCanvas(int width, int height, std::uint32_t seed);

// The same pixels in another format, rows padded by `padding` bytes.
struct Buffer
{
    std::vector<std::uint8_t> bytes;
    int width = 0;
    int height = 0;
    std::ptrdiff_t stride = 0;
    qr::PixelFormat format = qr::PixelFormat::Gray8;

    [[nodiscard]] qr::PixelView view() const noexcept { return {bytes.data(), width, height, stride, format}; }
};
[[nodiscard]] Buffer converted(const Canvas& canvas, qr::PixelFormat format, int padding = 0);

} // namespace sandi::qrtest
