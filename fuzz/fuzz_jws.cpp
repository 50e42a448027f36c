// libFuzzer target: Jws::parse() and the readers that parse before verifying (answer, poll token,
// enrollment) never crash or throw on arbitrary text; a JWS that parses re-serialises to a prefix
// of its own text (the signing input is exactly what was sent).
#include "core/approval/answer.h"
#include "core/approval/enroll.h"
#include "core/approval/polltoken.h"

#include "approvalfuzz.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace sandi;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto jws = approval::Jws::parse(text);
    if (jws) {
        if (!text.starts_with(jws->signingInput()) || jws->signingInput().size() >= text.size()) {
            std::abort();
        }
        (void)jws->verifiedBy(fuzz::fuzzKey().publicKey());
    }
    (void)approval::readAnswer(text);
    (void)approval::readEnrollRequest(text);
    (void)approval::readAuthorization(std::string("Sandi ") + std::string(text));
    return 0;
}
