#pragma once
// UTF-8 validation (RFC 3629), for text decoded from URIs and exports before it reaches the app.

#include <string_view>

namespace sandi::utf8 {

// True if `text` is well-formed UTF-8: no overlong forms, no surrogates (U+D800..U+DFFF), nothing
// above U+10FFFF, no truncated sequence. The empty text is valid.
[[nodiscard]] bool isValid(std::string_view text) noexcept;

} // namespace sandi::utf8
