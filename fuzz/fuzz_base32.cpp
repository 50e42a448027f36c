// libFuzzer target: Base32 decoding never crashes, and what it accepts re-encodes to a canonical
// form that decodes to the same bytes.
#include "core/encoding/base32.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto decoded = sandi::base32::decode(text);
    if (!decoded) {
        return 0;
    }
    std::string canonical = sandi::base32::encode(decoded->view());
    auto again = sandi::base32::decode(canonical);
    if (!again || !sandi::constantTimeEquals(again->view(), decoded->view())) {
        std::abort();
    }
    sandi::secureWipe(canonical);
    return 0;
}
