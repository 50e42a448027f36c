#pragma once
// Random values of the protocol, from OpenSSL's CSPRNG (core/crypto/sha256.h).

#include "core/result.h"

#include <array>
#include <string>
#include <string_view>

namespace sandi::approval {

// base64url of 16 random bytes (128 bits): challenge and device ids, enrollment tokens, jti.
// Errors: CryptoFailure.
[[nodiscard]] Result<std::string> randomToken();

// The three distinct two-digit numbers (10..99) a challenge offers, in random order, and which of
// them the browser shows (number matching). Uniform, without modulo bias. Errors: CryptoFailure.
struct NumberDraw
{
    std::array<int, 3> offered{};
    int shown = 0; // one of offered
};
[[nodiscard]] Result<NumberDraw> drawNumbers();

// What the acceptor stores instead of an enrollment token: base64url(SHA-256(token)), so a leaked
// database holds no usable token. Errors: CryptoFailure.
[[nodiscard]] Result<std::string> tokenDigest(std::string_view token);

} // namespace sandi::approval
