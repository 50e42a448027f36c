#pragma once
// The device's credential for GET /api/v1/poll: "Authorization: Sandi <JWS>", a short-lived token
// signed by the device key over {"typ":"poll","device":...,"iat":...,"jti":...}. A fresh token per
// request, so no reusable bearer secret ever crosses the wire; the acceptor refuses a jti it has seen.

#include "core/approval/jws.h"
#include "core/crypto/ecdsa.h"
#include "core/result.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace sandi::approval {

struct PollToken
{
    std::string deviceId;
    std::int64_t iat = 0;
    std::string jti; // base64url of 16 random bytes, unique per request
};

// Device: a token for `deviceId` issued at `now` with a fresh random jti. Errors: CryptoFailure.
[[nodiscard]] Result<PollToken> newPollToken(std::string_view deviceId, std::int64_t now);
// Device: the whole Authorization header value, "Sandi <JWS>".
// Errors: MalformedMessage (ids that are not tokens), MessageTooLarge, CryptoFailure.
[[nodiscard]] Result<std::string> authorizationValue(const crypto::EcPrivateKey& deviceKey, const PollToken& token);

// A parsed token whose signature is not yet checked: the acceptor looks the device up by
// token.deviceId, then checkPollToken() (rules.h) verifies it.
struct SignedPollToken
{
    PollToken token;
    Jws jws;
};

// Acceptor: parses an Authorization header value (scheme case-insensitive, one space).
// Errors: MalformedMessage (not "Sandi <JWS>"), the Jws::parse() errors, WrongMessageType.
[[nodiscard]] Result<SignedPollToken> readAuthorization(std::string_view headerValue);

} // namespace sandi::approval
