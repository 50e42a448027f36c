#include "core/qr/qrdecoder.h"

#include "core/crypto/secretbytes.h"
#include "core/qr/grayimage.h"
#include "core/qr/regionfinder.h"
#include "core/qr/zxingbackend.h"

#include <algorithm>
#include <cmath>

namespace sandi::qr {

namespace {

using std::chrono::duration_cast;
using std::chrono::microseconds;
using TimePoint = std::chrono::steady_clock::time_point;

// Regions examined per search level: a busy web page yields a handful; a screen full of QR-like
// texture is bounded by this and by the time budget.
constexpr int kMaxRegions = 32;
// ZXing's finder-pattern search wants modules of about 3 px or more: magnify regions to ~3.5.
constexpr double kTargetModule = 3.5;
constexpr int kMaxMagnification = 4;
// A magnified region stays below this side: a version 20 code at 1.7 px per module with its margin
// is about 220 px, magnified 3× 660 px. A larger candidate is texture (a photo, dithering), and
// magnifying it 4× would cost ZXing a 16 Mpx image per rung.
constexpr int kMaxMagnifiedSide = 1024;

class Clock
{
public:
    explicit Clock(const DecodeOptions& options)
        : m_now(options.clock ? options.clock : ClockFunction(&std::chrono::steady_clock::now)),
          m_deadline(m_now() + options.budget)
    {}

    [[nodiscard]] TimePoint now() const { return m_now(); }
    [[nodiscard]] bool expired() const { return m_now() >= m_deadline; }
    [[nodiscard]] microseconds since(TimePoint start) const { return duration_cast<microseconds>(m_now() - start); }

private:
    ClockFunction m_now;
    TimePoint m_deadline;
};

Point center(const std::array<Point, 4>& corners)
{
    int x = 0;
    int y = 0;
    for (const Point& p : corners) {
        x += p.x;
        y += p.y;
    }
    return {x / 4, y / 4};
}

int extent(const std::array<Point, 4>& corners)
{
    double side = 0;
    for (std::size_t i = 0; i < corners.size(); ++i) {
        const Point& a = corners[i];
        const Point& b = corners[(i + 1) % corners.size()];
        side = std::max(side, std::hypot(a.x - b.x, a.y - b.y));
    }
    return static_cast<int>(side);
}

// The codes found so far: drops a repeat of the same text at the same place, and tells whether a
// region is already explained by a found code.
class Collector
{
public:
    explicit Collector(int maxCodes) : m_maxCodes(maxCodes) {}

    void add(backend::Hit hit, Point origin, double scale, Strategy strategy);
    [[nodiscard]] bool covers(Rect region) const;
    [[nodiscard]] bool full() const { return m_maxCodes > 0 && std::ssize(m_codes) >= m_maxCodes; }
    [[nodiscard]] std::vector<QrCode> take() { return std::move(m_codes); }

private:
    int m_maxCodes;
    std::vector<QrCode> m_codes;
};

void Collector::add(backend::Hit hit, Point origin, double scale, Strategy strategy)
{
    QrCode code{std::move(hit.text), {}, strategy, scale};
    for (std::size_t i = 0; i < code.corners.size(); ++i) {
        // ZXing's corners are in the scaled image; map them back to the input's pixels.
        code.corners[i] = {origin.x + static_cast<int>(std::lround(hit.corners[i].x / scale)),
                           origin.y + static_cast<int>(std::lround(hit.corners[i].y / scale))};
    }
    const Point c = center(code.corners);
    const bool repeat = std::any_of(m_codes.begin(), m_codes.end(), [&](const QrCode& known) {
        const Point k = center(known.corners);
        return known.text == code.text && std::hypot(c.x - k.x, c.y - k.y) * 2 < std::max(extent(known.corners), 2);
    });
    if (repeat || full()) {
        secureWipe(code.text);
        return;
    }
    m_codes.push_back(std::move(code));
}

bool Collector::covers(Rect region) const
{
    const int cx = region.x + region.width / 2;
    const int cy = region.y + region.height / 2;
    return std::any_of(m_codes.begin(), m_codes.end(), [&](const QrCode& code) {
        const Point c = center(code.corners);
        const int reach = extent(code.corners) / 2 + 1;
        return std::abs(cx - c.x) <= reach && std::abs(cy - c.y) <= reach;
    });
}

// Region candidates of a shrunk copy, in the input's pixels.
void addScaledRegions(std::vector<Region>& regions, const GrayImage& shrunk, int factor, const PixelView& input)
{
    for (Region region : findQrRegions(shrunk.view(), kMaxRegions)) {
        const Rect r = region.rect;
        region.rect = clipped({(r.x - 1) * factor, (r.y - 1) * factor, (r.width + 2) * factor, (r.height + 2) * factor},
                              input.width, input.height);
        region.module *= factor;
        regions.push_back(region);
    }
}

// One decodeQr() call: the passes in order, sharing the clock, the found codes and the report.
class Scan
{
public:
    Scan(const PixelView& input, const Clock& clock, const DecodeOptions& options, DecodeReport& report)
        : m_input(input), m_clock(clock), m_options(options), m_codes(options.maxCodes), m_report(report)
    {}

    void run();
    [[nodiscard]] std::vector<QrCode> codes() { return m_codes.take(); }

private:
    void wholeImage();
    [[nodiscard]] std::vector<Region> searchRegions();
    void decodeRegion(const Region& region);
    bool attempt(const PixelView& image, Point origin, double scale, Strategy strategy, backend::Binarizer binarizer);
    [[nodiscard]] bool stop();

    const PixelView& m_input;
    const Clock& m_clock;
    const DecodeOptions& m_options;
    Collector m_codes;
    DecodeReport& m_report;
    GrayImage m_half; // the input halved, shared by the whole-image pass and the region search
};

bool Scan::stop()
{
    if (m_codes.full()) {
        return true;
    }
    if (m_clock.expired()) {
        m_report.timedOut = true;
        return true;
    }
    return false;
}

bool Scan::attempt(const PixelView& image, Point origin, double scale, Strategy strategy, backend::Binarizer binarizer)
{
    ++m_report.attempts;
    backend::Hints hints;
    hints.binarizer = binarizer;
    hints.tryHarder = true; // every third row: small codes slip between the default's wider steps
    auto hits = backend::readQrCodes(image, hints);
    if (!hits) {
        ++m_report.failedAttempts;
        return false;
    }
    for (backend::Hit& hit : *hits) {
        m_codes.add(std::move(hit), origin, scale, strategy);
    }
    return !hits->empty();
}

void Scan::wholeImage()
{
    TimePoint start = m_clock.now();
    GrayImage gray;
    const bool halved = std::int64_t{m_input.width} * m_input.height > kHalvedAbove;
    if (halved) {
        m_half = downscaleToGray(m_input, 2);
    } else if (m_input.format != PixelFormat::Gray8) {
        gray = toGray(m_input, {0, 0, m_input.width, m_input.height});
    }
    m_report.times.toGray = m_clock.since(start);
    start = m_clock.now();
    const PixelView image = halved ? m_half.view() : m_input.format == PixelFormat::Gray8 ? m_input : gray.view();
    attempt(image, {0, 0}, halved ? 0.5 : 1.0, Strategy::WholeImage, backend::Binarizer::LocalAverage);
    m_report.times.wholeImage = m_clock.since(start);
}

// Candidates at three scales: the input itself for codes of 1 to 4 px per module, the input halved
// (2 to 8) and quartered (4 to 16, e.g. an inverted code the whole-image pass cannot read).
std::vector<Region> Scan::searchRegions()
{
    std::vector<Region> regions = findQrRegions(m_input, kMaxRegions);
    addScaledRegions(regions, m_half, 2, m_input);
    addScaledRegions(regions, downscaleToGray(m_half.view(), 2), 4, m_input);
    return regions;
}

// Magnifies the region to ~kTargetModule px per module, then climbs the ladder until a rung reads
// a code: the polarity its quiet zone suggests, the other polarity, and the global-histogram
// binarizer on the suggested polarity, for a low-contrast code (a page dimmed behind a dialog) that
// the local binarizer takes for flat background.
void Scan::decodeRegion(const Region& region)
{
    struct Rung
    {
        bool suggestedPolarity;
        backend::Binarizer binarizer;
    };
    constexpr Rung kLadder[] = {{true, backend::Binarizer::LocalAverage},
                                {false, backend::Binarizer::LocalAverage},
                                {true, backend::Binarizer::GlobalHistogram}};
    const int wanted = std::clamp(static_cast<int>(std::ceil(kTargetModule / region.module)), 1, kMaxMagnification);
    const int factor =
        std::max(1, std::min(wanted, kMaxMagnifiedSide / std::max(region.rect.width, region.rect.height)));
    GrayImage image = toGray(m_input, region.rect);
    if (factor > 1) {
        image = upscale(image, factor);
    }
    bool inverted = false;
    for (const Rung& rung : kLadder) {
        if (&rung != kLadder && stop()) {
            return;
        }
        if (inverted != (rung.suggestedPolarity == region.darkQuietZone)) {
            invert(image);
            inverted = !inverted;
        }
        const Strategy strategy = rung.binarizer == backend::Binarizer::GlobalHistogram ? Strategy::RegionHistogram
                                  : inverted                                            ? Strategy::RegionInverted
                                                                                        : Strategy::Region;
        if (attempt(image.view(), {region.rect.x, region.rect.y}, factor, strategy, rung.binarizer)) {
            return;
        }
    }
}

void Scan::run()
{
    if (m_options.wholeImagePass) {
        wholeImage();
    }
    if (!m_options.regionPasses || (m_options.wholeImagePass && stop())) {
        return;
    }
    if (m_half.pixels.empty()) {
        const TimePoint start = m_clock.now();
        m_half = downscaleToGray(m_input, 2);
        m_report.times.toGray += m_clock.since(start);
    }
    TimePoint start = m_clock.now();
    const std::vector<Region> regions = searchRegions();
    m_report.times.regionSearch = m_clock.since(start);
    start = m_clock.now();
    for (const Region& region : regions) {
        if (stop()) {
            break;
        }
        if (m_codes.covers(region.rect)) {
            continue;
        }
        ++m_report.regions;
        decodeRegion(region);
    }
    m_report.times.regionDecode = m_clock.since(start);
}

} // namespace

std::string_view strategyName(Strategy strategy) noexcept
{
    switch (strategy) {
    case Strategy::WholeImage:
        return "WholeImage";
    case Strategy::Region:
        return "Region";
    case Strategy::RegionInverted:
        return "RegionInverted";
    case Strategy::RegionHistogram:
        return "RegionHistogram";
    }
    return "Unknown";
}

Result<DecodeReport> decodeQr(const PixelView& image, const DecodeOptions& options)
{
    if (auto valid = checkPixelView(image); !valid) {
        return tl::unexpected(std::move(valid.error()));
    }
    DecodeReport report;
    const Clock clock(options);
    Scan scan(image, clock, options, report);
    scan.run();
    report.codes = scan.codes();
    if (report.codes.empty() && report.failedAttempts > 0) {
        return fail(Errc::QrDecoderFailure, std::to_string(report.failedAttempts) + " of " +
                                                std::to_string(report.attempts) +
                                                " ZXing runs threw and no code was found");
    }
    return report;
}

std::string decoderLibrary()
{
    return "ZXing-C++ " + backend::libraryVersion();
}

} // namespace sandi::qr
