#include "core/crypto/kdf.h"

#include "core/crypto/sha256.h"
#include "core/encoding/base64.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <charconv>
#include <climits>
#include <memory>
#include <vector>

namespace sandi::crypto {

namespace {

struct KdfFree
{
    void operator()(EVP_KDF* kdf) const noexcept { EVP_KDF_free(kdf); }
};
struct KdfCtxFree
{
    void operator()(EVP_KDF_CTX* ctx) const noexcept { EVP_KDF_CTX_free(ctx); }
};

constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kHashBytes = 32;
constexpr std::size_t kMaxLength = 1024;

Result<void> checkParams(const ScryptParams& params)
{
    const auto n = params.n;
    if (n < 2 || (n & (n - 1)) != 0) {
        return fail(Errc::InvalidKdfParams, "scrypt N must be a power of two greater than 1");
    }
    if (n > (std::uint64_t{1} << 22) || params.r == 0 || params.r > 32 || params.p == 0 || params.p > 16) {
        return fail(Errc::InvalidKdfParams, "scrypt parameters out of the accepted range");
    }
    if (128 * n * params.r * params.p > kScryptMaxMemory) {
        return fail(Errc::InvalidKdfParams, "scrypt parameters need more than 1 GiB of memory");
    }
    return {};
}

} // namespace

Result<SecretBytes> scrypt(std::span<const std::byte> password, std::span<const std::byte> salt,
                           const ScryptParams& params, std::size_t length)
{
    if (auto ok = checkParams(params); !ok) {
        return tl::unexpected(ok.error());
    }
    if (length == 0 || length > kMaxLength) {
        return fail(Errc::InvalidKdfParams, "scrypt output length must be 1 to 1024 bytes");
    }
    const std::unique_ptr<EVP_KDF, KdfFree> kdf(EVP_KDF_fetch(nullptr, OSSL_KDF_NAME_SCRYPT, nullptr));
    if (!kdf) {
        return fail(Errc::CryptoFailure, "OpenSSL has no SCRYPT KDF");
    }
    const std::unique_ptr<EVP_KDF_CTX, KdfCtxFree> ctx(EVP_KDF_CTX_new(kdf.get()));
    if (!ctx) {
        return fail(Errc::CryptoFailure, "EVP_KDF_CTX_new failed");
    }
    std::uint64_t n = params.n;
    std::uint32_t r = params.r;
    std::uint32_t p = params.p;
    // OpenSSL's default cap is 32 MiB; ours (checkParams) is what bounds the memory.
    std::uint64_t maxmem = kScryptMaxMemory + (std::uint64_t{1} << 20);
    // OpenSSL takes non-const pointers but does not write through them.
    auto* pw = const_cast<std::byte*>(password.data());
    auto* s = const_cast<std::byte*>(salt.data());
    const OSSL_PARAM ossl[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, pw, password.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, s, salt.size()),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxmem),
        OSSL_PARAM_construct_end(),
    };
    SecretBytes out = SecretBytes::zeroed(length);
    if (EVP_KDF_derive(ctx.get(), reinterpret_cast<unsigned char*>(out.mutableView().data()), length, ossl) != 1) {
        return fail(Errc::CryptoFailure, "scrypt derivation failed (out of memory?)");
    }
    return out;
}

Result<SecretBytes> pbkdf2(HashAlgorithm algorithm, std::span<const std::byte> password,
                           std::span<const std::byte> salt, std::uint32_t iterations, std::size_t length)
{
    if (iterations == 0 || iterations > kPbkdf2MaxIterations) {
        return fail(Errc::InvalidKdfParams, "PBKDF2 iterations must be 1 to 10,000,000");
    }
    if (length == 0 || length > kMaxLength) {
        return fail(Errc::InvalidKdfParams, "PBKDF2 output length must be 1 to 1024 bytes");
    }
    if (password.size() > INT_MAX || salt.size() > INT_MAX) {
        return fail(Errc::InvalidKdfParams, "PBKDF2 password or salt over 2 GiB");
    }
    const EVP_MD* md = algorithm == HashAlgorithm::Sha1     ? EVP_sha1()
                       : algorithm == HashAlgorithm::Sha256 ? EVP_sha256()
                                                            : EVP_sha512();
    SecretBytes out = SecretBytes::zeroed(length);
    // An empty password or salt is legal (RFC 8018); OpenSSL wants a non-null pointer for both.
    static const unsigned char kEmpty = 0;
    const auto* pw = password.empty() ? &kEmpty : reinterpret_cast<const unsigned char*>(password.data());
    const auto* s = salt.empty() ? &kEmpty : reinterpret_cast<const unsigned char*>(salt.data());
    if (PKCS5_PBKDF2_HMAC(reinterpret_cast<const char*>(pw), static_cast<int>(password.size()), s,
                          static_cast<int>(salt.size()), static_cast<int>(iterations), md, static_cast<int>(length),
                          reinterpret_cast<unsigned char*>(out.mutableView().data())) != 1) {
        return fail(Errc::CryptoFailure, "PBKDF2 derivation failed");
    }
    return out;
}

Result<SecretBytes> randomBytes(std::size_t n)
{
    SecretBytes out = SecretBytes::zeroed(n);
    if (auto ok = randomBytes(out.mutableView()); !ok) {
        return tl::unexpected(ok.error());
    }
    return out;
}

namespace {

int log2Exact(std::uint64_t n)
{
    int l = 0;
    while (n > 1) {
        n >>= 1;
        ++l;
    }
    return l;
}

std::span<const std::byte> bytesOf(std::string_view text)
{
    return std::as_bytes(std::span(text.data(), text.size()));
}

template <class T> bool parseNumber(std::string_view text, T& out)
{
    if (text.empty() || text.size() > 10) {
        return false;
    }
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc{} && end == text.data() + text.size();
}

} // namespace

Result<std::string> hashPassword(std::string_view password, const ScryptParams& params)
{
    auto salt = randomBytes(kSaltBytes);
    if (!salt) {
        return tl::unexpected(salt.error());
    }
    auto hash = scrypt(bytesOf(password), salt->view(), params, kHashBytes);
    if (!hash) {
        return tl::unexpected(hash.error());
    }
    return "$scrypt$ln=" + std::to_string(log2Exact(params.n)) + ",r=" + std::to_string(params.r) +
           ",p=" + std::to_string(params.p) + "$" + base64::encode(salt->view(), base64::Alphabet::Standard, false) +
           "$" + base64::encode(hash->view(), base64::Alphabet::Standard, false);
}

Result<bool> verifyPassword(std::string_view password, std::string_view encoded)
{
    // $scrypt$ln=15,r=8,p=1$salt$hash
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (start <= encoded.size() && parts.size() < 6) {
        const auto end = encoded.find('$', start);
        parts.push_back(encoded.substr(start, end == std::string_view::npos ? encoded.size() - start : end - start));
        if (end == std::string_view::npos) {
            break;
        }
        start = end + 1;
    }
    if (parts.size() != 5 || !parts[0].empty() || parts[1] != "scrypt") {
        return fail(Errc::InvalidPasswordHash, "not a $scrypt$ password hash");
    }
    const std::string_view p = parts[2];
    const auto c1 = p.find(','), c2 = p.rfind(',');
    if (!p.starts_with("ln=") || c1 == std::string_view::npos || c2 == c1 || p.substr(c1, 3) != ",r=" ||
        p.substr(c2, 3) != ",p=") {
        return fail(Errc::InvalidPasswordHash, "the parameters are not ln=,r=,p=");
    }
    unsigned ln = 0;
    ScryptParams params;
    if (!parseNumber(p.substr(3, c1 - 3), ln) || !parseNumber(p.substr(c1 + 3, c2 - c1 - 3), params.r) ||
        !parseNumber(p.substr(c2 + 3), params.p) || ln < 1 || ln > 22) {
        return fail(Errc::InvalidPasswordHash, "the parameters are not numbers in range");
    }
    params.n = std::uint64_t{1} << ln;
    if (auto ok = checkParams(params); !ok) {
        return fail(Errc::InvalidPasswordHash, ok.error().detail);
    }
    auto salt = base64::decode(parts[3]);
    auto expected = base64::decode(parts[4]);
    if (!salt || !expected || salt->empty() || expected->size() != kHashBytes) {
        return fail(Errc::InvalidPasswordHash, "the salt or hash is not Base64 of the right length");
    }
    auto actual = scrypt(bytesOf(password), salt->view(), params, expected->size());
    if (!actual) {
        return tl::unexpected(actual.error());
    }
    return constantTimeEquals(actual->view(), expected->view());
}

} // namespace sandi::crypto
