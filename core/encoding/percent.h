#pragma once
// Percent-encoding (RFC 3986 §2.1) for URIs such as otpauth:// and otpauth-migration://.

#include "core/result.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace sandi::percent {

// How decode() reads a '+'.
enum class Plus : std::uint8_t
{
    Literal, // RFC 3986: '+' is itself (paths, labels)
    Space,   // HTML form encoding: '+' is a space (query strings, as Android's and Python's parsers read them)
};

// Decodes %XX sequences (either hex case); every other byte, ASCII or not, is copied as is. The
// result is allocated once at the input's size and never grows, so a caller decoding a secret has
// exactly one buffer to wipe. Errors: InvalidPercentEncoding ('%' not followed by two hex digits;
// the detail gives the offset, never the text).
[[nodiscard]] Result<std::string> decode(std::string_view text, Plus plus = Plus::Literal);

// Encodes every byte except RFC 3986 unreserved characters (A-Z a-z 0-9 - . _ ~) as %XX with
// upper-case hex, so the result is safe in any URI component. Allocated once (no stray copies).
[[nodiscard]] std::string encode(std::string_view text);

} // namespace sandi::percent
