#pragma once
// sandi-cli's commands over the account store: add, list, code QUERY, remove. They work through
// AccountStore, so they share the window's file, lock and keychain items, and they finish
// asynchronously on the event loop.

#include "app/cli/cli.h"

#include <functional>

namespace sandi::cli {

struct StoreContext
{
    Io io;
    std::int64_t now;
    StoreAccess store;
};

// True for add, list and remove, and for code when its one argument is a query, not a URI (an
// argument containing "://", or "-" for standard input, keeps code's URI behaviour).
[[nodiscard]] bool isStoreCommand(const QString& command, const QStringList& args);

// Starts the command; `finished` is called exactly once, from the event loop or before this returns.
void startStoreCommand(const QString& command, const QStringList& args, StoreContext context,
                       std::function<void(Exit)> finished);

} // namespace sandi::cli
