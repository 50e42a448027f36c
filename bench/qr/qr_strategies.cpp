// qr_strategies: runs each candidate QR decoding strategy alone on one PPM/PGM image and prints a
// JSON line per strategy (texts found, milliseconds of its second run), for the strategy table in
// docs/performance.md. Uses core/qr's internal headers: a benchmark of the parts, not an API.
//   qr_strategies IMAGE.ppm|IMAGE.pgm
#include "bench/qr/netpbm.h"
#include "core/qr/grayimage.h"
#include "core/qr/qrdecoder.h"
#include "core/qr/zxingbackend.h"

#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace {

using sandi::qr::GrayImage;
using sandi::qr::PixelView;
namespace backend = sandi::qr::backend;

std::vector<std::string> zxing(const PixelView& gray, backend::Binarizer binarizer, bool harder,
                               bool zxingDefaults = false)
{
    backend::Hints hints;
    hints.binarizer = binarizer;
    hints.tryHarder = harder || zxingDefaults;
    hints.tryRotate = zxingDefaults;
    hints.tryDownscale = zxingDefaults;
    hints.maxSymbols = 255;
    std::vector<std::string> texts;
    if (auto hits = backend::readQrCodes(gray, hints)) {
        for (const auto& hit : *hits) {
            texts.push_back(hit.text);
        }
    }
    return texts;
}

std::vector<std::string> decoder(const PixelView& input, bool whole, bool regions)
{
    sandi::qr::DecodeOptions options;
    options.wholeImagePass = whole;
    options.regionPasses = regions;
    std::vector<std::string> texts;
    if (auto report = sandi::qr::decodeQr(input, options)) {
        for (const auto& code : report->codes) {
            texts.push_back(code.text);
        }
    }
    return texts;
}

std::string json(const std::string& text)
{
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    return out + "\"";
}

} // namespace

int main(int argc, char** argv)
{
    sandi::bench::Image image;
    if (argc != 2 || !sandi::bench::readNetpbm(argv[1], image)) {
        std::fprintf(stderr, "usage: qr_strategies IMAGE.ppm|IMAGE.pgm\n");
        return 2;
    }
    const sandi::bench::Input input = sandi::bench::asScreenGrab(image);
    const PixelView& view = input.view;
    const GrayImage gray = sandi::qr::toGray(view, {0, 0, view.width, view.height});
    const bool small = std::int64_t{view.width} * view.height <= 2'100'000;
    using B = backend::Binarizer;
    const std::vector<std::pair<std::string, std::function<std::vector<std::string>()>>> strategies = {
        {"zxing-defaults", [&] { return zxing(gray.view(), B::LocalAverage, true, true); }},
        {"whole-local", [&] { return zxing(gray.view(), B::LocalAverage, false); }},
        {"whole-local-harder", [&] { return zxing(gray.view(), B::LocalAverage, true); }},
        {"whole-histogram-harder", [&] { return zxing(gray.view(), B::GlobalHistogram, true); }},
        {"whole-fixed-harder", [&] { return zxing(gray.view(), B::FixedThreshold, true); }},
        {"whole-inverted-harder",
         [&] {
             GrayImage inverted = gray;
             sandi::qr::invert(inverted);
             return zxing(inverted.view(), B::LocalAverage, true);
         }},
        {"whole-halved-harder",
         [&] { return zxing(sandi::qr::downscaleToGray(gray.view(), 2).view(), B::LocalAverage, true); }},
        {"whole-magnified2-harder",
         [&] {
             return small ? zxing(sandi::qr::upscale(gray, 2).view(), B::LocalAverage, true)
                          : std::vector<std::string>{"(skipped above 2.1 Mpx)"};
         }},
        {"sandi-whole-pass", [&] { return decoder(view, true, false); }},
        {"sandi-region-passes", [&] { return decoder(view, false, true); }},
        {"sandi", [&] { return decoder(view, true, true); }},
    };
    for (const auto& [name, run] : strategies) {
        // Timed on the second run, so that no strategy pays for the process's first touch of memory.
        (void)run();
        const auto start = std::chrono::steady_clock::now();
        const std::vector<std::string> texts = run();
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        std::printf("{\"strategy\": %s, \"ms\": %.2f, \"texts\": [", json(name).c_str(), ms);
        for (std::size_t i = 0; i < texts.size(); ++i) {
            std::printf("%s%s", i ? ", " : "", json(texts[i]).c_str());
        }
        std::printf("]}\n");
    }
    return 0;
}
