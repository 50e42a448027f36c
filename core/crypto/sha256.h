#pragma once
// SHA-256 (FIPS 180-4) and cryptographic random bytes, for the approval protocol's pins, ids and tokens.

#include "core/result.h"

#include <array>
#include <cstddef>
#include <span>

namespace sandi::crypto {

inline constexpr std::size_t kSha256Size = 32;
using Sha256Digest = std::array<std::byte, kSha256Size>;

// SHA-256 of `data`. Fails only if OpenSSL does (CryptoFailure).
[[nodiscard]] Result<Sha256Digest> sha256(std::span<const std::byte> data);

// Fills `out` from OpenSSL's CSPRNG (RAND_bytes). Fails only if the generator is not seeded (CryptoFailure).
[[nodiscard]] Result<void> randomBytes(std::span<std::byte> out);

} // namespace sandi::crypto
