#include "core/approval/rules.h"

#include "core/encoding/base32.h"

#include "approvaltestkeys.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace sandi::approval {
namespace {

constexpr std::int64_t kNow = 1790000000;
const std::string kChallengeId = "c2FuZGktY2hhbGxlbmdlLTE";
const std::string kDeviceId = "ZGV2aWNlLWlkLTAwMDAwMDE";
const std::string kOtherDeviceId = "ZGV2aWNlLWlkLTAwMDAwMDI";

std::string name(const Verdict<Decision>& v)
{
    return v ? std::string(decisionName(*v)) : std::string(wireName(v.error()));
}

class AnswerRules : public ::testing::Test
{
protected:
    crypto::EcPrivateKey deviceKey = testkeys::load(testkeys::kDevice);
    crypto::EcPrivateKey otherKey = testkeys::load(testkeys::kOther);
    DeviceRecord device{kDeviceId, "ppk1", deviceKey.publicKey(), false};
    ChallengeRecord challenge{kChallengeId, "ppk1", kDeviceId, 47, kNow, kNow + 120, false};

    SignedAnswer answer(Decision d, std::optional<int> number, std::int64_t iat = kNow + 5,
                        const crypto::EcPrivateKey* key = nullptr, const std::string& deviceId = kDeviceId)
    {
        const auto text = signAnswer(key != nullptr ? *key : deviceKey, Answer{kChallengeId, deviceId, d, number, iat});
        EXPECT_TRUE(text);
        auto read = readAnswer(*text);
        EXPECT_TRUE(read);
        return std::move(*read);
    }
    std::string check(const SignedAnswer& a, std::int64_t now = kNow + 10)
    {
        return name(checkAnswer(&challenge, &device, a, now));
    }
};

TEST_F(AnswerRules, ApproveWithTheShownNumber)
{
    EXPECT_EQ(check(answer(Decision::Approve, 47)), "approve");
}

TEST_F(AnswerRules, DenyWithOrWithoutANumber)
{
    EXPECT_EQ(check(answer(Decision::Deny, std::nullopt)), "deny");
    EXPECT_EQ(check(answer(Decision::Deny, 12)), "deny");
}

TEST_F(AnswerRules, WrongNumberIsRefusedAndClosesTheChallenge)
{
    const auto v = checkAnswer(&challenge, &device, answer(Decision::Approve, 12), kNow + 10);
    ASSERT_FALSE(v);
    EXPECT_EQ(v.error(), Rejection::WrongNumber);
    EXPECT_TRUE(closesChallenge(v.error()));
    EXPECT_FALSE(closesChallenge(Rejection::BadSignature));
}

TEST_F(AnswerRules, ReplayIsAlreadyAnswered)
{
    const auto a = answer(Decision::Approve, 47);
    EXPECT_EQ(check(a), "approve");
    challenge.answered = true; // what the acceptor records after the first answer
    EXPECT_EQ(check(a), "already_answered");
    EXPECT_EQ(check(answer(Decision::Deny, std::nullopt)), "already_answered");
}

TEST_F(AnswerRules, ExpiredByTheAcceptorsClock)
{
    EXPECT_EQ(check(answer(Decision::Approve, 47), kNow + 120), "approve");
    EXPECT_EQ(check(answer(Decision::Approve, 47), kNow + 121), "expired");
}

TEST_F(AnswerRules, WrongKeyAndTamperedAnswersAreBadSignatures)
{
    EXPECT_EQ(check(answer(Decision::Approve, 47, kNow + 5, &otherKey)), "bad_signature");
    // The device's own answer with one field changed after signing: a deny turned into an approve.
    const auto text = *signAnswer(deviceKey, Answer{kChallengeId, kDeviceId, Decision::Deny, 12, kNow + 5});
    const auto dot1 = text.find('.');
    const auto dot2 = text.rfind('.');
    const auto decoded = base64::decodeUrl(text.substr(dot1 + 1, dot2 - dot1 - 1));
    ASSERT_TRUE(decoded);
    std::string payload(reinterpret_cast<const char*>(decoded->view().data()), decoded->size());
    const auto at = payload.find("\"deny\"");
    ASSERT_NE(at, std::string::npos);
    payload.replace(at, 6, "\"approve\"");
    const auto at2 = payload.find(":12");
    ASSERT_NE(at2, std::string::npos);
    payload.replace(at2, 3, ":47");
    const auto tampered = readAnswer(text.substr(0, dot1 + 1) + testkeys::b64(payload) + text.substr(dot2));
    ASSERT_TRUE(tampered) << "still well formed";
    EXPECT_EQ(tampered->answer.decision, Decision::Approve);
    EXPECT_EQ(check(*tampered), "bad_signature");
    // A flipped byte in the signature.
    auto sigFlip = testkeys::flip(text, dot2 + 10);
    const auto flipped = readAnswer(sigFlip);
    ASSERT_TRUE(flipped);
    EXPECT_EQ(check(*flipped), "bad_signature");
}

TEST_F(AnswerRules, RevokedUnknownAndWrongDevices)
{
    device.revoked = true;
    EXPECT_EQ(check(answer(Decision::Approve, 47)), "revoked_device");
    device.revoked = false;
    EXPECT_EQ(name(checkAnswer(&challenge, nullptr, answer(Decision::Approve, 47), kNow + 10)), "unknown_device");
    EXPECT_EQ(name(checkAnswer(nullptr, &device, answer(Decision::Approve, 47), kNow + 10)), "unknown_challenge");
    // A device record other than the one the answer names (a confused lookup) is not trusted.
    EXPECT_EQ(check(answer(Decision::Approve, 47, kNow + 5, nullptr, kOtherDeviceId)), "unknown_device");
    // A genuine device of another account answering this challenge.
    DeviceRecord other{kOtherDeviceId, "ppk2", otherKey.publicKey(), false};
    EXPECT_EQ(name(checkAnswer(&challenge, &other, answer(Decision::Approve, 47, kNow + 5, &otherKey, kOtherDeviceId),
                               kNow + 10)),
              "wrong_device");
}

TEST_F(AnswerRules, IssueTimeWithinSkew)
{
    EXPECT_EQ(check(answer(Decision::Approve, 47, kNow + 10 + kDefaultClockSkew)), "approve");
    EXPECT_EQ(check(answer(Decision::Approve, 47, kNow + 11 + kDefaultClockSkew)), "stale_request");
    EXPECT_EQ(check(answer(Decision::Approve, 47, kNow - kDefaultClockSkew)), "approve");
    EXPECT_EQ(check(answer(Decision::Approve, 47, kNow - kDefaultClockSkew - 1)), "stale_request");
    EXPECT_EQ(name(checkAnswer(&challenge, &device, answer(Decision::Approve, 47, kNow + 12), kNow + 10, 0)),
              "stale_request");
}

class EnrollmentRules : public ::testing::Test
{
protected:
    crypto::EcPrivateKey deviceKey = testkeys::load(testkeys::kDevice);
    EnrollTokenRecord token{"ppk1", kNow + 600, false};
    VerifiedEnrollRequest request(std::int64_t iat = kNow)
    {
        return *readEnrollRequest(
            *signEnrollRequest(deviceKey, EnrollRequest{"q2D0dJxFN2s3mRk0J3Yp_w", "laptop", iat}));
    }
    std::string check(const EnrollTokenRecord* t, std::int64_t now, std::int64_t iat = kNow)
    {
        const auto v = checkEnrollment(t, request(iat), now);
        return v ? "ok" : std::string(wireName(v.error()));
    }
};

TEST_F(EnrollmentRules, TokenExpiryReuseAndUnknown)
{
    EXPECT_EQ(check(&token, kNow), "ok");
    EXPECT_EQ(check(&token, kNow + 600, kNow + 600), "ok");
    EXPECT_EQ(check(&token, kNow + 601, kNow + 601), "enroll_token_expired");
    token.used = true;
    EXPECT_EQ(check(&token, kNow), "enroll_token_used");
    EXPECT_EQ(check(nullptr, kNow), "unknown_enroll_token");
    token.used = false;
    EXPECT_EQ(check(&token, kNow, kNow - kDefaultClockSkew - 1), "stale_request");
    EXPECT_EQ(check(&token, kNow, kNow + kDefaultClockSkew + 1), "stale_request");
}

class PollRules : public ::testing::Test
{
protected:
    crypto::EcPrivateKey deviceKey = testkeys::load(testkeys::kDevice);
    crypto::EcPrivateKey otherKey = testkeys::load(testkeys::kOther);
    DeviceRecord device{kDeviceId, "ppk1", deviceKey.publicKey(), false};
    JtiCache seen;
    SignedPollToken token(std::int64_t iat, const crypto::EcPrivateKey* key = nullptr)
    {
        const auto t = newPollToken(kDeviceId, iat);
        return *readAuthorization(*authorizationValue(key != nullptr ? *key : deviceKey, *t));
    }
    std::string check(const SignedPollToken& t, std::int64_t now)
    {
        const auto v = checkPollToken(&device, t, seen, now);
        return v ? "ok" : std::string(wireName(v.error()));
    }
};

TEST_F(PollRules, FreshOnceOnly)
{
    const auto t = token(kNow);
    EXPECT_EQ(check(t, kNow + 1), "ok");
    EXPECT_EQ(check(t, kNow + 2), "replayed_token");
    EXPECT_EQ(check(token(kNow), kNow + 2), "ok") << "a new jti";
    EXPECT_EQ(seen.size(), 2u);
    seen.prune(kNow + kDefaultClockSkew);
    EXPECT_EQ(seen.size(), 2u) << "still needed: the tokens are fresh until iat + skew";
    seen.prune(kNow + kDefaultClockSkew + 1);
    EXPECT_EQ(seen.size(), 0u);
    EXPECT_EQ(check(t, kNow + kDefaultClockSkew + 1), "stale_request") << "forgotten, but no longer fresh";
}

TEST_F(PollRules, StaleForgedRevokedUnknown)
{
    EXPECT_EQ(check(token(kNow - kDefaultClockSkew - 1), kNow), "stale_request");
    EXPECT_EQ(check(token(kNow + kDefaultClockSkew + 1), kNow), "stale_request");
    EXPECT_EQ(check(token(kNow, &otherKey), kNow), "bad_signature");
    device.revoked = true;
    EXPECT_EQ(check(token(kNow), kNow), "revoked_device");
    const auto v = checkPollToken(nullptr, token(kNow), seen, kNow);
    EXPECT_EQ(v.error(), Rejection::UnknownDevice);
    EXPECT_EQ(seen.size(), 0u) << "refused tokens are not remembered";
}

// RFC 6238 Appendix B: SHA-1 secret "12345678901234567890", 8 digits; T = 59 s gives 94287082
// (step 1), T = 1111111109 gives 07081804 (step 37037036).
TEST(TypedCode, WindowOfOneStepEachWayAndNoReplay)
{
    const auto secret = base32::decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    ASSERT_TRUE(secret);
    const auto params = otp::Params::create(otp::Type::Totp, otp::Algorithm::Sha1, 8);
    ASSERT_TRUE(params);
    const auto key = secret->view();
    auto check = [&](std::string_view code, std::int64_t now, std::optional<std::int64_t> last = std::nullopt) {
        const auto v = checkTypedCode(key, *params, code, now, last);
        return v ? std::to_string(*v) : std::string(wireName(v.error()));
    };
    EXPECT_EQ(check("07081804", 1111111109), "37037036");
    EXPECT_EQ(check("07081804", 1111111109 + 30), "37037036") << "one step late";
    EXPECT_EQ(check("07081804", 1111111109 - 30), "37037036") << "one step early";
    EXPECT_EQ(check("07081804", 1111111109 + 60), "wrong_code");
    EXPECT_EQ(check("07081804", 1111111109 - 60), "wrong_code");
    EXPECT_EQ(check("07081804", 1111111109, 37037036), "replayed_code");
    EXPECT_EQ(check("07081804", 1111111109, 37037037), "replayed_code") << "older than an accepted code";
    EXPECT_EQ(check("07081804", 1111111109, 37037035), "37037036");
    EXPECT_EQ(check("94287082", 59), "1");
    EXPECT_EQ(check("94287083", 59), "wrong_code");
    EXPECT_EQ(check("9428708", 59), "wrong_code");
    EXPECT_EQ(check("", 59), "wrong_code");
}

TEST(Rejections, WireNamesAreStableUniqueAndRoundTrip)
{
    std::set<std::string_view> names;
    for (int i = 0; i <= static_cast<int>(Rejection::TooManyRequests); ++i) {
        const auto r = static_cast<Rejection>(i);
        names.insert(wireName(r));
        EXPECT_EQ(rejectionFromWire(wireName(r)), r);
        EXPECT_GE(httpStatus(r), 400);
        EXPECT_LT(httpStatus(r), 500);
        EXPECT_EQ(readErrorBody(errorBody(r)), r);
    }
    EXPECT_EQ(names.size(), static_cast<std::size_t>(Rejection::TooManyRequests) + 1);
    EXPECT_EQ(errorBody(Rejection::WrongNumber), R"({"error":"wrong_number"})");
    EXPECT_EQ(httpStatus(Rejection::AlreadyAnswered), 409);
    EXPECT_EQ(httpStatus(Rejection::Expired), 410);
    EXPECT_EQ(readErrorBody("{}"), std::nullopt);
    EXPECT_EQ(readErrorBody(R"({"error":"nope"})"), std::nullopt);
    EXPECT_EQ(readErrorBody("<html>"), std::nullopt);
    EXPECT_EQ(rejectionFor(readAnswer("x.y.z").error()), Rejection::Malformed);
    EXPECT_EQ(rejectionFor(Error{Errc::BadSignature, {}}), Rejection::BadSignature);
    EXPECT_EQ(rejectionFor(Error{Errc::UnsupportedJwsAlgorithm, {}}), Rejection::Malformed);
}

} // namespace
} // namespace sandi::approval
