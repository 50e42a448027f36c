#pragma once
// Reading binary PGM (P5) and PPM (P6) images for the QR benchmarks, and handing them to the
// decoder the way a scan source would. Benchmark-only: the core reads no image files.

#include "core/qr/pixelview.h"

#include <cstdint>
#include <vector>

namespace sandi::bench {

struct Image
{
    int width = 0;
    int height = 0;
    int channels = 0; // 1 (PGM) or 3 (PPM)
    std::vector<std::uint8_t> bytes;
};

// False for anything but an 8-bit P5 or P6 file.
[[nodiscard]] bool readNetpbm(const char* path, Image& image);

struct Input
{
    std::vector<std::uint8_t> bytes;
    qr::PixelView view;
};

// As a screen grab hands it over (QImage::Format_RGB32: B, G, R, X bytes); a PGM stays Gray8.
[[nodiscard]] Input asScreenGrab(const Image& image);

// Luminance only (Gray8).
[[nodiscard]] Input asGray(const Image& image);

} // namespace sandi::bench
