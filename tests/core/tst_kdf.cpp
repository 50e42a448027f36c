#include "core/crypto/kdf.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace sandi::crypto {
namespace {

std::span<const std::byte> bytes(std::string_view text)
{
    return std::as_bytes(std::span(text.data(), text.size()));
}

std::string hex(std::span<const std::byte> data)
{
    std::string out;
    for (const std::byte b : data) {
        char buf[3];
        std::snprintf(buf, sizeof buf, "%02x", static_cast<unsigned>(b));
        out += buf;
    }
    return out;
}

struct Vector
{
    const char* password;
    const char* salt;
    ScryptParams params;
    const char* expected;
};

// RFC 7914 §12 (the last vector, N=2^20, is left out: it needs 1 GiB and seconds of CPU).
TEST(Scrypt, Rfc7914Vectors)
{
    const Vector vectors[] = {
        {"",
         "",
         {16, 1, 1},
         "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d"
         "3628cf35e20c38d18906"},
        {"password",
         "NaCl",
         {1024, 8, 16},
         "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83"
         "ee6d8360cbdfa2cc0640"},
        {"pleaseletmein",
         "SodiumChloride",
         {16384, 8, 1},
         "7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2d5432955613f0fcf62d49705242a9af9e61e85dc0d65"
         "1e40dfcf017b45575887"},
    };
    for (const auto& v : vectors) {
        const auto key = scrypt(bytes(v.password), bytes(v.salt), v.params, 64);
        ASSERT_TRUE(key) << key.error().detail;
        EXPECT_EQ(hex(key->view()), v.expected) << v.password;
    }
}

TEST(Scrypt, RefusesBadOrCostlyParameters)
{
    for (const ScryptParams& p :
         {ScryptParams{0, 8, 1}, ScryptParams{1, 8, 1}, ScryptParams{1000, 8, 1}, ScryptParams{1024, 0, 1},
          ScryptParams{1024, 8, 0}, ScryptParams{std::uint64_t{1} << 23, 1, 1},
          ScryptParams{std::uint64_t{1} << 20, 16, 1}, ScryptParams{1024, 33, 1}, ScryptParams{1024, 8, 17}}) {
        const auto key = scrypt(bytes("pw"), bytes("salt"), p, 32);
        ASSERT_FALSE(key) << p.n << " " << p.r << " " << p.p;
        EXPECT_EQ(key.error().code, Errc::InvalidKdfParams);
    }
    EXPECT_FALSE(scrypt(bytes("pw"), bytes("salt"), {16, 1, 1}, 0));
    EXPECT_FALSE(scrypt(bytes("pw"), bytes("salt"), {16, 1, 1}, 1025));
}

TEST(Scrypt, TheDefaultsAreAtLeastTheBackupMinimum)
{
    const ScryptParams defaults;
    EXPECT_GE(defaults.n, std::uint64_t{1} << 15);
    EXPECT_GE(defaults.r, 8u);
    EXPECT_GE(defaults.p, 1u);
}

TEST(PasswordHash, VerifiesTheRightPasswordOnly)
{
    const ScryptParams fast{1024, 8, 1};
    const auto encoded = hashPassword("rahasia-ppk1", fast);
    ASSERT_TRUE(encoded) << encoded.error().detail;
    EXPECT_TRUE(encoded->starts_with("$scrypt$ln=10,r=8,p=1$")) << *encoded;
    EXPECT_EQ(verifyPassword("rahasia-ppk1", *encoded), true);
    EXPECT_EQ(verifyPassword("rahasia-ppk2", *encoded), false);
    EXPECT_EQ(verifyPassword("", *encoded), false);
    // A fresh salt each time: the same password never hashes to the same text.
    const auto again = hashPassword("rahasia-ppk1", fast);
    ASSERT_TRUE(again);
    EXPECT_NE(*again, *encoded);
}

TEST(PasswordHash, RefusesMalformedHashes)
{
    const ScryptParams fast{16, 1, 1};
    const auto good = hashPassword("x", fast);
    ASSERT_TRUE(good);
    const std::string hashPart = good->substr(good->rfind('$'));
    for (const std::string& bad : std::vector<std::string>{
             std::string(""), std::string("plain"), std::string("$scrypt$"), std::string("$argon2id$v=19$m=65536$a$b"),
             "$scrypt$ln=4,r=1$AAAAAAAAAAAAAAAAAAAAAA" + hashPart,
             "$scrypt$ln=4,r=1,p=x$AAAAAAAAAAAAAAAAAAAAAA" + hashPart,
             "$scrypt$ln=40,r=1,p=1$AAAAAAAAAAAAAAAAAAAAAA" + hashPart, "$scrypt$ln=4,r=1,p=1$!!!" + hashPart,
             std::string("$scrypt$ln=4,r=1,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAA"), *good + "$extra"}) {
        const auto r = verifyPassword("x", bad);
        ASSERT_FALSE(r) << bad;
        EXPECT_EQ(r.error().code, Errc::InvalidPasswordHash) << bad;
    }
}

TEST(RandomBytes, GivesDistinctBuffersOfTheAskedSize)
{
    const auto a = randomBytes(32);
    const auto b = randomBytes(32);
    ASSERT_TRUE(a && b);
    EXPECT_EQ(a->size(), 32u);
    EXPECT_FALSE(constantTimeEquals(a->view(), b->view()));
    EXPECT_TRUE(randomBytes(0));
}

} // namespace
} // namespace sandi::crypto

namespace sandi::crypto {
namespace {

struct Pbkdf2Vector
{
    HashAlgorithm algorithm;
    std::string_view password;
    std::string_view salt;
    std::uint32_t iterations;
    const char* expected;
};

// RFC 6070 §2 (HMAC-SHA1; the 16,777,216-iteration case is left out for time) and RFC 7914 §11
// (HMAC-SHA256).
TEST(Pbkdf2, Rfc6070AndRfc7914Vectors)
{
    using namespace std::literals;
    const Pbkdf2Vector vectors[] = {
        {HashAlgorithm::Sha1, "password", "salt", 1, "0c60c80f961f0e71f3a9b524af6012062fe037a6"},
        {HashAlgorithm::Sha1, "password", "salt", 2, "ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957"},
        {HashAlgorithm::Sha1, "password", "salt", 4096, "4b007901b765489abead49d926f721d065a429c1"},
        {HashAlgorithm::Sha1, "passwordPASSWORDpassword", "saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096,
         "3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038"},
        {HashAlgorithm::Sha1, "pass\0word"sv, "sa\0lt"sv, 4096, "56fa6aa75548099dcc37d7f03425e0c3"},
        {HashAlgorithm::Sha256, "passwd", "salt", 1,
         "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1"
         "e30bd509112041d3a19783"},
        {HashAlgorithm::Sha256, "Password", "NaCl", 80000,
         "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56a1d425a1225833549adb841b51c9b3176a272bdeb"
         "ba1d078478f62b397f33c8d"},
    };
    for (const auto& v : vectors) {
        const std::size_t length = std::string_view(v.expected).size() / 2;
        const auto key = pbkdf2(v.algorithm, bytes(v.password), bytes(v.salt), v.iterations, length);
        ASSERT_TRUE(key) << key.error().detail;
        EXPECT_EQ(hex(key->view()), v.expected) << v.password << " " << v.iterations;
    }
}

TEST(Pbkdf2, RefusesUnboundedWork)
{
    EXPECT_EQ(pbkdf2(HashAlgorithm::Sha256, bytes("p"), bytes("s"), 0, 32).error().code, Errc::InvalidKdfParams);
    EXPECT_EQ(pbkdf2(HashAlgorithm::Sha256, bytes("p"), bytes("s"), kPbkdf2MaxIterations + 1, 32).error().code,
              Errc::InvalidKdfParams);
    EXPECT_EQ(pbkdf2(HashAlgorithm::Sha256, bytes("p"), bytes("s"), 1, 0).error().code, Errc::InvalidKdfParams);
    EXPECT_TRUE(pbkdf2(HashAlgorithm::Sha512, {}, {}, 1, 64));
}

} // namespace
} // namespace sandi::crypto
