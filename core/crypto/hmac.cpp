#include "core/crypto/hmac.h"

#include "core/crypto/secretbytes.h"

#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>

namespace sandi::crypto {

namespace {

// HMAC is written out over OpenSSL's digests (RFC 2104 §2) instead of going through EVP_MAC.
// Why: an OTP code is the HMAC of one 8-byte counter, so the cost is dominated by setting up a
// keyed context, not by hashing. EVP_MAC needs a context allocated and freed per code (slow), or a
// context kept between codes, which holds the last key's keyed state (and a copy of the key)
// until it is re-keyed: key material lingering where SecretBytes cannot wipe it. Over EVP_MD, one
// reusable digest context per thread holds only a hash state; the padded key blocks live on the
// stack and are wiped before return. docs/performance.md has the measurements; tst_hmac checks
// this against the RFC 2202/4231 vectors and against EVP_MAC itself.

constexpr std::size_t kMaxBlockSize = 128; // SHA-512
constexpr unsigned char kInnerPad = 0x36;  // RFC 2104 §2
constexpr unsigned char kOuterPad = 0x5c;

struct MdFree
{
    void operator()(EVP_MD* md) const noexcept { EVP_MD_free(md); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX* ctx) const noexcept { EVP_MD_CTX_free(ctx); }
};

// Fetched once: fetching by name costs more than hashing a counter.
const EVP_MD* digestFor(HashAlgorithm algorithm)
{
    static const std::unique_ptr<EVP_MD, MdFree> sha1(EVP_MD_fetch(nullptr, "SHA1", nullptr));
    static const std::unique_ptr<EVP_MD, MdFree> sha256(EVP_MD_fetch(nullptr, "SHA256", nullptr));
    static const std::unique_ptr<EVP_MD, MdFree> sha512(EVP_MD_fetch(nullptr, "SHA512", nullptr));
    switch (algorithm) {
    case HashAlgorithm::Sha1:
        return sha1.get();
    case HashAlgorithm::Sha256:
        return sha256.get();
    case HashAlgorithm::Sha512:
        return sha512.get();
    }
    return nullptr;
}

// One digest context per thread, reused: after a final it holds only the last digest's state.
EVP_MD_CTX* threadContext()
{
    thread_local const std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    return ctx.get();
}

const unsigned char* bytes(std::span<const std::byte> data)
{
    static const unsigned char kEmpty = 0;
    return data.empty() ? &kEmpty : reinterpret_cast<const unsigned char*>(data.data());
}

// H(pad || message) into `out`.
bool hashPadded(EVP_MD_CTX* ctx, const EVP_MD* md, std::span<const unsigned char> pad,
                std::span<const std::byte> message, unsigned char* out, unsigned int* outSize)
{
    return EVP_DigestInit_ex2(ctx, md, nullptr) == 1 && EVP_DigestUpdate(ctx, pad.data(), pad.size()) == 1 &&
           EVP_DigestUpdate(ctx, bytes(message), message.size()) == 1 && EVP_DigestFinal_ex(ctx, out, outSize) == 1;
}

// Fills `block` (blockSize bytes) with K0: the key, or its hash when longer than a block, zero-padded.
bool paddedKey(EVP_MD_CTX* ctx, const EVP_MD* md, std::span<const std::byte> key, std::span<unsigned char> block)
{
    std::fill(block.begin(), block.end(), static_cast<unsigned char>(0));
    if (key.size() > block.size()) {
        unsigned int size = 0;
        return EVP_DigestInit_ex2(ctx, md, nullptr) == 1 && EVP_DigestUpdate(ctx, bytes(key), key.size()) == 1 &&
               EVP_DigestFinal_ex(ctx, block.data(), &size) == 1;
    }
    if (!key.empty()) {
        std::memcpy(block.data(), key.data(), key.size());
    }
    return true;
}

void xorAll(std::span<unsigned char> block, unsigned char value) noexcept
{
    for (auto& b : block) {
        b ^= value;
    }
}

} // namespace

Result<Digest> hmac(HashAlgorithm algorithm, std::span<const std::byte> key, std::span<const std::byte> message)
{
    const EVP_MD* md = digestFor(algorithm);
    EVP_MD_CTX* ctx = threadContext();
    if (md == nullptr || ctx == nullptr) {
        return fail(Errc::CryptoFailure, "digest unavailable");
    }
    const auto blockSize = static_cast<std::size_t>(EVP_MD_get_block_size(md));
    const auto digestSize = static_cast<std::size_t>(EVP_MD_get_size(md));
    if (blockSize == 0 || blockSize > kMaxBlockSize || digestSize == 0 || digestSize > kMaxDigestSize) {
        return fail(Errc::CryptoFailure, "unexpected digest sizes");
    }

    std::array<unsigned char, kMaxBlockSize> storage{};
    const std::span<unsigned char> block(storage.data(), blockSize);
    std::array<unsigned char, kMaxDigestSize> inner{};
    Digest digest;
    unsigned int innerSize = 0;
    unsigned int outerSize = 0;
    // HMAC(K, m) = H((K0 ^ opad) || H((K0 ^ ipad) || m))   (RFC 2104 §2)
    bool ok = paddedKey(ctx, md, key, block);
    if (ok) {
        xorAll(block, kInnerPad);
        ok = hashPadded(ctx, md, block, message, inner.data(), &innerSize);
    }
    if (ok) {
        xorAll(block, kInnerPad ^ kOuterPad);
        const auto innerBytes = std::as_bytes(std::span(inner.data(), innerSize));
        ok = hashPadded(ctx, md, block, innerBytes, reinterpret_cast<unsigned char*>(digest.bytes.data()), &outerSize);
    }
    secureWipe(std::as_writable_bytes(std::span(storage)));
    secureWipe(std::as_writable_bytes(std::span(inner)));
    if (!ok) {
        return fail(Errc::CryptoFailure, "digest computation failed");
    }
    digest.size = outerSize;
    return digest;
}

} // namespace sandi::crypto
