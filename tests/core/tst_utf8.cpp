#include "core/encoding/utf8.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>

namespace sandi {
namespace {

struct Sample
{
    const char* name;
    std::string text;
    bool valid;
};

void PrintTo(const Sample& row, std::ostream* os)
{
    *os << row.name;
}

class Utf8 : public ::testing::TestWithParam<Sample>
{};

TEST_P(Utf8, Validates)
{
    EXPECT_EQ(utf8::isValid(GetParam().text), GetParam().valid);
}

// Boundaries from RFC 3629 §4 and the Unicode "UTF-8 decoder capability and stress test".
INSTANTIATE_TEST_SUITE_P(
    Rfc3629, Utf8,
    ::testing::Values(Sample{"Empty", "", true}, Sample{"Ascii", "LPSE Kabupaten Kudus", true},
                      Sample{"NulIsValid", std::string("a\0b", 3), true}, Sample{"TwoBytes", "Caf\xC3\xA9", true},
                      Sample{"ThreeBytes", "\xE6\x97\xA5\xE6\x9C\xAC", true},
                      Sample{"FourBytes", "\xF0\x9F\x94\x91", true}, Sample{"LastScalar", "\xF4\x8F\xBF\xBF", true},
                      Sample{"BeforeSurrogates", "\xED\x9F\xBF", true}, Sample{"AfterSurrogates", "\xEE\x80\x80", true},
                      Sample{"Latin1", "Caf\xE9", false}, Sample{"LoneContinuation", "\x80", false},
                      Sample{"OverlongSlash", "\xC0\xAF", false}, Sample{"OverlongC1", "\xC1\xBF", false},
                      Sample{"OverlongThree", "\xE0\x80\xAF", false}, Sample{"OverlongFour", "\xF0\x80\x80\xAF", false},
                      Sample{"Surrogate", "\xED\xA0\x80", false}, Sample{"AboveMax", "\xF4\x90\x80\x80", false},
                      Sample{"F5Lead", "\xF5\x80\x80\x80", false}, Sample{"FFByte", "\xFF", false},
                      Sample{"TruncatedTwo", "\xC3", false}, Sample{"TruncatedFour", "\xF0\x9F\x94", false},
                      Sample{"BadThirdByte", "\xE6\x97\x41", false}),
    [](const auto& row) { return std::string(row.param.name); });

} // namespace
} // namespace sandi
