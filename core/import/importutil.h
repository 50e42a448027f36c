#pragma once
// Internal to core/import: reading the JSON and binary pieces of other apps' exports.

#include "core/crypto/secretbytes.h"
#include "core/encoding/json.h"
#include "core/import/importresult.h"
#include "core/result.h"

#include <optional>
#include <string_view>

namespace sandi::importer::detail {

// The file as JSON. Errors: FileTooLarge, JsonTooDeep, CorruptedFile (not JSON: damaged or truncated).
[[nodiscard]] Result<json::Value> parseJsonFile(std::string_view text, const ReadLimits& limits);

// Hex (either case) of exactly `size` bytes (any non-zero size up to maxSize when `size` is 0).
[[nodiscard]] std::optional<SecretBytes> hexBytes(std::string_view text, std::size_t size, std::size_t maxSize = 1024);

[[nodiscard]] std::span<const std::byte> bytesOf(std::string_view text);
[[nodiscard]] std::string_view textOf(const SecretBytes& bytes);

// Wipes every string member named `key` in the objects of `list` (their secrets).
void wipeMember(json::Value& list, std::string_view key);

} // namespace sandi::importer::detail
