#include "tests/core/qrtestimage.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <stdexcept>

#include <jpeglib.h>
#include <qrencode.h>

namespace sandi::qrtest {

namespace {

std::size_t size(int n)
{
    return static_cast<std::size_t>(n);
}

std::size_t offset(int x, int y, int width)
{
    return (static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)) * 4;
}

std::uint8_t mix(std::uint8_t a, std::uint8_t b, double t)
{
    return static_cast<std::uint8_t>(std::lround(a + (b - a) * t));
}

Rgb mix(Rgb a, Rgb b, double t)
{
    return {mix(a.r, b.r, t), mix(a.g, b.g, t), mix(a.b, b.b, t)};
}

int uniform(std::mt19937& rng, int lo, int hi)
{
    return std::uniform_int_distribution<int>(lo, hi)(rng);
}

// Dark fraction of the pixel [px, px+1) × [py, py+1), the module grid starting at (x0, y0).
double coverage(const QrMatrix& qr, double px, double py, double x0, double y0, double module)
{
    double dark = 0;
    const double u0 = (px - x0) / module;
    const double u1 = (px + 1 - x0) / module;
    const double v0 = (py - y0) / module;
    const double v1 = (py + 1 - y0) / module;
    for (int my = static_cast<int>(std::floor(v0)); my < v1; ++my) {
        const double h = std::min(v1, my + 1.0) - std::max(v0, double(my));
        for (int mx = static_cast<int>(std::floor(u0)); mx < u1; ++mx) {
            if (mx < 0 || my < 0 || mx >= qr.size || my >= qr.size || !qr.at(mx, my)) {
                continue;
            }
            dark += h * (std::min(u1, mx + 1.0) - std::max(u0, double(mx)));
        }
    }
    return dark * module * module; // overlaps were in module units; a pixel has area 1
}

} // namespace

void Canvas::set(int x, int y, Rgb c) noexcept
{
    if (x < 0 || y < 0 || x >= width || y >= height) {
        return;
    }
    std::uint8_t* p = bytes.data() + offset(x, y, width);
    p[0] = c.b;
    p[1] = c.g;
    p[2] = c.r;
    p[3] = 0xff;
}

Rgb Canvas::get(int x, int y) const noexcept
{
    const std::uint8_t* p = bytes.data() + offset(x, y, width);
    return {p[2], p[1], p[0]};
}

QrMatrix encodeQr(const std::string& text, EcLevel level)
{
    const auto ec = static_cast<QRecLevel>(static_cast<int>(level));
    std::unique_ptr<QRcode, void (*)(QRcode*)> code(QRcode_encodeString(text.c_str(), 0, ec, QR_MODE_8, 1),
                                                    QRcode_free);
    if (!code) {
        throw std::runtime_error("qrencode failed");
    }
    QrMatrix out{code->width, std::vector<bool>(static_cast<std::size_t>(code->width * code->width))};
    for (std::size_t i = 0; i < out.dark.size(); ++i) {
        out.dark[i] = (code->data[i] & 1) != 0; // bit 0: dark module (qrencode.h)
    }
    return out;
}

Canvas blankCanvas(int width, int height, Rgb color)
{
    Canvas canvas{width, height, std::vector<std::uint8_t>(size(width) * size(height) * 4)};
    fillRect(canvas, 0, 0, width, height, color);
    return canvas;
}

void fillRect(Canvas& canvas, int x, int y, int width, int height, Rgb color)
{
    for (int yy = std::max(y, 0); yy < std::min(y + height, canvas.height); ++yy) {
        for (int xx = std::max(x, 0); xx < std::min(x + width, canvas.width); ++xx) {
            canvas.set(xx, yy, color);
        }
    }
}

void paste(Canvas& target, const Canvas& source, int x, int y)
{
    for (int yy = 0; yy < source.height; ++yy) {
        for (int xx = 0; xx < source.width; ++xx) {
            target.set(x + xx, y + yy, source.get(xx, yy));
        }
    }
}

void drawText(Canvas& canvas, int x, int y, int width, int height, Rgb ink, std::mt19937& rng)
{
    const int glyphH = uniform(rng, 7, 11);
    const int lineH = glyphH + uniform(rng, 5, 9);
    for (int line = y; line + glyphH <= y + height; line += lineH) {
        const int lineEnd = x + width - uniform(rng, 0, width / 3);
        for (int gx = x; gx < lineEnd;) {
            const int glyphW = uniform(rng, 3, glyphH - 2);
            // A glyph: a few vertical and horizontal strokes of 1-2 px inside its cell.
            for (int s = uniform(rng, 2, 4); s > 0; --s) {
                const int thick = uniform(rng, 1, 2);
                if (uniform(rng, 0, 1) == 0) {
                    fillRect(canvas, gx + uniform(rng, 0, glyphW - 1), line, thick, glyphH, ink);
                } else {
                    fillRect(canvas, gx, line + uniform(rng, 0, glyphH - 1), glyphW, thick, ink);
                }
            }
            gx += glyphW + uniform(rng, 1, 2);
            if (uniform(rng, 0, 5) == 0) {
                gx += uniform(rng, 4, 8); // word gap
            }
        }
    }
}

Canvas browserScreen(int width, int height, Theme theme, std::uint32_t seed)
{
    std::mt19937 rng(seed);
    const bool dark = theme == Theme::Dark;
    const Rgb page = dark ? Rgb{32, 33, 36} : Rgb{246, 246, 246};
    const Rgb ink = dark ? Rgb{210, 210, 210} : Rgb{40, 40, 40};
    Canvas c = blankCanvas(width, height, page);
    fillRect(c, 0, 0, width, 38, dark ? Rgb{20, 20, 22} : Rgb{222, 225, 230}); // tab strip
    for (int tab = 0; tab < 4; ++tab) {
        fillRect(c, 8 + tab * 230, 6, 220, 32, dark ? Rgb{50, 50, 54} : Rgb{245, 245, 245});
        drawText(c, 20 + tab * 230, 14, 150, 12, ink, rng);
    }
    fillRect(c, 0, 38, width, 40, dark ? Rgb{50, 50, 54} : Rgb{255, 255, 255}); // toolbar
    fillRect(c, 90, 44, std::max(0, width - 300), 28, dark ? Rgb{32, 33, 36} : Rgb{236, 238, 241});
    drawText(c, 110, 52, std::min(600, width / 3), 14, ink, rng);
    fillRect(c, 0, 78, width, 56, Rgb{183, 28, 28}); // page header
    drawText(c, 40, 96, std::min(320, width / 4), 16, kWhite, rng);
    const int column = std::max(200, width / 3);
    for (int top = 170; top + 120 < height; top += 150) {
        drawText(c, 40, top, column, 110, ink, rng);
    }
    return c;
}

void drawQr(Canvas& canvas, const QrMatrix& qr, double x, double y, double module, Rgb dark, Rgb light, int quiet)
{
    const double outer = (qr.size + 2 * quiet) * module;
    const double qx = x - quiet * module;
    const double qy = y - quiet * module;
    for (int py = static_cast<int>(std::floor(qy)); py < qy + outer; ++py) {
        for (int px = static_cast<int>(std::floor(qx)); px < qx + outer; ++px) {
            canvas.set(px, py, mix(light, dark, coverage(qr, px, py, x, y, module)));
        }
    }
}

int qrExtent(const QrMatrix& qr, double module, int quiet)
{
    return static_cast<int>(std::ceil((qr.size + 2 * quiet) * module)) + 1;
}

Canvas resampled(const Canvas& source, double factor)
{
    const int w = static_cast<int>(std::lround(source.width * factor));
    const int h = static_cast<int>(std::lround(source.height * factor));
    Canvas out = blankCanvas(w, h, kBlack);
    for (int y = 0; y < h; ++y) {
        const double sy = std::clamp((y + 0.5) / factor - 0.5, 0.0, source.height - 1.0);
        const int y0 = static_cast<int>(sy);
        const int y1 = std::min(y0 + 1, source.height - 1);
        for (int x = 0; x < w; ++x) {
            const double sx = std::clamp((x + 0.5) / factor - 0.5, 0.0, source.width - 1.0);
            const int x0 = static_cast<int>(sx);
            const int x1 = std::min(x0 + 1, source.width - 1);
            const Rgb top = mix(source.get(x0, y0), source.get(x1, y0), sx - x0);
            const Rgb bottom = mix(source.get(x0, y1), source.get(x1, y1), sx - x0);
            out.set(x, y, mix(top, bottom, sy - y0));
        }
    }
    return out;
}

Canvas jpegRoundTrip(const Canvas& source, int quality)
{
    std::vector<std::uint8_t> rgb(size(source.width) * size(source.height) * 3);
    for (int y = 0; y < source.height; ++y) {
        for (int x = 0; x < source.width; ++x) {
            const Rgb c = source.get(x, y);
            const std::size_t i = (size(y) * size(source.width) + size(x)) * 3;
            rgb[i] = c.r;
            rgb[i + 1] = c.g;
            rgb[i + 2] = c.b;
        }
    }
    jpeg_compress_struct cinfo{};
    jpeg_error_mgr jerr{};
    cinfo.err = jpeg_std_error(&jerr);
    jpeg_create_compress(&cinfo);
    unsigned char* jpeg = nullptr;
    unsigned long jpegSize = 0;
    jpeg_mem_dest(&cinfo, &jpeg, &jpegSize);
    cinfo.image_width = static_cast<JDIMENSION>(source.width);
    cinfo.image_height = static_cast<JDIMENSION>(source.height);
    cinfo.input_components = 3;
    cinfo.in_color_space = JCS_RGB;
    jpeg_set_defaults(&cinfo); // 4:2:0 chroma subsampling, like most screenshot tools
    jpeg_set_quality(&cinfo, quality, TRUE);
    jpeg_start_compress(&cinfo, TRUE);
    while (cinfo.next_scanline < cinfo.image_height) {
        JSAMPROW row = rgb.data() + std::size_t{cinfo.next_scanline} * size(source.width) * 3;
        jpeg_write_scanlines(&cinfo, &row, 1);
    }
    jpeg_finish_compress(&cinfo);
    jpeg_destroy_compress(&cinfo);

    jpeg_decompress_struct dinfo{};
    dinfo.err = jpeg_std_error(&jerr);
    jpeg_create_decompress(&dinfo);
    jpeg_mem_src(&dinfo, jpeg, jpegSize);
    jpeg_read_header(&dinfo, TRUE);
    dinfo.out_color_space = JCS_RGB;
    jpeg_start_decompress(&dinfo);
    Canvas out = blankCanvas(source.width, source.height, kBlack);
    std::vector<std::uint8_t> line(static_cast<std::size_t>(source.width) * 3);
    while (dinfo.output_scanline < dinfo.output_height) {
        const int y = static_cast<int>(dinfo.output_scanline);
        JSAMPROW row = line.data();
        jpeg_read_scanlines(&dinfo, &row, 1);
        for (int x = 0; x < source.width; ++x) {
            const std::size_t i = static_cast<std::size_t>(x) * 3;
            out.set(x, y, {line[i], line[i + 1], line[i + 2]});
        }
    }
    jpeg_finish_decompress(&dinfo);
    jpeg_destroy_decompress(&dinfo);
    std::free(jpeg);
    return out;
}

void invertColors(Canvas& canvas)
{
    for (std::size_t i = 0; i < canvas.bytes.size(); ++i) {
        if (i % 4 != 3) {
            canvas.bytes[i] = static_cast<std::uint8_t>(255 - canvas.bytes[i]);
        }
    }
}

Canvas noiseCanvas(int width, int height, std::uint32_t seed)
{
    std::mt19937 rng(seed);
    Canvas c = blankCanvas(width, height, kBlack);
    for (std::size_t i = 0; i < c.bytes.size(); ++i) {
        c.bytes[i] = static_cast<std::uint8_t>(rng() & 0xff);
    }
    return c;
}

Canvas photoCanvas(int width, int height, std::uint32_t seed)
{
    std::mt19937 rng(seed);
    Canvas c = blankCanvas(width, height, kBlack);
    std::normal_distribution<double> grain(0.0, 4.0);
    const double fx = 2.0 + uniform(rng, 0, 30) / 10.0;
    const double fy = 1.5 + uniform(rng, 0, 30) / 10.0;
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const double u = double(x) / width;
            const double v = double(y) / height;
            const double s = 0.5 + 0.25 * std::sin(fx * u * 6.28) * std::cos(fy * v * 6.28);
            const auto level = [&](double base) {
                return static_cast<std::uint8_t>(std::clamp(base * 255.0 + grain(rng), 0.0, 255.0));
            };
            c.set(x, y, {level(0.3 + 0.6 * v * s), level(0.2 + 0.5 * s), level(0.6 - 0.4 * u * s)});
        }
    }
    return c;
}

Buffer converted(const Canvas& canvas, qr::PixelFormat format, int padding)
{
    const int bpp = qr::bytesPerPixel(format);
    Buffer out{{}, canvas.width, canvas.height, std::ptrdiff_t{canvas.width} * bpp + padding, format};
    out.bytes.assign(static_cast<std::size_t>(out.stride) * size(canvas.height), 0xa5);
    for (int y = 0; y < canvas.height; ++y) {
        std::uint8_t* row = out.bytes.data() + static_cast<std::size_t>(out.stride) * size(y);
        for (int x = 0; x < canvas.width; ++x) {
            const Rgb c = canvas.get(x, y);
            std::uint8_t* p = row + size(x) * size(bpp);
            switch (format) {
            case qr::PixelFormat::Gray8:
                p[0] = static_cast<std::uint8_t>((77 * c.r + 150 * c.g + 29 * c.b + 128) >> 8);
                break;
            case qr::PixelFormat::Bgrx32:
            case qr::PixelFormat::Bgra32:
                p[0] = c.b, p[1] = c.g, p[2] = c.r, p[3] = 0x7f;
                break;
            case qr::PixelFormat::Rgbx32:
                p[0] = c.r, p[1] = c.g, p[2] = c.b, p[3] = 0x7f;
                break;
            case qr::PixelFormat::Rgb888:
                p[0] = c.r, p[1] = c.g, p[2] = c.b;
                break;
            }
        }
    }
    return out;
}

} // namespace sandi::qrtest
