#include "core/encoding/json.h"

#include <gtest/gtest.h>

#include <string>

namespace sandi::json {
namespace {

TEST(Json, ParsesAnObjectAndReadsTypedMembers)
{
    const auto v = parse(R"({"name":"ppk1","digits":6,"big":18446744073709551615,"on":true,"neg":-3})");
    ASSERT_TRUE(v) << v.error().detail;
    EXPECT_EQ(string(*v, "name"), "ppk1");
    EXPECT_EQ(integer(*v, "digits"), 6);
    EXPECT_EQ(integer(*v, "neg"), -3);
    EXPECT_EQ(integer(*v, "big"), std::nullopt) << "a value beyond int64 is not an integer we can use";
    EXPECT_EQ(boolean(*v, "on"), true);
    // Wrong types and missing members are nullopt, never an exception.
    EXPECT_EQ(string(*v, "digits"), std::nullopt);
    EXPECT_EQ(integer(*v, "name"), std::nullopt);
    EXPECT_EQ(boolean(*v, "missing"), std::nullopt);
    EXPECT_EQ(member(*v, "missing"), nullptr);
}

TEST(Json, MembersOfANonObjectAreAbsent)
{
    const auto v = parse("[1,2,3]");
    ASSERT_TRUE(v);
    EXPECT_EQ(member(*v, "0"), nullptr);
    EXPECT_EQ(string(*v, "x"), std::nullopt);
}

TEST(Json, SyntaxErrorsAreInvalidJson)
{
    for (const char* bad : {"", "{", "{\"a\":}", "[1,2,]", "nul", "{\"a\":1}x", "{'a':1}", "/*c*/{}"}) {
        const auto v = parse(bad);
        ASSERT_FALSE(v) << bad;
        EXPECT_EQ(v.error().code, Errc::InvalidJson) << bad;
        EXPECT_FALSE(v.error().detail.empty());
    }
}

TEST(Json, InvalidUtf8InAStringIsInvalidJson)
{
    const auto v = parse("{\"a\":\"\xC3\x28\"}");
    ASSERT_FALSE(v);
    EXPECT_EQ(v.error().code, Errc::InvalidJson);
}

TEST(Json, DeepNestingIsRefusedWithoutExhaustingTheStack)
{
    const std::string deep = std::string(10'000, '[') + std::string(10'000, ']');
    const auto v = parse(deep);
    ASSERT_FALSE(v);
    EXPECT_EQ(v.error().code, Errc::JsonTooDeep);

    const std::string deepObjects = [] {
        std::string s;
        for (int i = 0; i < 10'000; ++i) {
            s += "{\"a\":";
        }
        s += "1";
        s += std::string(10'000, '}');
        return s;
    }();
    const auto w = parse(deepObjects);
    ASSERT_FALSE(w);
    EXPECT_EQ(w.error().code, Errc::JsonTooDeep);
}

TEST(Json, DepthLimitIsExact)
{
    const Limits limits{.maxDepth = 3};
    EXPECT_TRUE(parse("[[[1]]]", limits));
    const auto v = parse("[[[[1]]]]", limits);
    ASSERT_FALSE(v);
    EXPECT_EQ(v.error().code, Errc::JsonTooDeep);
}

TEST(Json, SizeLimitIsCheckedBeforeParsing)
{
    const Limits limits{.maxBytes = 8};
    EXPECT_TRUE(parse("[1,2,3]", limits));
    const auto v = parse("[1,2,3,4,5]", limits);
    ASSERT_FALSE(v);
    EXPECT_EQ(v.error().code, Errc::JsonTooLarge);
}

TEST(Json, DumpIsCompactAndRoundTrips)
{
    const auto v = parse(R"({ "b" : [1, 2], "a" : "x\u00e9" })");
    ASSERT_TRUE(v);
    EXPECT_EQ(dump(*v), "{\"a\":\"x\xC3\xA9\",\"b\":[1,2]}");
    const auto again = parse(dump(*v));
    ASSERT_TRUE(again);
    EXPECT_EQ(*again, *v);
}

} // namespace
} // namespace sandi::json
