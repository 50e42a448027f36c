#pragma once
// A login challenge: signed by the acceptor key, delivered to the device by long poll. Payload
//   {"typ":"challenge","id":...,"account":...,"site":...,"user_agent":...,"ip":...,
//    "iat":...,"exp":...,"numbers":[n1,n2,n3]}
// The browser shows one of the three numbers; only the acceptor knows which.

#include "core/approval/protocol.h"
#include "core/crypto/ecdsa.h"
#include "core/result.h"

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sandi::approval {

inline constexpr std::size_t kMaxUserAgentBytes = 512;
inline constexpr std::size_t kMaxIpBytes = 64;

struct Challenge
{
    std::string id;        // randomToken()
    std::string account;   // the SPSE user ID, as in the otpauth label
    std::string site;      // the LPSE's name, as the issuer
    std::string userAgent; // of the browser that asked to log in
    std::string ip;        // of that browser, as the acceptor saw it
    std::int64_t iat = 0;
    std::int64_t exp = 0;                    // iat < exp <= iat + kMaxChallengeLifetime
    std::array<int, kNumberCount> numbers{}; // distinct, kMinNumber..kMaxNumber
    friend bool operator==(const Challenge&, const Challenge&) = default;
};

// Acceptor: checks the fields as a device would, then signs. Errors: MalformedMessage,
// ChallengeTooLong, MessageTooLarge, CryptoFailure.
[[nodiscard]] Result<std::string> signChallenge(const crypto::EcPrivateKey& acceptorKey, const Challenge& challenge);

// Device: accepts a challenge only if it is an ES256 JWS signed by `acceptorKey`, well formed, for
// `account`, lives at most kMaxChallengeLifetime, is not dated after now + skew and has not
// expired before now - skew. Errors: the Jws::parse() errors (UnsupportedJwsAlgorithm for "none"),
// BadSignature, WrongMessageType, MalformedMessage, ChallengeTooLong, ChallengeNotYetValid,
// ChallengeExpired, WrongAccount.
[[nodiscard]] Result<Challenge> verifyChallenge(std::string_view compact, const crypto::EcPublicKey& acceptorKey,
                                                std::string_view account, std::int64_t now,
                                                std::int64_t skew = kDefaultClockSkew);

// The 200 body of GET /api/v1/poll: {"challenges":["<JWS>",...]} (possibly empty).
[[nodiscard]] std::string writePollResponse(std::span<const std::string> challenges);
// Device: the JWS texts, not yet verified (verifyChallenge() each; one bad one does not hide the
// others). At most 16. Errors: MessageTooLarge, MalformedMessage.
[[nodiscard]] Result<std::vector<std::string>> readPollResponse(std::string_view body);
inline constexpr std::size_t kMaxChallengesPerPoll = 16;

} // namespace sandi::approval
