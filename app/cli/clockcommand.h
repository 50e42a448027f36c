#pragma once
// sandi-cli clock [--server HOST[:PORT]]...: how far this computer's clock is off, measured with
// SNTP (app/clock/clockcheck.h). Prints the offset ("+90.0 s": the servers are 90 s ahead of this
// clock) and the servers used.

#include "app/cli/cli.h"

#include <functional>

namespace sandi::cli {

// Runs `clock` with the arguments after the command name; `finished` is called exactly once, from
// the event loop (or before this returns on a usage error).
// Exit: Ok when measured; BadInput when no server gave a usable answer; Usage for bad arguments.
void startClock(const QStringList& args, Io io, std::function<void(Exit)> finished);

} // namespace sandi::cli
