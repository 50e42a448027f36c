#pragma once
// otpauth:// key URIs: Google Authenticator's Key URI format plus what real issuers emit.
//   otpauth://TYPE/LABEL?secret=...&issuer=...&algorithm=...&digits=...&period=...&counter=...
// Parsing is in two steps: syntax (scheme, type, label, raw parameters) then meaning (validated
// OTP parameters and a decoded secret).

#include "core/crypto/secretbytes.h"
#include "core/otp/otp.h"
#include "core/result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sandi::uri {

// A parameter Sandi does not interpret (image, color, icon, vendor extensions, acceptor
// parameters before the approval protocol reads them), kept in order and percent-decoded.
struct Parameter
{
    std::string name;  // as written in the URI (original case)
    std::string value; // decoded
    friend bool operator==(const Parameter&, const Parameter&) = default;
};

// A parsed, validated key URI. Holds the secret: move-only.
struct OtpauthUri
{
    otp::Params params;        // type, algorithm, digits, period (T0 stays 0 unless a t0 parameter sets it)
    std::uint64_t counter = 0; // HOTP only
    std::string issuer;        // effective issuer (see parse() for which source wins)
    std::string account;       // account name from the label, without the issuer prefix
    std::string labelIssuer;   // issuer prefix as written in the label ("" if none)
    bool issuerParamPresent = false;
    SecretBytes secret;
    std::vector<Parameter> extraParams; // every parameter not interpreted above
};

// Parses and validates. Scheme, type and parameter names are case-insensitive. Errors (one Errc
// each): NotOtpauthUri, UnsupportedOtpType, InvalidPercentEncoding, InvalidUtf8, MissingLabel,
// MissingSecret, InvalidSecret, DuplicateParameter, MissingCounter, InvalidCounter,
// UnsupportedAlgorithm, InvalidDigits, InvalidPeriod, MalformedUri.
[[nodiscard]] Result<OtpauthUri> parseOtpauth(std::string_view text);

// Writes a key URI that parseOtpauth() reads back to an equivalent value. Holds the secret:
// the caller wipes the string (secureWipe) when done.
[[nodiscard]] std::string serializeOtpauth(const OtpauthUri& uri);

} // namespace sandi::uri
