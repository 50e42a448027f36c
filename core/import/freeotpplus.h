#pragma once
// FreeOTP+ JSON export: {"tokenOrder": [...], "tokens": [{"algo", "counter", "digits", "issuerExt",
// "label", "period", "secret": [signed bytes], "type"}, ...]}. Not encrypted.

#include "core/import/importresult.h"
#include "core/result.h"

#include <string_view>

namespace sandi::importer {

// Errors: FileTooLarge, JsonTooDeep, CorruptedFile (no "tokens" list). Tokens: TOTP, HOTP (and
// STEAM, if a version writes it); others and bad secrets are Unusable.
[[nodiscard]] Result<ImportResult> importFreeOtpPlus(std::string_view text, const ReadLimits& limits = {});

} // namespace sandi::importer
