#pragma once
// scrypt (RFC 7914) through OpenSSL 3's EVP_KDF "SCRYPT", and password hashes built on it.
// Used by the backup format (a password slot wraps the master key), the importers of encrypted
// Aegis/2FAS/andOTP files, the app lock and the reference server's user passwords.

#include "core/crypto/hmac.h"
#include "core/crypto/secretbytes.h"
#include "core/result.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace sandi::crypto {

struct ScryptParams
{
    std::uint64_t n = std::uint64_t{1} << 15; // cost: a power of two > 1
    std::uint32_t r = 8;                      // block size
    std::uint32_t p = 1;                      // parallelism
};

// Limits on parameters read from files: memory 128·N·r·p bytes is capped at 1 GiB, and
// N ≤ 2^22, r ≤ 32, p ≤ 16, so a hostile file cannot make us allocate or compute without bound.
constexpr std::uint64_t kScryptMaxMemory = std::uint64_t{1} << 30;

// Derives `length` bytes (1..1024) from `password` and `salt`.
// Errors: InvalidKdfParams (N not a power of two > 1, r or p zero, over the limits above, bad
// length), CryptoFailure (OpenSSL refused, e.g. out of memory).
[[nodiscard]] Result<SecretBytes> scrypt(std::span<const std::byte> password, std::span<const std::byte> salt,
                                         const ScryptParams& params, std::size_t length);

// A self-describing password hash: "$scrypt$ln=15,r=8,p=1$<salt b64>$<hash b64>" (standard
// Base64 without padding, 16-byte salt, 32-byte hash; the PHC string format's layout).
// Errors: as scrypt().
[[nodiscard]] Result<std::string> hashPassword(std::string_view password, const ScryptParams& params = {});

// True when `password` matches `encoded` (compared in constant time). Errors: InvalidPasswordHash
// (not this format, parameters out of the limits), CryptoFailure.
[[nodiscard]] Result<bool> verifyPassword(std::string_view password, std::string_view encoded);

// PBKDF2 (RFC 8018 §5.2) with HMAC-SHA1/-SHA256/-SHA512, only to read other apps' exports:
// 2FAS (HMAC-SHA256, 10,000 iterations) and andOTP (HMAC-SHA1, 140,000-160,000). Sandi's own
// backups use scrypt. At most kPbkdf2MaxIterations, so a hostile file cannot make it run for minutes.
constexpr std::uint32_t kPbkdf2MaxIterations = 10'000'000;

// Derives `length` bytes (1..1024). Errors: InvalidKdfParams (iterations 0 or over the limit, bad
// length), CryptoFailure.
[[nodiscard]] Result<SecretBytes> pbkdf2(HashAlgorithm algorithm, std::span<const std::byte> password,
                                         std::span<const std::byte> salt, std::uint32_t iterations, std::size_t length);

// `n` random bytes from OpenSSL's CSPRNG (RAND_bytes). Errors: CryptoFailure.
[[nodiscard]] Result<SecretBytes> randomBytes(std::size_t n);

} // namespace sandi::crypto
