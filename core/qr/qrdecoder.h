#pragma once
// Finds and decodes every QR code in a pixel buffer: a screen grab of the SPSE activation page, a
// camera frame, an image file. Made for what desktop screens show and plain decoders miss: codes of
// one or two pixels per module, blurred by fractional display scaling or JPEG, inverted for dark
// mode, with a logo, several at once, on multi-monitor canvases. See docs/performance.md.

#include "core/qr/pixelview.h"
#include "core/result.h"

#include <array>
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace sandi::qr {

struct Point
{
    int x = 0;
    int y = 0;
    friend bool operator==(const Point&, const Point&) = default;
};

// Which pass found a code. Passes run in this order; each later one only looks where the earlier
// ones found nothing.
enum class Strategy : std::uint8_t
{
    WholeImage,      // ZXing over the whole image (halved above kHalvedAbove pixels)
    Region,          // a QR-like region, magnified until modules are about 3.5 px
    RegionInverted,  // the same with luminance inverted: light modules on a dark background
    RegionHistogram, // the suggested polarity with ZXing's global-histogram binarizer
};

// Stable name, e.g. "RegionInverted".
[[nodiscard]] std::string_view strategyName(Strategy strategy) noexcept;

// Above this many pixels (beyond 1920 × 1200: 1440p, 4K, multi-monitor canvases) the whole-image
// pass reads the image halved: four times faster, while the region passes still look at every
// pixel for small codes (docs/performance.md).
inline constexpr std::int64_t kHalvedAbove = 2'500'000;

struct QrCode
{
    // The content as UTF-8. An activation code's text is an otpauth:// URI holding the secret: the
    // caller wipes it (secureWipe) once parsed. Copies that ZXing made inside are beyond our reach.
    std::string text;
    // The symbol's corners in the input's pixels: top-left, top-right, bottom-right, bottom-left
    // as the code reads (a code turned by 90° has its top-left corner elsewhere).
    std::array<Point, 4> corners;
    Strategy strategy = Strategy::WholeImage;
    // The scale of the image it was read in: 2 for a region magnified twice, 0.5 for the whole
    // image halved (canvases above kHalvedAbove pixels), 1 as is.
    double scale = 1;
};

using ClockFunction = std::function<std::chrono::steady_clock::time_point()>;

struct DecodeOptions
{
    // Checked between passes and between regions: once spent, decodeQr() returns what it has found
    // so far with timedOut set. The first pass always runs.
    std::chrono::milliseconds budget{1000};
    // Stop as soon as this many distinct codes are found; 0 (or less) looks for all of them.
    int maxCodes = 0;
    // The time source for the budget; empty means std::chrono::steady_clock::now. Tests pass a fake.
    ClockFunction clock;
    // The passes to run. A camera preview that must keep up with its frame rate may skip the
    // region passes, which exist for small, blurred and inverted codes on screens.
    bool wholeImagePass = true;
    bool regionPasses = true;
};

// Where the time went, for logs and benchmarks (measured with DecodeOptions::clock).
struct StageTimes
{
    std::chrono::microseconds toGray{0};
    std::chrono::microseconds wholeImage{0};
    std::chrono::microseconds regionSearch{0};
    std::chrono::microseconds regionDecode{0};
};

struct DecodeReport
{
    std::vector<QrCode> codes; // each distinct code once (same text at the same place)
    bool timedOut = false;     // the budget ran out before every pass had run
    int regions = 0;           // candidate regions examined
    int attempts = 0;          // ZXing runs, the whole-image pass included
    int failedAttempts = 0;    // ZXing runs that threw (each is skipped; see QrDecoderFailure)
    StageTimes times;
};

// Every QR code in `image`. Fails only for an invalid view (see checkPixelView()), or with
// QrDecoderFailure if a ZXing run threw and no code was found; never throws except
// std::bad_alloc. Keeps no state between calls.
[[nodiscard]] Result<DecodeReport> decodeQr(const PixelView& image, const DecodeOptions& options = {});

// The decoding library and its version, e.g. "ZXing-C++ 1.4.0" (for the About dialog).
[[nodiscard]] std::string decoderLibrary();

} // namespace sandi::qr
