#pragma once
// Finds regions of a screen image that look like small QR codes: dense light/dark transitions in
// both directions, filling a roughly square area without the blank line gaps of text. ZXing's own
// finder-pattern search misses codes of one to two pixels per module; the decoder magnifies these
// regions and decodes them one by one. Internal to core/qr.

#include "core/qr/grayimage.h"

#include <vector>

namespace sandi::qr {

struct Region
{
    Rect rect;                  // the candidate with a margin for the quiet zone, inside the image
    double module = 0;          // estimated module size in pixels
    double score = 0;           // higher is more QR-like; candidates come sorted by it
    bool darkQuietZone = false; // the margin is darker than the code: probably light modules on dark
};

// At most `maxRegions` candidates in a view that passed checkPixelView(), best first. Converts
// the view to luminance a strip at a time, so a 4K screen grab is never copied whole.
[[nodiscard]] std::vector<Region> findQrRegions(const PixelView& image, int maxRegions);

} // namespace sandi::qr
