// libFuzzer target: importFreeOtpPlus() never crashes or throws.
#include "core/import/freeotpplus.h"
#include "importlimits.h"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)sandi::importer::importFreeOtpPlus(text, sandi::fuzz::cheapLimits());
    return 0;
}
