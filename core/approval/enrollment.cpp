#include "core/approval/enrollment.h"

#include "core/approval/protocol.h"
#include "core/encoding/base64.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>

namespace sandi::approval {

namespace {

constexpr std::size_t kMaxUrlSize = 2048;

char lower(char c) noexcept
{
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) noexcept
{
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lower(x) == lower(y); });
}

// RFC 3986 §3.2.2 reg-name (letters, digits, '-', '.') or an IPv6 literal in brackets; no
// percent-encoding or sub-delims, which no real acceptor needs.
bool validHost(std::string_view host) noexcept
{
    if (host.size() > 2 && host.front() == '[' && host.back() == ']') {
        return std::all_of(host.begin() + 1, host.end() - 1, [](char c) {
            return std::isxdigit(static_cast<unsigned char>(c)) != 0 || c == ':' || c == '.';
        });
    }
    return !host.empty() && host.size() <= 253 && host.front() != '.' && host.front() != '-' &&
           std::all_of(host.begin(), host.end(),
                       [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '.'; });
}

bool validPort(std::string_view port) noexcept
{
    unsigned value = 0;
    const auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
    return !port.empty() && port.size() <= 5 && ec == std::errc{} && end == port.data() + port.size() && value >= 1 &&
           value <= 65535;
}

// Path characters: RFC 3986 pchar without percent-encoding, sub-delims or ':' '@'.
bool validPath(std::string_view path) noexcept
{
    return std::all_of(path.begin(), path.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '/' || c == '-' || c == '.' || c == '_' ||
               c == '~';
    });
}

// The value of the one parameter named `name` (case-insensitive, like the otpauth parser), or
// nullopt; an error if it appears twice.
Result<std::optional<std::string>> single(const uri::OtpauthUri& uri, std::string_view name)
{
    std::optional<std::string> found;
    for (const auto& p : uri.extraParams) {
        if (equalsIgnoreCase(p.name, name)) {
            if (found) {
                return fail(Errc::InvalidEnrollment, "parameter " + std::string(name) + " appears twice");
            }
            found = p.value;
        }
    }
    return found;
}

Result<std::int64_t> parseExpiry(std::string_view text)
{
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || text.front() == '-' || ec != std::errc{} || end != text.data() + text.size() || value <= 0) {
        return fail(Errc::InvalidEnrollment, "enroll_exp is not a positive number of seconds");
    }
    return value;
}

Result<std::string> checkToken(std::string_view token)
{
    const auto bytes = base64::decodeUrl(token);
    if (!bytes || bytes->size() < kMinTokenBytes || bytes->size() > kMaxTokenBytes) {
        return fail(Errc::InvalidEnrollment, "enroll is not base64url of 16 to 64 bytes");
    }
    return std::string(token);
}

} // namespace

Result<std::string> normaliseAcceptorUrl(std::string_view url, UrlPolicy policy)
{
    if (url.size() > kMaxUrlSize) {
        return fail(Errc::InvalidEnrollment, "the acceptor URL is too long");
    }
    const auto schemeEnd = url.find("://");
    if (schemeEnd == std::string_view::npos) {
        return fail(Errc::InvalidEnrollment, "the acceptor URL has no scheme");
    }
    const auto scheme = url.substr(0, schemeEnd);
    const bool https = equalsIgnoreCase(scheme, "https");
    if (!https && !equalsIgnoreCase(scheme, "http")) {
        return fail(Errc::InvalidEnrollment, "the acceptor URL is neither https nor http");
    }
    const auto rest = url.substr(schemeEnd + 3);
    const auto authorityEnd = std::min(rest.find('/'), rest.size());
    const auto authority = rest.substr(0, authorityEnd);
    std::string path(rest.substr(authorityEnd));
    // A port follows the last ':' unless that colon is inside an IPv6 literal.
    const auto colon = authority.rfind(':');
    const bool hasPort = colon != std::string_view::npos && authority.find(']', colon) == std::string_view::npos;
    std::string host(authority.substr(0, hasPort ? colon : authority.size()));
    std::transform(host.begin(), host.end(), host.begin(), lower);
    if (!validHost(host) || (hasPort && !validPort(authority.substr(colon + 1))) || !validPath(path)) {
        return fail(Errc::InvalidEnrollment, "the acceptor URL is not scheme://host[:port][/path]");
    }
    if (!https && !(policy.allowLoopbackHttp && (host == "127.0.0.1" || host == "localhost"))) {
        return fail(Errc::InsecureAcceptorUrl, "plain http is allowed only to 127.0.0.1 in development");
    }
    while (!path.empty() && path.back() == '/') {
        path.pop_back();
    }
    std::string out = https ? "https://" : "http://";
    out += host;
    if (hasPort) {
        out += authority.substr(colon);
    }
    out += path;
    return out;
}

Result<std::optional<Enrollment>> enrollmentFromUri(const uri::OtpauthUri& uri, UrlPolicy policy)
{
    std::array<std::optional<std::string>, 4> values;
    const std::array<std::string_view, 4> names = {kAcceptorParam, kEnrollParam, kEnrollExpParam, kPinParam};
    for (std::size_t i = 0; i < names.size(); ++i) {
        auto value = single(uri, names[i]);
        if (!value) {
            return tl::unexpected(value.error());
        }
        values[i] = std::move(*value);
    }
    if (std::none_of(values.begin(), values.end(), [](const auto& v) { return v.has_value(); })) {
        return std::optional<Enrollment>{};
    }
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (!values[i]) {
            return fail(Errc::InvalidEnrollment, "parameter " + std::string(names[i]) + " is missing");
        }
    }
    auto acceptor = normaliseAcceptorUrl(*values[0], policy);
    auto token = acceptor ? checkToken(*values[1]) : tl::unexpected(acceptor.error());
    auto expires = token ? parseExpiry(*values[2]) : tl::unexpected(token.error());
    auto pin = expires ? parsePin(*values[3]) : tl::unexpected(expires.error());
    if (!pin) {
        return tl::unexpected(pin.error());
    }
    return Enrollment{std::move(*acceptor), std::move(*token), *expires, *pin};
}

void addEnrollment(uri::OtpauthUri& uri, const Enrollment& enrollment)
{
    std::erase_if(uri.extraParams, [](const uri::Parameter& p) {
        return equalsIgnoreCase(p.name, kAcceptorParam) || equalsIgnoreCase(p.name, kEnrollParam) ||
               equalsIgnoreCase(p.name, kEnrollExpParam) || equalsIgnoreCase(p.name, kPinParam);
    });
    uri.extraParams.push_back({std::string(kAcceptorParam), enrollment.acceptor});
    uri.extraParams.push_back({std::string(kEnrollParam), enrollment.token});
    uri.extraParams.push_back({std::string(kEnrollExpParam), std::to_string(enrollment.expires)});
    uri.extraParams.push_back({std::string(kPinParam), pinText(enrollment.pin)});
}

std::string endpointUrl(std::string_view acceptor, std::string_view path)
{
    std::string out(acceptor);
    out += path;
    return out;
}

} // namespace sandi::approval
