#include "core/crypto/hmac.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <memory>

namespace sandi::crypto {

namespace {

struct MacCtxFree
{
    void operator()(EVP_MAC_CTX* ctx) const noexcept { EVP_MAC_CTX_free(ctx); }
};
using MacCtx = std::unique_ptr<EVP_MAC_CTX, MacCtxFree>;

const char* digestName(HashAlgorithm algorithm) noexcept
{
    switch (algorithm) {
    case HashAlgorithm::Sha1:
        return "SHA1";
    case HashAlgorithm::Sha256:
        return "SHA256";
    case HashAlgorithm::Sha512:
        return "SHA512";
    }
    return nullptr;
}

// One keyless HMAC context per digest, made once. Fetching the MAC and the digest by name costs
// more than the HMAC of a counter itself, so each call duplicates a template instead.
MacCtx makeTemplate(HashAlgorithm algorithm)
{
    EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    if (mac == nullptr) {
        return nullptr;
    }
    MacCtx ctx(EVP_MAC_CTX_new(mac));
    EVP_MAC_free(mac); // the context keeps its own reference
    if (!ctx) {
        return nullptr;
    }
    // OSSL_PARAM wants a non-const char*, but only reads the name.
    char* name = const_cast<char*>(digestName(algorithm));
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, name, 0),
                                 OSSL_PARAM_construct_end()};
    if (EVP_MAC_CTX_set_params(ctx.get(), params) != 1) {
        return nullptr;
    }
    return ctx;
}

const EVP_MAC_CTX* templateFor(HashAlgorithm algorithm)
{
    static const MacCtx sha1 = makeTemplate(HashAlgorithm::Sha1);
    static const MacCtx sha256 = makeTemplate(HashAlgorithm::Sha256);
    static const MacCtx sha512 = makeTemplate(HashAlgorithm::Sha512);
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

} // namespace

Result<Digest> hmac(HashAlgorithm algorithm, std::span<const std::byte> key, std::span<const std::byte> message)
{
    const EVP_MAC_CTX* tmpl = templateFor(algorithm);
    if (tmpl == nullptr) {
        return fail(Errc::CryptoFailure, "HMAC template unavailable");
    }
    // EVP_MAC_CTX_dup takes a non-const pointer but does not modify the source.
    MacCtx ctx(EVP_MAC_CTX_dup(const_cast<EVP_MAC_CTX*>(tmpl)));
    if (!ctx) {
        return fail(Errc::CryptoFailure, "EVP_MAC_CTX_dup failed");
    }
    // An empty key is valid HMAC input (RFC 2104 pads it with zeros); OpenSSL wants a non-null pointer.
    static const unsigned char kEmpty = 0;
    const auto* keyData = key.empty() ? &kEmpty : reinterpret_cast<const unsigned char*>(key.data());
    Digest digest;
    if (EVP_MAC_init(ctx.get(), keyData, key.size(), nullptr) != 1 ||
        EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char*>(message.data()), message.size()) != 1 ||
        EVP_MAC_final(ctx.get(), reinterpret_cast<unsigned char*>(digest.bytes.data()), &digest.size,
                      digest.bytes.size()) != 1) {
        return fail(Errc::CryptoFailure, "HMAC computation failed");
    }
    return digest; // freeing ctx cleanses its keyed state
}

} // namespace sandi::crypto
