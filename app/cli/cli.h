#pragma once
// sandi-cli: the command line over the core and the account store.
// Everything a command needs comes in through start()/run(): arguments, streams, the current time
// and, for the store commands, the data folder and the secret store.

#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <iosfwd>

namespace sandi {
class SecretStore;
}

namespace sandi::cli {

enum class Exit : int
{
    Ok = 0,
    Usage = 1,    // unknown command or option, missing argument
    BadInput = 2, // a URI the core rejects, an ambiguous query, or the store or keychain failed
    NotFound = 3, // nothing to show (no account matches, no QR code found)
};

struct Io
{
    std::istream& in;
    std::ostream& out;
    std::ostream& err;
};

// Where the account store commands find the accounts.
struct StoreAccess
{
    QString dataDir;                // QStandardPaths::AppDataLocation in the real program
    SecretStore* secrets = nullptr; // the OS keychain in the real program
};

// Runs one command line (arguments[0] is the program name). `now` is the Unix time in seconds.
// Commands over the account store (add, list, remove, code QUERY) finish later, from the event
// loop: `finished` is called exactly once, possibly before start() returns; run the event loop
// until then.
void start(const QStringList& arguments, Io io, std::int64_t now, const StoreAccess& store,
           std::function<void(Exit)> finished);

// Only the commands that need no event loop (code URI, inspect, help, version), synchronously:
// here `code` always reads a URI, and add, list and remove are unknown (Usage).
[[nodiscard]] Exit run(const QStringList& arguments, Io io, std::int64_t now);

} // namespace sandi::cli
