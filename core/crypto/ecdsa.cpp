#include "core/crypto/ecdsa.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <algorithm>
#include <climits>
#include <string>
#include <vector>

namespace sandi::crypto {

namespace {

// DER of SEQUENCE { SEQUENCE { id-ecPublicKey, prime256v1 }, BIT STRING (0 unused bits, 65 bytes) }
// up to the point: RFC 5480 §2 (OIDs 1.2.840.10045.2.1 and 1.2.840.10045.3.1.7), §2.2 (uncompressed).
constexpr std::array<unsigned char, 27> kSpkiPrefix = {0x30, 0x59, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48,
                                                       0xce, 0x3d, 0x02, 0x01, 0x06, 0x08, 0x2a, 0x86, 0x48,
                                                       0xce, 0x3d, 0x03, 0x01, 0x07, 0x03, 0x42, 0x00, 0x04};
static_assert(kSpkiPrefix.size() + 2 * kCoordinateSize == kSpkiSize);
constexpr std::string_view kCurveName = "prime256v1";

struct PKeyFree
{
    void operator()(EVP_PKEY* key) const noexcept { EVP_PKEY_free(key); }
};
struct PKeyCtxFree
{
    void operator()(EVP_PKEY_CTX* ctx) const noexcept { EVP_PKEY_CTX_free(ctx); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX* ctx) const noexcept { EVP_MD_CTX_free(ctx); }
};
struct SigFree
{
    void operator()(ECDSA_SIG* sig) const noexcept { ECDSA_SIG_free(sig); }
};
struct BnFree
{
    void operator()(BIGNUM* bn) const noexcept { BN_free(bn); }
};
struct P8Free
{
    void operator()(PKCS8_PRIV_KEY_INFO* p8) const noexcept { PKCS8_PRIV_KEY_INFO_free(p8); }
};
using PKey = std::unique_ptr<EVP_PKEY, PKeyFree>;

const unsigned char* uchars(std::span<const std::byte> data) noexcept
{
    return reinterpret_cast<const unsigned char*>(data.data());
}

bool isP256(EVP_PKEY* key) noexcept
{
    if (key == nullptr || EVP_PKEY_is_a(key, "EC") != 1) {
        return false;
    }
    std::array<char, 64> name{};
    std::size_t length = 0;
    return EVP_PKEY_get_group_name(key, name.data(), name.size(), &length) == 1 &&
           std::string_view(name.data(), length) == kCurveName;
}

// The uncompressed SPKI of any P-256 key, built from its coordinates (whatever point form it was read in).
Result<std::array<std::byte, kSpkiSize>> spkiOf(EVP_PKEY* key)
{
    BIGNUM* rawX = nullptr;
    BIGNUM* rawY = nullptr;
    const bool ok = EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_EC_PUB_X, &rawX) == 1 &&
                    EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_EC_PUB_Y, &rawY) == 1;
    const std::unique_ptr<BIGNUM, BnFree> x(rawX);
    const std::unique_ptr<BIGNUM, BnFree> y(rawY);
    std::array<std::byte, kSpkiSize> spki{};
    std::transform(kSpkiPrefix.begin(), kSpkiPrefix.end(), spki.begin(), [](unsigned char c) { return std::byte{c}; });
    auto* out = reinterpret_cast<unsigned char*>(spki.data()) + kSpkiPrefix.size();
    if (!ok || BN_bn2binpad(x.get(), out, kCoordinateSize) != static_cast<int>(kCoordinateSize) ||
        BN_bn2binpad(y.get(), out + kCoordinateSize, kCoordinateSize) != static_cast<int>(kCoordinateSize)) {
        return fail(Errc::CryptoFailure, "cannot read the public point");
    }
    return spki;
}

bool publicCheck(EVP_PKEY* key) noexcept
{
    const std::unique_ptr<EVP_PKEY_CTX, PKeyCtxFree> ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
    return ctx && EVP_PKEY_public_check(ctx.get()) == 1;
}

} // namespace

Result<EcPublicKey> EcPublicKey::fromSpki(std::span<const std::byte> der)
{
    if (der.size() != kSpkiSize || !std::equal(kSpkiPrefix.begin(), kSpkiPrefix.end(), uchars(der))) {
        return fail(Errc::InvalidKey, "not a P-256 SubjectPublicKeyInfo with an uncompressed point");
    }
    const unsigned char* p = uchars(der);
    PKey key(d2i_PUBKEY(nullptr, &p, static_cast<long>(der.size())));
    if (!key || p != uchars(der) + der.size() || !isP256(key.get()) || !publicCheck(key.get())) {
        return fail(Errc::InvalidKey, "the point is not on P-256");
    }
    EcPublicKey out;
    std::copy(der.begin(), der.end(), out.m_spki.begin());
    out.m_key = std::shared_ptr<evp_pkey_st>(key.release(), PKeyFree{});
    return out;
}

Result<EcPublicKey> EcPublicKey::fromCoordinates(std::span<const std::byte> x, std::span<const std::byte> y)
{
    if (x.size() != kCoordinateSize || y.size() != kCoordinateSize) {
        return fail(Errc::InvalidKey, "P-256 coordinates have 32 bytes each");
    }
    std::array<std::byte, kSpkiSize> spki{};
    std::transform(kSpkiPrefix.begin(), kSpkiPrefix.end(), spki.begin(), [](unsigned char c) { return std::byte{c}; });
    std::copy(x.begin(), x.end(), spki.begin() + kSpkiPrefix.size());
    std::copy(y.begin(), y.end(), spki.begin() + kSpkiPrefix.size() + kCoordinateSize);
    return fromSpki(spki);
}

std::span<const std::byte> EcPublicKey::x() const noexcept
{
    return std::span(m_spki).subspan(kSpkiPrefix.size(), kCoordinateSize);
}

std::span<const std::byte> EcPublicKey::y() const noexcept
{
    return std::span(m_spki).subspan(kSpkiPrefix.size() + kCoordinateSize, kCoordinateSize);
}

bool EcPublicKey::verify(std::span<const std::byte> message, std::span<const std::byte> signature) const noexcept
{
    if (!m_key || signature.size() != kSignatureSize) {
        return false;
    }
    // RFC 7518 §3.4: r || s on the wire; OpenSSL verifies the DER ECDSA-Sig-Value of RFC 3279.
    std::unique_ptr<ECDSA_SIG, SigFree> sig(ECDSA_SIG_new());
    BIGNUM* r = BN_bin2bn(uchars(signature), kCoordinateSize, nullptr);
    BIGNUM* s = BN_bin2bn(uchars(signature) + kCoordinateSize, kCoordinateSize, nullptr);
    if (!sig || r == nullptr || s == nullptr || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return false;
    }
    unsigned char* der = nullptr;
    const int derSize = i2d_ECDSA_SIG(sig.get(), &der);
    const std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    const bool ok =
        derSize > 0 && ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) == 1 &&
        EVP_DigestVerify(ctx.get(), der, static_cast<std::size_t>(derSize), uchars(message), message.size()) == 1;
    OPENSSL_free(der);
    return ok;
}

void EcPrivateKey::KeyFree::operator()(evp_pkey_st* key) const noexcept
{
    EVP_PKEY_free(key);
}

EcPrivateKey::EcPrivateKey(std::unique_ptr<evp_pkey_st, KeyFree> key, EcPublicKey publicKey)
    : m_key(std::move(key)), m_public(std::move(publicKey))
{}

Result<EcPrivateKey> EcPrivateKey::generate()
{
    std::unique_ptr<evp_pkey_st, KeyFree> key(EVP_EC_gen(kCurveName.data()));
    if (!key) {
        return fail(Errc::CryptoFailure, "EC key generation failed");
    }
    const auto spki = spkiOf(key.get());
    if (!spki) {
        return tl::unexpected(spki.error());
    }
    auto publicKey = EcPublicKey::fromSpki(*spki);
    if (!publicKey) {
        return fail(Errc::CryptoFailure, "generated key has no valid public point");
    }
    return EcPrivateKey(std::move(key), std::move(*publicKey));
}

Result<EcPrivateKey> EcPrivateKey::fromPkcs8(std::span<const std::byte> der)
{
    if (der.empty() || der.size() > static_cast<std::size_t>(LONG_MAX)) {
        return fail(Errc::InvalidKey, "empty PKCS#8");
    }
    const unsigned char* p = uchars(der);
    const std::unique_ptr<PKCS8_PRIV_KEY_INFO, P8Free> p8(
        d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, static_cast<long>(der.size())));
    if (!p8 || p != uchars(der) + der.size()) {
        return fail(Errc::InvalidKey, "not a DER PKCS#8 PrivateKeyInfo");
    }
    std::unique_ptr<evp_pkey_st, KeyFree> key(EVP_PKCS82PKEY(p8.get()));
    if (!key || !isP256(key.get())) {
        return fail(Errc::InvalidKey, "not a P-256 private key");
    }
    const std::unique_ptr<EVP_PKEY_CTX, PKeyCtxFree> ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
    if (!ctx || EVP_PKEY_pairwise_check(ctx.get()) != 1) {
        return fail(Errc::InvalidKey, "the public key does not match the private key");
    }
    const auto spki = spkiOf(key.get());
    auto publicKey = spki ? EcPublicKey::fromSpki(*spki) : tl::unexpected(spki.error());
    if (!publicKey) {
        return fail(Errc::InvalidKey, "no valid public point");
    }
    return EcPrivateKey(std::move(key), std::move(*publicKey));
}

Result<SecretBytes> EcPrivateKey::pkcs8() const
{
    const std::unique_ptr<PKCS8_PRIV_KEY_INFO, P8Free> p8(EVP_PKEY2PKCS8(m_key.get()));
    const int size = p8 ? i2d_PKCS8_PRIV_KEY_INFO(p8.get(), nullptr) : -1;
    if (size <= 0) {
        return fail(Errc::CryptoFailure, "cannot encode PKCS#8");
    }
    // Written straight into the wiped buffer: no other copy of the encoding is left behind.
    SecretBytes out = SecretBytes::zeroed(static_cast<std::size_t>(size));
    auto* p = reinterpret_cast<unsigned char*>(out.mutableView().data());
    if (i2d_PKCS8_PRIV_KEY_INFO(p8.get(), &p) != size) {
        return fail(Errc::CryptoFailure, "cannot encode PKCS#8");
    }
    return out;
}

Result<Signature> EcPrivateKey::sign(std::span<const std::byte> message) const
{
    const std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    std::array<unsigned char, 80> der{}; // an ECDSA-Sig-Value over P-256 has at most 72 bytes
    std::size_t derSize = der.size();
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), der.data(), &derSize, uchars(message), message.size()) != 1) {
        return fail(Errc::CryptoFailure, "ECDSA signing failed");
    }
    const unsigned char* p = der.data();
    const std::unique_ptr<ECDSA_SIG, SigFree> sig(d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(derSize)));
    Signature out{};
    auto* raw = reinterpret_cast<unsigned char*>(out.data());
    if (!sig || BN_bn2binpad(ECDSA_SIG_get0_r(sig.get()), raw, kCoordinateSize) != static_cast<int>(kCoordinateSize) ||
        BN_bn2binpad(ECDSA_SIG_get0_s(sig.get()), raw + kCoordinateSize, kCoordinateSize) !=
            static_cast<int>(kCoordinateSize)) {
        return fail(Errc::CryptoFailure, "unexpected ECDSA signature encoding");
    }
    return out;
}

} // namespace sandi::crypto
