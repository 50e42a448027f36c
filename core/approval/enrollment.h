#pragma once
// Enrollment parameters carried by the activation QR code's otpauth:// URI (docs/approval-protocol.md
// §2). They are extra parameters, so the same QR code still works as plain TOTP in any other app:
//   acceptor=<https base URL>&enroll=<one-time token>&enroll_exp=<unix seconds>&pin=sha256/<...>

#include "core/approval/keys.h"
#include "core/result.h"
#include "core/uri/otpauth.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sandi::approval {

inline constexpr std::string_view kAcceptorParam = "acceptor";
inline constexpr std::string_view kEnrollParam = "enroll";
inline constexpr std::string_view kEnrollExpParam = "enroll_exp";
inline constexpr std::string_view kPinParam = "pin";

struct Enrollment
{
    std::string acceptor;     // base URL, scheme and host lower-case, no trailing '/', no query
    std::string token;        // base64url of 16..64 random bytes; one-time, secret until used
    std::int64_t expires = 0; // unix seconds after which the acceptor refuses the token
    Pin pin;                  // of the acceptor's signing key (and of its self-signed TLS key)
};

// Development only: also accept http:// to 127.0.0.1 or localhost (the spec's "development flag").
struct UrlPolicy
{
    bool allowLoopbackHttp = false;
};

// Checks and normalises an acceptor base URL: https://host[:port][/path], no user info, query or
// fragment; http:// only with allowLoopbackHttp and host 127.0.0.1 or localhost.
// Errors: InsecureAcceptorUrl (http elsewhere), InvalidEnrollment (anything else).
[[nodiscard]] Result<std::string> normaliseAcceptorUrl(std::string_view url, UrlPolicy policy = {});

// The enrollment in `uri`'s extra parameters: nullopt if it has none of the four (a plain TOTP
// account); an error if it has some but they are incomplete, duplicated or invalid.
// Errors: InvalidEnrollment, InsecureAcceptorUrl.
[[nodiscard]] Result<std::optional<Enrollment>> enrollmentFromUri(const uri::OtpauthUri& uri, UrlPolicy policy = {});

// For the server: replaces any enrollment parameters of `uri` with `enrollment`'s (written after
// the other extra parameters; serializeOtpauth() percent-encodes them).
void addEnrollment(uri::OtpauthUri& uri, const Enrollment& enrollment);

// acceptor + path, e.g. endpointUrl(e.acceptor, kPollPath).
[[nodiscard]] std::string endpointUrl(std::string_view acceptor, std::string_view path);

} // namespace sandi::approval
