// libFuzzer target: parseOtpauth() never crashes or throws, and what it accepts serializes to a
// canonical URI that parses back to an equivalent value and serializes to the same text again.
#include "core/uri/otpauth.h"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto parsed = sandi::uri::parseOtpauth(text);
    if (!parsed) {
        return 0;
    }
    std::string canonical = sandi::uri::serializeOtpauth(*parsed);
    auto again = sandi::uri::parseOtpauth(canonical);
    if (!again || !sandi::uri::equivalent(*parsed, *again)) {
        std::abort();
    }
    std::string twice = sandi::uri::serializeOtpauth(*again);
    if (twice != canonical) {
        std::abort();
    }
    sandi::secureWipe(canonical);
    sandi::secureWipe(twice);
    return 0;
}
