#pragma once
// TOTP written directly against OpenSSL 3 for bench_totp: the "bare" contender, the fastest way through
// OpenSSL 3's supported HMAC API, and the alternatives measured next to it to show that it is.

#include "core/otp/otp.h"

#include <openssl/types.h>

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>

namespace sandi::bench {

inline constexpr std::int64_t kPeriod = 30;
inline constexpr int kDigits = 6;

using Code = std::array<char, kDigits + 1>; // the digits and a terminating NUL, like liboath's output

// Defined in baretotp.cpp, which alone may use the deprecated HMAC_CTX API.
struct OsslFree
{
    void operator()(EVP_MAC* p) const noexcept;
    void operator()(EVP_MAC_CTX* p) const noexcept;
    void operator()(EVP_MD* p) const noexcept;
    void operator()(EVP_MD_CTX* p) const noexcept;
    void operator()(HMAC_CTX* p) const noexcept;
};
template <class T> using Owned = std::unique_ptr<T, OsslFree>;

// What a way may set up once, outside the timed loop: fetched algorithms and reusable contexts.
struct OpenSsl
{
    explicit OpenSsl(otp::Algorithm a);
    [[nodiscard]] bool ready() const { return md && macCtx && mdCtx && hmacCtx; }

    otp::Algorithm algorithm;
    Owned<EVP_MAC> mac;
    Owned<EVP_MD> md;
    Owned<EVP_MAC_CTX> macCtx; // digest set; keyed after the first code (EVP_MAC_CTX_free cleanses it)
    Owned<EVP_MD_CTX> mdCtx;
    Owned<HMAC_CTX> hmacCtx;
};

// One TOTP code (6 digits, 30 s, T0 = 0) at unixTime >= 0; false if OpenSSL fails.
using Way = bool (*)(OpenSsl&, std::string_view key, std::int64_t unixTime, Code&);

struct NamedWay
{
    const char* name;
    Way way;
};

// "bare" first, then the alternatives.
[[nodiscard]] std::span<const NamedWay> bareWays();

} // namespace sandi::bench
