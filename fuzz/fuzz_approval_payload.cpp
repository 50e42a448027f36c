// libFuzzer target: every signed payload reader (challenge, answer, poll token, enrollment) on
// arbitrary payload bytes signed with a valid key, so parsing past the signature check is reached.
// What a reader accepts, its writer writes again, and the reader gives back the same value.
#include "core/approval/answer.h"
#include "core/approval/challenge.h"
#include "core/approval/enroll.h"
#include "core/approval/polltoken.h"

#include "approvalfuzz.h"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

using namespace sandi;

namespace {

void challenge(const std::string& jws)
{
    const auto& key = fuzz::fuzzKey();
    const auto c = approval::verifyChallenge(jws, key.publicKey(), "ppk1", 1790000000);
    if (c) {
        const auto again = approval::signChallenge(key, *c);
        const auto back = again ? approval::verifyChallenge(*again, key.publicKey(), "ppk1", 1790000000)
                                : tl::unexpected(again.error());
        if (!back || !(*back == *c)) {
            std::abort();
        }
    }
}

void answer(const std::string& jws)
{
    const auto a = approval::readAnswer(jws);
    if (a) {
        const auto again = approval::signAnswer(fuzz::fuzzKey(), a->answer);
        const auto back = again ? approval::readAnswer(*again) : tl::unexpected(again.error());
        if (!back || !(back->answer == a->answer)) {
            std::abort();
        }
    }
}

void poll(const std::string& jws)
{
    const auto t = approval::readAuthorization("Sandi " + jws);
    if (t) {
        const auto again = approval::authorizationValue(fuzz::fuzzKey(), t->token);
        const auto back = again ? approval::readAuthorization(*again) : tl::unexpected(again.error());
        if (!back || back->token.deviceId != t->token.deviceId || back->token.iat != t->token.iat ||
            back->token.jti != t->token.jti) {
            std::abort();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string jws = fuzz::signed_(std::string_view(reinterpret_cast<const char*>(data), size));
    if (jws.empty()) {
        return 0;
    }
    challenge(jws);
    answer(jws);
    poll(jws);
    const auto e = approval::readEnrollRequest(jws); // signed by the key it carries: rarely accepted
    (void)e;
    return 0;
}
