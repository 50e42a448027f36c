#include "core/approval/enrollment.h"
#include "core/approval/protocol.h"

#include "approvaltestkeys.h"

#include <gtest/gtest.h>

#include <string>

namespace sandi::approval {
namespace {

// RFC 6238 Appendix B's secret "12345678901234567890" in Base32.
constexpr std::string_view kBase =
    "otpauth://totp/LPSE%20Kudus:ppk1?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=LPSE%20Kudus";
constexpr std::string_view kPin = "sha256/7dBfZm8sPu1ZNy4AqdM6iB6tzWnykv2T3jc7IHKXWHQ";
constexpr std::string_view kToken = "q2D0dJxFN2s3mRk0J3Yp_w";

std::string withParams(std::string_view params)
{
    return std::string(kBase) + std::string(params);
}

Result<std::optional<Enrollment>> fromText(std::string_view text, UrlPolicy policy = {})
{
    auto uri = uri::parseOtpauth(text);
    EXPECT_TRUE(uri) << text;
    return enrollmentFromUri(*uri, policy);
}

std::string full(std::string_view acceptor)
{
    return withParams("&acceptor=" + std::string(acceptor) + "&enroll=" + std::string(kToken) +
                      "&enroll_exp=1790000000&pin=" + std::string(kPin));
}

TEST(Enrollment, PlainTotpHasNone)
{
    const auto e = fromText(kBase);
    ASSERT_TRUE(e);
    EXPECT_FALSE(e->has_value());
}

TEST(Enrollment, ReadsTheFourParameters)
{
    const auto e = fromText(full("https%3A%2F%2Fspse.kuduskab.go.id%2Feproc4%2F"));
    ASSERT_TRUE(e) << e.error().detail;
    ASSERT_TRUE(e->has_value());
    const Enrollment& en = **e;
    EXPECT_EQ(en.acceptor, "https://spse.kuduskab.go.id/eproc4") << "trailing slash dropped";
    EXPECT_EQ(en.token, kToken);
    EXPECT_EQ(en.expires, 1790000000);
    EXPECT_EQ(pinText(en.pin), kPin);
    EXPECT_EQ(endpointUrl(en.acceptor, kPollPath), "https://spse.kuduskab.go.id/eproc4/api/v1/poll");
}

TEST(Enrollment, WriterRoundTripsAndTheUriStaysPlainTotp)
{
    auto uri = uri::parseOtpauth(std::string(kBase) + "&image=x");
    ASSERT_TRUE(uri);
    const auto key = testkeys::load(testkeys::kAcceptor);
    Enrollment en{"https://127.0.0.1:8443", std::string(kToken), 1790000000, *pinOf(key.publicKey())};
    addEnrollment(*uri, en);
    addEnrollment(*uri, en); // replaces, does not duplicate
    std::string text = uri::serializeOtpauth(*uri);
    EXPECT_NE(text.find("&image=x&acceptor=https%3A%2F%2F127.0.0.1%3A8443&enroll=" + std::string(kToken) +
                        "&enroll_exp=1790000000&pin=sha256%2F"),
              std::string::npos)
        << text;
    const auto back = uri::parseOtpauth(text);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->account, "ppk1");
    EXPECT_EQ(back->issuer, "LPSE Kudus");
    const auto again = enrollmentFromUri(*back);
    ASSERT_TRUE(again && again->has_value());
    EXPECT_EQ((*again)->acceptor, en.acceptor);
    EXPECT_EQ((*again)->token, en.token);
    EXPECT_EQ((*again)->expires, en.expires);
    EXPECT_EQ((*again)->pin, en.pin);
    secureWipe(text);
}

TEST(Enrollment, HttpOnlyToLoopbackWithTheDevelopmentFlag)
{
    EXPECT_EQ(fromText(full("http%3A%2F%2F127.0.0.1%3A8080")).error().code, Errc::InsecureAcceptorUrl);
    EXPECT_EQ(fromText(full("http%3A%2F%2Fspse.example"), UrlPolicy{true}).error().code, Errc::InsecureAcceptorUrl);
    EXPECT_EQ(fromText(full("http%3A%2F%2F127.0.0.2"), UrlPolicy{true}).error().code, Errc::InsecureAcceptorUrl);
    const auto dev = fromText(full("http%3A%2F%2F127.0.0.1%3A8080"), UrlPolicy{true});
    ASSERT_TRUE(dev);
    EXPECT_EQ((*dev)->acceptor, "http://127.0.0.1:8080");
    EXPECT_TRUE(fromText(full("HTTP%3A%2F%2FLocalHost"), UrlPolicy{true}));
}

TEST(Enrollment, AcceptorUrlShapes)
{
    EXPECT_EQ(*normaliseAcceptorUrl("HTTPS://Example.COM:443/A/"), "https://example.com:443/A");
    EXPECT_EQ(*normaliseAcceptorUrl("https://[::1]:8443"), "https://[::1]:8443");
    for (const char* bad :
         {"", "spse.example", "ftp://spse.example", "https://", "https://user@spse.example", "https://spse.example?x=1",
          "https://spse.example#f", "https://spse.example:0", "https://spse.example:65536", "https://spse.example:x",
          "https://spse .example", "https://spse.example/a b", "https://spse.example/%2e", "https://-x.example",
          "javascript://x", "https:///path"}) {
        const auto r = normaliseAcceptorUrl(bad);
        ASSERT_FALSE(r) << bad;
        EXPECT_EQ(r.error().code, Errc::InvalidEnrollment) << bad;
    }
}

TEST(Enrollment, IncompleteDuplicatedOrInvalidParameters)
{
    const std::string a = "&acceptor=https%3A%2F%2Fa.example";
    const std::string t = "&enroll=" + std::string(kToken);
    const std::string x = "&enroll_exp=1790000000";
    const std::string p = "&pin=" + std::string(kPin);
    for (const std::string& params :
         {a, t + x + p, a + t + x, a + x + p, a + t + x + p + t, a + "&enroll=short" + x + p,
          a + "&enroll=" + std::string(kToken) + "%3D" + x + p, a + "&enroll=" + std::string(87, 'A') + x + p,
          a + t + "&enroll_exp=-5" + p, a + t + "&enroll_exp=0" + p, a + t + "&enroll_exp=1e9" + p,
          a + t + "&enroll_exp=99999999999999999999" + p, a + t + x + "&pin=sha1%2Fabc",
          a + t + x + "&pin=" + std::string(kPin) + "AA", "&ACCEPTOR=https%3A%2F%2Fa.example" + a + t + x + p}) {
        const auto e = fromText(withParams(params));
        ASSERT_FALSE(e) << params;
        EXPECT_EQ(e.error().code, Errc::InvalidEnrollment) << params;
    }
    // Parameter names are case-insensitive, as for the rest of the URI.
    EXPECT_TRUE(fromText(withParams("&Acceptor=https%3A%2F%2Fa.example" + t + x + p)));
}

} // namespace
} // namespace sandi::approval
