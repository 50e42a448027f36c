#include "core/approval/answer.h"
#include "core/approval/challenge.h"
#include "core/approval/enroll.h"
#include "core/approval/ids.h"
#include "core/approval/polltoken.h"

#include "approvaltestkeys.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace sandi::approval {
namespace {

using testkeys::b64;
using testkeys::craft;

constexpr std::int64_t kNow = 1790000000;
const std::string kChallengeId = "c2FuZGktY2hhbGxlbmdlLTE";
const std::string kDeviceId = "ZGV2aWNlLWlkLTAwMDAwMDE";

Challenge sample()
{
    return Challenge{kChallengeId,
                     "ppk1",
                     "LPSE Kabupaten Kudus",
                     "Mozilla/5.0 (Windows NT 10.0) Firefox/133.0",
                     "203.0.113.7",
                     kNow,
                     kNow + 120,
                     {47, 12, 83}};
}

TEST(EnrollMessage, RoundTripProvesPossession)
{
    const auto device = testkeys::load(testkeys::kDevice);
    const auto token = randomToken();
    ASSERT_TRUE(token);
    const auto text = signEnrollRequest(device, EnrollRequest{*token, "Sandi on LAPTOP-01", kNow});
    ASSERT_TRUE(text) << text.error().detail;
    const auto read = readEnrollRequest(*text);
    ASSERT_TRUE(read) << read.error().detail;
    EXPECT_EQ(read->request.token, *token);
    EXPECT_EQ(read->request.deviceName, "Sandi on LAPTOP-01");
    EXPECT_EQ(read->request.iat, kNow);
    EXPECT_EQ(read->deviceKey, device.publicKey());
}

TEST(EnrollMessage, SignedByAnotherKeyThanItCarriesIsRefused)
{
    const auto device = testkeys::load(testkeys::kDevice);
    const auto other = testkeys::load(testkeys::kOther);
    json::Value p = json::Value::object();
    p["typ"] = "enroll";
    p["token"] = "q2D0dJxFN2s3mRk0J3Yp_w";
    p["jwk"] = toJwk(device.publicKey());
    p["device_name"] = "x";
    p["iat"] = kNow;
    const auto forged = readEnrollRequest(craft(other, R"({"alg":"ES256"})", json::dump(p)));
    ASSERT_FALSE(forged);
    EXPECT_EQ(forged.error().code, Errc::BadSignature);
    p["device_name"] = "line\nbreak";
    const auto control = readEnrollRequest(craft(device, R"({"alg":"ES256"})", json::dump(p)));
    ASSERT_FALSE(control);
    EXPECT_EQ(control.error().code, Errc::MalformedMessage);
    EXPECT_EQ(signEnrollRequest(device, EnrollRequest{"short", "x", kNow}).error().code, Errc::MalformedMessage);
    EXPECT_EQ(signEnrollRequest(device, EnrollRequest{"q2D0dJxFN2s3mRk0J3Yp_w", "", kNow}).error().code,
              Errc::MalformedMessage);
}

TEST(EnrollMessage, ResponseRoundTripChecksThePin)
{
    const auto acceptor = testkeys::load(testkeys::kAcceptor);
    const auto body = writeEnrollResponse(EnrollResponse{kDeviceId, acceptor.publicKey(), "ppk1", "LPSE Kudus"});
    ASSERT_TRUE(body);
    const auto pin = pinOf(acceptor.publicKey());
    const auto read = readEnrollResponse(*body, *pin);
    ASSERT_TRUE(read) << read.error().detail;
    EXPECT_EQ(read->deviceId, kDeviceId);
    EXPECT_EQ(read->acceptorKey, acceptor.publicKey());
    EXPECT_EQ(read->account, "ppk1");
    EXPECT_EQ(read->site, "LPSE Kudus");
    const auto otherPin = pinOf(testkeys::load(testkeys::kOther).publicKey());
    EXPECT_EQ(readEnrollResponse(*body, *otherPin).error().code, Errc::PinMismatch);
    EXPECT_EQ(readEnrollResponse("{}", *pin).error().code, Errc::MalformedMessage);
    EXPECT_EQ(readEnrollResponse("[]", *pin).error().code, Errc::MalformedMessage);
}

TEST(ChallengeMessage, RoundTrip)
{
    const auto acceptor = testkeys::load(testkeys::kAcceptor);
    const auto text = signChallenge(acceptor, sample());
    ASSERT_TRUE(text) << text.error().detail;
    const auto read = verifyChallenge(*text, acceptor.publicKey(), "ppk1", kNow + 5);
    ASSERT_TRUE(read) << read.error().detail;
    EXPECT_EQ(*read, sample());
}

TEST(ChallengeMessage, DeviceRefusesUnsignedForgedAndOutOfTime)
{
    const auto acceptor = testkeys::load(testkeys::kAcceptor);
    const auto text = *signChallenge(acceptor, sample());
    const std::string payload = text.substr(text.find('.') + 1, text.rfind('.') - text.find('.') - 1);
    auto code = [&](std::string_view compact, std::int64_t now = kNow, std::string_view account = "ppk1") {
        const auto r = verifyChallenge(compact, acceptor.publicKey(), account, now);
        return r ? std::string("accepted") : std::string(errcName(r.error().code));
    };
    EXPECT_EQ(code(b64(R"({"alg":"none"})") + "." + payload + "."), "UnsupportedJwsAlgorithm");
    EXPECT_EQ(code(b64(R"({"alg":"HS256"})") + "." + payload + "." + b64("0123456789abcdef0123456789abcdef")),
              "UnsupportedJwsAlgorithm");
    EXPECT_EQ(code(*signChallenge(testkeys::load(testkeys::kOther), sample())), "BadSignature");
    EXPECT_EQ(code(text, kNow, "ppk2"), "WrongAccount");
    EXPECT_EQ(code(text, kNow + 120 + kDefaultClockSkew), "accepted");
    EXPECT_EQ(code(text, kNow + 121 + kDefaultClockSkew), "ChallengeExpired");
    EXPECT_EQ(code(text, kNow - kDefaultClockSkew), "accepted");
    EXPECT_EQ(code(text, kNow - kDefaultClockSkew - 1), "ChallengeNotYetValid");

    // A challenge that claims to live longer than 120 s, signed by the right key, is still refused;
    // the acceptor's signChallenge() will not even produce it.
    Challenge longLived = sample();
    longLived.exp = longLived.iat + 121;
    EXPECT_EQ(signChallenge(acceptor, longLived).error().code, Errc::ChallengeTooLong);
    json::Value p = json::parse(R"({"typ":"challenge"})").value();
    p["id"] = kChallengeId;
    p["account"] = "ppk1";
    p["site"] = "s";
    p["user_agent"] = "ua";
    p["ip"] = "203.0.113.7";
    p["iat"] = kNow;
    p["exp"] = kNow + 121;
    p["numbers"] = json::Value::array({11, 22, 33});
    EXPECT_EQ(code(craft(acceptor, R"({"alg":"ES256"})", json::dump(p))), "ChallengeTooLong");
    p["exp"] = kNow + 60;
    EXPECT_EQ(code(craft(acceptor, R"({"alg":"ES256"})", json::dump(p))), "accepted");
    p["numbers"] = json::Value::array({11, 11, 33});
    EXPECT_EQ(code(craft(acceptor, R"({"alg":"ES256"})", json::dump(p))), "MalformedMessage");
    p["numbers"] = json::Value::array({11, 9, 33});
    EXPECT_EQ(code(craft(acceptor, R"({"alg":"ES256"})", json::dump(p))), "MalformedMessage");
    p["numbers"] = json::Value::array({11, 22});
    EXPECT_EQ(code(craft(acceptor, R"({"alg":"ES256"})", json::dump(p))), "MalformedMessage");
    p["numbers"] = json::Value::array({11, 22, 33});
    p["typ"] = "answer";
    EXPECT_EQ(code(craft(acceptor, R"({"alg":"ES256"})", json::dump(p))), "WrongMessageType");
}

// One flipped bit anywhere in the payload or signature of a real challenge: refused as forged.
TEST(ChallengeMessage, TamperedFieldsAreBadSignatures)
{
    const auto acceptor = testkeys::load(testkeys::kAcceptor);
    const auto text = *signChallenge(acceptor, sample());
    const auto dot1 = text.find('.');
    const auto dot2 = text.rfind('.');
    const auto payload = base64::decodeUrl(text.substr(dot1 + 1, dot2 - dot1 - 1));
    ASSERT_TRUE(payload);
    std::string bytes(reinterpret_cast<const char*>(payload->view().data()), payload->size());
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        std::string m = bytes;
        m[i] = static_cast<char>(m[i] ^ 0x04);
        const auto r =
            verifyChallenge(text.substr(0, dot1 + 1) + b64(m) + text.substr(dot2), acceptor.publicKey(), "ppk1", kNow);
        ASSERT_FALSE(r) << i;
        EXPECT_EQ(r.error().code, Errc::BadSignature) << i;
    }
    const auto headerFlip =
        verifyChallenge(b64(R"({"alg":"ES256","kid":"x"})") + text.substr(dot1), acceptor.publicKey(), "ppk1", kNow);
    EXPECT_EQ(headerFlip.error().code, Errc::BadSignature);
}

TEST(PollMessage, AuthorizationRoundTrip)
{
    const auto device = testkeys::load(testkeys::kDevice);
    const auto token = newPollToken(kDeviceId, kNow);
    ASSERT_TRUE(token);
    const auto header = authorizationValue(device, *token);
    ASSERT_TRUE(header);
    EXPECT_TRUE(header->starts_with("Sandi ey"));
    const auto read = readAuthorization(*header);
    ASSERT_TRUE(read) << read.error().detail;
    EXPECT_EQ(read->token.deviceId, kDeviceId);
    EXPECT_EQ(read->token.iat, kNow);
    EXPECT_EQ(read->token.jti, token->jti);
    EXPECT_TRUE(read->jws.verifiedBy(device.publicKey()));
    EXPECT_TRUE(readAuthorization("sandi " + header->substr(6)));
    EXPECT_EQ(readAuthorization("Bearer " + header->substr(6)).error().code, Errc::MalformedMessage);
    EXPECT_EQ(readAuthorization(header->substr(6)).error().code, Errc::MalformedMessage);
    EXPECT_EQ(readAuthorization("Sandi").error().code, Errc::MalformedMessage);
    // Two tokens never share a jti.
    EXPECT_NE(newPollToken(kDeviceId, kNow)->jti, token->jti);
}

TEST(PollMessage, ResponseRoundTrip)
{
    const std::vector<std::string> list = {"a.b.c", "d.e.f"};
    const std::string body = writePollResponse(list);
    EXPECT_EQ(body, R"({"challenges":["a.b.c","d.e.f"]})");
    EXPECT_EQ(*readPollResponse(body), list);
    EXPECT_TRUE(readPollResponse(R"({"challenges":[]})")->empty());
    EXPECT_EQ(readPollResponse(R"({"challenges":[1]})").error().code, Errc::MalformedMessage);
    EXPECT_EQ(readPollResponse(R"({"challenge":[]})").error().code, Errc::MalformedMessage);
    EXPECT_EQ(readPollResponse(std::string(kMaxPollBodySize + 1, ' ')).error().code, Errc::MessageTooLarge);
}

TEST(AnswerMessage, RoundTrip)
{
    const auto device = testkeys::load(testkeys::kDevice);
    for (const Answer& a : {Answer{kChallengeId, kDeviceId, Decision::Approve, 47, kNow + 9},
                            Answer{kChallengeId, kDeviceId, Decision::Deny, std::nullopt, kNow + 3},
                            Answer{kChallengeId, kDeviceId, Decision::Deny, 12, kNow + 3}}) {
        const auto text = signAnswer(device, a);
        ASSERT_TRUE(text) << text.error().detail;
        const auto read = readAnswer(*text);
        ASSERT_TRUE(read) << read.error().detail;
        EXPECT_EQ(read->answer, a);
        EXPECT_TRUE(read->jws.verifiedBy(device.publicKey()));
    }
    EXPECT_EQ(signAnswer(device, Answer{kChallengeId, kDeviceId, Decision::Approve, std::nullopt, kNow}).error().code,
              Errc::MalformedMessage);
    EXPECT_EQ(signAnswer(device, Answer{kChallengeId, kDeviceId, Decision::Approve, 100, kNow}).error().code,
              Errc::MalformedMessage);
    EXPECT_EQ(signAnswer(device, Answer{"x", kDeviceId, Decision::Approve, 47, kNow}).error().code,
              Errc::MalformedMessage);
    const auto wrongType = readAnswer(*signChallenge(device, sample()));
    EXPECT_EQ(wrongType.error().code, Errc::WrongMessageType);
}

TEST(Ids, NumbersAreDistinctTwoDigitAndShowOfThem)
{
    std::set<int> seen;
    for (int i = 0; i < 200; ++i) {
        const auto d = drawNumbers();
        ASSERT_TRUE(d);
        const std::set<int> offered(d->offered.begin(), d->offered.end());
        EXPECT_EQ(offered.size(), 3u);
        EXPECT_GE(*offered.begin(), 10);
        EXPECT_LE(*offered.rbegin(), 99);
        EXPECT_EQ(offered.count(d->shown), 1u);
        seen.insert(offered.begin(), offered.end());
    }
    EXPECT_GT(seen.size(), 80u) << "600 draws from 90 values cover nearly all of them";
    const auto t = randomToken();
    ASSERT_TRUE(t);
    EXPECT_EQ(t->size(), 22u);
    EXPECT_EQ(*tokenDigest("abc"), "ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0"); // SHA-256("abc"), FIPS 180-2 B.1
}

} // namespace
} // namespace sandi::approval
