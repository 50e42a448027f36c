#pragma once
// QR code encoding (ISO/IEC 18004) over libqrencode, the one place Sandi uses it: bytes in, a
// square matrix of modules out, for the window's "show as QR code" and the acceptor's activation
// page. The text of an account's QR code is its otpauth:// URI, so the matrix is as secret as the
// key: it is kept in SecretBytes and wiped when dropped.

#include "core/crypto/secretbytes.h"
#include "core/result.h"

#include <cstdint>
#include <span>
#include <string_view>

namespace sandi::qr {

// Error correction: about 7, 15, 25 or 30 % of the symbol may be lost (ISO/IEC 18004 §6.5.1).
enum class EcLevel : std::uint8_t
{
    L,
    M,
    Q,
    H,
};

// The quiet zone a reader needs around the symbol, in modules (ISO/IEC 18004 §6.3.8). Not part of
// the matrix: whoever draws it leaves this margin.
inline constexpr int kQuietZone = 4;

// The modules of one symbol, row by row, without the quiet zone.
class QrMatrix
{
public:
    [[nodiscard]] int size() const noexcept { return m_size; } // modules per side: 21 (version 1) to 177 (40)
    [[nodiscard]] int version() const noexcept { return (m_size - 17) / 4; }
    // True for a dark module. `x` and `y` in 0..size()-1; anything else is light (the quiet zone).
    [[nodiscard]] bool dark(int x, int y) const noexcept;

private:
    friend Result<QrMatrix> encode(std::span<const std::byte>, EcLevel);
    QrMatrix(int size, SecretBytes modules) : m_size(size), m_modules(std::move(modules)) {}
    int m_size = 0;
    SecretBytes m_modules; // size × size bytes, 1 = dark
};

// Encodes `data` in byte mode at the smallest version that holds it. Errors: QrDataTooLong (more
// than a version 40 symbol holds at `level`: 2,331 bytes at M), QrEncoderFailure.
[[nodiscard]] Result<QrMatrix> encode(std::span<const std::byte> data, EcLevel level = EcLevel::M);
[[nodiscard]] Result<QrMatrix> encode(std::string_view text, EcLevel level = EcLevel::M);

} // namespace sandi::qr
