#pragma once
// Enrollment (POST /api/v1/enroll): the device proves possession of its new key by signing the
// one-time token with it; the acceptor answers with the device id and its own public key, which
// the device checks against the pin from the QR code.

#include "core/approval/keys.h"
#include "core/approval/protocol.h"
#include "core/crypto/ecdsa.h"
#include "core/result.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace sandi::approval {

// Payload {"typ":"enroll","token":...,"jwk":{...},"device_name":...,"iat":...}, signed by the device key.
struct EnrollRequest
{
    std::string token;      // from the QR code's enroll parameter
    std::string deviceName; // shown to the user by the acceptor (e.g. "Sandi on LAPTOP-01")
    std::int64_t iat = 0;
};

// Device: the request body (a compact JWS); the device key's public half goes in as a JWK.
// Errors: MalformedMessage (fields out of range), MessageTooLarge, CryptoFailure.
[[nodiscard]] Result<std::string> signEnrollRequest(const crypto::EcPrivateKey& deviceKey,
                                                    const EnrollRequest& request);

struct VerifiedEnrollRequest
{
    EnrollRequest request;
    crypto::EcPublicKey deviceKey; // the key that signed it (proof of possession)
};

// Acceptor: parses the body and verifies it with the key it carries. The token is not checked
// here: checkEnrollment() (rules.h) does that against the acceptor's records.
// Errors: the Jws::parse() errors, MalformedMessage, WrongMessageType, InvalidKey, BadSignature.
[[nodiscard]] Result<VerifiedEnrollRequest> readEnrollRequest(std::string_view compact);

// The acceptor's 200 answer: {"device":...,"acceptor_key":<base64url SPKI>,"account":...,"site":...}.
struct EnrollResponse
{
    std::string deviceId;
    crypto::EcPublicKey acceptorKey;
    std::string account;
    std::string site;
};

// Acceptor: the JSON body. Errors: MalformedMessage (fields out of range).
[[nodiscard]] Result<std::string> writeEnrollResponse(const EnrollResponse& response);
// Device: reads the body and checks the acceptor key against the QR code's pin.
// Errors: MessageTooLarge, MalformedMessage, InvalidKey, PinMismatch.
[[nodiscard]] Result<EnrollResponse> readEnrollResponse(std::string_view body, const Pin& expectedPin);

} // namespace sandi::approval
