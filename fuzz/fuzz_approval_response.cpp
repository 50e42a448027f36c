// libFuzzer target: the device's readers of acceptor response bodies (enrollment, poll, 4xx error)
// never crash or throw on arbitrary text; accepted values round-trip through the writers.
#include "core/approval/challenge.h"
#include "core/approval/enroll.h"
#include "core/approval/rules.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace sandi::approval;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto list = readPollResponse(text);
    if (list) {
        const auto again = readPollResponse(writePollResponse(*list));
        if (!again || *again != *list) {
            std::abort();
        }
    }
    // Any pin: the key in the body is parsed and validated before the pin is compared.
    const auto response = readEnrollResponse(text, Pin{});
    (void)response;
    const auto rejection = readErrorBody(text);
    if (rejection && readErrorBody(errorBody(*rejection)) != rejection) {
        std::abort();
    }
    return 0;
}
