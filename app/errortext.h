#pragma once
// Maps the core's error codes to text in the user's language. The core returns codes only; every
// sentence a user reads is translated here.

#include "core/result.h"

#include <QString>

namespace sandi {

// One translated sentence for `code`, e.g. "The URI has no secret." / "URI tidak memuat kunci rahasia."
[[nodiscard]] QString errorText(Errc code);

// The same for an entry of an app's export file (Aegis, 2FAS, andOTP, FreeOTP+, a Sandi backup),
// which is not a link: where errorText() speaks of "the link", this speaks of "the entry".
[[nodiscard]] QString entryErrorText(Errc code);

} // namespace sandi
