#include "core/approval/ids.h"

#include "core/approval/protocol.h"
#include "core/crypto/sha256.h"
#include "core/encoding/base64.h"

#include <algorithm>

namespace sandi::approval {

namespace {

// A uniform value in [0, bound) by rejection sampling over one random byte at a time (bound <= 256).
Result<int> uniform(int bound)
{
    const int limit = 256 - 256 % bound; // bytes at or above limit would bias the modulo
    for (;;) {
        std::array<std::byte, 1> b{};
        if (auto ok = crypto::randomBytes(b); !ok) {
            return tl::unexpected(ok.error());
        }
        const int v = std::to_integer<int>(b[0]);
        if (v < limit) {
            return v % bound;
        }
    }
}

} // namespace

Result<std::string> randomToken()
{
    std::array<std::byte, kMinTokenBytes> bytes{};
    if (auto ok = crypto::randomBytes(bytes); !ok) {
        return tl::unexpected(ok.error());
    }
    return base64::encodeUrl(bytes);
}

Result<NumberDraw> drawNumbers()
{
    NumberDraw draw;
    const int range = kMaxNumber - kMinNumber + 1;
    for (int i = 0; i < kNumberCount; ++i) {
        for (;;) {
            const auto v = uniform(range);
            if (!v) {
                return tl::unexpected(v.error());
            }
            const int n = kMinNumber + *v;
            const auto end = draw.offered.begin() + i;
            if (std::find(draw.offered.begin(), end, n) == end) {
                draw.offered[static_cast<std::size_t>(i)] = n;
                break;
            }
        }
    }
    const auto pick = uniform(kNumberCount);
    if (!pick) {
        return tl::unexpected(pick.error());
    }
    draw.shown = draw.offered[static_cast<std::size_t>(*pick)];
    return draw;
}

Result<std::string> tokenDigest(std::string_view token)
{
    const auto hash = crypto::sha256(std::as_bytes(std::span(token.data(), token.size())));
    if (!hash) {
        return tl::unexpected(hash.error());
    }
    return base64::encodeUrl(*hash);
}

} // namespace sandi::approval
