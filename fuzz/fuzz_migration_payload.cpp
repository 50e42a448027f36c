// libFuzzer target: the protobuf reader under decodeMigrationPayload() never crashes on raw bytes
// (the layer Base64 hides from fuzz_migration), and what it accepts round-trips through a URI.
#include "core/uri/migration.h"
#include "fuzz/migrationequal.h"

#include <cstdint>
#include <span>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto payload = sandi::uri::decodeMigrationPayload(std::as_bytes(std::span(data, size)));
    if (!payload) {
        return 0;
    }
    std::string again = sandi::fuzz::checkRoundTrip(*payload);
    sandi::secureWipe(again);
    return 0;
}
