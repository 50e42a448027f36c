#include "core/crypto/hmac.h"

#include <gtest/gtest.h>

#include <openssl/core_names.h>
#include <openssl/evp.h>

#include <ostream>
#include <random>
#include <string>
#include <vector>

namespace sandi::crypto {
namespace {

std::string hex(std::span<const std::byte> bytes)
{
    static const char* digits = "0123456789abcdef";
    std::string out;
    for (std::byte b : bytes) {
        out.push_back(digits[std::to_integer<unsigned>(b) >> 4]);
        out.push_back(digits[std::to_integer<unsigned>(b) & 0xF]);
    }
    return out;
}

std::vector<std::byte> repeat(unsigned char value, std::size_t count)
{
    return std::vector<std::byte>(count, static_cast<std::byte>(value));
}

std::vector<std::byte> text(std::string_view s)
{
    const auto b = std::as_bytes(std::span(s.data(), s.size()));
    return {b.begin(), b.end()};
}

struct Vector
{
    const char* name;
    HashAlgorithm algorithm;
    std::vector<std::byte> key;
    std::vector<std::byte> data;
    const char* mac;
};

std::ostream& operator<<(std::ostream& out, const Vector& v)
{
    return out << v.name;
}

const char* kLargeKeyData = "Test Using Larger Than Block-Size Key - Hash Key First";

// RFC 2202 §3 (HMAC-SHA-1) and RFC 4231 §4 (HMAC-SHA-256/512): short keys, and keys longer than a
// block, which HMAC hashes first.
const std::vector<Vector> kVectors = {
    {"Rfc2202Case1", HashAlgorithm::Sha1, repeat(0x0b, 20), text("Hi There"),
     "b617318655057264e28bc0b6fb378c8ef146be00"},
    {"Rfc2202Case2", HashAlgorithm::Sha1, text("Jefe"), text("what do ya want for nothing?"),
     "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"},
    {"Rfc2202Case6", HashAlgorithm::Sha1, repeat(0xaa, 80), text(kLargeKeyData),
     "aa4ae5e15272d00e95705637ce8a3b55ed402112"},
    {"Rfc2202Case7", HashAlgorithm::Sha1, repeat(0xaa, 80),
     text("Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data"),
     "e8e99d0f45237d786d6bbaa7965c7808bbff1a91"},
    {"Rfc4231Case1Sha256", HashAlgorithm::Sha256, repeat(0x0b, 20), text("Hi There"),
     "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"},
    {"Rfc4231Case1Sha512", HashAlgorithm::Sha512, repeat(0x0b, 20), text("Hi There"),
     "87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702"
     "e"
     "696c203a126854"},
    {"Rfc4231Case2Sha256", HashAlgorithm::Sha256, text("Jefe"), text("what do ya want for nothing?"),
     "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"},
    {"Rfc4231Case2Sha512", HashAlgorithm::Sha512, text("Jefe"), text("what do ya want for nothing?"),
     "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b6"
     "3"
     "6e070a38bce737"},
    {"Rfc4231Case6Sha256", HashAlgorithm::Sha256, repeat(0xaa, 131), text(kLargeKeyData),
     "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"},
    {"Rfc4231Case6Sha512", HashAlgorithm::Sha512, repeat(0xaa, 131), text(kLargeKeyData),
     "80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f3526b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec"
     "8b915a985d786598"},
};

class HmacRfc : public ::testing::TestWithParam<Vector>
{};

TEST_P(HmacRfc, MatchesPublishedValue)
{
    const auto& v = GetParam();
    auto mac = hmac(v.algorithm, v.key, v.data);
    ASSERT_TRUE(mac);
    EXPECT_EQ(hex(mac->view()), v.mac);
}

INSTANTIATE_TEST_SUITE_P(Vectors, HmacRfc, ::testing::ValuesIn(kVectors),
                         [](const auto& p) { return std::string(p.param.name); });

// Oracle: OpenSSL's own HMAC (EVP_MAC).
std::string opensslHmac(HashAlgorithm algorithm, std::span<const std::byte> key, std::span<const std::byte> data)
{
    const char* name = algorithm == HashAlgorithm::Sha1     ? "SHA1"
                       : algorithm == HashAlgorithm::Sha256 ? "SHA256"
                                                            : "SHA512";
    EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    EVP_MAC_CTX* ctx = EVP_MAC_CTX_new(mac);
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char*>(name), 0),
                                 OSSL_PARAM_construct_end()};
    static const unsigned char kEmpty = 0;
    unsigned char out[EVP_MAX_MD_SIZE];
    std::size_t size = 0;
    const auto* k = key.empty() ? &kEmpty : reinterpret_cast<const unsigned char*>(key.data());
    const auto* d = data.empty() ? &kEmpty : reinterpret_cast<const unsigned char*>(data.data());
    EXPECT_EQ(EVP_MAC_init(ctx, k, key.size(), params), 1);
    EXPECT_EQ(EVP_MAC_update(ctx, d, data.size()), 1);
    EXPECT_EQ(EVP_MAC_final(ctx, out, &size, sizeof out), 1);
    EVP_MAC_CTX_free(ctx);
    EVP_MAC_free(mac);
    return hex(std::as_bytes(std::span(out, size)));
}

TEST(Hmac, AgreesWithEvpMacForEveryKeyLengthAroundTheBlockSizes)
{
    std::mt19937 rng(4226);
    std::uniform_int_distribution<int> byte(0, 255);
    for (HashAlgorithm algorithm : {HashAlgorithm::Sha1, HashAlgorithm::Sha256, HashAlgorithm::Sha512}) {
        for (std::size_t keyLen = 0; keyLen <= 260; ++keyLen) {
            std::vector<std::byte> key(keyLen);
            std::vector<std::byte> data(keyLen % 150);
            for (auto& b : key) {
                b = static_cast<std::byte>(byte(rng));
            }
            for (auto& b : data) {
                b = static_cast<std::byte>(byte(rng));
            }
            auto mac = hmac(algorithm, key, data);
            ASSERT_TRUE(mac);
            ASSERT_EQ(hex(mac->view()), opensslHmac(algorithm, key, data)) << "key length " << keyLen;
        }
    }
}

TEST(Hmac, DigestSizes)
{
    const auto key = text("k");
    EXPECT_EQ(hmac(HashAlgorithm::Sha1, key, key)->size, 20U);
    EXPECT_EQ(hmac(HashAlgorithm::Sha256, key, key)->size, 32U);
    EXPECT_EQ(hmac(HashAlgorithm::Sha512, key, key)->size, 64U);
}

} // namespace
} // namespace sandi::crypto
