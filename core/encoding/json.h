#pragma once
// JSON for the core's file formats and protocol messages, on Debian's nlohmann-json3 (3.11).
// parse() never throws and refuses what a hostile file could use against us: more than
// Limits::maxBytes of text, nesting deeper than Limits::maxDepth, invalid UTF-8 in strings.
// Reading fields of the returned value: use the checked getters below, which never throw either.

#include "core/result.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sandi::json {

using Value = nlohmann::json;

struct Limits
{
    std::size_t maxBytes = 64u * 1024u * 1024u; // the largest file or message accepted
    int maxDepth = 64;                          // objects and arrays nested in one another
};

// Errors: JsonTooLarge, JsonTooDeep, InvalidJson (syntax or invalid UTF-8; the detail says where).
[[nodiscard]] Result<Value> parse(std::string_view text, Limits limits = {});

// Compact serialisation (no spaces, keys in the order of the object, which nlohmann sorts).
// Invalid UTF-8 in a string is replaced with U+FFFD rather than thrown.
[[nodiscard]] std::string dump(const Value& value);

// Checked access: the member `key` of `object` if it exists with that type, else nullopt.
// None of these throws; an `object` that is not an object has no members.
[[nodiscard]] const Value* member(const Value& object, std::string_view key) noexcept;
[[nodiscard]] std::optional<std::string> string(const Value& object, std::string_view key);
[[nodiscard]] std::optional<std::int64_t> integer(const Value& object, std::string_view key) noexcept;
[[nodiscard]] std::optional<bool> boolean(const Value& object, std::string_view key) noexcept;

} // namespace sandi::json
