#pragma once
// Constants of Sandi's login-approval protocol, version 1 (docs/approval-protocol.md is the contract).

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sandi::approval {

inline constexpr std::size_t kMaxMessageSize = 16 * 1024;  // any JWS or response body, in bytes
inline constexpr std::int64_t kMaxChallengeLifetime = 120; // exp - iat of a challenge, seconds
inline constexpr std::int64_t kDefaultClockSkew = 60;      // tolerance of every iat check, seconds
inline constexpr std::int64_t kPollHoldSeconds = 25;       // the server answers a long poll within this
inline constexpr int kNumberCount = 3;                     // numbers a challenge offers
inline constexpr int kMinNumber = 10;                      // two-digit numbers: 10..99
inline constexpr int kMaxNumber = 99;
inline constexpr std::size_t kMinTokenBytes = 16; // random bytes in an enrollment token, a jti, an id
inline constexpr std::size_t kMaxTokenBytes = 64;
inline constexpr std::size_t kMaxNameBytes = 256;          // device, account and site names
inline constexpr std::size_t kMaxPollBodySize = 64 * 1024; // a poll answer carries up to 16 challenges

inline constexpr std::string_view kEnrollPath = "/api/v1/enroll";
inline constexpr std::string_view kPollPath = "/api/v1/poll";
inline constexpr std::string_view kAnswerPath = "/api/v1/answer";
inline constexpr std::string_view kAuthScheme = "Sandi"; // Authorization: Sandi <JWS>
inline constexpr std::string_view kJwsContentType = "application/jose";

} // namespace sandi::approval
