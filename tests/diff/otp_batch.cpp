// otp_batch: Sandi's HOTP/TOTP for many cases at once, for the differential test
// (tests/diff/otp_differential.py). Core only; one case per stdin line, one result per stdout line:
//
//   <base32 key> <SHA1|SHA256|SHA512> <digits> <period> <t0> <unix time>     -> TOTP code at that time
//   <base32 key> <SHA1|SHA256|SHA512> <digits> <period> <t0> hotp:<counter>  -> HOTP code (0..2^64-1)
//
// A case the core rejects prints "error <ErrcName>" so the output stays aligned with the input. A
// line that is not in this format is a bug in the driver: message on stderr, exit status 2.

#include "core/encoding/base32.h"
#include "core/otp/otp.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace sandi;

constexpr std::size_t kFields = 6;
constexpr std::string_view kHotpPrefix = "hotp:";

std::vector<std::string_view> splitFields(std::string_view line)
{
    std::vector<std::string_view> fields;
    std::size_t pos = 0;
    while (pos < line.size()) {
        const std::size_t start = line.find_first_not_of(' ', pos);
        if (start == std::string_view::npos) {
            break;
        }
        const std::size_t end = std::min(line.find(' ', start), line.size());
        fields.push_back(line.substr(start, end - start));
        pos = end;
    }
    return fields;
}

template <class Int> std::optional<Int> parseInt(std::string_view text)
{
    Int value{};
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return value;
}

std::optional<otp::Algorithm> parseAlgorithm(std::string_view name)
{
    for (const auto algorithm : {otp::Algorithm::Sha1, otp::Algorithm::Sha256, otp::Algorithm::Sha512}) {
        if (otp::algorithmName(algorithm) == name) {
            return algorithm;
        }
    }
    return std::nullopt;
}

struct Case
{
    std::string_view key; // Base32, decoded by the core like a secret from a URI
    otp::Algorithm algorithm = otp::Algorithm::Sha1;
    int digits = 0;
    std::int64_t period = 0;
    std::int64_t t0 = 0;
    std::optional<std::uint64_t> counter; // HOTP when set
    std::int64_t time = 0;                // TOTP otherwise
};

std::optional<Case> parseCase(std::string_view line)
{
    const auto fields = splitFields(line);
    if (fields.size() != kFields) {
        return std::nullopt;
    }
    const auto algorithm = parseAlgorithm(fields[1]);
    const auto digits = parseInt<int>(fields[2]);
    const auto period = parseInt<std::int64_t>(fields[3]);
    const auto t0 = parseInt<std::int64_t>(fields[4]);
    if (!algorithm || !digits || !period || !t0) {
        return std::nullopt;
    }
    Case c{fields[0], *algorithm, *digits, *period, *t0, std::nullopt, 0};
    if (fields[5].starts_with(kHotpPrefix)) {
        c.counter = parseInt<std::uint64_t>(fields[5].substr(kHotpPrefix.size()));
        if (!c.counter) {
            return std::nullopt;
        }
    } else if (const auto time = parseInt<std::int64_t>(fields[5])) {
        c.time = *time;
    } else {
        return std::nullopt;
    }
    return c;
}

// The code for one case through the public API only, or the core's error.
Result<std::string> run(const Case& c)
{
    const auto key = base32::decode(c.key);
    if (!key) {
        return tl::unexpected(key.error());
    }
    const auto type = c.counter ? otp::Type::Hotp : otp::Type::Totp;
    const auto params = otp::Params::create(type, c.algorithm, c.digits, c.period, c.t0);
    if (!params) {
        return tl::unexpected(params.error());
    }
    return c.counter ? otp::codeAt(key->view(), *params, *c.counter) : otp::totpAt(key->view(), *params, c.time);
}

} // namespace

int main()
{
    std::ios::sync_with_stdio(false);
    std::string line;
    std::string out;
    std::size_t lineNumber = 0;
    while (std::getline(std::cin, line)) {
        ++lineNumber;
        const auto c = parseCase(line);
        if (!c) {
            std::cerr << "otp_batch: line " << lineNumber << ": expected 6 fields: "
                      << "<base32> <SHA1|SHA256|SHA512> <digits> <period> <t0> <time|hotp:counter>\n";
            return 2;
        }
        auto code = run(*c);
        if (code) {
            out += *code;
            secureWipe(*code);
        } else {
            out += "error ";
            out += errcName(code.error().code);
        }
        out += '\n';
        secureWipe(line); // the test keys are random, but a batch tool should not leave keys behind either
    }
    std::cout << out;
    std::cout.flush();
    secureWipe(out);
    return std::cout ? 0 : 1;
}
