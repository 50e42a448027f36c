#include "core/encoding/utf8.h"

#include <cstddef>

namespace sandi::utf8 {

namespace {

bool isContinuation(unsigned char c) noexcept
{
    return (c & 0xC0U) == 0x80U;
}

// Length of the sequence that `lead` starts and the allowed range of its second byte
// (RFC 3629 §4, the UTF8-2/3/4 rules), or 0 for a byte that cannot start one.
struct Lead
{
    std::size_t length;
    unsigned char secondMin;
    unsigned char secondMax;
};

Lead classify(unsigned char lead) noexcept
{
    if (lead >= 0xC2 && lead <= 0xDF) {
        return {2, 0x80, 0xBF};
    }
    if (lead == 0xE0) {
        return {3, 0xA0, 0xBF}; // no overlong forms
    }
    if (lead == 0xED) {
        return {3, 0x80, 0x9F}; // no surrogates
    }
    if (lead >= 0xE1 && lead <= 0xEF) {
        return {3, 0x80, 0xBF};
    }
    if (lead == 0xF0) {
        return {4, 0x90, 0xBF}; // no overlong forms
    }
    if (lead >= 0xF1 && lead <= 0xF3) {
        return {4, 0x80, 0xBF};
    }
    if (lead == 0xF4) {
        return {4, 0x80, 0x8F}; // nothing above U+10FFFF
    }
    return {0, 0, 0};
}

} // namespace

bool isValid(std::string_view text) noexcept
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        const Lead kind = classify(lead);
        if (kind.length == 0 || text.size() - i < kind.length) {
            return false;
        }
        const auto second = static_cast<unsigned char>(text[i + 1]);
        if (second < kind.secondMin || second > kind.secondMax) {
            return false;
        }
        for (std::size_t k = 2; k < kind.length; ++k) {
            if (!isContinuation(static_cast<unsigned char>(text[i + k]))) {
                return false;
            }
        }
        i += kind.length;
    }
    return true;
}

} // namespace sandi::utf8
