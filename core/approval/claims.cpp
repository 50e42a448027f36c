#include "core/approval/claims.h"

#include "core/approval/protocol.h"
#include "core/encoding/base64.h"

#include <algorithm>

namespace sandi::approval::claims {

namespace {

constexpr json::Limits kPayloadLimits{kMaxMessageSize, 8};
constexpr std::int64_t kMaxTime = std::int64_t{1} << 53;

} // namespace

tl::unexpected<Error> malformed(std::string_view field)
{
    return fail(Errc::MalformedMessage, "field " + std::string(field) + " is missing or invalid");
}

Result<json::Value> payload(const Jws& jws, std::string_view typ)
{
    auto value = json::parse(jws.payload(), kPayloadLimits);
    if (!value || !value->is_object()) {
        return fail(Errc::MalformedMessage, "the payload is not a JSON object");
    }
    const auto actual = json::string(*value, "typ");
    if (!actual) {
        return malformed("typ");
    }
    if (*actual != typ) {
        return fail(Errc::WrongMessageType, "expected typ " + std::string(typ));
    }
    return std::move(*value);
}

Result<json::Value> object(std::string_view text, std::size_t maxBytes)
{
    if (text.size() > maxBytes) {
        return fail(Errc::MessageTooLarge, std::to_string(text.size()) + " bytes");
    }
    auto value = json::parse(text, json::Limits{maxBytes, 8});
    if (!value || !value->is_object()) {
        return fail(Errc::MalformedMessage, "the body is not a JSON object");
    }
    return std::move(*value);
}

Result<std::string> text(const json::Value& object, std::string_view key, std::size_t maxBytes)
{
    auto value = json::string(object, key);
    // nlohmann has already refused invalid UTF-8; C0 controls and DEL could disguise what is shown.
    if (!value || value->empty() || value->size() > maxBytes || std::any_of(value->begin(), value->end(), [](char c) {
            return static_cast<unsigned char>(c) < 0x20 || c == 0x7F;
        })) {
        return malformed(key);
    }
    return std::move(*value);
}

bool isToken(std::string_view value)
{
    const auto bytes = base64::decodeUrl(value);
    return bytes && bytes->size() >= kMinTokenBytes && bytes->size() <= kMaxTokenBytes;
}

Result<std::string> token(const json::Value& object, std::string_view key)
{
    auto value = json::string(object, key);
    if (!value || !isToken(*value)) {
        return malformed(key);
    }
    return std::move(*value);
}

Result<std::int64_t> time(const json::Value& object, std::string_view key)
{
    const auto value = json::integer(object, key);
    if (!value || *value < 0 || *value > kMaxTime) {
        return malformed(key);
    }
    return *value;
}

Result<std::string> sign(const crypto::EcPrivateKey& key, const json::Value& object)
{
    return signJws(key, json::dump(object));
}

} // namespace sandi::approval::claims
