#pragma once
// Shared by the approval fuzz targets: one fixed P-256 key (DER PKCS#8, base64url; the device key
// of tests/core/approvaltestkeys.h, which protects nothing) and a helper that signs fuzz input as a
// JWS payload, so the payload readers behind a signature check are reached too.

#include "core/approval/jws.h"
#include "core/crypto/ecdsa.h"
#include "core/encoding/base64.h"

#include <cstdlib>
#include <string>
#include <string_view>

namespace sandi::fuzz {

inline const crypto::EcPrivateKey& fuzzKey()
{
    static const crypto::EcPrivateKey key = [] {
        auto der = base64::decodeUrl(
            "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgvyIqYDICR9E3DJaRvbqHhc1P8U78Sl9NamTDJ-pw4wmhRANCAAStHa3Mjw"
            "bAE0zetexhma20sSGpkKfkFkgvITOPqv6K0LT9JVP7wjyOrdwkEZQy3TKO-BjmZZCqbSLVy8wxh3cC");
        auto k = der ? crypto::EcPrivateKey::fromPkcs8(der->view()) : tl::unexpected(der.error());
        if (!k) {
            std::abort();
        }
        return std::move(*k);
    }();
    return key;
}

// `payload` signed with fuzzKey(), or "" if it is too large to sign.
inline std::string signed_(std::string_view payload)
{
    auto jws = approval::signJws(fuzzKey(), payload);
    return jws ? *jws : std::string();
}

} // namespace sandi::fuzz
