#include "core/encoding/percent.h"

#include "core/crypto/secretbytes.h"

namespace sandi::percent {

namespace {

constexpr std::string_view kHexDigits = "0123456789ABCDEF";

int hexValue(char c) noexcept
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

// RFC 3986 §2.3.
bool isUnreserved(char c) noexcept
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~';
}

} // namespace

Result<std::string> decode(std::string_view text, Plus plus)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+' && plus == Plus::Space) {
            out.push_back(' ');
        } else if (c != '%') {
            out.push_back(c);
        } else {
            const int high = i + 1 < text.size() ? hexValue(text[i + 1]) : -1;
            const int low = i + 2 < text.size() ? hexValue(text[i + 2]) : -1;
            if (high < 0 || low < 0) {
                secureWipe(out); // may be part of a secret
                return fail(Errc::InvalidPercentEncoding, "bad %XX at offset " + std::to_string(i));
            }
            out.push_back(static_cast<char>(high * 16 + low));
            i += 2;
        }
    }
    return out;
}

std::string encode(std::string_view text)
{
    std::string out;
    out.reserve(text.size() * 3);
    for (char c : text) {
        if (isUnreserved(c)) {
            out.push_back(c);
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out.push_back('%');
            out.push_back(kHexDigits[byte >> 4U]);
            out.push_back(kHexDigits[byte & 0x0FU]);
        }
    }
    return out;
}

} // namespace sandi::percent
