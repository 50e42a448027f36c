#pragma once
// otpauth:// key URIs: Google Authenticator's Key URI format plus what real issuers emit.
//   otpauth://TYPE/LABEL?secret=...&issuer=...&algorithm=...&digits=...&period=...&counter=...
// Parsing is in two steps: syntax (scheme, type, label, raw parameters) then meaning (validated
// OTP parameters and a decoded secret). docs/otpauth-uri.md is the contract: what is accepted,
// each leniency, each error, and the canonical form serializeOtpauth() writes.

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
    std::string name;  // decoded, in its original case
    std::string value; // decoded
    friend bool operator==(const Parameter&, const Parameter&) = default;
};

// A parsed, validated key URI. Holds the secret: move-only.
struct OtpauthUri
{
    otp::Params params;        // type, algorithm, digits, period (T0 stays 0 unless a t0 parameter sets it)
    std::uint64_t counter = 0; // used by HOTP; read from any type's counter= so that it round-trips
    std::string issuer;        // effective issuer: the issuer parameter if non-empty, else labelIssuer
    std::string account;       // account name from the label, without the issuer prefix
    std::string labelIssuer;   // issuer prefix as written in the label ("" if none)
    bool issuerParamPresent = false;
    bool steamViaEncoder = false; // Steam written as totp + encoder=steam (KeePassXC), not otpauth://steam/ (Aegis)
    SecretBytes secret;
    std::vector<Parameter> extraParams; // every parameter not interpreted above
};

// Parses and validates. Scheme, type and parameter names are case-insensitive; the issuer
// parameter wins over a differing label prefix. Errors (one Errc each): NotOtpauthUri,
// UnsupportedOtpType, InvalidPercentEncoding, InvalidUtf8, MissingLabel, MissingSecret,
// InvalidSecret, DuplicateParameter, MissingCounter, InvalidCounter, UnsupportedAlgorithm,
// InvalidDigits, InvalidPeriod, InvalidT0, MalformedUri. No detail ever contains the secret.
[[nodiscard]] Result<OtpauthUri> parseOtpauth(std::string_view text);

// Writes the canonical key URI, which parseOtpauth() reads back to an equivalent value
// (serializing that again gives the same text). The issuer parameter is written when
// issuerParamPresent or when issuer differs from labelIssuer. Holds the secret: the caller wipes
// the string (secureWipe) when done.
[[nodiscard]] std::string serializeOtpauth(const OtpauthUri& uri);

// Same fields, same extra parameters in the same order, same secret bytes (compared in constant
// time). This is the equivalence serializeOtpauth() promises.
[[nodiscard]] bool equivalent(const OtpauthUri& a, const OtpauthUri& b) noexcept;

} // namespace sandi::uri
