#include "core/approval/keys.h"

#include "core/encoding/base64.h"

#include <algorithm>

namespace sandi::approval {

namespace {

Result<SecretBytes> coordinate(const json::Value& jwk, std::string_view name)
{
    const auto text = json::string(jwk, name);
    if (!text) {
        return fail(Errc::InvalidKey, "the JWK has no " + std::string(name));
    }
    auto bytes = base64::decodeUrl(*text);
    if (!bytes || bytes->size() != crypto::kCoordinateSize) {
        return fail(Errc::InvalidKey, "the JWK's " + std::string(name) + " is not 32 bytes of base64url");
    }
    return bytes;
}

bool allowedMember(const std::string& name, const json::Value& value)
{
    if (name == "kty" || name == "crv" || name == "x" || name == "y" || name == "kid" || name == "use" ||
        name == "key_ops") {
        return true;
    }
    return name == "alg" && value.is_string() && value.get_ref<const std::string&>() == "ES256";
}

} // namespace

json::Value toJwk(const crypto::EcPublicKey& key)
{
    json::Value jwk = json::Value::object();
    jwk["crv"] = "P-256";
    jwk["kty"] = "EC";
    jwk["x"] = base64::encodeUrl(key.x());
    jwk["y"] = base64::encodeUrl(key.y());
    return jwk;
}

Result<crypto::EcPublicKey> fromJwk(const json::Value& jwk)
{
    if (!jwk.is_object() || json::string(jwk, "kty") != "EC" || json::string(jwk, "crv") != "P-256") {
        return fail(Errc::InvalidKey, "not an EC P-256 JWK");
    }
    for (const auto& [name, value] : jwk.items()) {
        if (!allowedMember(name, value)) {
            return fail(Errc::InvalidKey, "JWK member " + name.substr(0, 32) + " is not accepted");
        }
    }
    const auto x = coordinate(jwk, "x");
    if (!x) {
        return tl::unexpected(x.error());
    }
    const auto y = coordinate(jwk, "y");
    if (!y) {
        return tl::unexpected(y.error());
    }
    return crypto::EcPublicKey::fromCoordinates(x->view(), y->view());
}

Result<Pin> pinOf(std::span<const std::byte> spki)
{
    const auto hash = crypto::sha256(spki);
    if (!hash) {
        return tl::unexpected(hash.error());
    }
    return Pin{*hash};
}

Result<Pin> pinOf(const crypto::EcPublicKey& key)
{
    return pinOf(key.spki());
}

Result<Pin> parsePin(std::string_view text)
{
    if (!text.starts_with(kPinPrefix)) {
        return fail(Errc::InvalidEnrollment, "the pin does not start with sha256/");
    }
    const auto hash = base64::decodeUrl(text.substr(kPinPrefix.size()));
    if (!hash || hash->size() != crypto::kSha256Size) {
        return fail(Errc::InvalidEnrollment, "the pin is not 32 bytes of base64url");
    }
    Pin pin;
    std::copy(hash->view().begin(), hash->view().end(), pin.hash.begin());
    return pin;
}

std::string pinText(const Pin& pin)
{
    return std::string(kPinPrefix) + base64::encodeUrl(pin.hash);
}

bool pinMatches(const Pin& pin, std::span<const std::byte> spki)
{
    const auto actual = pinOf(spki);
    return actual && constantTimeEquals(actual->hash, pin.hash);
}

} // namespace sandi::approval
