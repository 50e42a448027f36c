#include "core/uri/otpauthlabel.h"

#include "core/encoding/percent.h"
#include "core/encoding/utf8.h"

namespace sandi::uri::detail {

namespace {

constexpr auto npos = std::string_view::npos;

// Labels are paths: '+' is a literal plus.
std::string decodeLabel(std::string_view raw)
{
    // Only called on slices of a label that decoded as a whole, cut at a literal ':'.
    return percent::decode(raw, percent::Plus::Literal).value_or(std::string{});
}

// Where the issuer prefix ends in a label with literal colons: the first one, unless an issuer
// parameter that itself holds a colon ("Acme:EU") matches a longer prefix exactly.
std::size_t literalSeparator(std::string_view raw, std::string_view issuerParam)
{
    const std::size_t first = raw.find(':');
    if (issuerParam.find(':') == npos) {
        return first;
    }
    // A decoded prefix of n bytes comes from n..3n raw bytes; other colons cannot match.
    for (std::size_t pos = first; pos != npos && pos <= 3 * issuerParam.size(); pos = raw.find(':', pos + 1)) {
        if (pos >= issuerParam.size() && decodeLabel(raw.substr(0, pos)) == issuerParam) {
            return pos;
        }
    }
    return first;
}

// The same for a label whose colons are all encoded ("Issuer%3Aaccount", as encodeURIComponent writes).
std::size_t decodedSeparator(std::string_view decoded, std::string_view issuerParam)
{
    if (issuerParam.find(':') != npos && decoded.size() > issuerParam.size() && decoded.starts_with(issuerParam) &&
        decoded[issuerParam.size()] == ':') {
        return issuerParam.size();
    }
    return decoded.find(':');
}

} // namespace

Result<Label> splitLabel(std::string_view raw, std::string_view issuerParam)
{
    auto decoded = percent::decode(raw, percent::Plus::Literal);
    if (!decoded) {
        return fail(Errc::InvalidPercentEncoding, decoded.error().detail + " in the label");
    }
    if (!utf8::isValid(*decoded)) {
        return fail(Errc::InvalidUtf8, "in the label");
    }
    Label label;
    // A literal ':' is the separator, so "Acme%3AEU:alice" keeps its encoded colon in the issuer.
    if (const std::size_t cut = literalSeparator(raw, issuerParam); cut != npos) {
        label.issuer = decodeLabel(raw.substr(0, cut));
        label.account = decodeLabel(raw.substr(cut + 1));
    } else if (const std::size_t dcut = decodedSeparator(*decoded, issuerParam); dcut != npos) {
        label.issuer = decoded->substr(0, dcut);
        label.account = decoded->substr(dcut + 1);
    } else {
        label.account = std::move(*decoded);
        return label;
    }
    // Google's Key URI format: "Optional spaces may precede the account name."
    label.account.erase(0, label.account.find_first_not_of(' '));
    return label;
}

} // namespace sandi::uri::detail
