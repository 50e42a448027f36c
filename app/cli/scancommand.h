#pragma once
// sandi-cli scan [--screen] [--json] [FILE...]: the text of every QR code in image files, standard
// input ("-") or on the screen. The screen needs a QGuiApplication, which main() creates only when
// wantsScreen() says so; everything else runs under a QCoreApplication.

#include "app/cli/cli.h"

#include <functional>

namespace sandi::cli {

// True when `arguments` (program name first) are a scan command with --screen.
[[nodiscard]] bool wantsScreen(const QStringList& arguments);

// Runs `scan` with the arguments after the command name; `finished` is called exactly once, from
// the event loop when the screen is scanned, otherwise before this returns.
// Exit: Ok when a code was found and every source was read; NotFound when none was found;
// BadInput when a file or the screen could not be read; Usage for bad arguments.
void startScan(const QStringList& args, Io io, std::function<void(Exit)> finished);

} // namespace sandi::cli
