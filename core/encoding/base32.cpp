#include "core/encoding/base32.h"

#include <array>
#include <cstdint>

namespace sandi::base32 {

namespace {

constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr std::int8_t kInvalid = -1;
constexpr std::int8_t kSkip = -2;

constexpr std::array<std::int8_t, 256> makeTable()
{
    std::array<std::int8_t, 256> table{};
    table.fill(kInvalid);
    for (std::size_t i = 0; i < kAlphabet.size(); ++i) {
        const auto upper = static_cast<unsigned char>(kAlphabet[i]);
        table[upper] = static_cast<std::int8_t>(i);
        if (upper >= 'A' && upper <= 'Z') {
            table[static_cast<unsigned char>(upper - 'A' + 'a')] = static_cast<std::int8_t>(i);
        }
    }
    // Separators people and issuers put in keys: "JBSW Y3DP", "jbsw-y3dp".
    for (char c : {' ', '\t', '-'}) {
        table[static_cast<unsigned char>(c)] = kSkip;
    }
    return table;
}

constexpr auto kTable = makeTable();

} // namespace

Result<SecretBytes> decode(std::string_view text)
{
    // Trailing '=' (any number, including none) and separators around them are padding.
    std::size_t end = text.size();
    while (end > 0 && (text[end - 1] == '=' || kTable[static_cast<unsigned char>(text[end - 1])] == kSkip)) {
        --end;
    }

    std::size_t symbols = 0;
    for (std::size_t i = 0; i < end; ++i) {
        const std::int8_t value = kTable[static_cast<unsigned char>(text[i])];
        if (value == kInvalid) {
            return fail(Errc::InvalidBase32Character, "invalid character at offset " + std::to_string(i));
        }
        if (value != kSkip) {
            ++symbols;
        }
    }
    if (symbols == 0) {
        return fail(Errc::EmptySecret);
    }
    // RFC 4648 §6: a final quantum has 2, 4, 5 or 7 symbols; 1, 3 or 6 cannot encode whole bytes.
    const std::size_t rest = symbols % 8;
    if (rest == 1 || rest == 3 || rest == 6) {
        return fail(Errc::InvalidBase32Length, std::to_string(symbols) + " symbols");
    }

    SecretBytes out = SecretBytes::zeroed(symbols * 5 / 8);
    const auto bytes = out.mutableView();
    std::size_t written = 0;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (std::size_t i = 0; i < end; ++i) {
        const std::int8_t value = kTable[static_cast<unsigned char>(text[i])];
        if (value < 0) {
            continue;
        }
        buffer = (buffer << 5) | static_cast<std::uint32_t>(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            bytes[written++] = static_cast<std::byte>((buffer >> bits) & 0xFFU);
        }
    }
    secureWipe(std::as_writable_bytes(std::span(&buffer, 1)));
    return out;
}

std::string encode(std::span<const std::byte> bytes, bool pad)
{
    std::string out;
    out.reserve((bytes.size() + 4) / 5 * 8);
    std::uint32_t buffer = 0;
    int bits = 0;
    for (std::byte b : bytes) {
        buffer = (buffer << 8) | std::to_integer<std::uint32_t>(b);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.push_back(kAlphabet[(buffer >> bits) & 0x1FU]);
        }
    }
    if (bits > 0) {
        out.push_back(kAlphabet[(buffer << (5 - bits)) & 0x1FU]);
    }
    secureWipe(std::as_writable_bytes(std::span(&buffer, 1)));
    if (pad) {
        while (out.size() % 8 != 0) {
            out.push_back('=');
        }
    }
    return out;
}

} // namespace sandi::base32
