#include "core/encoding/base64.h"

#include <gtest/gtest.h>

#include <array>
#include <ostream>
#include <string>
#include <vector>

namespace sandi {
namespace {

// Names instantiated tests after their table row, so ctest lists readable names.
struct ByName
{
    template <class P> std::string operator()(const ::testing::TestParamInfo<P>& p) const { return p.param.name; }
};

std::span<const std::byte> ascii(std::string_view s)
{
    return std::as_bytes(std::span(s.data(), s.size()));
}

std::string decodeToText(std::string_view in)
{
    auto r = base64::decode(in);
    if (!r) {
        return "error:" + std::string(errcName(r.error().code));
    }
    std::string out;
    for (std::byte b : r->view()) {
        out.push_back(static_cast<char>(b));
    }
    return out;
}

struct Vector
{
    const char* plain;
    const char* padded;
    const char* unpadded;
};

std::ostream& operator<<(std::ostream& out, const Vector& v)
{
    return out << '"' << v.plain << '"';
}

// RFC 4648 §10 test vectors (BASE64 part).
const Vector kRfc4648[] = {
    {"", "", ""},
    {"f", "Zg==", "Zg"},
    {"fo", "Zm8=", "Zm8"},
    {"foo", "Zm9v", "Zm9v"},
    {"foob", "Zm9vYg==", "Zm9vYg"},
    {"fooba", "Zm9vYmE=", "Zm9vYmE"},
    {"foobar", "Zm9vYmFy", "Zm9vYmFy"},
};

class Base64Rfc4648 : public ::testing::TestWithParam<Vector>
{};

TEST_P(Base64Rfc4648, EncodesPadded)
{
    EXPECT_EQ(base64::encode(ascii(GetParam().plain)), GetParam().padded);
}

TEST_P(Base64Rfc4648, EncodesUnpadded)
{
    EXPECT_EQ(base64::encode(ascii(GetParam().plain), base64::Alphabet::Standard, false), GetParam().unpadded);
}

TEST_P(Base64Rfc4648, DecodesPaddedAndUnpadded)
{
    EXPECT_EQ(decodeToText(GetParam().padded), GetParam().plain);
    EXPECT_EQ(decodeToText(GetParam().unpadded), GetParam().plain);
}

INSTANTIATE_TEST_SUITE_P(Section10, Base64Rfc4648, ::testing::ValuesIn(kRfc4648), [](const auto& p) {
    return p.param.plain[0] == '\0' ? std::string("Empty") : std::string(p.param.plain);
});

// 0xFB 0xFF 0xBF uses both characters that differ between the alphabets (62 and 63).
const std::vector<std::byte> kHighBytes = {std::byte{0xFB}, std::byte{0xFF}, std::byte{0xBF}, std::byte{0xFE}};

TEST(Base64, StandardAlphabetUsesPlusAndSlash)
{
    EXPECT_EQ(base64::encode(kHighBytes), "+/+//g==");
}

TEST(Base64, UrlSafeAlphabetUsesDashAndUnderscore)
{
    EXPECT_EQ(base64::encode(kHighBytes, base64::Alphabet::UrlSafe), "-_-__g==");
    EXPECT_EQ(base64::encode(kHighBytes, base64::Alphabet::UrlSafe, false), "-_-__g");
}

TEST(Base64, DecodesEitherAlphabet)
{
    for (const char* text : {"+/+//g==", "+/+//g", "-_-__g==", "-_-__g"}) {
        auto r = base64::decode(text);
        ASSERT_TRUE(r) << text;
        EXPECT_TRUE(constantTimeEquals(r->view(), kHighBytes)) << text;
    }
}

TEST(Base64, IgnoresUnusedLowBitsOfTheLastCharacter)
{
    // "Zh==" has low bits 0b0001 that "Zg==" leaves zero; RFC 4648 §3.5 lets decoders accept it.
    EXPECT_EQ(decodeToText("Zh=="), "f");
    EXPECT_EQ(decodeToText("Zm9="), "fo");
}

struct Bad
{
    const char* name;
    const char* input;
};

std::ostream& operator<<(std::ostream& out, const Bad& b)
{
    return out << b.name;
}

class Base64Bad : public ::testing::TestWithParam<Bad>
{};

TEST_P(Base64Bad, IsInvalidBase64)
{
    auto r = base64::decode(GetParam().input);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, Errc::InvalidBase64) << errcName(r.error().code);
}

INSTANTIATE_TEST_SUITE_P(Errors, Base64Bad,
                         ::testing::Values(Bad{"OneSymbol", "Z"}, Bad{"FiveSymbols", "Zm9vY"}, Bad{"OnlyPadding", "=="},
                                           Bad{"OnePad", "="}, Bad{"ShortPadding", "Zg="}, Bad{"ExtraPadding", "Zg==="},
                                           Bad{"PaddingAfterFullQuantum", "Zm9v="}, Bad{"PaddingInside", "Zg==Zg=="},
                                           Bad{"PaddingThenText", "Zg=a"}, Bad{"Space", "Zm9v YmFy"},
                                           Bad{"TrailingNewline", "Zm9v\n"}, Bad{"Tab", "Zm9v\tYmFy"},
                                           Bad{"Asterisk", "Zm9v*mFy"}, Bad{"Dot", "Zm9v.mFy"},
                                           Bad{"MixedAlphabets", "+/-_"}, Bad{"PlusAndUnderscore", "ab+_"},
                                           Bad{"NonAscii", "Zm9v\xC3\xA9"}, Bad{"PercentEscape", "Zm9v%3D"}),
                         ByName{});

TEST(Base64, NulByteIsInvalid)
{
    const std::string withNul("Zm\0v", 4);
    auto r = base64::decode(withNul);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::InvalidBase64);
}

TEST(Base64, ErrorDetailNeverContainsTheInput)
{
    auto r = base64::decode("U0VDUkVUU0VDUkVU*U0VDUkVU");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().detail.find("U0VD"), std::string::npos);
}

TEST(Base64, RoundTripEveryLengthAlphabetAndPadding)
{
    std::vector<std::byte> data;
    for (int len = 0; len <= 70; ++len) {
        data.clear();
        for (int i = 0; i < len; ++i) {
            data.push_back(static_cast<std::byte>((i * 97 + len * 31) & 0xFF));
        }
        for (auto alphabet : {base64::Alphabet::Standard, base64::Alphabet::UrlSafe}) {
            for (bool pad : {false, true}) {
                const std::string text = base64::encode(data, alphabet, pad);
                ASSERT_EQ(text.size() % 4 == 0, pad || len % 3 == 0) << len;
                auto back = base64::decode(text);
                ASSERT_TRUE(back) << len;
                ASSERT_TRUE(constantTimeEquals(back->view(), data)) << len;
            }
        }
    }
}

TEST(Base64, EveryByteValueRoundTrips)
{
    std::vector<std::byte> all;
    for (int i = 0; i < 256; ++i) {
        all.push_back(static_cast<std::byte>(i));
    }
    auto back = base64::decode(base64::encode(all));
    ASSERT_TRUE(back);
    EXPECT_TRUE(constantTimeEquals(back->view(), all));
}

// RFC 7515 Appendix C: base64url without padding. decodeUrl() takes only that form, and only its
// canonical spelling (the unused bits zero), so a JWS signature has exactly one text.
TEST(Base64Url, DecodesTheUnpaddedUrlSafeForm)
{
    auto r = base64::decodeUrl("-_-__g");
    ASSERT_TRUE(r);
    EXPECT_TRUE(constantTimeEquals(r->view(), kHighBytes));
    EXPECT_EQ(base64::encodeUrl(kHighBytes), "-_-__g");
    // RFC 7515 Appendix C's own example: the octets 3, 236, 255, 224, 193 are "A-z_4ME".
    const std::array<std::byte, 5> octets{std::byte{3}, std::byte{236}, std::byte{255}, std::byte{224}, std::byte{193}};
    EXPECT_EQ(base64::encodeUrl(octets), "A-z_4ME");
    auto c = base64::decodeUrl("A-z_4ME");
    ASSERT_TRUE(c);
    EXPECT_TRUE(constantTimeEquals(c->view(), octets));
}

TEST(Base64Url, RejectsPaddingTheStandardAlphabetAndNonCanonicalBits)
{
    for (const char* bad : {"-_-__g==", "+/+//g", "A-z_4ME=", "Zm9vYg=", "A", "ab$c",
                            "-_-__h",   // 'h' sets one of the four unused bits of a 2-character quantum
                            "A-z_4MF"}) // 'F' sets one of the two unused bits of a 3-character quantum
    {
        auto r = base64::decodeUrl(bad);
        ASSERT_FALSE(r) << bad;
        EXPECT_EQ(r.error().code, Errc::InvalidBase64) << bad;
    }
    EXPECT_TRUE(base64::decodeUrl(""));
    EXPECT_TRUE(base64::decodeUrl("Zm9v"));
}

} // namespace
} // namespace sandi
