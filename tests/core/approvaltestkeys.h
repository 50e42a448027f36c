#pragma once
// Fixed P-256 keys for the approval tests and the examples in docs/approval-protocol.md. Made for
// the tests with `openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256` and
// `openssl pkcs8 -topk8 -nocrypt`: DER PKCS#8, base64url. They protect nothing.

#include "core/crypto/ecdsa.h"
#include "core/encoding/base64.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace sandi::testkeys {

inline constexpr std::string_view kAcceptor =
    "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgckeI5Jsglrx8UT_qsxbqIRduOW2WrxlRK_DCLiw2H5ihRANCAATo3-8db0D-"
    "TYqb2jHjflrtNVq1g4XyncJN6XINUT6EVorUBiOh0u7qoqVD3H2KAETwZLNGsaj_VOOR5i9bvj5m";
inline constexpr std::string_view kDevice =
    "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgvyIqYDICR9E3DJaRvbqHhc1P8U78Sl9NamTDJ-pw4wmhRANCAAStHa3MjwbAE0ze"
    "texhma20sSGpkKfkFkgvITOPqv6K0LT9JVP7wjyOrdwkEZQy3TKO-BjmZZCqbSLVy8wxh3cC";
inline constexpr std::string_view kOther =
    "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgBg7vuL-tTTF_KxOVh6D7D9uP2XEx7mo-hJmSlqNG7KahRANCAARUCv9l9b7_"
    "ASz88rA4eYje6bDMiFY9Z84_1HrWFLh4hrsRHZqO_c5RD1q5wchQNvlgwGUKG0WAm7fDwYrHLJva";

inline crypto::EcPrivateKey load(std::string_view pkcs8)
{
    auto der = base64::decodeUrl(pkcs8);
    EXPECT_TRUE(der);
    auto key = crypto::EcPrivateKey::fromPkcs8(der->view());
    EXPECT_TRUE(key) << (key ? "" : key.error().detail);
    return std::move(*key);
}

inline std::string b64(std::string_view text)
{
    return base64::encodeUrl(std::as_bytes(std::span(text.data(), text.size())));
}

// A compact JWS with any header, for the tests of what must be refused (signJws writes only ES256).
inline std::string craft(const crypto::EcPrivateKey& key, std::string_view header, std::string_view payload)
{
    std::string input = b64(header) + "." + b64(payload);
    auto sig = key.sign(std::as_bytes(std::span(input.data(), input.size())));
    EXPECT_TRUE(sig);
    return input + "." + base64::encodeUrl(*sig);
}

// `compact` with the character at `index` replaced by another base64url character (still decodable).
inline std::string flip(std::string compact, std::size_t index)
{
    compact[index] = compact[index] == 'A' ? 'B' : 'A';
    return compact;
}

} // namespace sandi::testkeys
