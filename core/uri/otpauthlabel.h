#pragma once
// Internal to the otpauth parser: splitting "Issuer:account" labels.

#include "core/result.h"

#include <string>
#include <string_view>

namespace sandi::uri::detail {

struct Label
{
    std::string issuer;  // "" when the label has no prefix
    std::string account; // without the spaces Google's spec allows after the colon
};

// Decodes and splits a raw (still percent-encoded) label; `issuerParam` is the decoded issuer
// parameter, "" if none. Errors: InvalidPercentEncoding, InvalidUtf8.
[[nodiscard]] Result<Label> splitLabel(std::string_view raw, std::string_view issuerParam);

} // namespace sandi::uri::detail
