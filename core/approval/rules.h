#pragma once
// The acceptor's rules as pure functions: no I/O, no clock (time is a parameter), so the reference
// server and the tests share one implementation. Each refusal is a Rejection with a stable wire
// name, sent in a 4xx body {"error":"<name>"} (docs/approval-protocol.md §10).

#include "core/approval/answer.h"
#include "core/approval/enroll.h"
#include "core/approval/polltoken.h"
#include "core/approval/protocol.h"
#include "core/crypto/ecdsa.h"
#include "core/otp/otp.h"

#include <tl/expected.hpp>

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace sandi::approval {

enum class Rejection : std::uint8_t
{
    Malformed,          // 400 malformed: the body or header does not parse (any Errc from the readers)
    BadSignature,       // 401 bad_signature: not signed by the key of the device it names (tampered or wrong key)
    UnknownDevice,      // 401 unknown_device
    StaleRequest,       // 401 stale_request: iat outside now ± skew (or before the challenge)
    ReplayedToken,      // 401 replayed_token: a poll token's jti seen before
    RevokedDevice,      // 403 revoked_device: a newer enrollment or Reset TOTP replaced it
    WrongDevice,        // 403 wrong_device: the challenge was sent to another device
    UnknownChallenge,   // 404 unknown_challenge
    AlreadyAnswered,    // 409 already_answered (replay)
    Expired,            // 410 expired: the challenge's exp has passed
    WrongNumber,        // 422 wrong_number: counts as deny; the challenge is closed
    UnknownEnrollToken, // 404 unknown_enroll_token
    EnrollTokenUsed,    // 409 enroll_token_used
    EnrollTokenExpired, // 410 enroll_token_expired
    WrongCode,          // 422 wrong_code: typed code not valid in the ±1 step window
    ReplayedCode,       // 409 replayed_code: a typed code (or an older one) was already accepted
    TooManyRequests,    // 429 too_many_requests: the acceptor's rate limits (not decided here)
};

template <class T> using Verdict = tl::expected<T, Rejection>;

[[nodiscard]] std::string_view wireName(Rejection rejection) noexcept;
[[nodiscard]] std::optional<Rejection> rejectionFromWire(std::string_view name) noexcept;
[[nodiscard]] int httpStatus(Rejection rejection) noexcept;
// {"error":"<wire name>"}
[[nodiscard]] std::string errorBody(Rejection rejection);
// The device's side: the rejection in a 4xx body, or nullopt if the body is not one.
[[nodiscard]] std::optional<Rejection> readErrorBody(std::string_view body);

// The refusal for a reader's error (readEnrollRequest, readAuthorization, readAnswer):
// BadSignature for Errc::BadSignature, Malformed for every other code.
[[nodiscard]] Rejection rejectionFor(const Error& error) noexcept;

// What the acceptor knows about the device bound to an account.
struct DeviceRecord
{
    std::string id;
    std::string account;
    crypto::EcPublicKey key;
    bool revoked = false;
};

// What the acceptor knows about a challenge it issued.
struct ChallengeRecord
{
    std::string id;
    std::string account;
    std::string deviceId; // the device it was delivered to (the account's active device then)
    int shownNumber = 0;  // the number the browser shows
    std::int64_t iat = 0;
    std::int64_t exp = 0;
    bool answered = false; // approved, denied or closed by a wrong number
};

// Checks an answer in this order: device known, signature by that device's key, device not
// revoked, challenge known, challenge sent to this device, not answered yet, not expired (exp is
// the acceptor's own clock: no skew), iat within [challenge iat - skew, now + skew], then the
// decision: Deny is accepted; Approve needs the shown number, else WrongNumber.
// `challenge`/`device`: nullptr if the acceptor has no such record. On success, and on
// WrongNumber, the acceptor marks the challenge answered (closesChallenge()).
[[nodiscard]] Verdict<Decision> checkAnswer(const ChallengeRecord* challenge, const DeviceRecord* device,
                                            const SignedAnswer& answer, std::int64_t now,
                                            std::int64_t skew = kDefaultClockSkew);
[[nodiscard]] bool closesChallenge(Rejection rejection) noexcept;

// An enrollment token as the acceptor stores it (looked up by tokenDigest(token)).
struct EnrollTokenRecord
{
    std::string account;
    std::int64_t expires = 0; // the enroll_exp of the QR code
    bool used = false;
};

// Checks an enrollment: token known, not used, not expired, iat within now ± skew. On success the
// acceptor marks the token used, revokes the account's previous device and binds the new key.
[[nodiscard]] Verdict<void> checkEnrollment(const EnrollTokenRecord* token, const VerifiedEnrollRequest& request,
                                            std::int64_t now, std::int64_t skew = kDefaultClockSkew);

// The jti values seen in accepted poll tokens, kept while a token carrying them could still be
// fresh (until iat + skew). Plain data in memory; the acceptor owns one and prunes it.
class JtiCache
{
public:
    // False if (device, jti) is present already; else remembers it until `until`.
    [[nodiscard]] bool remember(const std::string& deviceId, const std::string& jti, std::int64_t until);
    // Forgets every entry whose `until` is before `now`.
    void prune(std::int64_t now);
    [[nodiscard]] std::size_t size() const noexcept { return m_entries.size(); }

private:
    std::map<std::pair<std::string, std::string>, std::int64_t> m_entries;
};

// Checks a poll token: device known, signature, not revoked, iat within now ± skew, jti unused.
// Records the jti in `seen` only when everything else passed.
[[nodiscard]] Verdict<void> checkPollToken(const DeviceRecord* device, const SignedPollToken& token, JtiCache& seen,
                                           std::int64_t now, std::int64_t skew = kDefaultClockSkew);

// Checks a typed code against the time steps now - 1, now and now + 1 (RFC 6238 §5.2; one step
// of delay or skew each way), comparing in constant time. A code of a step at or before
// `lastAcceptedStep` is ReplayedCode. Returns the step to store as the new lastAcceptedStep.
[[nodiscard]] Verdict<std::int64_t> checkTypedCode(std::span<const std::byte> secret, const otp::Params& params,
                                                   std::string_view code, std::int64_t now,
                                                   std::optional<std::int64_t> lastAcceptedStep);

} // namespace sandi::approval
