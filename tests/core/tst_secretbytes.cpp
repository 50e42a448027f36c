#include "core/crypto/secretbytes.h"

#include <gtest/gtest.h>

#include <array>
#include <sstream>
#include <type_traits>

namespace sandi {
namespace {

static_assert(!std::is_copy_constructible_v<SecretBytes>, "no implicit copies of secrets");
static_assert(!std::is_copy_assignable_v<SecretBytes>, "no implicit copies of secrets");
static_assert(std::is_nothrow_move_constructible_v<SecretBytes>);

std::array<std::byte, 4> sample()
{
    return {std::byte{0xDE}, std::byte{0xAD}, std::byte{0xBE}, std::byte{0xEF}};
}

TEST(SecretBytes, HoldsACopyOfTheBytes)
{
    auto raw = sample();
    const SecretBytes secret(raw);
    raw.fill(std::byte{0});
    ASSERT_EQ(secret.size(), 4U);
    EXPECT_EQ(secret.view()[0], std::byte{0xDE});
    EXPECT_EQ(secret.view()[3], std::byte{0xEF});
}

TEST(SecretBytes, MovedFromIsEmpty)
{
    SecretBytes a(sample());
    SecretBytes b(std::move(a));
    EXPECT_TRUE(a.empty()); // NOLINT(bugprone-use-after-move): checking the documented state
    EXPECT_EQ(b.size(), 4U);
    SecretBytes c;
    c = std::move(b);
    EXPECT_TRUE(b.empty()); // NOLINT(bugprone-use-after-move)
    EXPECT_EQ(c.size(), 4U);
}

TEST(SecretBytes, CloneIsExplicitAndEqual)
{
    const SecretBytes a(sample());
    const SecretBytes b = a.clone();
    EXPECT_TRUE(constantTimeEquals(a.view(), b.view()));
}

TEST(SecretBytes, ClearEmpties)
{
    SecretBytes a(sample());
    a.clear();
    EXPECT_TRUE(a.empty());
    EXPECT_EQ(a.view().size(), 0U);
}

TEST(SecretBytes, StreamsOnlyItsLength)
{
    const SecretBytes a(sample());
    std::ostringstream out;
    out << a;
    EXPECT_EQ(out.str(), "<secret 4 bytes>");
}

TEST(SecretBytes, ConstantTimeEqualsComparesContentAndSize)
{
    const auto x = sample();
    auto y = sample();
    EXPECT_TRUE(constantTimeEquals(x, y));
    y[2] = std::byte{0};
    EXPECT_FALSE(constantTimeEquals(x, y));
    EXPECT_FALSE(constantTimeEquals(std::span(x).first(3), y));
    EXPECT_TRUE(constantTimeEquals({}, {}));
}

TEST(SecretBytes, SecureWipeZeroesBuffersAndStrings)
{
    auto raw = sample();
    secureWipe(raw);
    for (std::byte b : raw) {
        EXPECT_EQ(b, std::byte{0});
    }
    std::string text = "JBSWY3DPEHPK3PXP";
    secureWipe(text);
    EXPECT_TRUE(text.empty());
}

} // namespace
} // namespace sandi
