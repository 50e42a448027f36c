#pragma once
// sandi-cli clock [--server HOST[:PORT]]...: how far this computer's clock is off, measured with
// SNTP (app/clock/clockcheck.h). Prints the offset ("+90.0 s": the servers are 90 s ahead of this
// clock) and the servers used.

#include "app/cli/cli.h"

#include <cstdint>
#include <functional>

namespace sandi::cli {

// Runs `clock` with the arguments after the command name; `finished` is called exactly once, from
// the event loop (or before this returns on a usage error).
// Exit: Ok when measured; BadInput when no server gave a usable answer; Usage for bad arguments.
void startClock(const QStringList& args, Io io, std::function<void(Exit)> finished);

// Whether `args` (after the command name) hold a --server option.
[[nodiscard]] bool hasServerOption(const QStringList& args);

// `code ... --server HOST[:PORT]...`: takes the --server options out of `args`, measures the
// clock's offset with those servers and calls `run` with the remaining arguments and the corrected
// time (seconds since 1970). When no server answers, says so on stderr and runs with this
// computer's clock. Usage errors (a bad server, --server with --time) end in `finished`.
void startWithMeasuredTime(const QStringList& args, Io io,
                           std::function<void(const QStringList& rest, std::int64_t now)> run,
                           std::function<void(Exit)> finished);

} // namespace sandi::cli
