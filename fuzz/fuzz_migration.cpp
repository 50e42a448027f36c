// libFuzzer target: parsing an otpauth-migration:// URI never crashes, and what it accepts
// serializes to a URI that parses back to the identical payload.
#include "core/uri/migration.h"
#include "fuzz/migrationequal.h"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto payload = sandi::uri::parseMigration(text);
    if (!payload) {
        return 0;
    }
    std::string again = sandi::fuzz::checkRoundTrip(*payload);
    sandi::secureWipe(again);
    return 0;
}
