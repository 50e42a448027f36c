#pragma once
// Decodes the QR codes in a QImage through the core decoder. Synchronous and thread-safe: call it
// from a worker thread (QtConcurrent::run), never from the GUI thread.

#include "app/scan/scanresult.h"
#include "core/qr/qrdecoder.h"

#include <chrono>

class QImage;

namespace sandi {

// Every QR code in `image`; a null or unreadable image gives an error in the user's language.
// Formats the core reads without conversion (Grayscale8, RGB32, ARGB32, RGBX8888, RGB888) are
// read in place; others are converted first.
[[nodiscard]] ScanResult scanImage(const QImage& image,
                                   std::chrono::milliseconds budget = std::chrono::milliseconds{1500});

// The core decoder over `view`, its codes as ScannedCodes (each decoded text wiped once copied),
// a decoder error in the user's language. elapsedMs is left for the caller to set.
[[nodiscard]] ScanResult scanPixels(const qr::PixelView& view, const qr::DecodeOptions& options);

} // namespace sandi
