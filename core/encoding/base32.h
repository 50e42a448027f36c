#pragma once
// Base32 (RFC 4648 §6), as used for TOTP secrets.

#include "core/crypto/secretbytes.h"
#include "core/result.h"

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace sandi::base32 {

// Decodes a secret. Lenient the way real QR codes and typed keys need it: lower case, spaces, tabs
// and dashes anywhere, and missing or extra trailing '=' are accepted; unused low bits of the last
// character are ignored. Errors: EmptySecret, InvalidBase32Character ('=' before the end counts as
// one), InvalidBase32Length (1, 3 or 6 trailing characters, which no encoder can produce).
[[nodiscard]] Result<SecretBytes> decode(std::string_view text);

// Encodes in upper case, without padding unless `pad` is set. The result holds the secret: the
// caller wipes it (secureWipe) when done.
[[nodiscard]] std::string encode(std::span<const std::byte> bytes, bool pad = false);

} // namespace sandi::base32
