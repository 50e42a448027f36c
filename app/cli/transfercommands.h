#pragma once
// sandi-cli import and export: the window's import (app/transfer/fileimport.h) and export
// (app/transfer/fileexport.h) without dialogs. Passwords come from a file or standard input, never
// from the command line, where other users and the shell history would see them.

#include "app/cli/storecommands.h"

#include <functional>

namespace sandi::cli {

[[nodiscard]] bool isTransferCommand(const QString& command);

// Starts `import` or `export`; `finished` is called exactly once, from the event loop or before
// this returns.
void startTransferCommand(const QString& command, const QStringList& args, StoreContext context,
                          std::function<void(Exit)> finished);

} // namespace sandi::cli
