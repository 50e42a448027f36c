#include "core/uri/otpauth.h"

#include "core/encoding/base32.h"
#include "core/encoding/percent.h"

namespace sandi::uri {

namespace {

void appendParam(std::string& out, std::string_view name, std::string_view value)
{
    out += '&';
    out += percent::encode(name);
    out += '=';
    out += percent::encode(value);
}

std::string labelText(const OtpauthUri& uri)
{
    // One literal ':' separates the parts; colons inside them are %3A. The separator is also written
    // when only the account has a colon, so that "a:b" is not read back as issuer "a".
    if (uri.labelIssuer.empty() && uri.account.find(':') == std::string::npos) {
        return percent::encode(uri.account);
    }
    return percent::encode(uri.labelIssuer) + ':' + percent::encode(uri.account);
}

// Everything after the secret. Defaults are left out: shorter URIs make smaller QR codes.
std::string tailText(const OtpauthUri& uri, bool steamViaEncoder)
{
    const otp::Params& params = uri.params;
    std::string tail;
    if (uri.issuerParamPresent || uri.issuer != uri.labelIssuer) {
        appendParam(tail, "issuer", uri.issuer);
    }
    if (params.algorithm() != otp::Algorithm::Sha1) {
        appendParam(tail, "algorithm", otp::algorithmName(params.algorithm()));
    }
    if (params.digits() != otp::kDefaultDigits) { // always for Steam: KeePassXC needs digits=5
        appendParam(tail, "digits", std::to_string(params.digits()));
    }
    if (params.period() != otp::kDefaultPeriod) {
        appendParam(tail, "period", std::to_string(params.period()));
    }
    if (params.type() == otp::Type::Hotp || uri.counter != 0) {
        appendParam(tail, "counter", std::to_string(uri.counter));
    }
    if (params.t0() != 0) {
        appendParam(tail, "t0", std::to_string(params.t0()));
    }
    if (steamViaEncoder) {
        appendParam(tail, "encoder", "steam");
    }
    for (const Parameter& extra : uri.extraParams) {
        appendParam(tail, extra.name, extra.value);
    }
    return tail;
}

} // namespace

std::string serializeOtpauth(const OtpauthUri& uri)
{
    const bool steamViaEncoder = uri.params.type() == otp::Type::Steam && uri.steamViaEncoder;
    std::string head = "otpauth://";
    head += steamViaEncoder ? "totp" : otp::typeName(uri.params.type());
    head += '/';
    head += labelText(uri);
    head += "?secret=";
    const std::string tail = tailText(uri, steamViaEncoder);

    std::string secret = base32::encode(uri.secret.view());
    std::string out;
    out.reserve(head.size() + secret.size() + tail.size()); // no reallocation leaves a copy of the secret
    out += head;
    out += secret;
    out += tail;
    secureWipe(secret);
    return out;
}

bool equivalent(const OtpauthUri& a, const OtpauthUri& b) noexcept
{
    return a.params == b.params && a.counter == b.counter && a.issuer == b.issuer && a.account == b.account &&
           a.labelIssuer == b.labelIssuer && a.issuerParamPresent == b.issuerParamPresent &&
           a.steamViaEncoder == b.steamViaEncoder && a.extraParams == b.extraParams &&
           constantTimeEquals(a.secret.view(), b.secret.view());
}

} // namespace sandi::uri
