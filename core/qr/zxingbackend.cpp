#include "core/qr/zxingbackend.h"

#include <algorithm>
#include <cassert>
#include <exception>
#include <new>

// ZXing 1.4's headers are not written for -Wconversion -Wshadow; they are a system dependency,
// so their warnings are not ours to fix. ZX_USE_UTF8 is defined PRIVATE on sandi_core.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wsign-conversion"
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wpedantic"
#include <ZXing/DecodeHints.h>
#include <ZXing/ReadBarcode.h>
#include <ZXing/ZXVersion.h>
#pragma GCC diagnostic pop

namespace sandi::qr::backend {

namespace {

ZXing::Binarizer zxingBinarizer(Binarizer binarizer) noexcept
{
    switch (binarizer) {
    case Binarizer::GlobalHistogram:
        return ZXing::Binarizer::GlobalHistogram;
    case Binarizer::FixedThreshold:
        return ZXing::Binarizer::FixedThreshold;
    case Binarizer::LocalAverage:
        break;
    }
    return ZXing::Binarizer::LocalAverage;
}

ZXing::DecodeHints zxingHints(const Hints& hints)
{
    ZXing::DecodeHints out;
    out.setFormats(ZXing::BarcodeFormat::QRCode)
        .setBinarizer(zxingBinarizer(hints.binarizer))
        .setTryHarder(hints.tryHarder)
        .setTryRotate(hints.tryRotate)
        .setTryDownscale(hints.tryDownscale)
        .setMaxNumberOfSymbols(static_cast<std::uint8_t>(std::clamp(hints.maxSymbols, 1, 255)));
    return out;
}

Hit toHit(const ZXing::Result& result)
{
    Hit hit{result.text(), {}};
    const ZXing::Position& position = result.position();
    for (std::size_t i = 0; i < hit.corners.size(); ++i) {
        hit.corners[i] = {position[i].x, position[i].y};
    }
    return hit;
}

} // namespace

Result<std::vector<Hit>> readQrCodes(const PixelView& image, const Hints& hints)
{
    assert(image.format == PixelFormat::Gray8);
    std::vector<Hit> hits;
    try {
        const ZXing::ImageView view(image.data, image.width, image.height, ZXing::ImageFormat::Lum,
                                    static_cast<int>(image.stride));
        const ZXing::Results results = ZXing::ReadBarcodes(view, zxingHints(hints));
        for (const ZXing::Result& result : results) {
            if (result.isValid() && result.format() == ZXing::BarcodeFormat::QRCode) {
                hits.push_back(toHit(result));
            }
        }
    } catch (const std::bad_alloc&) {
        throw;
    } catch (const std::exception& e) {
        return fail(Errc::QrDecoderFailure, std::string("ZXing: ") + e.what());
    } catch (...) {
        return fail(Errc::QrDecoderFailure, "ZXing threw a non-standard exception");
    }
    return hits;
}

std::string libraryVersion()
{
    return std::to_string(ZXING_VERSION_MAJOR) + '.' + std::to_string(ZXING_VERSION_MINOR) + '.' +
           std::to_string(ZXING_VERSION_PATCH);
}

} // namespace sandi::qr::backend
