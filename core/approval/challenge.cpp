#include "core/approval/challenge.h"

#include "core/approval/claims.h"

#include <algorithm>

namespace sandi::approval {

namespace {

constexpr std::string_view kTyp = "challenge";

Result<std::array<int, kNumberCount>> readNumbers(const json::Value& p)
{
    const json::Value* numbers = json::member(p, "numbers");
    if (numbers == nullptr || !numbers->is_array() || numbers->size() != kNumberCount) {
        return claims::malformed("numbers");
    }
    std::array<int, kNumberCount> out{};
    for (std::size_t i = 0; i < out.size(); ++i) {
        const json::Value& n = (*numbers)[i];
        if (!n.is_number_integer() || n.get<std::int64_t>() < kMinNumber || n.get<std::int64_t>() > kMaxNumber) {
            return claims::malformed("numbers");
        }
        out[i] = static_cast<int>(n.get<std::int64_t>());
        if (std::find(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(i), out[i]) !=
            out.begin() + static_cast<std::ptrdiff_t>(i)) {
            return claims::malformed("numbers");
        }
    }
    return out;
}

Result<Challenge> readClaims(const json::Value& p)
{
    Challenge c;
    auto id = claims::token(p, "id");
    auto account = id ? claims::text(p, "account", kMaxNameBytes) : tl::unexpected(id.error());
    auto site = account ? claims::text(p, "site", kMaxNameBytes) : tl::unexpected(account.error());
    auto ua = site ? claims::text(p, "user_agent", kMaxUserAgentBytes) : tl::unexpected(site.error());
    auto ip = ua ? claims::text(p, "ip", kMaxIpBytes) : tl::unexpected(ua.error());
    auto iat = ip ? claims::time(p, "iat") : tl::unexpected(ip.error());
    auto exp = iat ? claims::time(p, "exp") : tl::unexpected(iat.error());
    auto numbers = exp ? readNumbers(p) : tl::unexpected(exp.error());
    if (!numbers) {
        return tl::unexpected(numbers.error());
    }
    if (*exp <= *iat) {
        return claims::malformed("exp");
    }
    if (*exp - *iat > kMaxChallengeLifetime) {
        return fail(Errc::ChallengeTooLong, "exp - iat exceeds 120 s");
    }
    return Challenge{std::move(*id), std::move(*account), std::move(*site), std::move(*ua), std::move(*ip), *iat, *exp,
                     *numbers};
}

json::Value toJson(const Challenge& c)
{
    json::Value p = json::Value::object();
    p["typ"] = std::string(kTyp);
    p["id"] = c.id;
    p["account"] = c.account;
    p["site"] = c.site;
    p["user_agent"] = c.userAgent;
    p["ip"] = c.ip;
    p["iat"] = c.iat;
    p["exp"] = c.exp;
    p["numbers"] = json::Value::array({c.numbers[0], c.numbers[1], c.numbers[2]});
    return p;
}

} // namespace

Result<std::string> signChallenge(const crypto::EcPrivateKey& acceptorKey, const Challenge& challenge)
{
    const json::Value p = toJson(challenge);
    // What the device will check, checked here first: an acceptor cannot send what no device accepts.
    if (auto check = readClaims(p); !check) {
        return tl::unexpected(check.error());
    }
    return claims::sign(acceptorKey, p);
}

Result<Challenge> verifyChallenge(std::string_view compact, const crypto::EcPublicKey& acceptorKey,
                                  std::string_view account, std::int64_t now, std::int64_t skew)
{
    auto jws = Jws::parse(compact);
    if (!jws) {
        return tl::unexpected(jws.error());
    }
    // The signature first: nothing unauthenticated is parsed any further than the header.
    if (!jws->verifiedBy(acceptorKey)) {
        return fail(Errc::BadSignature, "the challenge is not signed by the acceptor's key");
    }
    const auto p = claims::payload(*jws, kTyp);
    if (!p) {
        return tl::unexpected(p.error());
    }
    auto c = readClaims(*p);
    if (!c) {
        return tl::unexpected(c.error());
    }
    if (c->iat > now + skew) {
        return fail(Errc::ChallengeNotYetValid, "issued in the future");
    }
    if (now - skew > c->exp) {
        return fail(Errc::ChallengeExpired, "expired");
    }
    if (c->account != account) {
        return fail(Errc::WrongAccount, "for another account");
    }
    return c;
}

std::string writePollResponse(std::span<const std::string> challenges)
{
    json::Value list = json::Value::array();
    for (const auto& c : challenges) {
        list.push_back(c);
    }
    json::Value body = json::Value::object();
    body["challenges"] = std::move(list);
    return json::dump(body);
}

Result<std::vector<std::string>> readPollResponse(std::string_view body)
{
    const auto object = claims::object(body, kMaxPollBodySize);
    if (!object) {
        return tl::unexpected(object.error());
    }
    const json::Value* list = json::member(*object, "challenges");
    if (list == nullptr || !list->is_array() || list->size() > kMaxChallengesPerPoll) {
        return claims::malformed("challenges");
    }
    std::vector<std::string> out;
    for (const auto& item : *list) {
        if (!item.is_string()) {
            return claims::malformed("challenges");
        }
        out.push_back(item.get<std::string>());
    }
    return out;
}

} // namespace sandi::approval
