// Prints one of each approval protocol message, made by the core with the fixed test keys of
// approvaltestkeys.h at a fixed time. Its output is what docs/approval-protocol.md shows; the
// test tst_approvalexamples checks that those texts still verify. ECDSA signatures are randomised,
// so each run prints different signatures (all valid).
#include "core/approval/answer.h"
#include "core/approval/challenge.h"
#include "core/approval/enroll.h"
#include "core/approval/enrollment.h"
#include "core/approval/polltoken.h"
#include "core/approval/rules.h"

#include "approvaltestkeys.h"

#include <iostream>

using namespace sandi;
using namespace sandi::approval;

namespace {

constexpr std::int64_t kNow = 1790000000;

template <class T> const T& must(const Result<T>& r)
{
    if (!r) {
        std::cerr << errcName(r.error().code) << ": " << r.error().detail << '\n';
        std::exit(1);
    }
    return *r;
}

} // namespace

int main()
{
    const auto acceptor = testkeys::load(testkeys::kAcceptor);
    const auto device = testkeys::load(testkeys::kDevice);
    const std::string token = "q2D0dJxFN2s3mRk0J3Yp_w";
    const std::string deviceId = "ZGV2aWNlLWlkLTAwMDAwMDE";
    const std::string challengeId = "c2FuZGktY2hhbGxlbmdlLTE";

    // RFC 6238's test secret, not a real account's.
    auto parsed = uri::parseOtpauth(
        "otpauth://totp/LPSE%20Kudus:ppk1?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=LPSE%20Kudus");
    if (!parsed) {
        return 1;
    }
    auto& uri = *parsed;
    const Pin pin = must(pinOf(acceptor.publicKey()));
    addEnrollment(uri, Enrollment{"https://spse.example.go.id", token, kNow + 600, pin});
    std::cout << "uri " << uri::serializeOtpauth(uri) << "\n\n";
    std::cout << "acceptor_spki " << base64::encodeUrl(acceptor.publicKey().spki()) << "\n\n";
    std::cout << "device_spki " << base64::encodeUrl(device.publicKey().spki()) << "\n\n";
    std::cout << "enroll " << must(signEnrollRequest(device, EnrollRequest{token, "Sandi on LAPTOP-01", kNow + 20}))
              << "\n\n";
    std::cout << "enroll_response "
              << must(writeEnrollResponse(EnrollResponse{deviceId, acceptor.publicKey(), "ppk1", "LPSE Kudus"}))
              << "\n\n";
    std::cout << "authorization "
              << must(authorizationValue(device, PollToken{deviceId, kNow + 100, "2ZxY0bq4PZ3mTt1Hc2y0yQ"})) << "\n\n";
    const Challenge challenge{
        challengeId,   "ppk1",     "LPSE Kudus", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/133.0",
        "203.0.113.7", kNow + 110, kNow + 230,   {47, 12, 83}};
    const std::string signedChallenge = must(signChallenge(acceptor, challenge));
    std::cout << "challenge " << signedChallenge << "\n\n";
    std::cout << "answer " << must(signAnswer(device, Answer{challengeId, deviceId, Decision::Approve, 47, kNow + 118}))
              << "\n\n";
    std::cout << "error " << errorBody(Rejection::WrongNumber) << '\n';
    return 0;
}
