#pragma once
// AES-256-GCM (NIST SP 800-38D) through OpenSSL 3's EVP interface: the one AEAD of Sandi's backup
// format, and what Aegis, 2FAS and andOTP encrypt their exports with. 96-bit nonces and 128-bit
// tags only, the sizes all of those formats use.

#include "core/crypto/secretbytes.h"
#include "core/result.h"

#include <array>
#include <cstddef>
#include <span>
#include <vector>

namespace sandi::crypto::aead {

constexpr std::size_t kKeySize = 32;   // AES-256
constexpr std::size_t kNonceSize = 12; // SP 800-38D §8.2: 96-bit IVs
constexpr std::size_t kTagSize = 16;   // the full 128-bit tag, never truncated

using Nonce = std::array<std::byte, kNonceSize>;
using Tag = std::array<std::byte, kTagSize>;

// What seal() gives: the ciphertext (as long as the plaintext) and its tag, kept apart because the
// formats store them apart (Aegis) or together (2FAS, andOTP: ciphertext ‖ tag).
struct Sealed
{
    std::vector<std::byte> ciphertext;
    Tag tag{};
};

// Encrypts and authenticates `plaintext`, and authenticates `aad`, under `key` and `nonce`.
// A nonce must never be used twice with one key. Errors: CryptoFailure (a key or nonce of the wrong size, or OpenSSL
// failed).
[[nodiscard]] Result<Sealed> seal(std::span<const std::byte> key, std::span<const std::byte> nonce,
                                  std::span<const std::byte> plaintext, std::span<const std::byte> aad = {});

// Checks the tag and decrypts. Nothing of the plaintext is returned unless the tag matches.
// Errors: DecryptionFailed (wrong key, or any of nonce, ciphertext, tag or aad changed: one error,
// no detail), CryptoFailure (a key, nonce or tag of the wrong size, or OpenSSL failed).
[[nodiscard]] Result<SecretBytes> open(std::span<const std::byte> key, std::span<const std::byte> nonce,
                                       std::span<const std::byte> ciphertext, std::span<const std::byte> tag,
                                       std::span<const std::byte> aad = {});

// The same, for formats that append the tag to the ciphertext (Java's AES/GCM/NoPadding output).
// Errors: as open(); DecryptionFailed also when `sealed` is shorter than a tag.
[[nodiscard]] Result<SecretBytes> openCombined(std::span<const std::byte> key, std::span<const std::byte> nonce,
                                               std::span<const std::byte> sealed, std::span<const std::byte> aad = {});

} // namespace sandi::crypto::aead
