#include "core/crypto/sha256.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <climits>

namespace sandi::crypto {

Result<Sha256Digest> sha256(std::span<const std::byte> data)
{
    Sha256Digest out{};
    unsigned int size = 0;
    static const unsigned char kEmpty = 0;
    const void* input = data.empty() ? static_cast<const void*>(&kEmpty) : static_cast<const void*>(data.data());
    if (EVP_Digest(input, data.size(), reinterpret_cast<unsigned char*>(out.data()), &size, EVP_sha256(), nullptr) !=
            1 ||
        size != kSha256Size) {
        return fail(Errc::CryptoFailure, "SHA-256 failed");
    }
    return out;
}

Result<void> randomBytes(std::span<std::byte> out)
{
    if (out.size() > static_cast<std::size_t>(INT_MAX)) {
        return fail(Errc::CryptoFailure, "too many random bytes requested");
    }
    if (!out.empty() && RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(out.size())) != 1) {
        return fail(Errc::CryptoFailure, "RAND_bytes failed");
    }
    return {};
}

} // namespace sandi::crypto
