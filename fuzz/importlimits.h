#pragma once
// Limits for the import and backup fuzz targets: KDF costs so small that no input can make one
// iteration take more than milliseconds (scrypt N·r·p ≤ 512, PBKDF2 ≤ 1,000 iterations, 2 slots).

#include "core/import/importresult.h"

namespace sandi::fuzz {

inline importer::ReadLimits cheapLimits()
{
    importer::ReadLimits limits;
    limits.maxFileBytes = 1u << 20;
    limits.maxScryptMemory = 128u * 512u;
    limits.maxPbkdf2Iterations = 1000;
    limits.maxKeySlots = 2;
    return limits;
}

} // namespace sandi::fuzz
