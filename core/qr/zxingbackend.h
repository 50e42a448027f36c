#pragma once
// The only door to ZXing-C++. Everything ZXing-specific (hints, image formats, results, its
// exceptions) stays in zxingbackend.cpp, so moving to ZXing 2.x (ReaderOptions, tryInvert)
// touches that one file. Internal to core/qr.

#include "core/qr/pixelview.h"
#include "core/result.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace sandi::qr::backend {

// ZXing's binarizers (DecodeHints::setBinarizer in 1.4).
enum class Binarizer : std::uint8_t
{
    LocalAverage,    // threshold from the mean of the surrounding 5 × 5 blocks of 8 × 8 pixels
    GlobalHistogram, // one threshold per image, from the valley between the two histogram peaks
    FixedThreshold,  // 127
};

struct Hints
{
    Binarizer binarizer = Binarizer::LocalAverage;
    bool tryHarder = false;    // scan every third row for finder patterns instead of fewer
    bool tryRotate = false;    // also scan the image turned by 90°
    bool tryDownscale = false; // also scan ZXing's own downscaled copies of a large image
    int maxSymbols = 16;       // stop after this many codes (1..255)
};

struct Corner
{
    int x = 0;
    int y = 0;
};

// One decoded QR code: UTF-8 text (may hold a secret: the caller wipes it) and its corners
// (top-left, top-right, bottom-right, bottom-left of the symbol) in the image's pixels.
struct Hit
{
    std::string text;
    std::array<Corner, 4> corners;
};

// Every valid QR code ZXing finds in `image`, a checked Gray8 view. Any exception other than
// std::bad_alloc thrown by ZXing becomes Errc::QrDecoderFailure.
[[nodiscard]] Result<std::vector<Hit>> readQrCodes(const PixelView& image, const Hints& hints);

// The ZXing-C++ version Sandi was built with, e.g. "1.4.0".
[[nodiscard]] std::string libraryVersion();

} // namespace sandi::qr::backend
