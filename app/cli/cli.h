#pragma once
// sandi-cli: the command line over the core (and, from later issues, the account store).
// Everything a command needs comes in through run(): arguments, streams and the current time.

#include <QStringList>

#include <cstdint>
#include <iosfwd>

namespace sandi::cli {

enum class Exit : int
{
    Ok = 0,
    Usage = 1,    // unknown command or option, missing argument
    BadInput = 2, // a URI or file the core rejects
    NotFound = 3, // nothing to show (e.g. no QR code found)
};

struct Io
{
    std::istream& in;
    std::ostream& out;
    std::ostream& err;
};

// Runs one command line (arguments[0] is the program name). `now` is the Unix time in seconds.
[[nodiscard]] Exit run(const QStringList& arguments, Io io, std::int64_t now);

} // namespace sandi::cli
