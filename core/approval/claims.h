#pragma once
// Internal to core/approval: reading and writing the JSON payloads of the protocol's messages.
// Every reader fails with MalformedMessage naming the field, never echoing its value.

#include "core/approval/jws.h"
#include "core/approval/protocol.h"
#include "core/encoding/json.h"
#include "core/result.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sandi::approval::claims {

// The payload of `jws` as a JSON object whose "typ" is `typ`. Errors: MalformedMessage, WrongMessageType.
[[nodiscard]] Result<json::Value> payload(const Jws& jws, std::string_view typ);
// A JSON object body (a response). Errors: MessageTooLarge, MalformedMessage.
[[nodiscard]] Result<json::Value> object(std::string_view text, std::size_t maxBytes = kMaxMessageSize);

// Required UTF-8 text of 1..maxBytes bytes without control characters (shown to the user).
[[nodiscard]] Result<std::string> text(const json::Value& object, std::string_view key, std::size_t maxBytes);
// Required strict base64url of kMinTokenBytes..kMaxTokenBytes bytes (ids, tokens, jti).
[[nodiscard]] Result<std::string> token(const json::Value& object, std::string_view key);
// Required integer time in unix seconds, 0..2^53 (exactly representable in JSON everywhere).
[[nodiscard]] Result<std::int64_t> time(const json::Value& object, std::string_view key);

// True if `value` is a token token() accepts.
[[nodiscard]] bool isToken(std::string_view value);
// Signs `object` (compact JSON) with `key`. Errors: MessageTooLarge, CryptoFailure.
[[nodiscard]] Result<std::string> sign(const crypto::EcPrivateKey& key, const json::Value& object);

[[nodiscard]] tl::unexpected<Error> malformed(std::string_view field);

} // namespace sandi::approval::claims
