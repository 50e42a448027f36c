#include "core/crypto/aead.h"

#include "hexutil.h"

#include <gtest/gtest.h>

namespace sandi::crypto::aead {
namespace {

using test::hex;
using test::unhex;

struct GcmVector
{
    const char* name;
    const char* key;
    const char* nonce;
    const char* aad;
    const char* plaintext;
    const char* ciphertext;
    const char* tag;
};

// McGrew & Viega, "The Galois/Counter Mode of Operation (GCM)", Appendix B, the AES-256 cases
// with 96-bit IVs (test cases 13-16).
const GcmVector kVectors[] = {
    {"case13", "0000000000000000000000000000000000000000000000000000000000000000", "000000000000000000000000", "", "",
     "", "530f8afbc74536b9a963b4f1c4cb738b"},
    {"case14", "0000000000000000000000000000000000000000000000000000000000000000", "000000000000000000000000", "",
     "00000000000000000000000000000000", "cea7403d4d606b6e074ec5d3baf39d18", "d0d1c8a799996bf0265b98b5d48ab919"},
    {"case15", "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308", "cafebabefacedbaddecaf888", "",
     "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de6"
     "57ba637b391aafd255",
     "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a"
     "0abcc9f662898015ad",
     "b094dac5d93471bdec1a502270e3cc6c"},
    {"case16", "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308", "cafebabefacedbaddecaf888",
     "feedfacedeadbeeffeedfacedeadbeefabaddad2",
     "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de6"
     "57ba637b39",
     "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a"
     "0abcc9f662",
     "76fc6ece0f4e1768cddf8853bb2d551b"},
};

class Gcm : public ::testing::TestWithParam<GcmVector>
{};

TEST_P(Gcm, SealMatchesSpec)
{
    const auto& v = GetParam();
    const auto sealed = seal(unhex(v.key), unhex(v.nonce), unhex(v.plaintext), unhex(v.aad));
    ASSERT_TRUE(sealed) << sealed.error().detail;
    EXPECT_EQ(hex(sealed->ciphertext), v.ciphertext);
    EXPECT_EQ(hex(sealed->tag), v.tag);
}

TEST_P(Gcm, OpenMatchesSpec)
{
    const auto& v = GetParam();
    const auto plain = open(unhex(v.key), unhex(v.nonce), unhex(v.ciphertext), unhex(v.tag), unhex(v.aad));
    ASSERT_TRUE(plain) << plain.error().detail;
    EXPECT_EQ(hex(plain->view()), v.plaintext);
    auto combined = unhex(v.ciphertext);
    const auto tag = unhex(v.tag);
    combined.insert(combined.end(), tag.begin(), tag.end());
    const auto again = openCombined(unhex(v.key), unhex(v.nonce), combined, unhex(v.aad));
    ASSERT_TRUE(again);
    EXPECT_EQ(hex(again->view()), v.plaintext);
}

// Any changed bit of key, nonce, ciphertext, tag or AAD is the one error DecryptionFailed.
TEST_P(Gcm, AnyFlippedBitFails)
{
    const auto& v = GetParam();
    const std::vector<std::byte> parts[] = {unhex(v.key), unhex(v.nonce), unhex(v.ciphertext), unhex(v.tag),
                                            unhex(v.aad)};
    for (std::size_t which = 0; which < 5; ++which) {
        if (parts[which].empty()) {
            continue;
        }
        for (std::size_t at : {std::size_t{0}, parts[which].size() - 1}) {
            auto p = std::to_array(parts);
            p[which][at] ^= std::byte{0x01};
            const auto plain = open(p[0], p[1], p[2], p[3], p[4]);
            ASSERT_FALSE(plain) << v.name << " part " << which;
            EXPECT_EQ(plain.error().code, Errc::DecryptionFailed);
            EXPECT_TRUE(plain.error().detail.empty());
        }
    }
}

INSTANTIATE_TEST_SUITE_P(McGrewViega, Gcm, ::testing::ValuesIn(kVectors),
                         [](const auto& p) { return std::string(p.param.name); });

TEST(Aead, RoundTripWithAad)
{
    const auto key = unhex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    const auto nonce = unhex("0a0b0c0d0e0f101112131415");
    const auto sealed = seal(key, nonce, test::bytes("otpauth accounts"), test::bytes("header"));
    ASSERT_TRUE(sealed);
    const auto plain = open(key, nonce, sealed->ciphertext, sealed->tag, test::bytes("header"));
    ASSERT_TRUE(plain);
    EXPECT_EQ(hex(plain->view()), hex(test::bytes("otpauth accounts")));
    const auto noAad = open(key, nonce, sealed->ciphertext, sealed->tag);
    ASSERT_FALSE(noAad);
    EXPECT_EQ(noAad.error().code, Errc::DecryptionFailed);
}

TEST(Aead, WrongSizesAreCryptoFailure)
{
    const auto key = unhex("00");
    const auto nonce = unhex("000000000000000000000000");
    EXPECT_EQ(seal(key, nonce, {}).error().code, Errc::CryptoFailure);
    const auto key32 = std::vector<std::byte>(32);
    EXPECT_EQ(seal(key32, unhex("00"), {}).error().code, Errc::CryptoFailure);
    EXPECT_EQ(open(key32, nonce, {}, unhex("00")).error().code, Errc::CryptoFailure);
    EXPECT_EQ(openCombined(key32, nonce, unhex("0011")).error().code, Errc::DecryptionFailed);
}

} // namespace
} // namespace sandi::crypto::aead
