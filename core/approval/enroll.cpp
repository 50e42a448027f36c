#include "core/approval/enroll.h"

#include "core/approval/claims.h"
#include "core/encoding/base64.h"

namespace sandi::approval {

namespace {

constexpr std::string_view kTyp = "enroll";

Result<EnrollRequest> readRequestClaims(const json::Value& p)
{
    auto token = claims::token(p, "token");
    auto name = token ? claims::text(p, "device_name", kMaxNameBytes) : tl::unexpected(token.error());
    auto iat = name ? claims::time(p, "iat") : tl::unexpected(name.error());
    if (!iat) {
        return tl::unexpected(iat.error());
    }
    return EnrollRequest{std::move(*token), std::move(*name), *iat};
}

// Writing checks what reading checks, so the acceptor never sends what a device would refuse.
Result<void> checkText(std::string_view value, std::string_view field)
{
    json::Value probe = json::Value::object();
    probe["v"] = std::string(value);
    const auto ok = claims::text(probe, "v", kMaxNameBytes);
    return ok ? Result<void>{} : tl::unexpected(claims::malformed(field).value());
}

} // namespace

Result<std::string> signEnrollRequest(const crypto::EcPrivateKey& deviceKey, const EnrollRequest& request)
{
    json::Value p = json::Value::object();
    p["typ"] = std::string(kTyp);
    p["token"] = request.token;
    p["jwk"] = toJwk(deviceKey.publicKey());
    p["device_name"] = request.deviceName;
    p["iat"] = request.iat;
    if (!claims::isToken(request.token)) {
        return claims::malformed("token");
    }
    if (auto ok = checkText(request.deviceName, "device_name"); !ok) {
        return tl::unexpected(ok.error());
    }
    return claims::sign(deviceKey, p);
}

Result<VerifiedEnrollRequest> readEnrollRequest(std::string_view compact)
{
    auto jws = Jws::parse(compact);
    if (!jws) {
        return tl::unexpected(jws.error());
    }
    const auto p = claims::payload(*jws, kTyp);
    if (!p) {
        return tl::unexpected(p.error());
    }
    const json::Value* jwk = json::member(*p, "jwk");
    auto key = jwk != nullptr ? fromJwk(*jwk) : tl::unexpected(claims::malformed("jwk").value());
    if (!key) {
        return tl::unexpected(key.error());
    }
    if (!jws->verifiedBy(*key)) {
        return fail(Errc::BadSignature, "the enrollment is not signed by the key it carries");
    }
    auto request = readRequestClaims(*p);
    if (!request) {
        return tl::unexpected(request.error());
    }
    return VerifiedEnrollRequest{std::move(*request), std::move(*key)};
}

Result<std::string> writeEnrollResponse(const EnrollResponse& response)
{
    if (!claims::isToken(response.deviceId)) {
        return claims::malformed("device");
    }
    for (const auto& [value, field] : {std::pair{&response.account, "account"}, std::pair{&response.site, "site"}}) {
        if (auto ok = checkText(*value, field); !ok) {
            return tl::unexpected(ok.error());
        }
    }
    json::Value body = json::Value::object();
    body["device"] = response.deviceId;
    body["acceptor_key"] = base64::encodeUrl(response.acceptorKey.spki());
    body["account"] = response.account;
    body["site"] = response.site;
    return json::dump(body);
}

Result<EnrollResponse> readEnrollResponse(std::string_view body, const Pin& expectedPin)
{
    const auto object = claims::object(body);
    if (!object) {
        return tl::unexpected(object.error());
    }
    auto device = claims::token(*object, "device");
    auto account = device ? claims::text(*object, "account", kMaxNameBytes) : tl::unexpected(device.error());
    auto site = account ? claims::text(*object, "site", kMaxNameBytes) : tl::unexpected(account.error());
    if (!site) {
        return tl::unexpected(site.error());
    }
    const auto keyText = json::string(*object, "acceptor_key");
    const auto spki = keyText ? base64::decodeUrl(*keyText) : tl::unexpected(claims::malformed("acceptor_key").value());
    if (!spki) {
        return claims::malformed("acceptor_key");
    }
    auto key = crypto::EcPublicKey::fromSpki(spki->view());
    if (!key) {
        return tl::unexpected(key.error());
    }
    if (!pinMatches(expectedPin, key->spki())) {
        return fail(Errc::PinMismatch, "the acceptor key does not match the pin");
    }
    return EnrollResponse{std::move(*device), std::move(*key), std::move(*account), std::move(*site)};
}

} // namespace sandi::approval
