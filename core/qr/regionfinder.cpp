#include "core/qr/regionfinder.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <optional>

namespace sandi::qr {

namespace {

// Blocks of 8 × 8 pixels hold 1 to 8 modules of a code at 1 to 3 px per module, enough to tell a
// code's texture from flat background, and few enough (130 k on a 4K screen) to label quickly.
constexpr int kBlock = 8;
// A luminance step between neighbours that counts as a module edge. JPEG ringing and anti-aliased
// text stay mostly below it; a code blurred by 1.25× bilinear scaling stays above it.
constexpr int kEdgeStep = 24;
// Edges a busy block needs in each direction (of 56 possible): a code at 3 px per module has ~10.
constexpr int kMinBlockEdges = 5;
// Pixels of the smallest code worth magnifying: version 1 (21 modules) at 1 px per module.
constexpr int kMinCodeSide = 21;

struct BlockGrid
{
    int cols = 0;
    int rows = 0;
    std::vector<std::uint8_t> busy;

    [[nodiscard]] bool at(int c, int r) const
    {
        return busy[static_cast<std::size_t>(r) * static_cast<std::size_t>(cols) + static_cast<std::size_t>(c)] != 0;
    }
};

bool isEdge(std::uint8_t a, std::uint8_t b) noexcept
{
    return (a > b ? a - b : b - a) >= kEdgeStep;
}

// Counts, per block, the pixels whose right and lower neighbours differ by an edge step. Written as
// flat loops over whole rows so that the compiler vectorises them: this is the one pass over every
// pixel of a 4K screen.
BlockGrid busyBlocks(const PixelView& image)
{
    BlockGrid grid{image.width / kBlock, image.height / kBlock, {}};
    const auto cols = static_cast<std::size_t>(grid.cols);
    const auto width = static_cast<std::size_t>(image.width);
    const std::size_t n = cols * kBlock;             // pixels per row that belong to whole blocks
    const std::size_t last = std::min(n, width - 1); // the last column has no right neighbour
    grid.busy.assign(cols * static_cast<std::size_t>(grid.rows), 0);
    std::vector<std::uint8_t> strip((kBlock + 1) * width); // a block row and the row below it
    std::vector<std::uint8_t> horizontal(n);
    std::vector<std::uint8_t> vertical(n);
    for (int r = 0; r < grid.rows; ++r) {
        const int rows = std::min(kBlock + 1, image.height - r * kBlock);
        for (int i = 0; i <= kBlock; ++i) {
            lumaRow(image, 0, r * kBlock + std::min(i, rows - 1), image.width,
                    strip.data() + static_cast<std::size_t>(i) * width);
        }
        std::fill(horizontal.begin(), horizontal.end(), 0);
        std::fill(vertical.begin(), vertical.end(), 0);
        for (std::size_t i = 0; i < kBlock; ++i) {
            const std::uint8_t* row = strip.data() + i * width;
            const std::uint8_t* below = row + width;
            for (std::size_t x = 0; x < last; ++x) {
                horizontal[x] = static_cast<std::uint8_t>(horizontal[x] + isEdge(row[x], row[x + 1]));
            }
            for (std::size_t x = 0; x < n; ++x) {
                vertical[x] = static_cast<std::uint8_t>(vertical[x] + isEdge(row[x], below[x]));
            }
        }
        for (std::size_t c = 0; c < cols; ++c) {
            int h = 0;
            int v = 0;
            for (std::size_t i = c * kBlock; i < (c + 1) * kBlock; ++i) {
                h += horizontal[i];
                v += vertical[i];
            }
            grid.busy[static_cast<std::size_t>(r) * cols + c] = h >= kMinBlockEdges && v >= kMinBlockEdges;
        }
    }
    return grid;
}

struct Component
{
    int minC;
    int minR;
    int maxC;
    int maxR;
    int count;
};

// 4-connected components of busy blocks.
std::vector<Component> components(BlockGrid& grid)
{
    std::vector<Component> out;
    std::vector<std::array<int, 2>> stack;
    for (int r0 = 0; r0 < grid.rows; ++r0) {
        for (int c0 = 0; c0 < grid.cols; ++c0) {
            if (!grid.at(c0, r0)) {
                continue;
            }
            Component comp{c0, r0, c0, r0, 0};
            stack.push_back({c0, r0});
            grid.busy[static_cast<std::size_t>(r0 * grid.cols + c0)] = 0;
            while (!stack.empty()) {
                const auto [c, r] = stack.back();
                stack.pop_back();
                ++comp.count;
                comp.minC = std::min(comp.minC, c);
                comp.maxC = std::max(comp.maxC, c);
                comp.minR = std::min(comp.minR, r);
                comp.maxR = std::max(comp.maxR, r);
                const std::array<std::array<int, 2>, 4> next = {{{c - 1, r}, {c + 1, r}, {c, r - 1}, {c, r + 1}}};
                for (const auto& [nc, nr] : next) {
                    if (nc >= 0 && nr >= 0 && nc < grid.cols && nr < grid.rows && grid.at(nc, nr)) {
                        grid.busy[static_cast<std::size_t>(nr * grid.cols + nc)] = 0;
                        stack.push_back({nc, nr});
                    }
                }
            }
            out.push_back(comp);
        }
    }
    return out;
}

// The box shrunk to the rows and columns that hold edges: block rounding adds up to a block of
// quiet zone on each side, which would otherwise count as gap rows.
Rect tightened(const GrayImage& image, Rect box)
{
    std::vector<int> rows(static_cast<std::size_t>(box.height));
    std::vector<int> cols(static_cast<std::size_t>(box.width));
    for (int y = 0; y < box.height; ++y) {
        for (int x = 0; x + 1 < box.width; ++x) {
            const std::uint8_t p = image.at(box.x + x, box.y + y);
            const int h = isEdge(p, image.at(box.x + x + 1, box.y + y));
            const int v = y + 1 < box.height && isEdge(p, image.at(box.x + x, box.y + y + 1));
            rows[static_cast<std::size_t>(y)] += h + v;
            cols[static_cast<std::size_t>(x)] += h + v;
        }
    }
    const auto first = [](const std::vector<int>& counts) {
        return static_cast<int>(std::find_if(counts.begin(), counts.end(), [](int n) { return n > 0; }) -
                                counts.begin());
    };
    const auto last = [](const std::vector<int>& counts) {
        return static_cast<int>(counts.rend() -
                                std::find_if(counts.rbegin(), counts.rend(), [](int n) { return n > 0; }));
    };
    const int x0 = first(cols);
    const int y0 = first(rows);
    return {box.x + x0, box.y + y0, std::max(last(cols) - x0, 1), std::max(last(rows) - y0, 1)};
}

// Pixel statistics of a candidate box: how many pixel rows have (almost) no edge, the edge
// density, and the share of pixels darker than the midpoint between the box's extremes.
struct BoxStats
{
    double gapRows = 0;
    double edgesPerPixel = 0;
    double darkShare = 0;
    double mean = 0;
};

BoxStats measureBox(const GrayImage& image, Rect box)
{
    std::array<int, 256> histogram{};
    long long edges = 0;
    int gapRows = 0;
    for (int y = box.y; y < box.y + box.height; ++y) {
        int rowEdges = 0;
        for (int x = box.x; x < box.x + box.width; ++x) {
            ++histogram[image.at(x, y)];
            if (x + 1 < box.x + box.width) {
                rowEdges += isEdge(image.at(x, y), image.at(x + 1, y));
            }
        }
        edges += rowEdges;
        gapRows += rowEdges * 16 < box.width;
    }
    const long long total = static_cast<long long>(box.width) * box.height;
    // 5th and 95th percentiles as the dark and light levels, robust to a few outliers.
    int lo = 0;
    int hi = 255;
    long long seen = 0;
    long long sum = 0;
    for (int v = 0; v < 256; ++v) {
        sum += static_cast<long long>(v) * histogram[static_cast<std::size_t>(v)];
        const long long before = seen;
        seen += histogram[static_cast<std::size_t>(v)];
        if (before < total / 20 && seen >= total / 20) {
            lo = v;
        }
        if (before < total - total / 20 && seen >= total - total / 20) {
            hi = v;
        }
    }
    long long dark = 0;
    for (int v = 0; v < (lo + hi) / 2; ++v) {
        dark += histogram[static_cast<std::size_t>(v)];
    }
    const auto n = static_cast<double>(total);
    return {gapRows / double(box.height), static_cast<double>(edges) / n, static_cast<double>(dark) / n,
            static_cast<double>(sum) / n};
}

double ringMean(const GrayImage& image, Rect outer, Rect inner)
{
    long long sum = 0;
    long long n = 0;
    for (int y = outer.y; y < outer.y + outer.height; ++y) {
        for (int x = outer.x; x < outer.x + outer.width; ++x) {
            if (x >= inner.x && x < inner.x + inner.width && y >= inner.y && y < inner.y + inner.height) {
                continue;
            }
            sum += image.at(x, y);
            ++n;
        }
    }
    return n == 0 ? 0.0 : static_cast<double>(sum) / static_cast<double>(n);
}

// A component's box tightened to its edges and checked for a code's texture, with its margin.
std::optional<Region> examine(const PixelView& image, Rect blocks)
{
    // Work on a grey copy of the box and a block of its surroundings (for the quiet zone).
    const Rect around =
        clipped({blocks.x - kBlock, blocks.y - kBlock, blocks.width + 2 * kBlock, blocks.height + 2 * kBlock},
                image.width, image.height);
    const GrayImage gray = toGray(image, around);
    const Rect box = tightened(gray, {blocks.x - around.x, blocks.y - around.y, blocks.width, blocks.height});
    // Tightened, a code is square and at least kMinCodeSide wide; a word or a line of text is not.
    if (std::min(box.width, box.height) < kMinCodeSide ||
        std::max(box.width, box.height) * 4 > std::min(box.width, box.height) * 5) {
        return std::nullopt;
    }
    const BoxStats stats = measureBox(gray, box);
    if (stats.gapRows > 0.12 || stats.darkShare < 0.2 || stats.darkShare > 0.8) {
        return std::nullopt;
    }
    // Random modules make runs two modules long on average: one edge per two modules.
    const double module = std::clamp(1.0 / (2.0 * std::max(stats.edgesPerPixel, 1e-3)), 0.5, 8.0);
    const int margin = kBlock + static_cast<int>(std::lround(5 * module));
    const Rect rect =
        clipped({around.x + box.x - margin, around.y + box.y - margin, box.width + 2 * margin, box.height + 2 * margin},
                image.width, image.height);
    const double score = (1.0 - stats.gapRows) * (1.0 - std::abs(stats.darkShare - 0.5));
    return Region{rect, module, score, ringMean(gray, {0, 0, gray.width, gray.height}, box) < stats.mean};
}

} // namespace

std::vector<Region> findQrRegions(const PixelView& image, int maxRegions)
{
    BlockGrid grid = busyBlocks(image);
    std::vector<Region> regions;
    for (const Component& comp : components(grid)) {
        const int w = comp.maxC - comp.minC + 1;
        const int h = comp.maxR - comp.minR + 1;
        // 128 blocks (1024 px) at up to 4 px per module hold any version. Codes are square; block
        // rounding adds up to a block on each side. Half the blocks at least must be busy.
        if (std::min(w, h) < 2 || std::max(w, h) > 128 || std::max(w, h) * 10 > std::min(w, h) * 14 + 10 ||
            comp.count * 2 < w * h) {
            continue;
        }
        if (auto region = examine(image, {comp.minC * kBlock, comp.minR * kBlock, w * kBlock, h * kBlock})) {
            regions.push_back(*region);
        }
    }
    std::stable_sort(regions.begin(), regions.end(),
                     [](const Region& a, const Region& b) { return a.score > b.score; });
    if (regions.size() > static_cast<std::size_t>(std::max(maxRegions, 0))) {
        regions.resize(static_cast<std::size_t>(std::max(maxRegions, 0)));
    }
    return regions;
}

} // namespace sandi::qr
