#include "core/approval/jws.h"
#include "core/approval/keys.h"
#include "core/approval/protocol.h"

#include "approvaltestkeys.h"

#include <gtest/gtest.h>

#include <string>

namespace sandi::approval {
namespace {

using testkeys::b64;
using testkeys::craft;

constexpr std::string_view kRfcJws =
    "eyJhbGciOiJFUzI1NiJ9."
    "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ."
    "DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q";

crypto::EcPublicKey rfcKey()
{
    const auto jwk = json::parse(R"({"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",)"
                                 R"("y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"})");
    EXPECT_TRUE(jwk);
    auto key = fromJwk(*jwk);
    EXPECT_TRUE(key) << key.error().detail;
    return *key;
}

// RFC 7515 Appendix A.3: the example JWS verifies with the example JWK's public key.
TEST(Jws, Rfc7515AppendixA3VerifiesFromItsJwk)
{
    const auto jws = Jws::parse(kRfcJws);
    ASSERT_TRUE(jws) << jws.error().detail;
    EXPECT_TRUE(jws->verifiedBy(rfcKey()));
    EXPECT_EQ(jws->payload(), "{\"iss\":\"joe\",\r\n \"exp\":1300819380,\r\n \"http://example.com/is_root\":true}");
    EXPECT_TRUE(jws->header().typ.empty());
    EXPECT_FALSE(jws->verifiedBy(testkeys::load(testkeys::kDevice).publicKey()));
}

// Flipping any single bit of the header, the payload or the signature (re-encoded, so the text is
// still base64url) never yields a JWS that verifies.
TEST(Jws, EveryFlippedByteIsRejected)
{
    const auto key = testkeys::load(testkeys::kDevice);
    const std::string header = R"({"alg":"ES256"})";
    const std::string payload = R"({"typ":"answer","number":42})";
    const std::string good = craft(key, header, payload);
    ASSERT_TRUE(Jws::parse(good) && Jws::parse(good)->verifiedBy(key.publicKey()));
    const std::string sigText = good.substr(good.rfind('.') + 1);
    const auto sig = base64::decodeUrl(sigText);
    ASSERT_TRUE(sig);
    int rejected = 0;
    for (int part = 0; part < 3; ++part) {
        std::string bytes = part == 0   ? header
                            : part == 1 ? payload
                                        : std::string(reinterpret_cast<const char*>(sig->view().data()), sig->size());
        for (std::size_t i = 0; i < bytes.size(); ++i) {
            std::string mutated = bytes;
            mutated[i] = static_cast<char>(mutated[i] ^ 0x01);
            std::string text = part == 0   ? b64(mutated) + "." + b64(payload) + "." + sigText
                               : part == 1 ? b64(header) + "." + b64(mutated) + "." + sigText
                                           : b64(header) + "." + b64(payload) + "." + b64(mutated);
            const auto jws = Jws::parse(text);
            EXPECT_FALSE(jws && jws->verifiedBy(key.publicKey())) << "part " << part << " byte " << i;
            ++rejected;
            if (part > 0) {
                // Payload and signature bytes do not affect parsing: the signature check is what refuses them.
                EXPECT_TRUE(jws) << "part " << part << " byte " << i;
            }
        }
    }
    EXPECT_EQ(rejected, static_cast<int>(header.size() + payload.size() + 64));
}

TEST(Jws, RefusesNoneAndEveryOtherAlgorithm)
{
    const auto key = testkeys::load(testkeys::kDevice);
    const std::string payload = b64(R"({"typ":"challenge"})");
    // RFC 7519 §6.1: an unsecured JWS has alg "none" and an empty signature.
    auto none = Jws::parse(b64(R"({"alg":"none"})") + "." + payload + ".");
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code, Errc::UnsupportedJwsAlgorithm);
    for (const char* header : {R"({"alg":"HS256"})", R"({"alg":"ES384"})", R"({"alg":"RS256"})", R"({"alg":"es256"})",
                               R"({"alg":"ES256 "})", R"({"typ":"JWT"})", R"({"alg":null})", R"({"alg":["ES256"]})"}) {
        const auto jws = Jws::parse(craft(key, header, R"({"typ":"x"})"));
        ASSERT_FALSE(jws) << header;
        EXPECT_EQ(jws.error().code, Errc::UnsupportedJwsAlgorithm) << header;
    }
}

TEST(Jws, RefusesCritAndKeyCarryingHeaders)
{
    const auto key = testkeys::load(testkeys::kDevice);
    for (const char* header : {R"({"alg":"ES256","crit":["exp"],"exp":1})", R"({"alg":"ES256","jwk":{"kty":"EC"}})",
                               R"({"alg":"ES256","jku":"https://evil"})", R"({"alg":"ES256","x5u":"https://evil"})",
                               R"({"alg":"ES256","b64":false})", R"({"alg":"ES256","kid":5})"}) {
        const auto jws = Jws::parse(craft(key, header, "{}"));
        ASSERT_FALSE(jws) << header;
        EXPECT_EQ(jws.error().code, Errc::UnsupportedJwsHeader) << header;
    }
    const auto ok = Jws::parse(craft(key, R"({"alg":"ES256","kid":"k1","typ":"JWT"})", "{}"));
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok->header().kid, "k1");
    EXPECT_EQ(ok->header().typ, "JWT");
}

// RFC 7515 §4: with a member name twice, a parser either refuses or takes the last one; Sandi's
// takes the last, and documents it.
TEST(Jws, DuplicateHeaderMembersTakeTheLast)
{
    const auto key = testkeys::load(testkeys::kDevice);
    EXPECT_EQ(Jws::parse(craft(key, R"({"alg":"ES256","alg":"none"})", "{}")).error().code,
              Errc::UnsupportedJwsAlgorithm);
    const auto last = Jws::parse(craft(key, R"({"alg":"none","alg":"ES256"})", "{}"));
    ASSERT_TRUE(last);
    EXPECT_TRUE(last->verifiedBy(key.publicKey()));
}

TEST(Jws, RefusesBadShapes)
{
    const auto key = testkeys::load(testkeys::kDevice);
    const std::string good = craft(key, R"({"alg":"ES256"})", "{}");
    const auto firstDot = good.find('.');
    for (const std::string& bad :
         {std::string(), std::string("a.b"), good + ".x", good + "=", good.substr(0, good.size() - 2),
          "." + good.substr(firstDot + 1), good.substr(0, firstDot + 1) + good.substr(good.rfind('.')),
          b64("not json") + good.substr(firstDot), b64("[1]") + good.substr(firstDot), good + " ",
          std::string(" ") + good}) {
        const auto jws = Jws::parse(bad);
        ASSERT_FALSE(jws) << bad;
        EXPECT_EQ(jws.error().code, Errc::InvalidJws) << bad;
    }
}

TEST(Jws, SizeIsBounded)
{
    const auto key = testkeys::load(testkeys::kDevice);
    const std::string big(kMaxMessageSize + 1, 'a');
    EXPECT_EQ(Jws::parse(big).error().code, Errc::MessageTooLarge);
    EXPECT_EQ(signJws(key, std::string(kMaxMessageSize, 'x')).error().code, Errc::MessageTooLarge);
    const auto fits = signJws(key, std::string(11000, 'x'));
    ASSERT_TRUE(fits);
    EXPECT_LE(fits->size(), kMaxMessageSize);
    EXPECT_TRUE(Jws::parse(*fits));
}

TEST(Jws, SignRoundTrip)
{
    const auto key = testkeys::load(testkeys::kAcceptor);
    const auto text = signJws(key, R"({"typ":"challenge"})", JwsHeader{"JWT", "acceptor-1"});
    ASSERT_TRUE(text);
    EXPECT_TRUE(text->starts_with(b64(R"({"alg":"ES256","kid":"acceptor-1","typ":"JWT"})") + "."));
    const auto jws = Jws::parse(*text);
    ASSERT_TRUE(jws);
    EXPECT_EQ(jws->payload(), R"({"typ":"challenge"})");
    EXPECT_TRUE(jws->verifiedBy(key.publicKey()));
    EXPECT_FALSE(jws->verifiedBy(testkeys::load(testkeys::kOther).publicKey()));
}

TEST(Jwk, RoundTripAndRefusals)
{
    const auto key = testkeys::load(testkeys::kDevice);
    const auto jwk = toJwk(key.publicKey());
    EXPECT_EQ(json::string(jwk, "kty"), "EC");
    EXPECT_EQ(json::string(jwk, "crv"), "P-256");
    const auto back = fromJwk(jwk);
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, key.publicKey());

    auto withD = jwk;
    withD["d"] = "jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI";
    EXPECT_EQ(fromJwk(withD).error().code, Errc::InvalidKey) << "a private JWK is refused";
    auto rsa = jwk;
    rsa["kty"] = "RSA";
    EXPECT_EQ(fromJwk(rsa).error().code, Errc::InvalidKey);
    auto p384 = jwk;
    p384["crv"] = "P-384";
    EXPECT_EQ(fromJwk(p384).error().code, Errc::InvalidKey);
    auto padded = jwk;
    padded["x"] = padded["x"].get<std::string>() + "=";
    EXPECT_EQ(fromJwk(padded).error().code, Errc::InvalidKey);
    auto offCurve = jwk;
    offCurve["y"] = jwk["x"];
    EXPECT_EQ(fromJwk(offCurve).error().code, Errc::InvalidKey);
    auto alg = jwk;
    alg["alg"] = "ES256";
    EXPECT_TRUE(fromJwk(alg));
    alg["alg"] = "HS256";
    EXPECT_EQ(fromJwk(alg).error().code, Errc::InvalidKey);
}

TEST(Pin, TextRoundTripAndMatch)
{
    const auto key = testkeys::load(testkeys::kAcceptor);
    const auto pin = pinOf(key.publicKey());
    ASSERT_TRUE(pin);
    const std::string text = pinText(*pin);
    EXPECT_TRUE(text.starts_with("sha256/"));
    EXPECT_EQ(text.size(), 7u + 43u);
    const auto back = parsePin(text);
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, *pin);
    EXPECT_TRUE(pinMatches(*pin, key.publicKey().spki()));
    EXPECT_FALSE(pinMatches(*pin, testkeys::load(testkeys::kOther).publicKey().spki()));
    // The pin is SHA-256 over the DER SPKI: the same value `openssl pkey -pubout -outform DER | sha256` gives.
    const auto hash = crypto::sha256(key.publicKey().spki());
    ASSERT_TRUE(hash);
    EXPECT_EQ(pin->hash, *hash);
    for (const std::string& bad : {std::string("sha1/") + text.substr(7), text + "A", text.substr(0, 49),
                                   text.substr(7), text + "=", std::string("SHA256/") + text.substr(7)}) {
        EXPECT_EQ(parsePin(bad).error().code, Errc::InvalidEnrollment) << bad;
    }
}

} // namespace
} // namespace sandi::approval
