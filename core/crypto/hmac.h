#pragma once
// HMAC (RFC 2104) over OpenSSL 3 digests, for the OTP algorithms.

#include "core/result.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

namespace sandi::crypto {

enum class HashAlgorithm : std::uint8_t
{
    Sha1,
    Sha256,
    Sha512,
};

constexpr std::size_t kMaxDigestSize = 64; // SHA-512

// A MAC value and its length. Not secret on its own; wipe it anyway when it leads to a code.
struct Digest
{
    std::array<std::byte, kMaxDigestSize> bytes{};
    std::size_t size = 0;

    [[nodiscard]] std::span<const std::byte> view() const noexcept { return {bytes.data(), size}; }
};

// HMAC of `message` under `key`. Fails only if OpenSSL does (CryptoFailure).
[[nodiscard]] Result<Digest> hmac(HashAlgorithm algorithm, std::span<const std::byte> key,
                                  std::span<const std::byte> message);

} // namespace sandi::crypto
