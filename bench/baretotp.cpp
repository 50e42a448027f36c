// The deprecated HMAC_CTX API is one of the alternatives measured.
#define OPENSSL_SUPPRESS_DEPRECATED

#include "bench/baretotp.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/params.h>

#include <array>
#include <cstddef>

namespace sandi::bench {
namespace {

using otp::Algorithm;

constexpr std::uint32_t kModulus = 1'000'000; // 10^kDigits

const char* digestName(Algorithm algorithm)
{
    return otp::algorithmName(algorithm).data(); // "SHA1", "SHA256", "SHA512": NUL-terminated literals
}

const unsigned char* ucharsOf(std::string_view text)
{
    return reinterpret_cast<const unsigned char*>(text.data());
}

using Mac = std::array<unsigned char, EVP_MAX_MD_SIZE>;

// RFC 4226 §5.2: the counter is an 8-byte big-endian integer. unixTime >= 0 here, so / is floor.
std::array<unsigned char, 8> counterBytes(std::int64_t unixTime)
{
    auto counter = static_cast<std::uint64_t>(unixTime / kPeriod);
    std::array<unsigned char, 8> message{};
    for (std::size_t i = message.size(); i-- > 0;) {
        message[i] = static_cast<unsigned char>(counter & 0xFFU);
        counter >>= 8;
    }
    return message;
}

// RFC 4226 §5.3 dynamic truncation, reduced to kDigits decimal digits.
Code truncate(const Mac& mac, std::size_t size)
{
    const std::size_t offset = mac[size - 1] & 0x0FU;
    std::uint32_t value = (static_cast<std::uint32_t>(mac[offset] & 0x7FU) << 24) |
                          (static_cast<std::uint32_t>(mac[offset + 1]) << 16) |
                          (static_cast<std::uint32_t>(mac[offset + 2]) << 8) | mac[offset + 3];
    value %= kModulus;
    Code code{};
    for (std::size_t i = kDigits; i-- > 0;) {
        code[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    return code;
}

// A keyless HMAC context with its digest set.
Owned<EVP_MAC_CTX> makeHmacCtx(EVP_MAC* mac, Algorithm algorithm)
{
    Owned<EVP_MAC_CTX> ctx(EVP_MAC_CTX_new(mac));
    char* name = const_cast<char*>(digestName(algorithm)); // OSSL_PARAM only reads it
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, name, 0),
                                 OSSL_PARAM_construct_end()};
    if (!ctx || EVP_MAC_CTX_set_params(ctx.get(), params) != 1) {
        return nullptr;
    }
    return ctx;
}

bool macInto(EVP_MAC_CTX* ctx, std::string_view key, std::int64_t unixTime, Code& code)
{
    const auto message = counterBytes(unixTime);
    Mac mac{};
    std::size_t size = 0;
    if (EVP_MAC_init(ctx, ucharsOf(key), key.size(), nullptr) != 1 ||
        EVP_MAC_update(ctx, message.data(), message.size()) != 1 ||
        EVP_MAC_final(ctx, mac.data(), &size, mac.size()) != 1) {
        return false;
    }
    code = truncate(mac, size);
    return true;
}

// "bare": one EVP_MAC_CTX made once and re-keyed with EVP_MAC_init for every code.
bool evpMacReinit(OpenSsl& o, std::string_view key, std::int64_t unixTime, Code& code)
{
    return macInto(o.macCtx.get(), key, unixTime, code);
}

// A keyless template duplicated per code and freed after it (core/crypto/hmac.cpp's way).
bool evpMacDup(OpenSsl& o, std::string_view key, std::int64_t unixTime, Code& code)
{
    const Owned<EVP_MAC_CTX> ctx(EVP_MAC_CTX_dup(o.macCtx.get()));
    return ctx && macInto(ctx.get(), key, unixTime, code);
}

// Like bare, then re-keyed with an empty key so that no keyed state outlives the code.
bool evpMacReinitWipe(OpenSsl& o, std::string_view key, std::int64_t unixTime, Code& code)
{
    static const unsigned char kEmpty = 0;
    return macInto(o.macCtx.get(), key, unixTime, code) && EVP_MAC_init(o.macCtx.get(), &kEmpty, 0, nullptr) == 1;
}

// A new context per code from the pre-fetched EVP_MAC.
bool evpMacNew(OpenSsl& o, std::string_view key, std::int64_t unixTime, Code& code)
{
    const Owned<EVP_MAC_CTX> ctx = makeHmacCtx(o.mac.get(), o.algorithm);
    return ctx && macInto(ctx.get(), key, unixTime, code);
}

// The one-shot HMAC(); in OpenSSL 3 it goes through EVP_Q_mac, which fetches HMAC on every call.
bool hmacOneShot(OpenSsl& o, std::string_view key, std::int64_t unixTime, Code& code)
{
    const auto message = counterBytes(unixTime);
    Mac mac{};
    unsigned int size = 0;
    if (HMAC(o.md.get(), key.data(), static_cast<int>(key.size()), message.data(), message.size(), mac.data(), &size) ==
        nullptr) {
        return false;
    }
    code = truncate(mac, size);
    return true;
}

// HMAC_CTX, deprecated since OpenSSL 3.0 (the HMAC provider wraps it): re-keyed per code.
bool hmacCtxDeprecated(OpenSsl& o, std::string_view key, std::int64_t unixTime, Code& code)
{
    const auto message = counterBytes(unixTime);
    Mac mac{};
    unsigned int size = 0;
    if (HMAC_Init_ex(o.hmacCtx.get(), key.data(), static_cast<int>(key.size()), o.md.get(), nullptr) != 1 ||
        HMAC_Update(o.hmacCtx.get(), message.data(), message.size()) != 1 ||
        HMAC_Final(o.hmacCtx.get(), mac.data(), &size) != 1) {
        return false;
    }
    code = truncate(mac, size);
    return true;
}

// Not OpenSSL's HMAC: RFC 2104 written out over one reused EVP_MD_CTX, to show what the hash alone
// costs through EVP. The RFC seeds fit one block, so the long-key step (hash the key first) is left out.
bool rfc2104OverEvpMd(OpenSsl& o, std::string_view key, std::int64_t unixTime, Code& code)
{
    const auto block = static_cast<std::size_t>(EVP_MD_get_block_size(o.md.get()));
    std::array<unsigned char, 128> pad{}; // the largest block, SHA-512's
    if (key.size() > block || block > pad.size()) {
        return false;
    }
    const auto message = counterBytes(unixTime);
    Mac inner{};
    Mac mac{};
    unsigned int size = 0;
    for (std::size_t i = 0; i < block; ++i) {
        pad[i] = static_cast<unsigned char>((i < key.size() ? ucharsOf(key)[i] : 0U) ^ 0x36U); // ipad
    }
    bool ok = EVP_DigestInit_ex2(o.mdCtx.get(), o.md.get(), nullptr) == 1 &&
              EVP_DigestUpdate(o.mdCtx.get(), pad.data(), block) == 1 &&
              EVP_DigestUpdate(o.mdCtx.get(), message.data(), message.size()) == 1 &&
              EVP_DigestFinal_ex(o.mdCtx.get(), inner.data(), &size) == 1;
    for (std::size_t i = 0; i < block; ++i) {
        pad[i] ^= 0x36U ^ 0x5CU; // ipad to opad
    }
    ok = ok && EVP_DigestInit_ex2(o.mdCtx.get(), o.md.get(), nullptr) == 1 &&
         EVP_DigestUpdate(o.mdCtx.get(), pad.data(), block) == 1 &&
         EVP_DigestUpdate(o.mdCtx.get(), inner.data(), size) == 1 &&
         EVP_DigestFinal_ex(o.mdCtx.get(), mac.data(), &size) == 1;
    OPENSSL_cleanse(pad.data(), pad.size());
    if (ok) {
        code = truncate(mac, size);
    }
    return ok;
}

// "bare" is the fastest way through OpenSSL 3's supported HMAC API (docs/performance.md).
constexpr std::array kWays = {
    NamedWay{"bare", evpMacReinit},
    NamedWay{"alt-evpmac-dup", evpMacDup},
    NamedWay{"alt-evpmac-reinit-wipe", evpMacReinitWipe},
    NamedWay{"alt-evpmac-new", evpMacNew},
    NamedWay{"alt-hmac-oneshot", hmacOneShot},
    NamedWay{"alt-hmacctx-deprecated", hmacCtxDeprecated},
    NamedWay{"alt-rfc2104-over-evpmd", rfc2104OverEvpMd},
};

} // namespace

void OsslFree::operator()(EVP_MAC* p) const noexcept
{
    EVP_MAC_free(p);
}
void OsslFree::operator()(EVP_MAC_CTX* p) const noexcept
{
    EVP_MAC_CTX_free(p);
}
void OsslFree::operator()(EVP_MD* p) const noexcept
{
    EVP_MD_free(p);
}
void OsslFree::operator()(EVP_MD_CTX* p) const noexcept
{
    EVP_MD_CTX_free(p);
}
void OsslFree::operator()(HMAC_CTX* p) const noexcept
{
    HMAC_CTX_free(p);
}

OpenSsl::OpenSsl(Algorithm a)
    : algorithm(a), mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr)), md(EVP_MD_fetch(nullptr, digestName(a), nullptr)),
      macCtx(mac ? makeHmacCtx(mac.get(), a) : nullptr), mdCtx(EVP_MD_CTX_new()), hmacCtx(HMAC_CTX_new())
{}

std::span<const NamedWay> bareWays()
{
    return kWays;
}

} // namespace sandi::bench
