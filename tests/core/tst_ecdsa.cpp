#include "core/crypto/ecdsa.h"
#include "core/crypto/sha256.h"

#include "approvaltestkeys.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace sandi::crypto {
namespace {

std::span<const std::byte> bytes(std::string_view s)
{
    return std::as_bytes(std::span(s.data(), s.size()));
}

std::string hex(std::span<const std::byte> data)
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (std::byte b : data) {
        out += kHex[std::to_integer<unsigned>(b) >> 4];
        out += kHex[std::to_integer<unsigned>(b) & 0xF];
    }
    return out;
}

// FIPS 180-2 Appendix B.1 and B.2 (also RFC 6234 §8.5 TEST1/TEST2).
TEST(Sha256, FipsVectors)
{
    EXPECT_EQ(hex(*sha256(bytes("abc"))), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(hex(*sha256(bytes("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))),
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    EXPECT_EQ(hex(*sha256({})), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(RandomBytes, FillsTheBuffer)
{
    std::array<std::byte, 32> a{};
    std::array<std::byte, 32> b{};
    ASSERT_TRUE(randomBytes(a));
    ASSERT_TRUE(randomBytes(b));
    EXPECT_NE(a, b);
    EXPECT_NE(a, (std::array<std::byte, 32>{}));
}

TEST(Ecdsa, SignsAndVerifiesRawSignatures)
{
    const auto key = EcPrivateKey::generate();
    ASSERT_TRUE(key);
    const auto sig = key->sign(bytes("message"));
    ASSERT_TRUE(sig);
    EXPECT_TRUE(key->publicKey().verify(bytes("message"), *sig));
    EXPECT_FALSE(key->publicKey().verify(bytes("messagf"), *sig));
    for (std::size_t i = 0; i < sig->size(); ++i) {
        auto bad = *sig;
        bad[i] ^= std::byte{0x01};
        EXPECT_FALSE(key->publicKey().verify(bytes("message"), bad)) << "byte " << i;
    }
    EXPECT_FALSE(key->publicKey().verify(bytes("message"), std::span(*sig).first(63)));
    const auto other = EcPrivateKey::generate();
    ASSERT_TRUE(other);
    EXPECT_FALSE(other->publicKey().verify(bytes("message"), *sig));
    // ECDSA with a random k: two signatures of one message differ, both verify.
    const auto again = key->sign(bytes("message"));
    ASSERT_TRUE(again);
    EXPECT_NE(*sig, *again);
    EXPECT_TRUE(key->publicKey().verify(bytes("message"), *again));
}

TEST(Ecdsa, EmptyMessage)
{
    const auto key = testkeys::load(testkeys::kDevice);
    const auto sig = key.sign({});
    ASSERT_TRUE(sig);
    EXPECT_TRUE(key.publicKey().verify({}, *sig));
    EXPECT_FALSE(key.publicKey().verify(bytes("x"), *sig));
}

TEST(Ecdsa, ZeroSignatureNeverVerifies)
{
    const auto key = testkeys::load(testkeys::kDevice);
    EXPECT_FALSE(key.publicKey().verify(bytes("m"), Signature{}));
}

TEST(Ecdsa, Pkcs8RoundTrip)
{
    const auto key = EcPrivateKey::generate();
    ASSERT_TRUE(key);
    const auto der = key->pkcs8();
    ASSERT_TRUE(der);
    const auto back = EcPrivateKey::fromPkcs8(der->view());
    ASSERT_TRUE(back) << back.error().detail;
    EXPECT_EQ(back->publicKey(), key->publicKey());
    const auto sig = back->sign(bytes("x"));
    ASSERT_TRUE(sig);
    EXPECT_TRUE(key->publicKey().verify(bytes("x"), *sig));
}

TEST(Ecdsa, Pkcs8RejectsGarbageTrailingBytesAndSec1)
{
    const auto der = base64::decodeUrl(testkeys::kDevice);
    ASSERT_TRUE(der);
    std::vector<std::byte> longer(der->view().begin(), der->view().end());
    longer.push_back(std::byte{0});
    EXPECT_EQ(EcPrivateKey::fromPkcs8(longer).error().code, Errc::InvalidKey);
    EXPECT_EQ(EcPrivateKey::fromPkcs8(der->view().first(40)).error().code, Errc::InvalidKey);
    EXPECT_EQ(EcPrivateKey::fromPkcs8({}).error().code, Errc::InvalidKey);
    // The SEC1 ECPrivateKey openssl genpkey writes by default is not PKCS#8.
    const auto sec1 =
        base64::decodeUrl("MHcCAQEEIL8iKmAyAkfRNwyWkb26h4XNT_FO_EpfTWpkwyfqcOMJoAoGCCqGSM49AwEHoUQDQgAErR2tzI8Gw"
                          "BNM3rXsYZmttLEhqZCn5BZILyEzj6r-itC0_SVT-8I8jq3cJBGUMt0yjvgY5mWQqm0i1cvMMYd3Ag");
    ASSERT_TRUE(sec1);
    EXPECT_EQ(EcPrivateKey::fromPkcs8(sec1->view()).error().code, Errc::InvalidKey);
}

TEST(Ecdsa, SpkiIsCanonicalAndValidated)
{
    const auto key = testkeys::load(testkeys::kAcceptor);
    const auto spki = key.publicKey().spki();
    ASSERT_EQ(spki.size(), kSpkiSize);
    const auto back = EcPublicKey::fromSpki(spki);
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, key.publicKey());
    const auto fromXy = EcPublicKey::fromCoordinates(key.publicKey().x(), key.publicKey().y());
    ASSERT_TRUE(fromXy);
    EXPECT_EQ(*fromXy, key.publicKey());

    // A point off the curve: y + 1.
    std::vector<std::byte> off(spki.begin(), spki.end());
    off.back() ^= std::byte{0x01};
    EXPECT_EQ(EcPublicKey::fromSpki(off).error().code, Errc::InvalidKey);
    // Wrong curve OID byte, wrong length.
    std::vector<std::byte> curve(spki.begin(), spki.end());
    curve[22] ^= std::byte{0x01};
    EXPECT_EQ(EcPublicKey::fromSpki(curve).error().code, Errc::InvalidKey);
    EXPECT_EQ(EcPublicKey::fromSpki(spki.first(90)).error().code, Errc::InvalidKey);
    EXPECT_EQ(EcPublicKey::fromCoordinates(key.publicKey().x().first(31), key.publicKey().y()).error().code,
              Errc::InvalidKey);
}

// RFC 7515 Appendix A.3: the ES256 example, with the public key of its JWK (x, y).
TEST(Ecdsa, Rfc7515AppendixA3Vector)
{
    const auto x = base64::decodeUrl("f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU");
    const auto y = base64::decodeUrl("x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0");
    ASSERT_TRUE(x && y);
    const auto key = EcPublicKey::fromCoordinates(x->view(), y->view());
    ASSERT_TRUE(key) << key.error().detail;
    const std::string input =
        "eyJhbGciOiJFUzI1NiJ9."
        "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ";
    const auto sig =
        base64::decodeUrl("DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q");
    ASSERT_TRUE(sig);
    EXPECT_TRUE(key->verify(bytes(input), sig->view()));
    EXPECT_FALSE(key->verify(bytes(input + " "), sig->view()));
}

} // namespace
} // namespace sandi::crypto
