#pragma once
// A text file of otpauth:// URIs, one per line (Ente Auth, Bitwarden, scripts), which may also hold
// otpauth-migration:// lines (Google Authenticator exports). Blank lines and lines starting with
// '#' are ignored; a UTF-8 byte order mark and CR line ends are accepted.

#include "core/import/importresult.h"
#include "core/result.h"

#include <string_view>

namespace sandi::importer {

// True when the first line that is not blank or a comment starts with otpauth:// or
// otpauth-migration:// (any case).
[[nodiscard]] bool looksLikeOtpauthList(std::string_view text) noexcept;

// A line that is not a usable account is an Unusable entry whose index is its 1-based line number
// (the reason is the URI parser's error; the line is never quoted, it may hold a secret), never
// fatal. Errors: FileTooLarge, UnknownFileFormat (the first line is not a URI).
[[nodiscard]] Result<ImportResult> importOtpauthList(std::string_view text, const ReadLimits& limits = {});

} // namespace sandi::importer
