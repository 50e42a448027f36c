#include "core/approval/rules.h"

#include "core/crypto/secretbytes.h"
#include "core/encoding/json.h"

#include <array>

namespace sandi::approval {

namespace {

struct RejectionInfo
{
    Rejection rejection;
    std::string_view name;
    int status;
};

constexpr std::array<RejectionInfo, 17> kRejections = {{
    {Rejection::Malformed, "malformed", 400},
    {Rejection::BadSignature, "bad_signature", 401},
    {Rejection::UnknownDevice, "unknown_device", 401},
    {Rejection::StaleRequest, "stale_request", 401},
    {Rejection::ReplayedToken, "replayed_token", 401},
    {Rejection::RevokedDevice, "revoked_device", 403},
    {Rejection::WrongDevice, "wrong_device", 403},
    {Rejection::UnknownChallenge, "unknown_challenge", 404},
    {Rejection::AlreadyAnswered, "already_answered", 409},
    {Rejection::Expired, "expired", 410},
    {Rejection::WrongNumber, "wrong_number", 422},
    {Rejection::UnknownEnrollToken, "unknown_enroll_token", 404},
    {Rejection::EnrollTokenUsed, "enroll_token_used", 409},
    {Rejection::EnrollTokenExpired, "enroll_token_expired", 410},
    {Rejection::WrongCode, "wrong_code", 422},
    {Rejection::ReplayedCode, "replayed_code", 409},
    {Rejection::TooManyRequests, "too_many_requests", 429},
}};

const RejectionInfo& info(Rejection rejection) noexcept
{
    for (const auto& i : kRejections) {
        if (i.rejection == rejection) {
            return i;
        }
    }
    return kRejections[0];
}

bool fresh(std::int64_t iat, std::int64_t now, std::int64_t skew) noexcept
{
    return iat >= now - skew && iat <= now + skew;
}

tl::unexpected<Rejection> reject(Rejection r)
{
    return tl::unexpected<Rejection>(r);
}

} // namespace

std::string_view wireName(Rejection rejection) noexcept
{
    return info(rejection).name;
}

std::optional<Rejection> rejectionFromWire(std::string_view name) noexcept
{
    for (const auto& i : kRejections) {
        if (i.name == name) {
            return i.rejection;
        }
    }
    return std::nullopt;
}

int httpStatus(Rejection rejection) noexcept
{
    return info(rejection).status;
}

std::string errorBody(Rejection rejection)
{
    json::Value body = json::Value::object();
    body["error"] = std::string(wireName(rejection));
    return json::dump(body);
}

std::optional<Rejection> readErrorBody(std::string_view body)
{
    const auto value = json::parse(body, json::Limits{kMaxMessageSize, 4});
    if (!value) {
        return std::nullopt;
    }
    const auto name = json::string(*value, "error");
    return name ? rejectionFromWire(*name) : std::nullopt;
}

Rejection rejectionFor(const Error& error) noexcept
{
    return error.code == Errc::BadSignature ? Rejection::BadSignature : Rejection::Malformed;
}

Verdict<Decision> checkAnswer(const ChallengeRecord* challenge, const DeviceRecord* device, const SignedAnswer& answer,
                              std::int64_t now, std::int64_t skew)
{
    // Authentication before anything that depends on the claims: an unauthenticated sender
    // learns nothing about challenges.
    if (device == nullptr || device->id != answer.answer.deviceId) {
        return reject(Rejection::UnknownDevice);
    }
    if (!answer.jws.verifiedBy(device->key)) {
        return reject(Rejection::BadSignature);
    }
    if (device->revoked) {
        return reject(Rejection::RevokedDevice);
    }
    if (challenge == nullptr || challenge->id != answer.answer.challengeId) {
        return reject(Rejection::UnknownChallenge);
    }
    if (challenge->deviceId != device->id || challenge->account != device->account) {
        return reject(Rejection::WrongDevice);
    }
    if (challenge->answered) {
        return reject(Rejection::AlreadyAnswered);
    }
    if (now > challenge->exp) {
        return reject(Rejection::Expired);
    }
    if (answer.answer.iat < challenge->iat - skew || answer.answer.iat > now + skew) {
        return reject(Rejection::StaleRequest);
    }
    if (answer.answer.decision == Decision::Deny) {
        return Decision::Deny;
    }
    if (answer.answer.number != challenge->shownNumber) {
        return reject(Rejection::WrongNumber);
    }
    return Decision::Approve;
}

bool closesChallenge(Rejection rejection) noexcept
{
    return rejection == Rejection::WrongNumber;
}

Verdict<void> checkEnrollment(const EnrollTokenRecord* token, const VerifiedEnrollRequest& request, std::int64_t now,
                              std::int64_t skew)
{
    if (token == nullptr) {
        return reject(Rejection::UnknownEnrollToken);
    }
    if (token->used) {
        return reject(Rejection::EnrollTokenUsed);
    }
    if (now > token->expires) {
        return reject(Rejection::EnrollTokenExpired);
    }
    if (!fresh(request.request.iat, now, skew)) {
        return reject(Rejection::StaleRequest);
    }
    return {};
}

bool JtiCache::remember(const std::string& deviceId, const std::string& jti, std::int64_t until)
{
    return m_entries.emplace(std::pair{deviceId, jti}, until).second;
}

void JtiCache::prune(std::int64_t now)
{
    std::erase_if(m_entries, [now](const auto& entry) { return entry.second < now; });
}

Verdict<void> checkPollToken(const DeviceRecord* device, const SignedPollToken& token, JtiCache& seen, std::int64_t now,
                             std::int64_t skew)
{
    if (device == nullptr || device->id != token.token.deviceId) {
        return reject(Rejection::UnknownDevice);
    }
    if (!token.jws.verifiedBy(device->key)) {
        return reject(Rejection::BadSignature);
    }
    if (device->revoked) {
        return reject(Rejection::RevokedDevice);
    }
    if (!fresh(token.token.iat, now, skew)) {
        return reject(Rejection::StaleRequest);
    }
    // Kept until the token could no longer pass the freshness check above.
    if (!seen.remember(device->id, token.token.jti, token.token.iat + skew)) {
        return reject(Rejection::ReplayedToken);
    }
    return {};
}

Verdict<std::int64_t> checkTypedCode(std::span<const std::byte> secret, const otp::Params& params,
                                     std::string_view code, std::int64_t now,
                                     std::optional<std::int64_t> lastAcceptedStep)
{
    if (!params.timeBased()) {
        return reject(Rejection::WrongCode);
    }
    const std::int64_t current = otp::timeStep(params, now);
    bool replayed = false;
    std::optional<std::int64_t> accepted;
    // Every candidate is computed and compared, so the time taken does not tell which one matched.
    for (const std::int64_t delta : {-1, 0, 1}) {
        const std::int64_t step = current + delta;
        auto expected = otp::codeAt(secret, params, static_cast<std::uint64_t>(step));
        if (!expected) {
            continue;
        }
        const bool match = constantTimeEquals(std::as_bytes(std::span(expected->data(), expected->size())),
                                              std::as_bytes(std::span(code.data(), code.size())));
        secureWipe(*expected);
        if (!match) {
            continue;
        }
        if (lastAcceptedStep && step <= *lastAcceptedStep) {
            replayed = true;
        } else if (!accepted) {
            accepted = step;
        }
    }
    if (accepted) {
        return *accepted;
    }
    return reject(replayed ? Rejection::ReplayedCode : Rejection::WrongCode);
}

} // namespace sandi::approval
