#pragma once
// What the window says about the clock, in the user's language: the banner when the clock is
// wrong, how to set the clock on this system, and the status line in the settings.

#include "app/clock/clockcheck.h"

#include <QString>

namespace sandi {

class ClockService;

// "2 minutes 13 seconds", "45 seconds", "1 hour 5 minutes": |ms| rounded to whole seconds.
[[nodiscard]] QString clockDurationText(qint64 ms);

// "Your computer's clock is 2 minutes 13 seconds slow; the codes have been adjusted." Positive
// `offsetMs`: the computer's clock is behind. `corrected`: whether Sandi applies the offset.
[[nodiscard]] QString clockBannerText(qint64 offsetMs, bool corrected);

// How to make this operating system set its clock from the network.
[[nodiscard]] QString clockFixHint();

// One or two sentences for the settings: checking, measured (how far off, when, from where), or
// why the clock could not be checked.
[[nodiscard]] QString clockStatusText(const ClockService& service);

} // namespace sandi
