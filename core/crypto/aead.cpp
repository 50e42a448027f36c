#include "core/crypto/aead.h"

#include <openssl/evp.h>

#include <climits>
#include <memory>

namespace sandi::crypto::aead {

namespace {

struct CtxFree
{
    void operator()(EVP_CIPHER_CTX* ctx) const noexcept { EVP_CIPHER_CTX_free(ctx); }
};
using Ctx = std::unique_ptr<EVP_CIPHER_CTX, CtxFree>;

const unsigned char* uc(std::span<const std::byte> s)
{
    return reinterpret_cast<const unsigned char*>(s.data());
}
unsigned char* uc(std::span<std::byte> s)
{
    return reinterpret_cast<unsigned char*>(s.data());
}

bool fitsInt(std::size_t n)
{
    return n <= static_cast<std::size_t>(INT_MAX);
}

// Starts an AES-256-GCM context with `key` and a 96-bit `nonce` (GCM's default IV length).
Result<Ctx> start(bool encrypt, std::span<const std::byte> key, std::span<const std::byte> nonce)
{
    if (key.size() != kKeySize || nonce.size() != kNonceSize) {
        return fail(Errc::CryptoFailure, "AES-256-GCM needs a 32-byte key and a 12-byte nonce");
    }
    Ctx ctx(EVP_CIPHER_CTX_new());
    if (!ctx) {
        return fail(Errc::CryptoFailure, "EVP_CIPHER_CTX_new failed");
    }
    const int ok = encrypt ? EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, uc(key), uc(nonce))
                           : EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, uc(key), uc(nonce));
    if (ok != 1) {
        return fail(Errc::CryptoFailure, "AES-256-GCM initialisation failed");
    }
    return ctx;
}

} // namespace

Result<Sealed> seal(std::span<const std::byte> key, std::span<const std::byte> nonce,
                    std::span<const std::byte> plaintext, std::span<const std::byte> aad)
{
    if (!fitsInt(plaintext.size()) || !fitsInt(aad.size())) {
        return fail(Errc::CryptoFailure, "AES-256-GCM input over 2 GiB");
    }
    auto ctx = start(true, key, nonce);
    if (!ctx) {
        return tl::unexpected(ctx.error());
    }
    Sealed out;
    out.ciphertext.resize(plaintext.size());
    int len = 0;
    if (!aad.empty() && EVP_EncryptUpdate(ctx->get(), nullptr, &len, uc(aad), static_cast<int>(aad.size())) != 1) {
        return fail(Errc::CryptoFailure, "AES-256-GCM AAD failed");
    }
    if (!plaintext.empty() && EVP_EncryptUpdate(ctx->get(), uc(std::span(out.ciphertext)), &len, uc(plaintext),
                                                static_cast<int>(plaintext.size())) != 1) {
        return fail(Errc::CryptoFailure, "AES-256-GCM encryption failed");
    }
    int finalLen = 0;
    if (EVP_EncryptFinal_ex(ctx->get(), nullptr, &finalLen) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx->get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(kTagSize), out.tag.data()) != 1) {
        return fail(Errc::CryptoFailure, "AES-256-GCM finalisation failed");
    }
    return out;
}

Result<SecretBytes> open(std::span<const std::byte> key, std::span<const std::byte> nonce,
                         std::span<const std::byte> ciphertext, std::span<const std::byte> tag,
                         std::span<const std::byte> aad)
{
    if (tag.size() != kTagSize) {
        return fail(Errc::CryptoFailure, "AES-256-GCM needs a 16-byte tag");
    }
    if (!fitsInt(ciphertext.size()) || !fitsInt(aad.size())) {
        return fail(Errc::CryptoFailure, "AES-256-GCM input over 2 GiB");
    }
    auto ctx = start(false, key, nonce);
    if (!ctx) {
        return tl::unexpected(ctx.error());
    }
    SecretBytes plain = SecretBytes::zeroed(ciphertext.size());
    int len = 0;
    if (!aad.empty() && EVP_DecryptUpdate(ctx->get(), nullptr, &len, uc(aad), static_cast<int>(aad.size())) != 1) {
        return fail(Errc::CryptoFailure, "AES-256-GCM AAD failed");
    }
    if (!ciphertext.empty() && EVP_DecryptUpdate(ctx->get(), uc(plain.mutableView()), &len, uc(ciphertext),
                                                 static_cast<int>(ciphertext.size())) != 1) {
        return fail(Errc::CryptoFailure, "AES-256-GCM decryption failed");
    }
    // OpenSSL reads the expected tag through a non-const pointer but does not write it.
    if (EVP_CIPHER_CTX_ctrl(ctx->get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(kTagSize),
                            const_cast<std::byte*>(tag.data())) != 1) {
        return fail(Errc::CryptoFailure, "AES-256-GCM tag setup failed");
    }
    int finalLen = 0;
    if (EVP_DecryptFinal_ex(ctx->get(), nullptr, &finalLen) != 1) {
        // plain is wiped by its destructor: no unauthenticated byte leaves this function.
        return fail(Errc::DecryptionFailed);
    }
    return plain;
}

Result<SecretBytes> openCombined(std::span<const std::byte> key, std::span<const std::byte> nonce,
                                 std::span<const std::byte> sealed, std::span<const std::byte> aad)
{
    if (sealed.size() < kTagSize) {
        return fail(Errc::DecryptionFailed);
    }
    const std::size_t n = sealed.size() - kTagSize;
    return open(key, nonce, sealed.first(n), sealed.subspan(n), aad);
}

} // namespace sandi::crypto::aead
