#pragma once
// Maps the core's error codes to text in the user's language. The core returns codes only; every
// sentence a user reads is translated here.

#include "core/result.h"

#include <QString>

namespace sandi {

// One translated sentence for `code`, e.g. "The URI has no secret." / "URI tidak memuat kunci rahasia."
[[nodiscard]] QString errorText(Errc code);

} // namespace sandi
