#pragma once
// JSON Web Signature (RFC 7515) in compact serialisation, restricted to ES256 (RFC 7518 §3.4).
// The signature covers the transmitted bytes (BASE64URL(header) '.' BASE64URL(payload)), so no
// JSON canonicalisation is ever needed: a verifier parses the payload only after, and exactly as,
// it was signed.

#include "core/crypto/ecdsa.h"
#include "core/result.h"

#include <string>
#include <string_view>

namespace sandi::approval {

// The protected header's optional members; "alg" is always "ES256".
struct JwsHeader
{
    std::string typ; // empty: not written
    std::string kid; // empty: not written
};

// A syntactically valid ES256 JWS whose signature is not yet checked.
class Jws
{
public:
    // At most kMaxMessageSize bytes; three strict base64url parts (RFC 7515 §7.1); a header that is a
    // JSON object with "alg":"ES256" and nothing but "typ" and "kid" besides; a 64-byte signature.
    // Errors: MessageTooLarge, InvalidJws, UnsupportedJwsAlgorithm (any other alg, "none" included),
    // UnsupportedJwsHeader ("crit", "jwk", "x5u" or any other member).
    [[nodiscard]] static Result<Jws> parse(std::string_view compact);

    [[nodiscard]] const JwsHeader& header() const noexcept { return m_header; }
    [[nodiscard]] std::string_view payload() const noexcept { return m_payload; } // decoded bytes
    [[nodiscard]] std::string_view signingInput() const noexcept { return m_signingInput; }
    [[nodiscard]] const crypto::Signature& signature() const noexcept { return m_signature; }

    // True only if the signature verifies over signingInput() with `key`.
    [[nodiscard]] bool verifiedBy(const crypto::EcPublicKey& key) const noexcept;

private:
    Jws() = default;
    JwsHeader m_header;
    std::string m_payload;
    std::string m_signingInput;
    crypto::Signature m_signature{};
};

// Signs `payload` (any bytes; the protocol's are JSON objects) into a compact JWS.
// Errors: MessageTooLarge, CryptoFailure.
[[nodiscard]] Result<std::string> signJws(const crypto::EcPrivateKey& key, std::string_view payload,
                                          const JwsHeader& header = {});

} // namespace sandi::approval
