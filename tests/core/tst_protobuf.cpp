#include "core/encoding/protobuf.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <ostream>
#include <string>
#include <vector>

namespace sandi::protobuf {
namespace {

// Names instantiated tests after their table row, so ctest lists readable names.
struct ByName
{
    template <class P> std::string operator()(const ::testing::TestParamInfo<P>& p) const { return p.param.name; }
};

using Bytes = std::vector<std::byte>;

Bytes bytes(std::initializer_list<int> values)
{
    Bytes out;
    for (int v : values) {
        out.push_back(static_cast<std::byte>(v));
    }
    return out;
}

Bytes repeat(int value, std::size_t count, std::initializer_list<int> tail = {})
{
    Bytes out(count, static_cast<std::byte>(value));
    const Bytes rest = bytes(tail);
    out.insert(out.end(), rest.begin(), rest.end());
    return out;
}

Bytes written(const Writer& w)
{
    return {w.view().begin(), w.view().end()};
}

// Encoding examples from the protobuf encoding guide ("Base 128 Varints") plus the edges.
struct VarintCase
{
    const char* name;
    Bytes encoded;
    std::uint64_t value;
};

std::ostream& operator<<(std::ostream& out, const VarintCase& c)
{
    return out << c.name;
}

class ProtobufVarint : public ::testing::TestWithParam<VarintCase>
{};

TEST_P(ProtobufVarint, Reads)
{
    std::size_t length = 0;
    const auto r = readVarint(GetParam().encoded, length);
    ASSERT_TRUE(r) << r.error().detail;
    EXPECT_EQ(*r, GetParam().value);
    EXPECT_EQ(length, GetParam().encoded.size());
}

INSTANTIATE_TEST_SUITE_P(
    Values, ProtobufVarint,
    ::testing::Values(VarintCase{"Zero", bytes({0x00}), 0}, VarintCase{"One", bytes({0x01}), 1},
                      VarintCase{"OneByteMax", bytes({0x7F}), 127}, VarintCase{"TwoBytesMin", bytes({0x80, 0x01}), 128},
                      VarintCase{"GuideExample150", bytes({0x96, 0x01}), 150},
                      VarintCase{"GuideExample300", bytes({0xAC, 0x02}), 300},
                      VarintCase{"Uint32Max", bytes({0xFF, 0xFF, 0xFF, 0xFF, 0x0F}), 0xFFFFFFFFULL},
                      VarintCase{"Uint64Max", repeat(0xFF, 9, {0x01}), std::numeric_limits<std::uint64_t>::max()},
                      VarintCase{"Bit63", repeat(0x80, 9, {0x01}), 1ULL << 63},
                      VarintCase{"NonCanonicalZero", bytes({0x80, 0x00}), 0},
                      VarintCase{"TenByteNonCanonicalZero", repeat(0x80, 9, {0x00}), 0}),
    ByName{});

TEST(ProtobufVarint, StopsAtTheFirstByteWithoutContinuation)
{
    std::size_t length = 0;
    const auto r = readVarint(bytes({0xAC, 0x02, 0xFF, 0xFF}), length);
    ASSERT_TRUE(r);
    EXPECT_EQ(*r, 300U);
    EXPECT_EQ(length, 2U);
}

// Raw messages that no reader may accept, and what the error detail says.
struct BadCase
{
    const char* name;
    Bytes message;
    const char* detail;
};

std::ostream& operator<<(std::ostream& out, const BadCase& c)
{
    return out << c.name;
}

class ProtobufReaderRejects : public ::testing::TestWithParam<BadCase>
{};

TEST_P(ProtobufReaderRejects, MalformedProtobuf)
{
    Reader reader(GetParam().message);
    const auto r = reader.next();
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::MalformedProtobuf);
    EXPECT_NE(r.error().detail.find(GetParam().detail), std::string::npos) << r.error().detail;
    EXPECT_EQ(reader.offset(), 0U) << "stays where it was";
}

INSTANTIATE_TEST_SUITE_P(
    Errors, ProtobufReaderRejects,
    ::testing::Values(
        BadCase{"TruncatedTag", bytes({0x80}), "truncated varint in a tag"},
        BadCase{"TagPast32Bits", bytes({0x80, 0x80, 0x80, 0x80, 0x10}), "tag past 32 bits"},
        BadCase{"TagSixBytes", bytes({0x88, 0x80, 0x80, 0x80, 0x80, 0x00, 0x01}), "tag longer than 5 bytes"},
        BadCase{"FieldNumberZero", bytes({0x00, 0x01}), "field number 0"},
        BadCase{"FieldNumberZeroLen", bytes({0x02, 0x00}), "field number 0"},
        BadCase{"StartGroup", bytes({0x0B, 0x0C}), "group (wire type 3)"},
        BadCase{"EndGroup", bytes({0x0C}), "group (wire type 4)"},
        BadCase{"WireType6", bytes({0x0E, 0x00}), "invalid wire type 6"},
        BadCase{"WireType7", bytes({0x0F, 0x00}), "invalid wire type 7"},
        BadCase{"VarintMissing", bytes({0x08}), "truncated varint in field 1"},
        BadCase{"VarintTruncated", bytes({0x08, 0xFF, 0xFF}), "truncated varint"},
        BadCase{"VarintElevenBytes", repeat(0x80, 11, {0x01}), "longer than 10 bytes"},
        BadCase{"VarintTenBytesWithContinuation",
                bytes({0x08, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x81}), "longer than 10 bytes"},
        BadCase{"VarintPast64Bits", bytes({0x08, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x02}),
                "past 64 bits"},
        BadCase{"Fixed32Truncated", bytes({0x0D, 0x01, 0x02, 0x03}), "truncated fixed-size value"},
        BadCase{"Fixed64Truncated", bytes({0x09, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07}),
                "truncated fixed-size value"},
        BadCase{"LengthMissing", bytes({0x0A}), "truncated varint"},
        BadCase{"LengthPastEnd", bytes({0x0A, 0x05, 0x61, 0x62}), "length 5 past the end"},
        BadCase{"LengthOneTooMany", bytes({0x0A, 0x01}), "length 1 past the end"},
        BadCase{"LengthUint64Max", bytes({0x0A, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01}),
                "past the end"}),
    ByName{});

TEST(ProtobufReader, ReadsEveryWireType)
{
    const Bytes message = bytes({0x08, 0x96, 0x01,                                     // 1: varint 150
                                 0x11, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, // 2: fixed64
                                 0x1A, 0x03, 0x61, 0x62, 0x63,                         // 3: "abc"
                                 0x25, 0x78, 0x56, 0x34, 0x12,                         // 4: fixed32
                                 0xF8, 0xFF, 0xFF, 0xFF, 0x0F, 0x00});                 // 2^29-1: varint 0
    Reader reader(message);
    std::vector<Field> fields;
    while (!reader.atEnd()) {
        auto f = reader.next();
        ASSERT_TRUE(f) << f.error().detail;
        fields.push_back(*f);
    }
    ASSERT_EQ(fields.size(), 5U);
    EXPECT_EQ(fields[0].number, 1U);
    EXPECT_EQ(fields[0].type, WireType::Varint);
    EXPECT_EQ(fields[0].value, 150U);
    EXPECT_EQ(fields[1].type, WireType::Fixed64);
    EXPECT_EQ(fields[1].value, 0x0807060504030201ULL); // little-endian
    EXPECT_EQ(fields[2].type, WireType::Len);
    EXPECT_EQ(fields[2].bytes.size(), 3U);
    EXPECT_EQ(fields[2].bytes.data(), message.data() + 14) << "a view, not a copy";
    EXPECT_EQ(fields[3].type, WireType::Fixed32);
    EXPECT_EQ(fields[3].value, 0x12345678U);
    EXPECT_EQ(fields[4].number, kMaxFieldNumber);
    EXPECT_EQ(reader.offset(), message.size());
}

TEST(ProtobufReader, EmptyMessageIsAtEnd)
{
    const Reader reader(std::span<const std::byte>{});
    EXPECT_TRUE(reader.atEnd());
}

TEST(ProtobufReader, Int32TakesTheLowBitsAsProtobufDoes)
{
    Field f;
    f.value = std::numeric_limits<std::uint64_t>::max(); // -1 sign-extended to 64 bits
    EXPECT_EQ(f.int32(), -1);
    f.value = 0x1'0000'0005ULL; // bits past 32 are dropped
    EXPECT_EQ(f.int32(), 5);
    f.value = 0x8000'0000ULL;
    EXPECT_EQ(f.int32(), std::numeric_limits<std::int32_t>::min());
}

TEST(ProtobufReader, NestingIsLimited)
{
    // A message nested kMaxDepth + 1 times: field 1 holding field 1 holding ... an empty message.
    Bytes message;
    for (int i = 0; i <= kMaxDepth; ++i) {
        Bytes outer = bytes({0x0A, static_cast<int>(message.size())});
        outer.insert(outer.end(), message.begin(), message.end());
        message = outer;
    }
    Reader reader(message);
    for (int depth = 1; depth <= kMaxDepth; ++depth) {
        auto f = reader.next();
        ASSERT_TRUE(f);
        auto inner = reader.nested(*f);
        ASSERT_TRUE(inner) << depth;
        reader = *inner;
    }
    auto f = reader.next();
    ASSERT_TRUE(f);
    const auto tooDeep = reader.nested(*f);
    ASSERT_FALSE(tooDeep);
    EXPECT_EQ(tooDeep.error().code, Errc::MalformedProtobuf);
}

TEST(ProtobufWriter, VarintsAndTags)
{
    Writer w;
    w.varint(1, 150);
    w.varint(2, 0);
    w.varint(kMaxFieldNumber, std::numeric_limits<std::uint64_t>::max());
    Bytes expected = bytes({0x08, 0x96, 0x01, 0x10, 0x00, 0xF8, 0xFF, 0xFF, 0xFF, 0x0F});
    const Bytes max = repeat(0xFF, 9, {0x01});
    expected.insert(expected.end(), max.begin(), max.end());
    EXPECT_EQ(written(w), expected);
}

TEST(ProtobufWriter, NegativeInt32IsSignExtendedToTenBytes)
{
    Writer w;
    w.int32(5, -1);
    w.int32(5, 1);
    EXPECT_EQ(written(w), bytes({0x28, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01, 0x28, 0x01}));
}

TEST(ProtobufWriter, FixedAndLengthDelimited)
{
    Writer w;
    w.fixed32(4, 0x12345678U);
    w.fixed64(2, 0x0807060504030201ULL);
    w.string(3, "abc");
    w.bytes(1, {});
    EXPECT_EQ(written(w), bytes({0x25, 0x78, 0x56, 0x34, 0x12, 0x11, 0x01, 0x02, 0x03, 0x04, 0x05,
                                 0x06, 0x07, 0x08, 0x1A, 0x03, 0x61, 0x62, 0x63, 0x0A, 0x00}));
}

TEST(ProtobufWriter, TakeCopiesWhatWasWritten)
{
    Writer w;
    w.string(2, "x");
    const SecretBytes copy = w.take();
    EXPECT_TRUE(constantTimeEquals(copy.view(), bytes({0x12, 0x01, 0x78})));
}

TEST(ProtobufWriter, GrowsAndRoundTripsThroughTheReader)
{
    // Deterministic pseudo-random fields of every writable wire type, past many buffer growths.
    std::uint64_t state = 0x9E3779B97F4A7C15ULL;
    auto nextRandom = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return state;
    };
    struct Expected
    {
        std::uint32_t number;
        WireType type;
        std::uint64_t value;
        std::size_t length;
    };
    std::vector<Expected> expected;
    Writer w;
    const Bytes blob(300, std::byte{0x5A});
    for (int i = 0; i < 2000; ++i) {
        const auto number = static_cast<std::uint32_t>(nextRandom() % kMaxFieldNumber + 1);
        const std::uint64_t value = nextRandom() >> (nextRandom() % 64);
        switch (nextRandom() % 4) {
        case 0:
            w.varint(number, value);
            expected.push_back({number, WireType::Varint, value, 0});
            break;
        case 1:
            w.fixed32(number, static_cast<std::uint32_t>(value));
            expected.push_back({number, WireType::Fixed32, value & 0xFFFFFFFFU, 0});
            break;
        case 2:
            w.fixed64(number, value);
            expected.push_back({number, WireType::Fixed64, value, 0});
            break;
        default:
            w.bytes(number, std::span(blob).first(value % blob.size()));
            expected.push_back({number, WireType::Len, 0, value % blob.size()});
            break;
        }
    }
    Reader reader(w.view());
    for (const Expected& e : expected) {
        auto f = reader.next();
        ASSERT_TRUE(f) << f.error().detail;
        ASSERT_EQ(f->number, e.number);
        ASSERT_EQ(f->type, e.type);
        ASSERT_EQ(f->value, e.value);
        ASSERT_EQ(f->bytes.size(), e.length);
    }
    EXPECT_TRUE(reader.atEnd());
}

} // namespace
} // namespace sandi::protobuf
