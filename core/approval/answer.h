#pragma once
// The device's answer (POST /api/v1/answer), signed by the device key. Payload
//   {"typ":"answer","challenge":...,"device":...,"decision":"approve"|"deny","number":n,"iat":...}
// "number" is the number the user picked; required to approve, optional to deny.

#include "core/approval/jws.h"
#include "core/crypto/ecdsa.h"
#include "core/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sandi::approval {

enum class Decision : std::uint8_t
{
    Approve,
    Deny,
};

[[nodiscard]] std::string_view decisionName(Decision decision) noexcept; // "approve", "deny"

struct Answer
{
    std::string challengeId;
    std::string deviceId;
    Decision decision = Decision::Deny;
    std::optional<int> number; // kMinNumber..kMaxNumber; required for Approve
    std::int64_t iat = 0;
    friend bool operator==(const Answer&, const Answer&) = default;
};

// Device: the request body (a compact JWS). Errors: MalformedMessage, MessageTooLarge, CryptoFailure.
[[nodiscard]] Result<std::string> signAnswer(const crypto::EcPrivateKey& deviceKey, const Answer& answer);

// A parsed answer whose signature is not yet checked: checkAnswer() (rules.h) verifies it with
// the key of the device it names.
struct SignedAnswer
{
    Answer answer;
    Jws jws;
};

// Acceptor: parses the body. Errors: the Jws::parse() errors, WrongMessageType, MalformedMessage.
[[nodiscard]] Result<SignedAnswer> readAnswer(std::string_view compact);

} // namespace sandi::approval
