// libFuzzer target: enrollment parameters of otpauth URIs. enrollmentFromUri() never crashes or
// throws; an enrollment it accepts, written into a URI by addEnrollment(), reads back the same.
#include "core/approval/enrollment.h"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace sandi;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)approval::normaliseAcceptorUrl(text, approval::UrlPolicy{true});
    auto uri = uri::parseOtpauth(text);
    if (!uri) {
        return 0;
    }
    const auto e = approval::enrollmentFromUri(*uri, approval::UrlPolicy{true});
    if (!e || !e->has_value()) {
        return 0;
    }
    approval::addEnrollment(*uri, **e);
    std::string written = uri::serializeOtpauth(*uri);
    const auto reread = uri::parseOtpauth(written);
    const auto back =
        reread ? approval::enrollmentFromUri(*reread, approval::UrlPolicy{true}) : tl::unexpected(reread.error());
    const approval::Enrollment& a = **e;
    if (!back || !back->has_value() || (*back)->acceptor != a.acceptor || (*back)->token != a.token ||
        (*back)->expires != a.expires || !((*back)->pin == a.pin)) {
        std::abort();
    }
    // The normalised acceptor URL is a fixed point.
    if (approval::normaliseAcceptorUrl(a.acceptor, approval::UrlPolicy{true}) != a.acceptor) {
        std::abort();
    }
    secureWipe(written);
    return 0;
}
