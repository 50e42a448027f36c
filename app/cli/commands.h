#pragma once
// The individual sandi-cli commands. Each takes the arguments after the command name.

#include "app/cli/cli.h"

namespace sandi::cli {

[[nodiscard]] Exit runCode(const QStringList& args, Io io, std::int64_t now);
[[nodiscard]] Exit runInspect(const QStringList& args, Io io);

} // namespace sandi::cli
