// Test tool for tests/diff/migration_oracle.py: reads one input per line on stdin and prints one
// JSON object per line on stdout.
//   otpauth-migration://...   parsed with uri::parseMigration()
//   raw HEX                   protobuf bytes decoded with uri::decodeMigrationPayload()
// Success: {"ok":true,"version":..,"batch_size":..,"batch_index":..,"batch_id":..,"entries":[{"secret":HEX,
// "name":HEX,"issuer":HEX,"algorithm":..,"digits":..,"type":..,"counter":..,"params":"ok"|ERRC}],"uri":URI}
// where "uri" is serializeMigration() of the result. Failure: {"ok":false,"code":ERRC,"detail":..}.
// Secrets are printed in hex: this tool only ever sees the oracle's random test keys.
#include "core/uri/migration.h"

#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

namespace {

using sandi::uri::MigrationPayload;

std::string hex(std::span<const std::byte> bytes)
{
    constexpr std::string_view kDigits = "0123456789abcdef";
    std::string out;
    for (std::byte b : bytes) {
        const auto v = std::to_integer<unsigned>(b);
        out += kDigits[v >> 4U];
        out += kDigits[v & 0x0FU];
    }
    return out;
}

std::string hex(std::string_view text)
{
    return hex(std::as_bytes(std::span(text.data(), text.size())));
}

bool unhex(std::string_view text, std::vector<std::byte>& out)
{
    auto nibble = [](char c) {
        return c >= '0' && c <= '9'   ? c - '0'
               : c >= 'a' && c <= 'f' ? c - 'a' + 10
               : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                      : -1;
    };
    if (text.size() % 2 != 0) {
        return false;
    }
    for (std::size_t i = 0; i < text.size(); i += 2) {
        const int high = nibble(text[i]);
        const int low = nibble(text[i + 1]);
        if (high < 0 || low < 0) {
            return false;
        }
        out.push_back(static_cast<std::byte>(high * 16 + low));
    }
    return true;
}

std::string jsonString(std::string_view text)
{
    std::string out = "\"";
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20 || u >= 0x80) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", u);
            out += escaped;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

std::string entriesJson(const MigrationPayload& payload)
{
    std::string out = "[";
    for (const auto& e : payload.entries) {
        const auto params = sandi::uri::migrationEntryParams(e);
        out += out.size() > 1 ? "," : "";
        out += "{\"secret\":\"" + hex(e.secret.view()) + "\",\"name\":\"" + hex(e.name) + "\",\"issuer\":\"" +
               hex(e.issuer) + "\",\"algorithm\":" + std::to_string(e.algorithm) +
               ",\"digits\":" + std::to_string(e.digits) + ",\"type\":" + std::to_string(e.type) +
               ",\"counter\":" + std::to_string(e.counter) +
               ",\"params\":" + jsonString(params ? "ok" : sandi::errcName(params.error().code)) + "}";
    }
    return out + "]";
}

std::string resultJson(const sandi::Result<MigrationPayload>& result)
{
    if (!result) {
        return "{\"ok\":false,\"code\":" + jsonString(sandi::errcName(result.error().code)) +
               ",\"detail\":" + jsonString(result.error().detail) + "}";
    }
    const MigrationPayload& p = *result;
    return "{\"ok\":true,\"version\":" + std::to_string(p.version) + ",\"batch_size\":" + std::to_string(p.batchSize) +
           ",\"batch_index\":" + std::to_string(p.batchIndex) + ",\"batch_id\":" + std::to_string(p.batchId) +
           ",\"entries\":" + entriesJson(p) + ",\"uri\":" + jsonString(sandi::uri::serializeMigration(p)) + "}";
}

} // namespace

int main()
{
    std::ios::sync_with_stdio(false);
    std::string line;
    while (std::getline(std::cin, line)) {
        constexpr std::string_view kRaw = "raw ";
        if (std::string_view(line).starts_with(kRaw)) {
            std::vector<std::byte> bytes;
            if (!unhex(std::string_view(line).substr(kRaw.size()), bytes)) {
                std::cerr << "sandi_migration_dump: bad hex line\n";
                return 2;
            }
            std::cout << resultJson(sandi::uri::decodeMigrationPayload(bytes)) << '\n';
        } else {
            std::cout << resultJson(sandi::uri::parseMigration(line)) << '\n';
        }
    }
    return 0;
}
