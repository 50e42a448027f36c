#pragma once
// The OpenSSL library Sandi runs with (for the About dialog).

#include <string>

namespace sandi::crypto {

// OpenSSL's own description of the library loaded at run time, e.g. "OpenSSL 3.0.11 19 Sep 2023".
[[nodiscard]] std::string opensslVersion();

} // namespace sandi::crypto
