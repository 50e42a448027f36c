// libFuzzer target: detect() and importFile() never crash, and importFile() imports a file as the
// format detect() names (an unknown file is UnknownFileFormat or a JSON limit error).
#include "core/import/registry.h"
#include "importlimits.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto detection = sandi::importer::detect(text);
    const auto result = sandi::importer::importFile(text, "pw", sandi::fuzz::cheapLimits());
    if (detection.format == sandi::importer::Format::Unknown && result) {
        std::abort();
    }
    return 0;
}
