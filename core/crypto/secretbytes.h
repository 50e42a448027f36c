#pragma once
// SecretBytes owns key material: move-only, wiped with OPENSSL_cleanse when destroyed or moved
// from, never compared with ==, never converted to text. Debug output shows only its length.

#include <cstddef>
#include <iosfwd>
#include <span>
#include <vector>

namespace sandi {

class SecretBytes
{
public:
    SecretBytes() = default;
    // Takes a copy of `bytes`; the caller wipes its own copy.
    explicit SecretBytes(std::span<const std::byte> bytes);
    // Zero-filled secret of `size` bytes, to be written through mutableView().
    [[nodiscard]] static SecretBytes zeroed(std::size_t size);
    ~SecretBytes();

    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;

    // An explicit, visible copy, for the rare place that needs two owners.
    [[nodiscard]] SecretBytes clone() const;

    [[nodiscard]] std::span<const std::byte> view() const noexcept { return {m_bytes.data(), m_bytes.size()}; }
    [[nodiscard]] std::span<std::byte> mutableView() noexcept { return {m_bytes.data(), m_bytes.size()}; }
    [[nodiscard]] std::size_t size() const noexcept { return m_bytes.size(); }
    [[nodiscard]] bool empty() const noexcept { return m_bytes.empty(); }

    // Wipes and empties.
    void clear() noexcept;

private:
    std::vector<std::byte> m_bytes;
};

// Constant-time comparison (CRYPTO_memcmp); false when the sizes differ.
[[nodiscard]] bool constantTimeEquals(std::span<const std::byte> a, std::span<const std::byte> b) noexcept;

// Wipes any buffer that held secret material.
void secureWipe(std::span<std::byte> bytes) noexcept;
void secureWipe(std::string& text) noexcept;

// Prints "<secret N bytes>", never the bytes.
std::ostream& operator<<(std::ostream& out, const SecretBytes& secret);

} // namespace sandi
