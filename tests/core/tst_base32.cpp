#include "core/encoding/base32.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

namespace sandi {
namespace {

std::string decodeToText(std::string_view in)
{
    auto r = base32::decode(in);
    if (!r) {
        return "error:" + std::string(errcName(r.error().code));
    }
    std::string out;
    for (std::byte b : r->view()) {
        out.push_back(static_cast<char>(b));
    }
    return out;
}

std::string encodeText(std::string_view in, bool pad)
{
    return base32::encode(std::as_bytes(std::span(in.data(), in.size())), pad);
}

struct Vector
{
    const char* plain;
    const char* encoded;
};

// RFC 4648 §10 test vectors.
const Vector kRfc4648[] = {
    {"f", "MY======"},    {"fo", "MZXQ===="},    {"foo", "MZXW6==="},
    {"foob", "MZXW6YQ="}, {"fooba", "MZXW6YTB"}, {"foobar", "MZXW6YTBOI======"},
};

TEST(Base32, Rfc4648VectorsEncodePadded)
{
    for (const auto& v : kRfc4648) {
        EXPECT_EQ(encodeText(v.plain, true), v.encoded) << v.plain;
    }
}

TEST(Base32, Rfc4648VectorsDecode)
{
    for (const auto& v : kRfc4648) {
        EXPECT_EQ(decodeToText(v.encoded), v.plain) << v.encoded;
    }
}

TEST(Base32, EncodeWithoutPaddingByDefault)
{
    EXPECT_EQ(encodeText("foobar", false), "MZXW6YTBOI");
    EXPECT_EQ(encodeText("", false), "");
}

TEST(Base32, RfcSecretDecodes)
{
    // The RFC 4226/6238 key "12345678901234567890" as issuers write it.
    EXPECT_EQ(decodeToText("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"), "12345678901234567890");
}

struct Lenient
{
    const char* name;
    const char* input;
};

// Names the row in test output instead of a byte dump.
std::ostream& operator<<(std::ostream& out, const Lenient& row)
{
    return out << row.name;
}

class Base32Lenient : public ::testing::TestWithParam<Lenient>
{};

TEST_P(Base32Lenient, DecodesToFoobar)
{
    EXPECT_EQ(decodeToText(GetParam().input), "foobar");
}

INSTANTIATE_TEST_SUITE_P(RealWorldSpellings, Base32Lenient,
                         ::testing::Values(Lenient{"Canonical", "MZXW6YTBOI======"}, Lenient{"NoPadding", "MZXW6YTBOI"},
                                           Lenient{"ShortPadding", "MZXW6YTBOI=="},
                                           Lenient{"ExtraPadding", "MZXW6YTBOI=========="},
                                           Lenient{"LowerCase", "mzxw6ytboi"}, Lenient{"MixedCase", "mZxW6yTbOi"},
                                           Lenient{"SpacesInGroups", "MZXW 6YTB OI"}, Lenient{"Dashes", "mzxw-6ytb-oi"},
                                           Lenient{"Tabs", "MZXW\t6YTBOI"},
                                           Lenient{"LeadingAndTrailingSpaces", "  MZXW6YTBOI  "},
                                           Lenient{"SpaceAfterPadding", "MZXW6YTBOI== "}),
                         [](const auto& p) { return std::string(p.param.name); });

struct Bad
{
    const char* name;
    const char* input;
    Errc code;
};

// Names the row in test output instead of a byte dump.
std::ostream& operator<<(std::ostream& out, const Bad& row)
{
    return out << row.name;
}

class Base32Bad : public ::testing::TestWithParam<Bad>
{};

TEST_P(Base32Bad, IsRejected)
{
    auto r = base32::decode(GetParam().input);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, GetParam().code) << errcName(r.error().code);
}

INSTANTIATE_TEST_SUITE_P(Errors, Base32Bad,
                         ::testing::Values(Bad{"Empty", "", Errc::EmptySecret},
                                           Bad{"OnlySpaces", "   ", Errc::EmptySecret},
                                           Bad{"OnlyPadding", "====", Errc::EmptySecret},
                                           Bad{"DigitOne", "MZXW1YTB", Errc::InvalidBase32Character},
                                           Bad{"DigitZero", "MZXW0YTB", Errc::InvalidBase32Character},
                                           Bad{"DigitEight", "MZXW8YTB", Errc::InvalidBase32Character},
                                           Bad{"Punctuation", "MZXW.YTB", Errc::InvalidBase32Character},
                                           Bad{"PaddingInside", "MZ==XW6YTB", Errc::InvalidBase32Character},
                                           Bad{"NonAscii", "MZXW\xC3\xA9YTB", Errc::InvalidBase32Character},
                                           Bad{"OneSymbol", "M", Errc::InvalidBase32Length},
                                           Bad{"ThreeSymbols", "MZX", Errc::InvalidBase32Length},
                                           Bad{"SixSymbols", "MZXW6Y", Errc::InvalidBase32Length},
                                           Bad{"NineSymbols", "MZXW6YTBO", Errc::InvalidBase32Length}),
                         [](const auto& p) { return std::string(p.param.name); });

TEST(Base32, NulByteInsideIsInvalid)
{
    const std::string withNul("MZXW\0YTB", 8);
    auto r = base32::decode(withNul);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::InvalidBase32Character);
}

TEST(Base32, ErrorDetailNeverContainsTheInput)
{
    auto r = base32::decode("SECRETSECRET1SECRET");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().detail.find("SECRET"), std::string::npos);
}

TEST(Base32, RoundTripEveryLengthAndByteValue)
{
    std::vector<std::byte> data;
    for (int len = 1; len <= 70; ++len) {
        data.clear();
        for (int i = 0; i < len; ++i) {
            data.push_back(static_cast<std::byte>((i * 37 + len * 11) & 0xFF));
        }
        for (bool pad : {false, true}) {
            const std::string text = base32::encode(data, pad);
            auto back = base32::decode(text);
            ASSERT_TRUE(back) << len;
            ASSERT_TRUE(constantTimeEquals(back->view(), data)) << len;
        }
    }
}

} // namespace
} // namespace sandi
