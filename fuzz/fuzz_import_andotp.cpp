// libFuzzer target: importAndOtp() never crashes or throws, with and without a password (the first
// byte chooses), under limits that keep every key derivation cheap.
#include "core/import/andotp.h"
#include "importlimits.h"

#include <cstdint>
#include <optional>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) {
        return 0;
    }
    const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
    const auto password = (data[0] & 1) != 0 ? std::optional<std::string_view>("pw") : std::nullopt;
    (void)sandi::importer::importAndOtp(text, password, sandi::fuzz::cheapLimits());
    return 0;
}
