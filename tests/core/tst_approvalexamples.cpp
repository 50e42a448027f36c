// The message examples of docs/approval-protocol.md, printed by approval_examples: they verify
// with the fixed test keys, and each one appears verbatim in the document.
#include "core/approval/answer.h"
#include "core/approval/challenge.h"
#include "core/approval/enroll.h"
#include "core/approval/enrollment.h"
#include "core/approval/polltoken.h"
#include "core/approval/rules.h"

#include "approvaltestkeys.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace sandi::approval {
namespace {

constexpr std::int64_t kNow = 1790000000;

const std::string kUri =
    "otpauth://totp/LPSE%20Kudus:ppk1?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=LPSE%20Kudus&accepto"
    "r=https%3A%2F%2Fspse.example.go.id&enroll=q2D0dJxFN2s3mRk0J3Yp_w&enroll_exp=1790000600&pin=sha256%2F"
    "A41wCLm6JyhrSLbptPDgO53J-cOJXcQqQKXTCwg721s";
const std::string kAcceptorSpki =
    "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE6N_vHW9A_k2Km9ox435a7TVatYOF8p3CTelyDVE-hFaK1AYjodLu6qKlQ9x9igBE"
    "8GSzRrGo_1TjkeYvW74-Zg";
const std::string kEnroll =
    "eyJhbGciOiJFUzI1NiJ9.eyJkZXZpY2VfbmFtZSI6IlNhbmRpIG9uIExBUFRPUC0wMSIsImlhdCI6MTc5MDAwMDAyMCwiandrIjp"
    "7ImNydiI6IlAtMjU2Iiwia3R5IjoiRUMiLCJ4IjoiclIydHpJOEd3Qk5NM3JYc1labXR0TEVocVpDbjVCWklMeUV6ajZyLWl0QSI"
    "sInkiOiJ0UDBsVV92Q1BJNnQzQ1FSbERMZE1vNzRHT1psa0twdEl0WEx6REdIZHdJIn0sInRva2VuIjoicTJEMGRKeEZOMnMzbVJ"
    "rMEozWXBfdyIsInR5cCI6ImVucm9sbCJ9.7U9AdkbTgnSJQpyuPt6baKTh_udSmKimDvWNkJLyZWAD_Qnjre29B8uM_tDZwmRP7n"
    "PyM3Py8y75-Z2PNfXvJw";
const std::string kEnrollResponse =
    "{\"acceptor_key\":\"MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE6N_vHW9A_k2Km9ox435a7TVatYOF8p3CTelyDVE-hFaK1AY"
    "jodLu6qKlQ9x9igBE8GSzRrGo_1TjkeYvW74-Zg\",\"account\":\"ppk1\",\"device\":\"ZGV2aWNlLWlkLTAwMDAwMDE\",\"site\":"
    "\"LPSE Kudus\"}";
const std::string kAuthorization =
    "Sandi eyJhbGciOiJFUzI1NiJ9.eyJkZXZpY2UiOiJaR1YyYVdObExXbGtMVEF3TURBd01ERSIsImlhdCI6MTc5MDAwMDEwMCwia"
    "nRpIjoiMlp4WTBicTRQWjNtVHQxSGMyeTB5USIsInR5cCI6InBvbGwifQ.VY3-KFpcg47anzE7EBNcjmvElvixamUGYLmpdc6Dxb"
    "S_By2-_PJTx9EqtR7mUhrWhxCD4sHF8XqX7brd2JW6UQ";
const std::string kChallenge =
    "eyJhbGciOiJFUzI1NiJ9.eyJhY2NvdW50IjoicHBrMSIsImV4cCI6MTc5MDAwMDIzMCwiaWF0IjoxNzkwMDAwMTEwLCJpZCI6ImM"
    "yRnVaR2t0WTJoaGJHeGxibWRsTFRFIiwiaXAiOiIyMDMuMC4xMTMuNyIsIm51bWJlcnMiOls0NywxMiw4M10sInNpdGUiOiJMUFN"
    "FIEt1ZHVzIiwidHlwIjoiY2hhbGxlbmdlIiwidXNlcl9hZ2VudCI6Ik1vemlsbGEvNS4wIChXaW5kb3dzIE5UIDEwLjA7IFdpbjY"
    "0OyB4NjQpIEZpcmVmb3gvMTMzLjAifQ.6p4QX34NQPLofEXM20tqhhnERiyHruEVyFNg41GvK6h4Rpo1DcwqWPNCdsEe1n0RuGP4"
    "THJA2UcXTCpW8Q9WDw";
const std::string kAnswer =
    "eyJhbGciOiJFUzI1NiJ9.eyJjaGFsbGVuZ2UiOiJjMkZ1WkdrdFkyaGhiR3hsYm1kbExURSIsImRlY2lzaW9uIjoiYXBwcm92ZSI"
    "sImRldmljZSI6IlpHVjJhV05sTFdsa0xUQXdNREF3TURFIiwiaWF0IjoxNzkwMDAwMTE4LCJudW1iZXIiOjQ3LCJ0eXAiOiJhbnN"
    "3ZXIifQ.bS_18SMAcaio984VAi4ZxYHMiVZKfVuh6ESeTk9Tgr8yO3WRCqiQ8T-g1miKdvgoVSZeiTwlFvLnkbrslOfMBg";
const std::string kError = "{\"error\":\"wrong_number\"}";

// `openssl pkey -inform DER -in acceptor.p8 -pubout -outform DER | openssl dgst -sha256 -binary`,
// base64url: the pin computed by OpenSSL's command line, independently of the core.
constexpr std::string_view kOpensslPin = "sha256/A41wCLm6JyhrSLbptPDgO53J-cOJXcQqQKXTCwg721s";

TEST(ApprovalExamples, EnrollmentUriAndPin)
{
    const auto uri = uri::parseOtpauth(kUri);
    ASSERT_TRUE(uri);
    const auto e = enrollmentFromUri(*uri);
    ASSERT_TRUE(e && e->has_value());
    EXPECT_EQ((*e)->acceptor, "https://spse.example.go.id");
    EXPECT_EQ((*e)->expires, kNow + 600);
    EXPECT_EQ(pinText((*e)->pin), kOpensslPin);
    EXPECT_EQ(base64::encodeUrl(testkeys::load(testkeys::kAcceptor).publicKey().spki()), kAcceptorSpki);
}

TEST(ApprovalExamples, MessagesVerify)
{
    const auto acceptor = testkeys::load(testkeys::kAcceptor).publicKey();
    const auto device = testkeys::load(testkeys::kDevice).publicKey();
    const auto enroll = readEnrollRequest(kEnroll);
    ASSERT_TRUE(enroll);
    EXPECT_EQ(enroll->deviceKey, device);
    const auto response = readEnrollResponse(kEnrollResponse, *parsePin(kOpensslPin));
    ASSERT_TRUE(response);
    EXPECT_EQ(response->acceptorKey, acceptor);
    const auto poll = readAuthorization(kAuthorization);
    ASSERT_TRUE(poll);
    EXPECT_TRUE(poll->jws.verifiedBy(device));
    const auto challenge = verifyChallenge(kChallenge, acceptor, "ppk1", kNow + 112);
    ASSERT_TRUE(challenge);
    EXPECT_EQ(challenge->numbers, (std::array<int, 3>{47, 12, 83}));
    const auto answer = readAnswer(kAnswer);
    ASSERT_TRUE(answer);
    const DeviceRecord record{poll->token.deviceId, "ppk1", device, false};
    const ChallengeRecord open{challenge->id, "ppk1", record.id, 47, challenge->iat, challenge->exp, false};
    EXPECT_EQ(checkAnswer(&open, &record, *answer, kNow + 119), Decision::Approve);
    EXPECT_EQ(readErrorBody(kError), Rejection::WrongNumber);
}

TEST(ApprovalExamples, AppearVerbatimInTheSpecification)
{
    std::ifstream file(SANDI_SOURCE_DIR "/docs/approval-protocol.md");
    ASSERT_TRUE(file);
    std::stringstream text;
    text << file.rdbuf();
    for (const std::string* example :
         {&kUri, &kEnroll, &kEnrollResponse, &kAuthorization, &kChallenge, &kAnswer, &kError}) {
        EXPECT_NE(text.str().find(*example), std::string::npos) << *example;
    }
}

} // namespace
} // namespace sandi::approval
