#include "core/crypto/secretbytes.h"

#include <openssl/crypto.h>

#include <ostream>
#include <string>

namespace sandi {

SecretBytes::SecretBytes(std::span<const std::byte> bytes) : m_bytes(bytes.begin(), bytes.end()) {}

SecretBytes SecretBytes::zeroed(std::size_t size)
{
    SecretBytes secret;
    secret.m_bytes.resize(size);
    return secret;
}

SecretBytes::~SecretBytes()
{
    clear();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept : m_bytes(std::move(other.m_bytes))
{
    // A moved-from vector is empty in practice; wipe whatever it may still hold.
    other.clear();
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
        other.clear();
    }
    return *this;
}

SecretBytes SecretBytes::clone() const
{
    return SecretBytes(view());
}

void SecretBytes::clear() noexcept
{
    // Wipe the whole allocation, not only size(): earlier, longer contents may linger past it.
    m_bytes.resize(m_bytes.capacity());
    secureWipe(mutableView());
    m_bytes.clear();
    m_bytes.shrink_to_fit();
}

bool constantTimeEquals(std::span<const std::byte> a, std::span<const std::byte> b) noexcept
{
    if (a.size() != b.size()) {
        return false;
    }
    return a.empty() || CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

void secureWipe(std::span<std::byte> bytes) noexcept
{
    if (!bytes.empty()) {
        OPENSSL_cleanse(bytes.data(), bytes.size());
    }
}

void secureWipe(std::string& text) noexcept
{
    // Include the small-string buffer or the heap block beyond size().
    text.resize(text.capacity());
    if (!text.empty()) {
        OPENSSL_cleanse(text.data(), text.size());
    }
    text.clear();
}

std::ostream& operator<<(std::ostream& out, const SecretBytes& secret)
{
    return out << "<secret " << secret.size() << " bytes>";
}

} // namespace sandi
