// Test tool for otpauth_oracle.py: reads one otpauth:// URI per line on stdin and prints one JSON
// object per line with what parseOtpauth() made of it. The secret itself is never printed: its
// length and the codes it yields at fixed times (TOTP, Steam) or counters (HOTP) stand for it.
#include "core/otp/otp.h"
#include "core/uri/otpauth.h"

#include <cstdint>
#include <cstdio>
#include <iostream>
#include <string>
#include <string_view>

namespace {

using namespace sandi;

// Times from RFC 6238 Appendix B.
constexpr std::int64_t kTimes[] = {59, 1111111109, 1234567890, 2000000000};

std::string jsonString(std::string_view text)
{
    std::string out = "\"";
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(byte));
            out += escaped;
        } else {
            out += c; // the parser guarantees UTF-8
        }
    }
    return out + "\"";
}

std::string codes(const uri::OtpauthUri& parsed)
{
    std::string out = "[";
    const auto key = parsed.secret.view();
    for (std::size_t i = 0; i < std::size(kTimes); ++i) {
        auto code = parsed.params.timeBased() ? otp::totpAt(key, parsed.params, kTimes[i])
                                              : otp::codeAt(key, parsed.params, parsed.counter + i);
        out += (i == 0 ? "" : ",") + (code ? jsonString(*code) : std::string("null"));
    }
    return out + "]";
}

std::string dump(const uri::OtpauthUri& parsed)
{
    const otp::Params& p = parsed.params;
    std::string out = "{\"ok\":true";
    out += ",\"type\":" + jsonString(otp::typeName(p.type()));
    out += ",\"issuer\":" + jsonString(parsed.issuer);
    out += ",\"account\":" + jsonString(parsed.account);
    out += ",\"labelIssuer\":" + jsonString(parsed.labelIssuer);
    out += std::string(",\"issuerParamPresent\":") + (parsed.issuerParamPresent ? "true" : "false");
    out += std::string(",\"steamViaEncoder\":") + (parsed.steamViaEncoder ? "true" : "false");
    out += ",\"algorithm\":" + jsonString(otp::algorithmName(p.algorithm()));
    out += ",\"digits\":" + std::to_string(p.digits());
    out += ",\"period\":" + std::to_string(p.period());
    out += ",\"t0\":" + std::to_string(p.t0());
    out += ",\"counter\":" + std::to_string(parsed.counter);
    out += ",\"secretBytes\":" + std::to_string(parsed.secret.size());
    out += ",\"codes\":" + codes(parsed);
    out += ",\"extras\":[";
    for (std::size_t i = 0; i < parsed.extraParams.size(); ++i) {
        const auto& extra = parsed.extraParams[i];
        out += (i == 0 ? "[" : ",[") + jsonString(extra.name) + "," + jsonString(extra.value) + "]";
    }
    return out + "]}";
}

} // namespace

int main()
{
    std::string line;
    while (std::getline(std::cin, line)) {
        auto parsed = uri::parseOtpauth(line);
        if (parsed) {
            std::cout << dump(*parsed) << '\n';
        } else {
            std::cout << "{\"ok\":false,\"error\":" << jsonString(errcName(parsed.error().code))
                      << ",\"detail\":" << jsonString(parsed.error().detail) << "}\n";
        }
        secureWipe(line);
    }
    return 0;
}
