#include "core/qr/qrdecoder.h"

#include "tests/core/qrtestimage.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace sandi::qr {
namespace {

using qrtest::Canvas;
using qrtest::EcLevel;
using qrtest::Rgb;
using qrtest::Theme;

// RFC 6238 Appendix B seeds (20 and 32 bytes) in Base32; the accounts are made up.
const std::string kActivation = "otpauth://totp/SPSE:budi.santoso@lpse.jakartaprov.go.id?"
                                "secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=SPSE&period=30&digits=6";
const std::string kSecondAccount = "otpauth://totp/SPSE:rina@lpse.bandung.go.id?"
                                   "secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA&issuer=SPSE";

constexpr Rgb kDarkPage{32, 33, 36};
constexpr Rgb kDarkModeModule{232, 234, 237};

std::vector<std::string> texts(const DecodeReport& report)
{
    std::vector<std::string> out;
    for (const QrCode& code : report.codes) {
        out.push_back(code.text);
    }
    std::sort(out.begin(), out.end());
    return out;
}

DecodeReport decode(const PixelView& view, const DecodeOptions& options = {})
{
    auto report = decodeQr(view, options);
    EXPECT_TRUE(report.has_value()) << (report ? "" : std::string(errcName(report.error().code)));
    return report ? std::move(*report) : DecodeReport{};
}

// A code as a browser shows it: drawn at `module` px per module into a tile, optionally scaled by
// the display's `scaling` with bilinear filtering, and pasted onto a browser screen at (x, y).
struct Scene
{
    std::string name;
    double module = 2;
    double scaling = 1;
    Theme theme = Theme::Light;
    bool inverted = false; // light modules on dark
    EcLevel level = EcLevel::M;
    int jpegQuality = 0; // 0: no JPEG round trip
    bool logo = false;
};

std::ostream& operator<<(std::ostream& out, const Scene& scene)
{
    return out << scene.name;
}

Canvas render(const Scene& scene, int width = 1920, int height = 1080, int x = 1100, int y = 300)
{
    Canvas screen = qrtest::browserScreen(width, height, scene.theme, 7);
    const qrtest::QrMatrix qr = qrtest::encodeQr(kActivation, scene.level);
    Rgb dark = qrtest::kBlack;
    Rgb light = qrtest::kWhite;
    if (scene.inverted) {
        dark = scene.theme == Theme::Dark ? kDarkModeModule : qrtest::kWhite;
        light = scene.theme == Theme::Dark ? kDarkPage : qrtest::kBlack;
    }
    const int extent = qrtest::qrExtent(qr, scene.module);
    Canvas tile = qrtest::blankCanvas(extent, extent, light);
    qrtest::drawQr(tile, qr, 4 * scene.module, 4 * scene.module, scene.module, dark, light);
    if (scene.logo) {
        // A logo over 22 % of the side, inside what error correction H can restore (30 %).
        const int side = static_cast<int>(qr.size * scene.module * 0.22);
        const int at = extent / 2 - side / 2;
        qrtest::fillRect(tile, at, at, side, side, Rgb{183, 28, 28});
        qrtest::fillRect(tile, at + 3, at + 3, side - 6, side - 6, Rgb{250, 250, 250});
    }
    qrtest::paste(screen, scene.scaling == 1 ? tile : qrtest::resampled(tile, scene.scaling), x, y);
    return scene.jpegQuality > 0 ? qrtest::jpegRoundTrip(screen, scene.jpegQuality) : screen;
}

class HardCase : public ::testing::TestWithParam<Scene>
{};

TEST_P(HardCase, IsRead)
{
    const Canvas screen = render(GetParam());
    const DecodeReport report = decode(screen.view());
    EXPECT_EQ(texts(report), std::vector<std::string>{kActivation});
    EXPECT_FALSE(report.timedOut);
}

// What desktop screens show and plain decoders miss (docs/performance.md, "QR decoding (core)").
const Scene kHardCases[] = {
    {"FourPixelsPerModule", 4},
    {"TwoPixelsPerModule", 2},
    {"OneAndAHalfPixelsPerModule", 1.5},
    {"OnePixelPerModule", 1},
    {"OnePointThreePixelsPerModule", 1.3},
    {"Scaled125FromOnePixel", 1, 1.25},
    {"Scaled150FromOnePixel", 1, 1.5},
    {"Scaled175FromOnePixel", 1, 1.75},
    {"Scaled125FromTwoPixels", 2, 1.25},
    {"Scaled150FromTwoPixels", 2, 1.5},
    {"Scaled175FromTwoPixels", 2, 1.75},
    {"Jpeg70TwoPixels", 2, 1, Theme::Light, false, EcLevel::M, 70},
    {"Jpeg70OneAndAHalfPixels", 1.5, 1, Theme::Light, false, EcLevel::M, 70},
    {"Jpeg50Scaled150FromOnePixel", 1, 1.5, Theme::Light, false, EcLevel::M, 50},
    {"DarkPageNormalCode", 3, 1, Theme::Dark},
    {"DarkModeLightModules", 2, 1, Theme::Dark, true},
    {"DarkModeLightModulesThreePixels", 3, 1, Theme::Dark, true},
    {"InvertedOnLightPage", 3, 1, Theme::Light, true},
    {"InvertedBigModules", 8, 1, Theme::Light, true},
    {"LogoOverMiddleLevelH", 3, 1, Theme::Light, false, EcLevel::H, 0, true},
    {"LogoOverMiddleLevelHScaled150", 2, 1.5, Theme::Light, false, EcLevel::H, 0, true},
};

INSTANTIATE_TEST_SUITE_P(Screens, HardCase, ::testing::ValuesIn(kHardCases),
                         [](const auto& p) { return p.param.name; });

TEST(QrDecoder, CornersAreInInputPixels)
{
    const qrtest::QrMatrix qr = qrtest::encodeQr(kActivation, EcLevel::M);
    for (const double module : {4.0, 1.0}) {
        Canvas screen = qrtest::browserScreen(1920, 1080, Theme::Light, 3);
        qrtest::drawQr(screen, qr, 1200, 400, module, qrtest::kBlack, qrtest::kWhite);
        const DecodeReport report = decode(screen.view());
        ASSERT_EQ(report.codes.size(), 1U) << module;
        const double far = 1200 + qr.size * module;
        const double farY = 400 + qr.size * module;
        const Point expected[] = {{1200, 400}, {int(far), 400}, {int(far), int(farY)}, {1200, int(farY)}};
        for (std::size_t i = 0; i < 4; ++i) {
            // ZXing places corners on module edges up to a module off; magnified regions add one pixel.
            EXPECT_NEAR(report.codes[0].corners[i].x, expected[i].x, module + 1) << "corner " << i;
            EXPECT_NEAR(report.codes[0].corners[i].y, expected[i].y, module + 1) << "corner " << i;
        }
    }
}

TEST(QrDecoder, SmallCodeIsFoundInMagnifiedRegion)
{
    const DecodeReport report = decode(render({"", 1.3}).view());
    ASSERT_EQ(report.codes.size(), 1U);
    EXPECT_EQ(report.codes[0].strategy, Strategy::Region);
    EXPECT_GT(report.codes[0].scale, 1.0);
}

TEST(QrDecoder, InvertedCodeIsFoundByInversion)
{
    const DecodeReport report = decode(render({"", 2, 1, Theme::Dark, true}).view());
    ASSERT_EQ(report.codes.size(), 1U);
    EXPECT_EQ(report.codes[0].strategy, Strategy::RegionInverted);
}

Canvas twoCodes(double module)
{
    Canvas screen = qrtest::browserScreen(1920, 1080, Theme::Light, 5);
    qrtest::drawQr(screen, qrtest::encodeQr(kActivation, EcLevel::M), 900, 300, module, qrtest::kBlack, qrtest::kWhite);
    qrtest::drawQr(screen, qrtest::encodeQr(kSecondAccount, EcLevel::M), 1400, 600, module, qrtest::kBlack,
                   qrtest::kWhite);
    return screen;
}

TEST(QrDecoder, LowContrastSmallCodeIsFoundWithHistogramBinarizer)
{
    // Grey on grey, 50 levels apart (a dimmed page behind a dialog): too flat for ZXing's local
    // binarizer, which takes a block with less than 24 levels of range for background.
    Canvas screen = qrtest::browserScreen(1920, 1080, Theme::Light, 9);
    qrtest::drawQr(screen, qrtest::encodeQr(kActivation, EcLevel::M), 1100, 300, 1.5, Rgb{140, 140, 140},
                   Rgb{190, 190, 190});
    const DecodeReport report = decode(screen.view());
    ASSERT_EQ(texts(report), std::vector<std::string>{kActivation});
    EXPECT_EQ(report.codes[0].strategy, Strategy::RegionHistogram);
}

TEST(QrDecoder, TwoCodesAtOnceAreBothFound)
{
    for (const double module : {3.0, 1.5}) {
        const DecodeReport report = decode(twoCodes(module).view());
        EXPECT_EQ(texts(report), (std::vector<std::string>{kActivation, kSecondAccount})) << module;
    }
}

TEST(QrDecoder, MaxCodesStopsEarly)
{
    DecodeOptions options;
    options.maxCodes = 1;
    EXPECT_EQ(decode(twoCodes(3).view(), options).codes.size(), 1U);
}

TEST(QrDecoder, SameCodeAtTwoPlacesIsReportedTwice)
{
    Canvas screen = qrtest::browserScreen(1920, 1080, Theme::Light, 5);
    const qrtest::QrMatrix qr = qrtest::encodeQr(kActivation, EcLevel::M);
    qrtest::drawQr(screen, qr, 900, 300, 3, qrtest::kBlack, qrtest::kWhite);
    qrtest::drawQr(screen, qr, 1400, 600, 3, qrtest::kBlack, qrtest::kWhite);
    EXPECT_EQ(texts(decode(screen.view())), (std::vector<std::string>{kActivation, kActivation}));
}

TEST(QrDecoder, DualMonitorCanvasWithSmallCodeInCorner)
{
    const Canvas screen = render({"", 2}, 7680, 2160, 7380, 1840);
    const DecodeReport report = decode(screen.view());
    EXPECT_EQ(texts(report), std::vector<std::string>{kActivation});
    ASSERT_EQ(report.codes.size(), 1U);
    EXPECT_GT(report.codes[0].corners[0].x, 7300);
}

TEST(QrDecoder, Utf8TextIsReturnedAsUtf8)
{
    const std::string text = "otpauth://totp/SPSE:Pengguna%20%C3%91?issuer=Kota%20Bogor&secret=GEZDGNBVGY3TQOJQ "
                             "— Ñandú, 日本";
    Canvas screen = qrtest::browserScreen(1280, 800, Theme::Light, 1);
    qrtest::drawQr(screen, qrtest::encodeQr(text, EcLevel::M), 700, 250, 4, qrtest::kBlack, qrtest::kWhite);
    EXPECT_EQ(texts(decode(screen.view())), std::vector<std::string>{text});
}

class NoCode : public ::testing::TestWithParam<std::string>
{};

Canvas noCodeImage(const std::string& kind)
{
    if (kind == "RandomNoise") {
        return qrtest::noiseCanvas(1920, 1080, 11);
    }
    if (kind == "PhotoLikeGradient") {
        return qrtest::photoCanvas(1920, 1080, 12);
    }
    if (kind == "DarkTextPage") {
        return qrtest::browserScreen(1920, 1080, Theme::Dark, 13);
    }
    if (kind == "TextPageAsJpeg") {
        return qrtest::jpegRoundTrip(qrtest::browserScreen(1920, 1080, Theme::Light, 14), 60);
    }
    return qrtest::browserScreen(1920, 1080, Theme::Light, 15);
}

TEST_P(NoCode, FindsNothing)
{
    const DecodeReport report = decode(noCodeImage(GetParam()).view());
    EXPECT_TRUE(report.codes.empty()) << report.codes.size() << " false positives";
    EXPECT_FALSE(report.timedOut);
}

INSTANTIATE_TEST_SUITE_P(Screens, NoCode,
                         ::testing::Values("RandomNoise", "PhotoLikeGradient", "TextPage", "DarkTextPage",
                                           "TextPageAsJpeg"),
                         [](const auto& p) { return p.param; });

// A clock that moves on by `step` every time the decoder looks at it: no real time involved.
ClockFunction fakeClock(std::chrono::milliseconds step)
{
    auto now = std::make_shared<std::chrono::steady_clock::time_point>();
    return [now, step] { return *now += step; };
}

TEST(QrDecoderBudget, SpentBudgetStopsAfterWholeImagePass)
{
    DecodeOptions options;
    options.budget = std::chrono::milliseconds(100);
    options.clock = fakeClock(std::chrono::milliseconds(60));
    // A plain code needs only the whole-image pass; a small one would need the region passes.
    const DecodeReport plain = decode(render({"", 4}).view(), options);
    EXPECT_EQ(texts(plain), std::vector<std::string>{kActivation});
    EXPECT_TRUE(plain.timedOut);
    EXPECT_EQ(plain.attempts, 1);

    const DecodeReport small = decode(render({"", 1.3}).view(), options);
    EXPECT_TRUE(small.codes.empty());
    EXPECT_TRUE(small.timedOut);
    EXPECT_EQ(small.regions, 0);
}

TEST(QrDecoderBudget, UnspentBudgetLetsEveryPassRun)
{
    DecodeOptions options;
    options.clock = fakeClock(std::chrono::milliseconds(1));
    options.budget = std::chrono::milliseconds(1000);
    const DecodeReport unhurried = decode(render({"", 1.3}).view(), options);
    EXPECT_EQ(texts(unhurried), std::vector<std::string>{kActivation});
    EXPECT_FALSE(unhurried.timedOut);
}

TEST(QrDecoderBudget, ZeroBudgetStillRunsWholeImagePass)
{
    DecodeOptions options;
    options.budget = std::chrono::milliseconds(0);
    const DecodeReport report = decode(render({"", 4}).view(), options);
    EXPECT_EQ(texts(report), std::vector<std::string>{kActivation});
    EXPECT_TRUE(report.timedOut);
}

TEST(QrDecoder, StrategyNamesAreStable)
{
    EXPECT_EQ(strategyName(Strategy::WholeImage), "WholeImage");
    EXPECT_EQ(strategyName(Strategy::Region), "Region");
    EXPECT_EQ(strategyName(Strategy::RegionInverted), "RegionInverted");
    EXPECT_EQ(strategyName(Strategy::RegionHistogram), "RegionHistogram");
}

} // namespace
} // namespace sandi::qr
