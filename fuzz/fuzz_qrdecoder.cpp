// libFuzzer target: decodeQr() never crashes, throws or reads outside the view, whatever the pixels,
// size, stride and format, and gives the same answer twice (no uninitialised memory in the passes).
// Input: width, height, format|padding and budget bytes, then the pixels (repeated to fill).
#include "core/qr/qrdecoder.h"

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <vector>

namespace {

// Up to 96 px a side: room for a version 3 code at 2 px per module with its quiet zone, and small
// enough that the region ladder (which magnifies candidates up to 4×) keeps the runs fast.
constexpr int kMaxSide = 96;

// Moves on 1 ms per call, so that the budget cuts the passes at the same place on every run.
sandi::qr::ClockFunction fakeClock()
{
    auto now = std::make_shared<std::chrono::steady_clock::time_point>();
    return [now] { return *now += std::chrono::milliseconds(1); };
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using sandi::qr::PixelFormat;
    if (size < 4) {
        return 0;
    }
    const int width = 1 + data[0] % kMaxSide;
    const int height = 1 + data[1] % kMaxSide;
    constexpr PixelFormat kFormats[] = {PixelFormat::Gray8,  PixelFormat::Bgrx32, PixelFormat::Bgra32,
                                        PixelFormat::Rgbx32, PixelFormat::Rgb888, static_cast<PixelFormat>(200)};
    const PixelFormat format = kFormats[data[2] % 6];
    const int padding = (data[2] >> 3) % 8;
    const int bpp = sandi::qr::bytesPerPixel(format);
    const std::ptrdiff_t stride = std::ptrdiff_t{width} * (bpp == 0 ? 4 : bpp) + padding;
    // Exactly the bytes the view covers, so that AddressSanitizer flags any read past the end.
    std::vector<std::uint8_t> pixels(static_cast<std::size_t>(stride) * static_cast<std::size_t>(height));
    const std::size_t payload = size - 4;
    for (std::size_t i = 0; i < pixels.size() && payload > 0; ++i) {
        pixels[i] = data[4 + i % payload];
    }

    sandi::qr::DecodeOptions options;
    options.budget = std::chrono::milliseconds(data[3]);
    options.clock = fakeClock();
    const sandi::qr::PixelView view{pixels.data(), width, height, stride, format};
    auto first = sandi::qr::decodeQr(view, options);
    options.clock = fakeClock();
    auto second = sandi::qr::decodeQr(view, options);
    if (first.has_value() != second.has_value()) {
        std::abort();
    }
    if (!first) {
        if (first.error().code != second.error().code) {
            std::abort();
        }
        return 0;
    }
    if (first->codes.size() != second->codes.size() || first->timedOut != second->timedOut) {
        std::abort();
    }
    for (std::size_t i = 0; i < first->codes.size(); ++i) {
        if (first->codes[i].text != second->codes[i].text || first->codes[i].corners != second->codes[i].corners) {
            std::abort();
        }
    }
    return 0;
}
