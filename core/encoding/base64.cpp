#include "core/encoding/base64.h"

#include <array>
#include <cstdint>

namespace sandi::base64 {

namespace {

constexpr std::string_view kStandard = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr std::string_view kUrlSafe = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
constexpr std::int8_t kInvalid = -1;
constexpr std::size_t kMaxPadding = 2; // a final quantum of 2 or 3 characters gets "==" or "="

// Both alphabets in one table: they differ only in the characters for 62 and 63.
constexpr std::array<std::int8_t, 256> makeTable()
{
    std::array<std::int8_t, 256> table{};
    table.fill(kInvalid);
    for (std::size_t i = 0; i < kStandard.size(); ++i) {
        table[static_cast<unsigned char>(kStandard[i])] = static_cast<std::int8_t>(i);
        table[static_cast<unsigned char>(kUrlSafe[i])] = static_cast<std::int8_t>(i);
    }
    return table;
}

constexpr auto kTable = makeTable();

bool isStandardOnly(char c) noexcept
{
    return c == '+' || c == '/';
}

bool isUrlSafeOnly(char c) noexcept
{
    return c == '-' || c == '_';
}

// Checks every character and the padding; returns the number of Base64 symbols before the padding.
Result<std::size_t> validate(std::string_view text)
{
    std::size_t end = text.size();
    while (end > 0 && text[end - 1] == '=') {
        --end;
    }
    const std::size_t padding = text.size() - end;
    bool standard = false;
    bool urlSafe = false;
    for (std::size_t i = 0; i < end; ++i) {
        if (kTable[static_cast<unsigned char>(text[i])] == kInvalid) {
            return fail(Errc::InvalidBase64, "invalid character at offset " + std::to_string(i));
        }
        standard = standard || isStandardOnly(text[i]);
        urlSafe = urlSafe || isUrlSafeOnly(text[i]);
    }
    if (standard && urlSafe) {
        return fail(Errc::InvalidBase64, "mixes the standard and URL-safe alphabets");
    }
    // RFC 4648 §4: a final quantum has 2 or 3 characters (or none); 1 cannot encode a whole byte.
    const std::size_t rest = end % 4;
    if (rest == 1) {
        return fail(Errc::InvalidBase64, std::to_string(end) + " symbols");
    }
    if (padding > 0 && (padding > kMaxPadding || rest == 0 || (end + padding) % 4 != 0)) {
        return fail(Errc::InvalidBase64,
                    std::to_string(padding) + " padding characters after " + std::to_string(end) + " symbols");
    }
    return end;
}

} // namespace

Result<SecretBytes> decode(std::string_view text)
{
    const auto symbols = validate(text);
    if (!symbols) {
        return tl::unexpected(symbols.error());
    }
    SecretBytes out = SecretBytes::zeroed(*symbols / 4 * 3 + (*symbols % 4) * 3 / 4);
    const auto bytes = out.mutableView();
    std::size_t written = 0;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (std::size_t i = 0; i < *symbols; ++i) {
        buffer = (buffer << 6) | static_cast<std::uint32_t>(kTable[static_cast<unsigned char>(text[i])]);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            bytes[written++] = static_cast<std::byte>((buffer >> bits) & 0xFFU);
        }
    }
    secureWipe(std::as_writable_bytes(std::span(&buffer, 1)));
    return out;
}

Result<SecretBytes> decodeUrl(std::string_view text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '=' || isStandardOnly(text[i])) {
            return fail(Errc::InvalidBase64, "not base64url without padding at offset " + std::to_string(i));
        }
    }
    // RFC 4648 §3.5: a final quantum of 2 (3) characters carries 4 (2) unused bits, which must be zero.
    const std::size_t rest = text.size() % 4;
    if (rest == 2 || rest == 3) {
        const auto last = static_cast<unsigned>(kTable[static_cast<unsigned char>(text.back())]);
        const unsigned unusedMask = rest == 2 ? 0x0FU : 0x03U;
        if (kTable[static_cast<unsigned char>(text.back())] != kInvalid && (last & unusedMask) != 0) {
            return fail(Errc::InvalidBase64, "non-zero unused bits in the last character");
        }
    }
    return decode(text);
}

std::string encode(std::span<const std::byte> bytes, Alphabet alphabet, bool pad)
{
    const std::string_view chars = alphabet == Alphabet::UrlSafe ? kUrlSafe : kStandard;
    std::string out;
    // Reserve the exact size up front: a reallocation would leave an unwiped copy behind.
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::uint32_t buffer = 0;
    int bits = 0;
    for (std::byte b : bytes) {
        buffer = (buffer << 8) | std::to_integer<std::uint32_t>(b);
        bits += 8;
        while (bits >= 6) {
            bits -= 6;
            out.push_back(chars[(buffer >> bits) & 0x3FU]);
        }
    }
    if (bits > 0) {
        out.push_back(chars[(buffer << (6 - bits)) & 0x3FU]);
    }
    secureWipe(std::as_writable_bytes(std::span(&buffer, 1)));
    if (pad) {
        while (out.size() % 4 != 0) {
            out.push_back('=');
        }
    }
    return out;
}

} // namespace sandi::base64
