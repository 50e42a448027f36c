#pragma once
// ECDSA on NIST P-256 with SHA-256 (FIPS 186-4), the "ES256" of JWS (RFC 7518 §3.4): the device's
// and the acceptor's keys in the approval protocol (docs/approval-protocol.md).
//
// Formats: public keys as DER SubjectPublicKeyInfo (RFC 5480) with the uncompressed point, always
// exactly kSpkiSize bytes, so a pin over it is unambiguous; private keys as DER PKCS#8
// PrivateKeyInfo (RFC 5208) in SecretBytes; signatures as raw r || s, each 32 bytes big-endian
// (RFC 7518 §3.4), not DER. Only P-256 exists here: any other curve or key type is InvalidKey.

#include "core/crypto/secretbytes.h"
#include "core/result.h"

#include <array>
#include <cstddef>
#include <memory>
#include <span>

struct evp_pkey_st; // OpenSSL's EVP_PKEY, kept out of the header

namespace sandi::crypto {

inline constexpr std::size_t kCoordinateSize = 32; // P-256 field elements
inline constexpr std::size_t kSpkiSize = 91;       // 26 bytes of DER header + 0x04 + x + y
inline constexpr std::size_t kSignatureSize = 64;  // r || s (RFC 7518 §3.4)

using Signature = std::array<std::byte, kSignatureSize>;

// A validated P-256 public key (the point is on the curve). Cheap to copy: copies share one
// immutable OpenSSL key.
class EcPublicKey
{
public:
    // DER SubjectPublicKeyInfo, id-ecPublicKey with namedCurve prime256v1 and an uncompressed point.
    // Errors: InvalidKey (other sizes, curves or point forms, or a point not on the curve).
    [[nodiscard]] static Result<EcPublicKey> fromSpki(std::span<const std::byte> der);
    // Affine coordinates, 32 bytes each, big-endian (a JWK's x and y). Errors: InvalidKey.
    [[nodiscard]] static Result<EcPublicKey> fromCoordinates(std::span<const std::byte> x,
                                                             std::span<const std::byte> y);

    // The canonical DER SubjectPublicKeyInfo (kSpkiSize bytes).
    [[nodiscard]] std::span<const std::byte> spki() const noexcept { return m_spki; }
    [[nodiscard]] std::span<const std::byte> x() const noexcept;
    [[nodiscard]] std::span<const std::byte> y() const noexcept;

    // True only if `signature` (r || s) is a valid ECDSA-SHA256 signature of `message` by this key.
    [[nodiscard]] bool verify(std::span<const std::byte> message, std::span<const std::byte> signature) const noexcept;

    friend bool operator==(const EcPublicKey& a, const EcPublicKey& b) noexcept { return a.m_spki == b.m_spki; }

private:
    EcPublicKey() = default;
    std::array<std::byte, kSpkiSize> m_spki{};
    std::shared_ptr<evp_pkey_st> m_key;
};

// A P-256 private key. Move-only; OpenSSL wipes the scalar when the key is freed.
class EcPrivateKey
{
public:
    // A fresh key from OpenSSL's CSPRNG. Errors: CryptoFailure.
    [[nodiscard]] static Result<EcPrivateKey> generate();
    // DER PKCS#8 PrivateKeyInfo of a P-256 key (as pkcs8() writes it). Trailing bytes, other
    // curves and a public key that does not match the scalar are rejected. Errors: InvalidKey.
    [[nodiscard]] static Result<EcPrivateKey> fromPkcs8(std::span<const std::byte> der);

    // DER PKCS#8 PrivateKeyInfo, for the keychain. Errors: CryptoFailure.
    [[nodiscard]] Result<SecretBytes> pkcs8() const;
    [[nodiscard]] const EcPublicKey& publicKey() const noexcept { return m_public; }
    // ECDSA-SHA256 signature of `message` (randomised k), as r || s. Errors: CryptoFailure.
    [[nodiscard]] Result<Signature> sign(std::span<const std::byte> message) const;

private:
    struct KeyFree
    {
        void operator()(evp_pkey_st* key) const noexcept;
    };
    EcPrivateKey(std::unique_ptr<evp_pkey_st, KeyFree> key, EcPublicKey publicKey);
    std::unique_ptr<evp_pkey_st, KeyFree> m_key;
    EcPublicKey m_public;
};

} // namespace sandi::crypto
