#pragma once
// Base64 (RFC 4648 §4) and its URL-safe variant (§5), as used by otpauth-migration:// exports.

#include "core/crypto/secretbytes.h"
#include "core/result.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace sandi::base64 {

enum class Alphabet : std::uint8_t
{
    Standard, // RFC 4648 §4: '+' and '/'
    UrlSafe,  // RFC 4648 §5: '-' and '_'
};

// Decodes into a wiped buffer, since what migration exports encode is key material.
// Accepts either alphabet (but not both in one text) and optional padding; padding that is present
// must be exactly what completes the last quantum. Unused low bits of the last character are
// ignored (RFC 4648 §3.5 allows either choice; Base32 does the same). Whitespace and any other
// character are rejected (RFC 4648 §3.3). The empty text decodes to no bytes.
// Errors: InvalidBase64 (bad character, mixed alphabets, misplaced padding, or a length of 4n+1).
[[nodiscard]] Result<SecretBytes> decode(std::string_view text);

// Strict base64url as JOSE uses it (RFC 7515 §2, Appendix C): URL-safe alphabet only, no padding,
// and canonical (the unused low bits of the last character are zero), so that one byte string has
// exactly one text: a signature or token cannot be re-encoded into a second valid form.
// Errors: InvalidBase64.
[[nodiscard]] Result<SecretBytes> decodeUrl(std::string_view text);

// Encodes `bytes`. The result may hold a secret: the caller wipes it (secureWipe) when done.
[[nodiscard]] std::string encode(std::span<const std::byte> bytes, Alphabet alphabet = Alphabet::Standard,
                                 bool pad = true);

// encode(bytes, Alphabet::UrlSafe, false): the form decodeUrl() reads.
[[nodiscard]] inline std::string encodeUrl(std::span<const std::byte> bytes)
{
    return encode(bytes, Alphabet::UrlSafe, false);
}

} // namespace sandi::base64
