#pragma once
// The individual sandi-cli commands. Each takes the arguments after the command name.

#include "app/cli/cli.h"
#include "core/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>
#include <string>

namespace sandi::cli {

// Parses `args` (without program or command name). Prints the parser's error and returns false
// on unknown options; positional arguments must number exactly `positional`.
[[nodiscard]] bool parseArgs(QCommandLineParser& parser, const QStringList& args, qsizetype positional, Io io);

// The --time value, `now` when not set; prints the error and answers nullopt when it is no number.
[[nodiscard]] std::optional<std::int64_t> timeArgument(const QCommandLineParser& parser,
                                                       const QCommandLineOption& option, std::int64_t now, Io io);

// The URI argument, or one line of standard input for "-". Holds a secret: the caller wipes it.
[[nodiscard]] std::string uriArgument(const QString& arg, Io io);

// Prints the translated reason and the stable error name; answers BadInput.
Exit reportError(const Error& error, Io io);

[[nodiscard]] Exit runCode(const QStringList& args, Io io, std::int64_t now);
[[nodiscard]] Exit runInspect(const QStringList& args, Io io);

} // namespace sandi::cli
