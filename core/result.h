#pragma once
// Results, not exceptions: every public core function returns a value or an Error.
// tl::expected (Debian's libexpected-dev) has the API of C++23 std::expected; moving to the
// standard type later changes only the alias below.

#include "core/errc.h"

#include <tl/expected.hpp>

#include <string>
#include <utility>

namespace sandi {

// An error from the core: a stable code for the app to translate, and an English detail for logs
// and tests. The detail never contains secret material.
struct Error
{
    Errc code;
    std::string detail;
};

template <class T> using Result = tl::expected<T, Error>;

// Builds the error side of a Result: `return fail(Errc::MissingSecret, "no secret= parameter");`
[[nodiscard]] inline tl::unexpected<Error> fail(Errc code, std::string detail = {})
{
    return tl::unexpected<Error>(Error{code, std::move(detail)});
}

} // namespace sandi
