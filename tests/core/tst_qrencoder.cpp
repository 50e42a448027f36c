// The QR encoder: what it writes reads back through the core's own decoder (ZXing), at the
// smallest version that holds the data, and too much data is one clear error.
#include "core/qr/qrencoder.h"

#include "core/qr/qrdecoder.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

namespace sandi::qr {
namespace {

// The symbol drawn black on white with its quiet zone, `scale` pixels per module.
std::vector<std::uint8_t> render(const QrMatrix& matrix, int scale, int& side)
{
    side = (matrix.size() + 2 * kQuietZone) * scale;
    std::vector<std::uint8_t> pixels(std::size_t(side) * std::size_t(side), 255);
    for (int y = 0; y < side; ++y) {
        for (int x = 0; x < side; ++x) {
            if (matrix.dark(x / scale - kQuietZone, y / scale - kQuietZone)) {
                pixels[std::size_t(y) * std::size_t(side) + std::size_t(x)] = 0;
            }
        }
    }
    return pixels;
}

std::string decodeBack(const QrMatrix& matrix)
{
    int side = 0;
    const auto pixels = render(matrix, 3, side);
    const PixelView view{pixels.data(), side, side, side, PixelFormat::Gray8};
    auto report = decodeQr(view);
    if (!report || report->codes.size() != 1) {
        return "<no single code>";
    }
    return report->codes.front().text;
}

TEST(QrEncoder, ActivationUriReadsBack)
{
    const std::string uri = "otpauth://totp/LPSE%20Kota%20Kudus:ppk1?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer="
                            "LPSE%20Kota%20Kudus";
    const auto matrix = encode(uri);
    ASSERT_TRUE(matrix) << matrix.error().detail;
    EXPECT_EQ(matrix->size(), 17 + 4 * matrix->version());
    EXPECT_EQ(decodeBack(*matrix), uri);
}

TEST(QrEncoder, NonAsciiBytesReadBack)
{
    const std::string uri = "otpauth://totp/Kab.%20Sik%C3%A0:%E6%9D%8E%E5%9B%9B?secret=JBSWY3DPEHPK3PXP&issuer=李四";
    const auto matrix = encode(uri, EcLevel::H);
    ASSERT_TRUE(matrix);
    EXPECT_EQ(decodeBack(*matrix), uri);
}

TEST(QrEncoder, SmallestVersionThatHoldsTheData)
{
    // ISO/IEC 18004 Table 7: version 1-M holds 14 bytes, version 2-M 26; version 1-L 17.
    EXPECT_EQ(encode(std::string(14, 'a'))->version(), 1);
    EXPECT_EQ(encode(std::string(15, 'a'))->version(), 2);
    EXPECT_EQ(encode(std::string(17, 'a'), EcLevel::L)->version(), 1);
    EXPECT_EQ(encode(std::string(26, 'a'))->size(), 25);
}

TEST(QrEncoder, TooMuchDataIsOneError)
{
    // Table 7: version 40-M holds 2,331 bytes in byte mode.
    const auto largest = encode(std::string(2331, 'a'));
    ASSERT_TRUE(largest);
    EXPECT_EQ(largest->version(), 40);
    EXPECT_EQ(encode(std::string(2332, 'a')).error().code, Errc::QrDataTooLong);
    EXPECT_EQ(encode(std::string(100000, 'a')).error().code, Errc::QrDataTooLong);
    EXPECT_EQ(encode(std::string()).error().code, Errc::QrEncoderFailure);
}

TEST(QrEncoder, OutsideTheMatrixIsLight)
{
    const auto matrix = encode(std::string_view("x"));
    ASSERT_TRUE(matrix);
    EXPECT_TRUE(matrix->dark(0, 0)); // the top-left finder pattern's corner
    EXPECT_FALSE(matrix->dark(-1, 0));
    EXPECT_FALSE(matrix->dark(0, matrix->size()));
}

} // namespace
} // namespace sandi::qr
