#include "core/approval/polltoken.h"

#include "core/approval/claims.h"
#include "core/approval/ids.h"
#include "core/approval/protocol.h"

#include <algorithm>
#include <cctype>

namespace sandi::approval {

namespace {

constexpr std::string_view kTyp = "poll";

} // namespace

Result<PollToken> newPollToken(std::string_view deviceId, std::int64_t now)
{
    auto jti = randomToken();
    if (!jti) {
        return tl::unexpected(jti.error());
    }
    return PollToken{std::string(deviceId), now, std::move(*jti)};
}

Result<std::string> authorizationValue(const crypto::EcPrivateKey& deviceKey, const PollToken& token)
{
    if (!claims::isToken(token.deviceId)) {
        return claims::malformed("device");
    }
    if (!claims::isToken(token.jti)) {
        return claims::malformed("jti");
    }
    json::Value p = json::Value::object();
    p["typ"] = std::string(kTyp);
    p["device"] = token.deviceId;
    p["iat"] = token.iat;
    p["jti"] = token.jti;
    auto jws = claims::sign(deviceKey, p);
    if (!jws) {
        return tl::unexpected(jws.error());
    }
    return std::string(kAuthScheme) + ' ' + *jws;
}

Result<SignedPollToken> readAuthorization(std::string_view headerValue)
{
    const auto space = headerValue.find(' ');
    const auto scheme = headerValue.substr(0, space);
    const bool sandi =
        scheme.size() == kAuthScheme.size() &&
        std::equal(scheme.begin(), scheme.end(), kAuthScheme.begin(), [](char a, char b) {
            return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
        });
    if (space == std::string_view::npos || !sandi) {
        return fail(Errc::MalformedMessage, "the Authorization header is not \"Sandi <JWS>\"");
    }
    auto jws = Jws::parse(headerValue.substr(space + 1));
    if (!jws) {
        return tl::unexpected(jws.error());
    }
    const auto p = claims::payload(*jws, kTyp);
    if (!p) {
        return tl::unexpected(p.error());
    }
    auto device = claims::token(*p, "device");
    auto iat = device ? claims::time(*p, "iat") : tl::unexpected(device.error());
    auto jti = iat ? claims::token(*p, "jti") : tl::unexpected(iat.error());
    if (!jti) {
        return tl::unexpected(jti.error());
    }
    return SignedPollToken{PollToken{std::move(*device), *iat, std::move(*jti)}, std::move(*jws)};
}

} // namespace sandi::approval
