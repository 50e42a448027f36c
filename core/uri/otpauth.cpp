#include "core/uri/otpauth.h"

#include "core/encoding/base32.h"
#include "core/encoding/percent.h"
#include "core/encoding/utf8.h"
#include "core/uri/otpauthlabel.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>

namespace sandi::uri {

namespace {

// ASCII case folding: scheme, type, parameter names and algorithm names are ASCII.
bool equalsIgnoreCase(std::string_view a, std::string_view b) noexcept
{
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [&](char x, char y) { return lower(x) == lower(y); });
}

// A value quoted in an error detail: printable ASCII only, and short. Never used for the secret.
std::string printable(std::string_view text)
{
    constexpr std::size_t kMax = 32;
    std::string out = "'";
    for (char c : text.substr(0, kMax)) {
        out += c >= 0x20 && c < 0x7F ? c : '?';
    }
    out += text.size() > kMax ? "...'" : "'";
    return out;
}

// ---- Step 1, syntax: scheme, type, label and parameters, still percent-encoded.

struct RawParam
{
    std::string_view name;
    std::string_view value;
};

struct Syntax
{
    std::string_view type;
    std::string_view label;
    std::vector<RawParam> params;
};

constexpr std::string_view kScheme = "otpauth:";

bool isUriSpace(char c) noexcept
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::vector<RawParam> splitQuery(std::string_view query)
{
    std::vector<RawParam> params;
    while (!query.empty()) {
        const std::size_t end = query.find('&');
        const std::string_view item = query.substr(0, end);
        query = end == std::string_view::npos ? std::string_view{} : query.substr(end + 1);
        if (item.empty()) {
            continue; // "a=1&&b=2", a trailing '&'
        }
        const std::size_t eq = item.find('=');
        params.push_back(eq == std::string_view::npos ? RawParam{item, {}}
                                                      : RawParam{item.substr(0, eq), item.substr(eq + 1)});
    }
    return params;
}

Result<Syntax> splitUri(std::string_view text)
{
    while (!text.empty() && isUriSpace(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && isUriSpace(text.back())) {
        text.remove_suffix(1);
    }
    if (text.size() < kScheme.size() || !equalsIgnoreCase(text.substr(0, kScheme.size()), kScheme)) {
        return fail(Errc::NotOtpauthUri);
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c == 0x7F) {
            return fail(Errc::MalformedUri, "control character at offset " + std::to_string(i));
        }
    }
    std::string_view rest = text.substr(kScheme.size());
    if (!rest.starts_with("//")) {
        return fail(Errc::MalformedUri, "no '//' after the scheme");
    }
    rest.remove_prefix(2);
    // A '#' is data, not a fragment: otpauth URIs have none, and issuers write "Team #1" unencoded.
    Syntax syntax;
    const std::size_t typeEnd = rest.find_first_of("/?");
    syntax.type = rest.substr(0, typeEnd);
    rest = typeEnd == std::string_view::npos ? std::string_view{} : rest.substr(typeEnd);
    if (rest.starts_with('/')) {
        const std::size_t labelEnd = rest.find('?');
        syntax.label = rest.substr(1, labelEnd == std::string_view::npos ? labelEnd : labelEnd - 1);
        rest = labelEnd == std::string_view::npos ? std::string_view{} : rest.substr(labelEnd);
    }
    if (rest.starts_with('?')) {
        syntax.params = splitQuery(rest.substr(1));
    }
    return syntax;
}

// ---- Step 2, meaning.

enum class Key : std::uint8_t
{
    Secret,
    Issuer,
    Algorithm,
    Digits,
    Period,
    Counter,
    T0,
    Encoder,
};

constexpr std::array<std::string_view, 8> kKeyNames = {"secret", "issuer",  "algorithm", "digits",
                                                       "period", "counter", "t0",        "encoder"};

struct Fields
{
    std::array<std::optional<std::string_view>, kKeyNames.size()> known; // still encoded
    std::vector<Parameter> extras;

    [[nodiscard]] std::optional<std::string_view> raw(Key key) const { return known[static_cast<std::size_t>(key)]; }
};

// Percent-decodes text that is not the secret and checks it is UTF-8; `what` names it in errors.
Result<std::string> decodeText(std::string_view raw, percent::Plus plus, std::string_view what)
{
    auto text = percent::decode(raw, plus);
    if (!text) {
        return fail(Errc::InvalidPercentEncoding, text.error().detail + " in " + std::string(what));
    }
    if (!utf8::isValid(*text)) {
        return fail(Errc::InvalidUtf8, "in " + std::string(what));
    }
    return text;
}

// Query values read '+' as a space, like Google Authenticator and every form decoder.
Result<std::string> decodeValue(std::string_view raw, Key key)
{
    return decodeText(raw, percent::Plus::Space, kKeyNames[static_cast<std::size_t>(key)]);
}

Result<Fields> sortParams(const std::vector<RawParam>& params)
{
    Fields fields;
    for (const RawParam& param : params) {
        auto name = decodeText(param.name, percent::Plus::Space, "a parameter name");
        if (!name) {
            return tl::unexpected(std::move(name.error()));
        }
        const auto* known = std::find_if(kKeyNames.begin(), kKeyNames.end(),
                                         [&](std::string_view key) { return equalsIgnoreCase(*name, key); });
        if (known != kKeyNames.end()) {
            auto& slot = fields.known[static_cast<std::size_t>(known - kKeyNames.begin())];
            if (slot) {
                return fail(Errc::DuplicateParameter, std::string(*known));
            }
            slot = param.value;
            continue;
        }
        auto value = decodeText(param.value, percent::Plus::Space, "parameter " + printable(*name));
        if (!value) {
            return tl::unexpected(std::move(value.error()));
        }
        fields.extras.push_back(Parameter{std::move(*name), std::move(*value)});
    }
    return fields;
}

Result<otp::Type> readType(std::string_view type)
{
    if (type.empty()) {
        return fail(Errc::MalformedUri, "no OTP type after otpauth://");
    }
    for (otp::Type candidate : {otp::Type::Totp, otp::Type::Hotp, otp::Type::Steam}) {
        if (equalsIgnoreCase(type, otp::typeName(candidate))) {
            return candidate;
        }
    }
    return fail(Errc::UnsupportedOtpType, "type " + printable(type));
}

// KeePassXC marks Steam as totp + encoder=steam; Aegis writes otpauth://steam/.
Result<otp::Type> applyEncoder(const Fields& fields, otp::Type type, bool& viaEncoder)
{
    viaEncoder = false;
    const auto raw = fields.raw(Key::Encoder);
    if (!raw) {
        return type;
    }
    auto value = decodeValue(*raw, Key::Encoder);
    if (!value) {
        return tl::unexpected(std::move(value.error()));
    }
    if (!equalsIgnoreCase(*value, "steam")) {
        return fail(Errc::UnsupportedOtpType, "encoder " + printable(*value));
    }
    if (type == otp::Type::Hotp) {
        return fail(Errc::UnsupportedOtpType, "encoder=steam on an HOTP URI");
    }
    viaEncoder = type == otp::Type::Totp;
    return otp::Type::Steam;
}

Result<SecretBytes> readSecret(const Fields& fields)
{
    const auto raw = fields.raw(Key::Secret);
    if (!raw) {
        return fail(Errc::MissingSecret, "no secret parameter");
    }
    auto text = percent::decode(*raw, percent::Plus::Space);
    if (!text) {
        return fail(Errc::InvalidPercentEncoding, text.error().detail + " in secret");
    }
    auto secret = base32::decode(*text);
    secureWipe(*text);
    if (!secret) {
        if (secret.error().code == Errc::EmptySecret) {
            return fail(Errc::MissingSecret, "empty secret parameter");
        }
        // base32's detail is an offset or a length, never the text.
        return fail(Errc::InvalidSecret,
                    std::string(errcName(secret.error().code)) + ": " + std::move(secret.error().detail));
    }
    return secret;
}

// Decimal digits only: no sign, no spaces, no hex. Leading zeros are harmless and accepted.
template <class Int> std::optional<Int> parseNumber(std::string_view text) noexcept
{
    Int value{};
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc{} || ptr != end) {
        return std::nullopt;
    }
    return value;
}

// A numeric parameter: absent → `fallback`; present but not a number of type Int → `code`.
template <class Int> Result<Int> readNumber(const Fields& fields, Key key, Int fallback, Errc code)
{
    const auto raw = fields.raw(key);
    if (!raw) {
        return fallback;
    }
    auto text = decodeValue(*raw, key);
    if (!text) {
        return tl::unexpected(std::move(text.error()));
    }
    const auto value = parseNumber<Int>(*text);
    if (!value) {
        return fail(code, std::string(kKeyNames[static_cast<std::size_t>(key)]) + "=" + printable(*text));
    }
    return *value;
}

Result<otp::Algorithm> readAlgorithm(const Fields& fields)
{
    const auto raw = fields.raw(Key::Algorithm);
    if (!raw) {
        return otp::Algorithm::Sha1;
    }
    auto text = decodeValue(*raw, Key::Algorithm);
    if (!text) {
        return tl::unexpected(std::move(text.error()));
    }
    for (otp::Algorithm candidate : {otp::Algorithm::Sha1, otp::Algorithm::Sha256, otp::Algorithm::Sha512}) {
        if (equalsIgnoreCase(*text, otp::algorithmName(candidate))) {
            return candidate;
        }
    }
    return fail(Errc::UnsupportedAlgorithm, "algorithm=" + printable(*text)); // no silent SHA-1
}

Result<otp::Params> readParams(const Fields& fields, otp::Type type)
{
    const auto algorithm = readAlgorithm(fields);
    if (!algorithm) {
        return tl::unexpected(algorithm.error());
    }
    const int defaultDigits = type == otp::Type::Steam ? otp::kSteamDigits : otp::kDefaultDigits;
    const auto digits = readNumber<int>(fields, Key::Digits, defaultDigits, Errc::InvalidDigits);
    if (!digits) {
        return tl::unexpected(digits.error());
    }
    const auto period = readNumber<std::int64_t>(fields, Key::Period, otp::kDefaultPeriod, Errc::InvalidPeriod);
    if (!period) {
        return tl::unexpected(period.error());
    }
    const auto t0 = readNumber<std::int64_t>(fields, Key::T0, 0, Errc::InvalidT0);
    if (!t0) {
        return tl::unexpected(t0.error());
    }
    return otp::Params::create(type, *algorithm, *digits, *period, *t0);
}

Result<std::uint64_t> readCounter(const Fields& fields, otp::Type type)
{
    if (type == otp::Type::Hotp && !fields.raw(Key::Counter)) {
        return fail(Errc::MissingCounter); // RFC 4226 has no agreed start value; guessing 0 desynchronises
    }
    return readNumber<std::uint64_t>(fields, Key::Counter, 0, Errc::InvalidCounter);
}

// Label and issuer: everything except the OTP parameters and the secret.
Result<void> readNames(const Syntax& syntax, const Fields& fields, OtpauthUri& uri)
{
    std::string issuerParam;
    if (const auto raw = fields.raw(Key::Issuer)) {
        auto value = decodeValue(*raw, Key::Issuer);
        if (!value) {
            return tl::unexpected(std::move(value.error()));
        }
        issuerParam = std::move(*value);
        uri.issuerParamPresent = true;
    }
    auto label = detail::splitLabel(syntax.label, issuerParam);
    if (!label) {
        return tl::unexpected(std::move(label.error()));
    }
    uri.labelIssuer = std::move(label->issuer);
    uri.account = std::move(label->account);
    // Google's spec recommends the parameter, and it is what survives label truncation; an empty one
    // ("issuer=") carries no information and does not hide the label prefix.
    uri.issuer = issuerParam.empty() ? uri.labelIssuer : std::move(issuerParam);
    if (uri.account.empty() && uri.issuer.empty()) {
        return fail(Errc::MissingLabel);
    }
    return {};
}

Result<OtpauthUri> interpret(const Syntax& syntax)
{
    auto type = readType(syntax.type);
    if (!type) {
        return tl::unexpected(std::move(type.error()));
    }
    auto fields = sortParams(syntax.params);
    if (!fields) {
        return tl::unexpected(std::move(fields.error()));
    }
    OtpauthUri uri;
    type = applyEncoder(*fields, *type, uri.steamViaEncoder);
    if (!type) {
        return tl::unexpected(std::move(type.error()));
    }
    if (auto names = readNames(syntax, *fields, uri); !names) {
        return tl::unexpected(std::move(names.error()));
    }
    auto secret = readSecret(*fields);
    if (!secret) {
        return tl::unexpected(std::move(secret.error()));
    }
    uri.secret = std::move(*secret);
    auto params = readParams(*fields, *type);
    if (!params) {
        return tl::unexpected(std::move(params.error()));
    }
    uri.params = *params;
    auto counter = readCounter(*fields, *type);
    if (!counter) {
        return tl::unexpected(std::move(counter.error()));
    }
    uri.counter = *counter;
    uri.extraParams = std::move(fields->extras);
    return uri;
}

} // namespace

Result<OtpauthUri> parseOtpauth(std::string_view text)
{
    auto syntax = splitUri(text);
    if (!syntax) {
        return tl::unexpected(std::move(syntax.error()));
    }
    return interpret(*syntax);
}

} // namespace sandi::uri
