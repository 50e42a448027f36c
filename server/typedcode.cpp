#include "server/typedcode.h"

#include "core/crypto/secretbytes.h"
#include "core/otp/otp.h"

#include <algorithm>
#include <array>

namespace sandi::server {

TypedCodeResult checkTypedCode(std::span<const std::byte> key, std::string_view code, std::int64_t unixTime,
                               std::optional<std::int64_t> lastAcceptedStep)
{
    if (code.size() != 6 || !std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return {TypedCodeVerdict::Malformed, 0};
    const otp::Params params; // SHA-1, 6 digits, 30 s: what SPSE's QR codes say
    const std::int64_t now = otp::timeStep(params, unixTime);
    const std::array<std::int64_t, 3> order{0, -kTypedCodeWindow, kTypedCodeWindow};
    for (const std::int64_t delta : order) {
        const std::int64_t step = now + delta;
        if (step < 0)
            continue;
        auto expected = otp::codeAt(key, params, static_cast<std::uint64_t>(step));
        if (!expected)
            continue;
        const bool same = constantTimeEquals(std::as_bytes(std::span(expected->data(), expected->size())),
                                             std::as_bytes(std::span(code.data(), code.size())));
        secureWipe(*expected);
        if (!same)
            continue;
        if (lastAcceptedStep && step <= *lastAcceptedStep)
            return {TypedCodeVerdict::Replayed, step};
        return {TypedCodeVerdict::Accepted, step};
    }
    return {TypedCodeVerdict::Wrong, 0};
}

} // namespace sandi::server
