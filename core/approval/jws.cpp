#include "core/approval/jws.h"

#include "core/approval/protocol.h"
#include "core/encoding/base64.h"
#include "core/encoding/json.h"

#include <algorithm>

namespace sandi::approval {

namespace {

constexpr std::string_view kAlgorithm = "ES256";
constexpr json::Limits kHeaderLimits{kMaxMessageSize, 2};

std::span<const std::byte> bytesOf(std::string_view text) noexcept
{
    return std::as_bytes(std::span(text.data(), text.size()));
}

Result<std::string> decodePart(std::string_view part, std::string_view what)
{
    auto bytes = base64::decodeUrl(part);
    if (!bytes) {
        return fail(Errc::InvalidJws, std::string(what) + " is not base64url");
    }
    const auto view = bytes->view();
    return std::string(reinterpret_cast<const char*>(view.data()), view.size());
}

// RFC 7515 §4.1: the header names the algorithm; Sandi accepts ES256 only and refuses every
// parameter that could bring its own key (jwk, jku, x5u, x5c) or change processing (crit, b64).
Result<JwsHeader> readHeader(std::string_view text)
{
    if (text.empty()) {
        return fail(Errc::InvalidJws, "an empty header");
    }
    const auto value = json::parse(text, kHeaderLimits);
    if (!value || !value->is_object()) {
        return fail(Errc::InvalidJws, "the header is not a JSON object");
    }
    const auto alg = json::string(*value, "alg");
    if (!alg) {
        return fail(Errc::UnsupportedJwsAlgorithm, "the header has no alg");
    }
    if (*alg != kAlgorithm) {
        return fail(Errc::UnsupportedJwsAlgorithm, "alg is not ES256");
    }
    JwsHeader header;
    for (const auto& [name, member] : value->items()) {
        if (name == "alg") {
            continue;
        }
        if ((name != "typ" && name != "kid") || !member.is_string()) {
            return fail(Errc::UnsupportedJwsHeader, "header parameter " + name.substr(0, 32) + " is not accepted");
        }
        (name == "typ" ? header.typ : header.kid) = member.get<std::string>();
    }
    return header;
}

} // namespace

Result<Jws> Jws::parse(std::string_view compact)
{
    if (compact.size() > kMaxMessageSize) {
        return fail(Errc::MessageTooLarge, std::to_string(compact.size()) + " bytes");
    }
    const auto dot1 = compact.find('.');
    const auto dot2 = dot1 == std::string_view::npos ? dot1 : compact.find('.', dot1 + 1);
    if (dot2 == std::string_view::npos || compact.find('.', dot2 + 1) != std::string_view::npos) {
        return fail(Errc::InvalidJws, "not three dot-separated parts");
    }
    const auto headerPart = compact.substr(0, dot1);
    const auto payloadPart = compact.substr(dot1 + 1, dot2 - dot1 - 1);
    const auto signaturePart = compact.substr(dot2 + 1);
    // The header first, so that "alg":"none" (whose signature part is empty) is reported as such.
    auto headerText = decodePart(headerPart, "the header");
    if (!headerText) {
        return tl::unexpected(headerText.error());
    }
    auto header = readHeader(*headerText);
    if (!header) {
        return tl::unexpected(header.error());
    }
    if (payloadPart.empty() || signaturePart.empty()) {
        return fail(Errc::InvalidJws, "an empty payload or signature");
    }
    auto payload = decodePart(payloadPart, "the payload");
    if (!payload) {
        return tl::unexpected(payload.error());
    }
    const auto signature = base64::decodeUrl(signaturePart);
    if (!signature || signature->size() != crypto::kSignatureSize) {
        return fail(Errc::InvalidJws, "the signature is not 64 bytes of base64url");
    }
    Jws jws;
    jws.m_header = std::move(*header);
    jws.m_payload = std::move(*payload);
    jws.m_signingInput = std::string(compact.substr(0, dot2));
    std::copy(signature->view().begin(), signature->view().end(), jws.m_signature.begin());
    return jws;
}

bool Jws::verifiedBy(const crypto::EcPublicKey& key) const noexcept
{
    return key.verify(bytesOf(m_signingInput), m_signature);
}

Result<std::string> signJws(const crypto::EcPrivateKey& key, std::string_view payload, const JwsHeader& header)
{
    json::Value h = json::Value::object();
    h["alg"] = std::string(kAlgorithm);
    if (!header.kid.empty()) {
        h["kid"] = header.kid;
    }
    if (!header.typ.empty()) {
        h["typ"] = header.typ;
    }
    std::string out = base64::encodeUrl(bytesOf(json::dump(h)));
    out += '.';
    out += base64::encodeUrl(bytesOf(payload));
    if (out.size() + 1 + 86 > kMaxMessageSize) { // 86: a 64-byte signature in base64url
        return fail(Errc::MessageTooLarge, "the signed message would exceed the size limit");
    }
    const auto signature = key.sign(bytesOf(out));
    if (!signature) {
        return tl::unexpected(signature.error());
    }
    out += '.';
    out += base64::encodeUrl(*signature);
    return out;
}

} // namespace sandi::approval
