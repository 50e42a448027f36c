#include "core/qr/qrencoder.h"

#include <qrencode.h>

#include <cerrno>
#include <memory>

namespace sandi::qr {

namespace {

QRecLevel toLibLevel(EcLevel level) noexcept
{
    switch (level) {
    case EcLevel::L:
        return QR_ECLEVEL_L;
    case EcLevel::Q:
        return QR_ECLEVEL_Q;
    case EcLevel::H:
        return QR_ECLEVEL_H;
    case EcLevel::M:
        break;
    }
    return QR_ECLEVEL_M;
}

// Wipes libqrencode's copy of the modules before freeing it: they spell out the encoded secret.
struct CodeDeleter
{
    void operator()(QRcode* code) const noexcept
    {
        if (code->data != nullptr && code->width > 0) {
            const auto count = static_cast<std::size_t>(code->width) * static_cast<std::size_t>(code->width);
            secureWipe(std::as_writable_bytes(std::span(code->data, count)));
        }
        QRcode_free(code);
    }
};

} // namespace

bool QrMatrix::dark(int x, int y) const noexcept
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size) {
        return false;
    }
    const auto index = static_cast<std::size_t>(y) * static_cast<std::size_t>(m_size) + static_cast<std::size_t>(x);
    return m_modules.view()[index] != std::byte{0};
}

Result<QrMatrix> encode(std::span<const std::byte> data, EcLevel level)
{
    if (data.empty()) {
        return fail(Errc::QrEncoderFailure, "nothing to encode");
    }
    if (data.size() > 7089) { // the largest symbol's capacity at any level: no need to ask the library
        return fail(Errc::QrDataTooLong, "more bytes than any QR code holds");
    }
    errno = 0;
    // Version 0: the smallest that fits. Byte mode for all of it: an otpauth URI is mixed text.
    const std::unique_ptr<QRcode, CodeDeleter> code(QRcode_encodeData(
        static_cast<int>(data.size()), reinterpret_cast<const unsigned char*>(data.data()), 0, toLibLevel(level)));
    if (!code) {
        // qrencode.h: ERANGE when the input does not fit a version 40 symbol; EINVAL, ENOMEM otherwise.
        if (errno == ERANGE) {
            return fail(Errc::QrDataTooLong, "the data does not fit a version 40 QR code at this level");
        }
        return fail(Errc::QrEncoderFailure, "libqrencode could not encode the data");
    }
    const int size = code->width;
    const auto count = static_cast<std::size_t>(size) * static_cast<std::size_t>(size);
    auto modules = SecretBytes::zeroed(count);
    const auto out = modules.mutableView();
    for (std::size_t i = 0; i < count; ++i) {
        // qrencode.h: bit 0 of each byte is the module's colour (1 = dark); the others describe its role.
        out[i] = std::byte{static_cast<unsigned char>(code->data[i] & 1U)};
    }
    return QrMatrix(size, std::move(modules));
}

Result<QrMatrix> encode(std::string_view text, EcLevel level)
{
    return encode(std::as_bytes(std::span(text.data(), text.size())), level);
}

} // namespace sandi::qr
