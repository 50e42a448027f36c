#include "core/encoding/json.h"

#include <string>

namespace sandi::json {

Result<Value> parse(std::string_view text, Limits limits)
{
    if (text.size() > limits.maxBytes) {
        return fail(Errc::JsonTooLarge, "the text has " + std::to_string(text.size()) + " bytes; the limit is " +
                                            std::to_string(limits.maxBytes));
    }
    // nlohmann's parser keeps its own stack (no recursion), so depth is checked as it goes: the
    // callback sees every object_start/array_start with the current depth.
    bool tooDeep = false;
    const Value::parser_callback_t limitDepth = [&](int depth, Value::parse_event_t event, Value&) {
        if ((event == Value::parse_event_t::object_start || event == Value::parse_event_t::array_start) &&
            depth >= limits.maxDepth) {
            tooDeep = true;
        }
        return !tooDeep;
    };
    try {
        Value value = Value::parse(text.begin(), text.end(), limitDepth, /*allow_exceptions=*/true,
                                   /*ignore_comments=*/false);
        if (tooDeep) {
            return fail(Errc::JsonTooDeep, "nested deeper than " + std::to_string(limits.maxDepth) + " levels");
        }
        return value;
    } catch (const Value::parse_error& e) {
        if (tooDeep) {
            return fail(Errc::JsonTooDeep, "nested deeper than " + std::to_string(limits.maxDepth) + " levels");
        }
        return fail(Errc::InvalidJson, e.what());
    } catch (const Value::exception& e) {
        return fail(Errc::InvalidJson, e.what());
    }
}

std::string dump(const Value& value)
{
    return value.dump(-1, ' ', false, Value::error_handler_t::replace);
}

const Value* member(const Value& object, std::string_view key) noexcept
{
    if (!object.is_object()) {
        return nullptr;
    }
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

std::optional<std::string> string(const Value& object, std::string_view key)
{
    const Value* v = member(object, key);
    if (v == nullptr || !v->is_string()) {
        return std::nullopt;
    }
    return v->get_ref<const std::string&>();
}

std::optional<std::int64_t> integer(const Value& object, std::string_view key) noexcept
{
    const Value* v = member(object, key);
    if (v == nullptr) {
        return std::nullopt;
    }
    // nlohmann counts unsigned numbers as integers too: ask for the unsigned ones first.
    if (v->is_number_unsigned()) {
        const auto u = v->get<std::uint64_t>();
        if (u <= static_cast<std::uint64_t>(INT64_MAX)) {
            return static_cast<std::int64_t>(u);
        }
        return std::nullopt;
    }
    if (v->is_number_integer()) {
        return v->get<std::int64_t>();
    }
    return std::nullopt;
}

std::optional<bool> boolean(const Value& object, std::string_view key) noexcept
{
    const Value* v = member(object, key);
    if (v == nullptr || !v->is_boolean()) {
        return std::nullopt;
    }
    return v->get<bool>();
}

} // namespace sandi::json
