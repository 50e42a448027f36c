#include "core/qr/grayimage.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>

namespace sandi::qr {

namespace {

std::size_t index(int x, int y, int width) noexcept
{
    return static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x);
}

std::size_t area(int width, int height) noexcept
{
    return static_cast<std::size_t>(width) * static_cast<std::size_t>(height);
}

// ITU-R BT.601 luma in 8-bit fixed point: 0.299 R + 0.587 G + 0.114 B, weights summing to 256.
std::uint8_t luma(unsigned r, unsigned g, unsigned b) noexcept
{
    return static_cast<std::uint8_t>((77 * r + 150 * g + 29 * b + 128) >> 8);
}

// Pixels to luminance; the channel offsets are constants so that the loop vectorises.
template <int Bpp, int R, int G, int B> void lumaPixels(const std::uint8_t* src, std::uint8_t* dst, int width) noexcept
{
    for (int x = 0; x < width; ++x, src += Bpp) {
        dst[x] = luma(src[R], src[G], src[B]);
    }
}

// Catmull-Rom weights (a = -0.5) for the four taps around a sample at fractional offset t, in
// 1/1024ths (Keys 1981, "Cubic convolution interpolation for digital image processing").
std::array<int, 4> cubicWeights(double t)
{
    const double t2 = t * t;
    const double t3 = t2 * t;
    const std::array<double, 4> w = {
        -0.5 * t3 + t2 - 0.5 * t,
        1.5 * t3 - 2.5 * t2 + 1.0,
        -1.5 * t3 + 2.0 * t2 + 0.5 * t,
        0.5 * t3 - 0.5 * t2,
    };
    std::array<int, 4> out{};
    for (std::size_t i = 0; i < 4; ++i) {
        out[i] = static_cast<int>(std::lround(w[i] * 1024.0));
    }
    out[1] += 1024 - (out[0] + out[1] + out[2] + out[3]); // exact unit gain
    return out;
}

// Phase p of `factor` samples each source pixel in [-1, +2] sits at offset ((p + 0.5) / factor - 0.5).
struct Tap
{
    int first; // source index of the first of four taps, relative to the pixel
    std::array<int, 4> weights;
};

std::vector<Tap> cubicTaps(int factor)
{
    std::vector<Tap> taps;
    for (int p = 0; p < factor; ++p) {
        const double pos = (p + 0.5) / factor - 0.5;
        const double base = std::floor(pos);
        taps.push_back({static_cast<int>(base) - 1, cubicWeights(pos - base)});
    }
    return taps;
}

} // namespace

Rect clipped(Rect rect, int width, int height) noexcept
{
    const int x0 = std::clamp(rect.x, 0, width);
    const int y0 = std::clamp(rect.y, 0, height);
    const int x1 = std::clamp(rect.x + std::max(rect.width, 0), x0, width);
    const int y1 = std::clamp(rect.y + std::max(rect.height, 0), y0, height);
    return {x0, y0, x1 - x0, y1 - y0};
}

void lumaRow(const PixelView& view, int x, int y, int width, std::uint8_t* out) noexcept
{
    const std::uint8_t* src = view.data + y * view.stride + std::ptrdiff_t{x} * bytesPerPixel(view.format);
    switch (view.format) {
    case PixelFormat::Gray8:
        std::copy(src, src + width, out);
        break;
    case PixelFormat::Bgrx32:
    case PixelFormat::Bgra32:
        lumaPixels<4, 2, 1, 0>(src, out, width);
        break;
    case PixelFormat::Rgbx32:
        lumaPixels<4, 0, 1, 2>(src, out, width);
        break;
    case PixelFormat::Rgb888:
        lumaPixels<3, 0, 1, 2>(src, out, width);
        break;
    }
}

GrayImage toGray(const PixelView& view, Rect rect)
{
    GrayImage out{rect.width, rect.height, std::vector<std::uint8_t>(area(rect.width, rect.height))};
    for (int y = 0; y < rect.height; ++y) {
        lumaRow(view, rect.x, rect.y + y, rect.width, out.pixels.data() + index(0, y, rect.width));
    }
    return out;
}

GrayImage downscaleToGray(const PixelView& view, int factor)
{
    assert(factor >= 1);
    const int w = view.width / factor;
    const int h = view.height / factor;
    GrayImage out{w, h, std::vector<std::uint8_t>(area(w, h))};
    const auto used = static_cast<std::size_t>(w * factor);
    std::vector<std::uint8_t> luma(used);
    std::vector<std::uint32_t> sums(used);
    const auto n = static_cast<std::uint32_t>(factor * factor);
    for (int y = 0; y < h; ++y) {
        // Column sums over `factor` rows first (a flat loop the compiler vectorises), then across.
        std::fill(sums.begin(), sums.end(), 0U);
        for (int dy = 0; dy < factor; ++dy) {
            lumaRow(view, 0, y * factor + dy, w * factor, luma.data());
            for (std::size_t x = 0; x < used; ++x) {
                sums[x] += luma[x];
            }
        }
        std::uint8_t* dst = out.pixels.data() + index(0, y, w);
        for (int x = 0; x < w; ++x) {
            std::uint32_t sum = 0;
            for (int dx = 0; dx < factor; ++dx) {
                sum += sums[static_cast<std::size_t>(x * factor + dx)];
            }
            dst[x] = static_cast<std::uint8_t>((sum + n / 2) / n);
        }
    }
    return out;
}

GrayImage upscale(const GrayImage& image, int factor)
{
    assert(factor >= 1);
    const int w = image.width * factor;
    const int h = image.height * factor;
    const std::vector<Tap> taps = cubicTaps(factor);
    const auto clampX = [&](int x) { return std::clamp(x, 0, image.width - 1); };
    const auto clampY = [&](int y) { return std::clamp(y, 0, image.height - 1); };

    // Horizontal pass into 1/1024ths, then vertical pass with rounding and clamping to 0..255.
    std::vector<int> wide(area(w, image.height));
    for (int y = 0; y < image.height; ++y) {
        for (int x = 0; x < w; ++x) {
            const Tap& tap = taps[static_cast<std::size_t>(x % factor)];
            const int sx = x / factor + tap.first;
            int sum = 0;
            for (int k = 0; k < 4; ++k) {
                sum += tap.weights[static_cast<std::size_t>(k)] * image.at(clampX(sx + k), y);
            }
            wide[index(x, y, w)] = sum;
        }
    }
    GrayImage out{w, h, std::vector<std::uint8_t>(area(w, h))};
    for (int y = 0; y < h; ++y) {
        const Tap& tap = taps[static_cast<std::size_t>(y % factor)];
        const int sy = y / factor + tap.first;
        std::array<const int*, 4> rows{};
        for (int k = 0; k < 4; ++k) {
            rows[static_cast<std::size_t>(k)] = wide.data() + index(0, clampY(sy + k), w);
        }
        std::uint8_t* dst = out.pixels.data() + index(0, y, w);
        for (int x = 0; x < w; ++x) {
            long long sum = 0;
            for (std::size_t k = 0; k < 4; ++k) {
                sum += static_cast<long long>(tap.weights[k]) * rows[k][x];
            }
            dst[x] = static_cast<std::uint8_t>(std::clamp((sum + (1 << 19)) >> 20, 0LL, 255LL));
        }
    }
    return out;
}

void invert(GrayImage& image) noexcept
{
    for (std::uint8_t& p : image.pixels) {
        p = static_cast<std::uint8_t>(255 - p);
    }
}

} // namespace sandi::qr
