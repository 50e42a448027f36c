// libFuzzer target: importOtpauthList() never crashes, and every line it cannot use is reported:
// an accepted file yields accounts and unusable entries, each unusable one with a line number.
#include "core/import/otpauthlist.h"
#include "importlimits.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto result = sandi::importer::importOtpauthList(text, sandi::fuzz::cheapLimits());
    if (result) {
        for (const auto& u : result->unusable) {
            if (u.index == 0) {
                std::abort();
            }
        }
    }
    return 0;
}
