// sandi_qr_scan: decodes the QR codes in a binary PGM (P5) or PPM (P6) image with core/qr and
// prints each text on its own line (like `zbarimg --raw`), and the decode times on stderr.
//   sandi_qr_scan [--repeat N] [--budget MS] [--gray] IMAGE.ppm|IMAGE.pgm
// A PPM is handed to the decoder as 32-bit BGRX, the layout of a screen grab (QImage RGB32);
// --gray hands it luminance instead. Only PPM/PGM, so that the core needs no image library:
// bench/qr/make_corpus.sh writes them next to the PNG and JPEG files. Reading the file and the
// format conversion are not timed; decoding is, --repeat times (first and median reported).
#include "bench/qr/netpbm.h"
#include "core/errc.h"
#include "core/qr/qrdecoder.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

namespace {

double ms(std::chrono::microseconds d)
{
    return static_cast<double>(d.count()) / 1000.0;
}

} // namespace

int main(int argc, char** argv)
{
    int repeat = 1;
    bool gray = false;
    sandi::qr::DecodeOptions options;
    const char* path = nullptr;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--repeat" && i + 1 < argc) {
            repeat = std::max(1, std::atoi(argv[++i]));
        } else if (arg == "--budget" && i + 1 < argc) {
            options.budget = std::chrono::milliseconds(std::atoi(argv[++i]));
        } else if (arg == "--gray") {
            gray = true;
        } else {
            path = argv[i];
        }
    }
    sandi::bench::Image image;
    if (path == nullptr || !sandi::bench::readNetpbm(path, image)) {
        std::cerr << "usage: sandi_qr_scan [--repeat N] [--budget MS] [--gray] IMAGE.ppm|IMAGE.pgm\n";
        return 2;
    }
    const sandi::bench::Input input = gray ? sandi::bench::asGray(image) : sandi::bench::asScreenGrab(image);

    std::vector<double> times;
    sandi::qr::DecodeReport first;
    for (int run = 0; run < repeat; ++run) {
        const auto start = std::chrono::steady_clock::now();
        auto report = sandi::qr::decodeQr(input.view, options);
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        if (!report) {
            std::cerr << "sandi_qr_scan: " << sandi::errcName(report.error().code) << ": " << report.error().detail
                      << '\n';
            return 1;
        }
        if (run == 0) {
            first = std::move(*report);
        }
    }
    for (const auto& code : first.codes) {
        std::cout << code.text << '\n';
    }
    const double firstMs = times.front();
    std::sort(times.begin(), times.end());
    std::fprintf(stderr,
                 "decode_ms=%.2f median_ms=%.2f codes=%zu timed_out=%d regions=%d attempts=%d "
                 "gray_ms=%.2f whole_ms=%.2f search_ms=%.2f regions_ms=%.2f strategies=",
                 firstMs, times[times.size() / 2], first.codes.size(), first.timedOut ? 1 : 0, first.regions,
                 first.attempts, ms(first.times.toGray), ms(first.times.wholeImage), ms(first.times.regionSearch),
                 ms(first.times.regionDecode));
    for (const auto& code : first.codes) {
        std::fprintf(stderr, "%s@%g,", std::string(sandi::qr::strategyName(code.strategy)).c_str(), code.scale);
    }
    std::fprintf(stderr, "\n");
    return 0;
}
