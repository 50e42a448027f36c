#include "core/qr/pixelview.h"
#include "core/qr/qrdecoder.h"

#include "tests/core/qrtestimage.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace sandi::qr {
namespace {

const std::string kActivation = "otpauth://totp/SPSE:budi@lpse.go.id?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

struct BadView
{
    const char* name;
    PixelView view;
    Errc expected;
};

std::ostream& operator<<(std::ostream& out, const BadView& bad)
{
    return out << bad.name;
}

const std::uint8_t kPixels[64] = {};

class InvalidView : public ::testing::TestWithParam<BadView>
{};

TEST_P(InvalidView, IsRejectedWithClearCode)
{
    const BadView& bad = GetParam();
    const auto checked = checkPixelView(bad.view);
    ASSERT_FALSE(checked.has_value());
    EXPECT_EQ(checked.error().code, bad.expected) << errcName(checked.error().code);
    const auto decoded = decodeQr(bad.view);
    ASSERT_FALSE(decoded.has_value());
    EXPECT_EQ(decoded.error().code, bad.expected);
    EXPECT_FALSE(decoded.error().detail.empty());
}

const BadView kBadViews[] = {
    {"NullData", {nullptr, 4, 4, 4, PixelFormat::Gray8}, Errc::ImageDataMissing},
    {"ZeroWidth", {kPixels, 0, 4, 4, PixelFormat::Gray8}, Errc::InvalidImageSize},
    {"ZeroHeight", {kPixels, 4, 0, 4, PixelFormat::Gray8}, Errc::InvalidImageSize},
    {"NegativeWidth", {kPixels, -4, 4, 4, PixelFormat::Gray8}, Errc::InvalidImageSize},
    {"StrideShorterThanGrayRow", {kPixels, 8, 4, 7, PixelFormat::Gray8}, Errc::InvalidImageStride},
    {"StrideShorterThanBgrxRow", {kPixels, 4, 4, 15, PixelFormat::Bgrx32}, Errc::InvalidImageStride},
    {"StrideShorterThanRgbRow", {kPixels, 4, 4, 11, PixelFormat::Rgb888}, Errc::InvalidImageStride},
    {"NegativeStride", {kPixels, 4, 4, -4, PixelFormat::Gray8}, Errc::InvalidImageStride},
    {"WiderThanLimit", {kPixels, kMaxImageSide + 1, 1, kMaxImageSide + 1, PixelFormat::Gray8}, Errc::ImageTooLarge},
    {"TallerThanLimit", {kPixels, 1, kMaxImageSide + 1, 1, PixelFormat::Gray8}, Errc::ImageTooLarge},
    {"MoreThanMaxPixels",
     {kPixels, kMaxImageSide, kMaxImageSide, kMaxImageSide, PixelFormat::Gray8},
     Errc::ImageTooLarge},
    {"HugeBothWays",
     {kPixels, std::numeric_limits<int>::max(), std::numeric_limits<int>::max(), 1, PixelFormat::Gray8},
     Errc::ImageTooLarge},
    {"UnknownFormat", {kPixels, 4, 4, 16, static_cast<PixelFormat>(99)}, Errc::UnsupportedPixelFormat},
};

INSTANTIATE_TEST_SUITE_P(PixelView, InvalidView, ::testing::ValuesIn(kBadViews),
                         [](const auto& p) { return std::string(p.param.name); });

TEST(PixelView, SmallestImageIsValidAndHasNoCode)
{
    const std::uint8_t pixel = 0;
    const auto report = decodeQr({&pixel, 1, 1, 1, PixelFormat::Gray8});
    ASSERT_TRUE(report.has_value());
    EXPECT_TRUE(report->codes.empty());
}

TEST(PixelView, BytesPerPixel)
{
    EXPECT_EQ(bytesPerPixel(PixelFormat::Gray8), 1);
    EXPECT_EQ(bytesPerPixel(PixelFormat::Rgb888), 3);
    EXPECT_EQ(bytesPerPixel(PixelFormat::Bgrx32), 4);
    EXPECT_EQ(bytesPerPixel(PixelFormat::Bgra32), 4);
    EXPECT_EQ(bytesPerPixel(PixelFormat::Rgbx32), 4);
}

struct FormatCase
{
    const char* name;
    PixelFormat format;
    int padding; // bytes after each row, as QImage aligns rows to 4 bytes
};

class EveryFormat : public ::testing::TestWithParam<FormatCase>
{};

// The same screen, with a small code that needs the region pass, in every format: the decoder's
// luminance must not depend on the layout (a red/blue swap would turn the red header dark).
TEST_P(EveryFormat, ReadsTheSameCode)
{
    qrtest::Canvas screen = qrtest::browserScreen(1366, 768, qrtest::Theme::Light, 2);
    qrtest::drawQr(screen, qrtest::encodeQr(kActivation, qrtest::EcLevel::M), 800.4, 300.7, 1.3, qrtest::Rgb{0, 0, 160},
                   qrtest::Rgb{255, 255, 210});
    const qrtest::Buffer buffer = qrtest::converted(screen, GetParam().format, GetParam().padding);
    const auto report = decodeQr(buffer.view());
    ASSERT_TRUE(report.has_value());
    ASSERT_EQ(report->codes.size(), 1U);
    EXPECT_EQ(report->codes[0].text, kActivation);
    EXPECT_NEAR(report->codes[0].corners[0].x, 800, 3);
    EXPECT_NEAR(report->codes[0].corners[0].y, 301, 3);
}

INSTANTIATE_TEST_SUITE_P(
    PixelView, EveryFormat,
    ::testing::Values(FormatCase{"Gray8", PixelFormat::Gray8, 0}, FormatCase{"Gray8Padded", PixelFormat::Gray8, 2},
                      FormatCase{"Bgrx32", PixelFormat::Bgrx32, 0}, FormatCase{"Bgra32", PixelFormat::Bgra32, 0},
                      FormatCase{"Rgbx32Padded", PixelFormat::Rgbx32, 16}, FormatCase{"Rgb888", PixelFormat::Rgb888, 0},
                      FormatCase{"Rgb888Padded", PixelFormat::Rgb888, 2}),
    [](const auto& p) { return std::string(p.param.name); });

TEST(PixelView, ErrorCodesHaveNamesAndMessages)
{
    for (const Errc code : {Errc::UnsupportedPixelFormat, Errc::InvalidImageSize, Errc::ImageTooLarge,
                            Errc::ImageDataMissing, Errc::InvalidImageStride, Errc::QrDecoderFailure}) {
        EXPECT_NE(errcName(code), "Unknown");
        EXPECT_NE(errcMessage(code), "Unknown error.");
    }
    EXPECT_EQ(errcName(Errc::InvalidImageStride), "InvalidImageStride");
}

} // namespace
} // namespace sandi::qr
