#include "core/approval/answer.h"

#include "core/approval/claims.h"
#include "core/approval/protocol.h"

namespace sandi::approval {

namespace {

constexpr std::string_view kTyp = "answer";

bool validNumber(std::optional<int> number, Decision decision) noexcept
{
    if (!number) {
        return decision == Decision::Deny;
    }
    return *number >= kMinNumber && *number <= kMaxNumber;
}

Result<Answer> readClaims(const json::Value& p)
{
    auto challenge = claims::token(p, "challenge");
    auto device = challenge ? claims::token(p, "device") : tl::unexpected(challenge.error());
    auto iat = device ? claims::time(p, "iat") : tl::unexpected(device.error());
    if (!iat) {
        return tl::unexpected(iat.error());
    }
    const auto decisionText = json::string(p, "decision");
    if (decisionText != "approve" && decisionText != "deny") {
        return claims::malformed("decision");
    }
    const Decision decision = *decisionText == "approve" ? Decision::Approve : Decision::Deny;
    std::optional<int> number;
    if (const json::Value* n = json::member(p, "number"); n != nullptr) {
        const auto value = json::integer(p, "number");
        number = value && *value >= 0 && *value <= kMaxNumber ? std::optional<int>(static_cast<int>(*value))
                                                              : std::optional<int>(-1);
    }
    if (!validNumber(number, decision)) {
        return claims::malformed("number");
    }
    return Answer{std::move(*challenge), std::move(*device), decision, number, *iat};
}

} // namespace

std::string_view decisionName(Decision decision) noexcept
{
    return decision == Decision::Approve ? "approve" : "deny";
}

Result<std::string> signAnswer(const crypto::EcPrivateKey& deviceKey, const Answer& answer)
{
    json::Value p = json::Value::object();
    p["typ"] = std::string(kTyp);
    p["challenge"] = answer.challengeId;
    p["device"] = answer.deviceId;
    p["decision"] = std::string(decisionName(answer.decision));
    if (answer.number) {
        p["number"] = *answer.number;
    }
    p["iat"] = answer.iat;
    if (auto check = readClaims(p); !check) {
        return tl::unexpected(check.error());
    }
    return claims::sign(deviceKey, p);
}

Result<SignedAnswer> readAnswer(std::string_view compact)
{
    auto jws = Jws::parse(compact);
    if (!jws) {
        return tl::unexpected(jws.error());
    }
    const auto p = claims::payload(*jws, kTyp);
    if (!p) {
        return tl::unexpected(p.error());
    }
    auto answer = readClaims(*p);
    if (!answer) {
        return tl::unexpected(answer.error());
    }
    return SignedAnswer{std::move(*answer), std::move(*jws)};
}

} // namespace sandi::approval
