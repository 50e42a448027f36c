#include "bench/qr/netpbm.h"

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <string>

namespace sandi::bench {

namespace {

// Next header token of a Netpbm file, skipping whitespace and # comments.
std::string token(std::istream& in)
{
    std::string out;
    for (int c = in.get(); c != EOF; c = in.get()) {
        if (c == '#') {
            std::string comment;
            std::getline(in, comment);
        } else if (std::isspace(c) != 0) {
            if (!out.empty()) {
                return out;
            }
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

std::size_t pixelCount(const Image& image)
{
    return static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height);
}

} // namespace

bool readNetpbm(const char* path, Image& image)
{
    std::ifstream in(path, std::ios::binary);
    const std::string magic = token(in);
    image.channels = magic == "P5" ? 1 : magic == "P6" ? 3 : 0;
    image.width = std::atoi(token(in).c_str());
    image.height = std::atoi(token(in).c_str());
    const int maxval = std::atoi(token(in).c_str());
    if (!in || image.channels == 0 || image.width <= 0 || image.height <= 0 || maxval != 255) {
        return false;
    }
    image.bytes.resize(pixelCount(image) * static_cast<std::size_t>(image.channels));
    in.read(reinterpret_cast<char*>(image.bytes.data()), static_cast<std::streamsize>(image.bytes.size()));
    return static_cast<std::size_t>(in.gcount()) == image.bytes.size();
}

Input asScreenGrab(const Image& image)
{
    if (image.channels == 1) {
        return asGray(image);
    }
    Input input;
    const std::size_t pixels = pixelCount(image);
    input.bytes.resize(pixels * 4);
    for (std::size_t i = 0; i < pixels; ++i) {
        input.bytes[i * 4] = image.bytes[i * 3 + 2];
        input.bytes[i * 4 + 1] = image.bytes[i * 3 + 1];
        input.bytes[i * 4 + 2] = image.bytes[i * 3];
        input.bytes[i * 4 + 3] = 0xff;
    }
    input.view = {input.bytes.data(), image.width, image.height, std::ptrdiff_t{image.width} * 4,
                  qr::PixelFormat::Bgrx32};
    return input;
}

Input asGray(const Image& image)
{
    Input input;
    const std::size_t pixels = pixelCount(image);
    input.bytes.resize(pixels);
    for (std::size_t i = 0; i < pixels; ++i) {
        const std::uint8_t* p = image.bytes.data() + i * static_cast<std::size_t>(image.channels);
        input.bytes[i] =
            image.channels == 1 ? p[0] : static_cast<std::uint8_t>((77 * p[0] + 150 * p[1] + 29 * p[2] + 128) >> 8);
    }
    input.view = {input.bytes.data(), image.width, image.height, image.width, qr::PixelFormat::Gray8};
    return input;
}

} // namespace sandi::bench
