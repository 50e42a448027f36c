#include "core/encoding/percent.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>

namespace sandi {
namespace {

std::string decoded(std::string_view in, percent::Plus plus = percent::Plus::Literal)
{
    auto r = percent::decode(in, plus);
    return r ? *r : "error:" + std::string(errcName(r.error().code));
}

struct Decoding
{
    const char* name;
    const char* input;
    const char* literalPlus; // decode(input, Plus::Literal)
    const char* plusSpace;   // decode(input, Plus::Space)
};

void PrintTo(const Decoding& row, std::ostream* os)
{
    *os << row.name;
}

class PercentDecode : public ::testing::TestWithParam<Decoding>
{};

TEST_P(PercentDecode, BothPlusModes)
{
    EXPECT_EQ(decoded(GetParam().input), GetParam().literalPlus);
    EXPECT_EQ(decoded(GetParam().input, percent::Plus::Space), GetParam().plusSpace);
}

INSTANTIATE_TEST_SUITE_P(
    Table, PercentDecode,
    ::testing::Values(Decoding{"Empty", "", "", ""}, Decoding{"Plain", "abc", "abc", "abc"},
                      Decoding{"Space", "a%20b", "a b", "a b"}, Decoding{"LowerHex", "%3a%2f", ":/", ":/"},
                      Decoding{"UpperHex", "%3A%2F", ":/", ":/"}, Decoding{"Plus", "a+b", "a+b", "a b"},
                      Decoding{"EncodedPlus", "a%2Bb", "a+b", "a+b"}, Decoding{"Percent", "100%25", "100%", "100%"},
                      Decoding{"Utf8", "Caf%C3%A9", "Caf\xC3\xA9", "Caf\xC3\xA9"},
                      Decoding{"RawNonAscii", "Caf\xC3\xA9", "Caf\xC3\xA9", "Caf\xC3\xA9"},
                      Decoding{"TruncatedAtEnd", "abc%4", "error:InvalidPercentEncoding",
                               "error:InvalidPercentEncoding"},
                      Decoding{"LonePercent", "%", "error:InvalidPercentEncoding", "error:InvalidPercentEncoding"},
                      Decoding{"NotHex", "%G1", "error:InvalidPercentEncoding", "error:InvalidPercentEncoding"},
                      Decoding{"SignedHex", "%+1", "error:InvalidPercentEncoding", "error:InvalidPercentEncoding"}),
    [](const auto& row) { return std::string(row.param.name); });

TEST(Percent, DecodesNulByte)
{
    EXPECT_EQ(decoded("a%00b"), std::string("a\0b", 3));
}

TEST(Percent, ErrorDetailHasTheOffsetOnly)
{
    auto r = percent::decode("SECRET%ZZ");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().detail, "bad %XX at offset 6");
}

TEST(Percent, EncodesAllButUnreserved)
{
    EXPECT_EQ(percent::encode("AZaz09-._~"), "AZaz09-._~");
    EXPECT_EQ(percent::encode("a b+c:d#e%f&g=h/i?j@k"), "a%20b%2Bc%3Ad%23e%25f%26g%3Dh%2Fi%3Fj%40k");
    EXPECT_EQ(percent::encode("Caf\xC3\xA9"), "Caf%C3%A9");
    EXPECT_EQ(percent::encode(std::string("\0\xFF", 2)), "%00%FF");
    EXPECT_EQ(percent::encode(""), "");
}

TEST(Percent, EveryByteRoundTrips)
{
    std::string all;
    for (int b = 0; b < 256; ++b) {
        all.push_back(static_cast<char>(b));
    }
    EXPECT_EQ(decoded(percent::encode(all)), all);
    EXPECT_EQ(decoded(percent::encode(all), percent::Plus::Space), all);
}

} // namespace
} // namespace sandi
