#pragma once
// Public keys as the protocol writes them: JWK (RFC 7517/7518 §6.2) in messages, and the pin
// "sha256/<base64url of SHA-256 over the DER SubjectPublicKeyInfo>" in the enrollment QR code.

#include "core/crypto/ecdsa.h"
#include "core/crypto/sha256.h"
#include "core/encoding/json.h"
#include "core/result.h"

#include <string>
#include <string_view>

namespace sandi::approval {

// {"crv":"P-256","kty":"EC","x":"...","y":"..."}: the public members only.
[[nodiscard]] json::Value toJwk(const crypto::EcPublicKey& key);
// Reads an EC P-256 public JWK. Private ("d") or unknown members other than "kid", "use", "alg":"ES256"
// and "key_ops" are refused, so a private key sent by mistake is never accepted. Errors: InvalidKey.
[[nodiscard]] Result<crypto::EcPublicKey> fromJwk(const json::Value& jwk);

// A SHA-256 hash of a DER SubjectPublicKeyInfo.
struct Pin
{
    crypto::Sha256Digest hash{};
    friend bool operator==(const Pin&, const Pin&) = default;
};

inline constexpr std::string_view kPinPrefix = "sha256/";

// The pin of `spki` (any DER SubjectPublicKeyInfo, e.g. a TLS certificate's). Errors: CryptoFailure.
[[nodiscard]] Result<Pin> pinOf(std::span<const std::byte> spki);
[[nodiscard]] Result<Pin> pinOf(const crypto::EcPublicKey& key);
// "sha256/" + 43 characters of strict base64url. Errors: InvalidEnrollment.
[[nodiscard]] Result<Pin> parsePin(std::string_view text);
[[nodiscard]] std::string pinText(const Pin& pin);
// True if `spki` hashes to `pin`.
[[nodiscard]] bool pinMatches(const Pin& pin, std::span<const std::byte> spki);

} // namespace sandi::approval
