#pragma once
// A time server as the user writes it: "host", "host:port", "[v6]" or "[v6]:port", or a bare IPv6
// address. Shared by `sandi-cli clock --server` and the settings.

#include "app/clock/clockcheck.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace sandi {

// nullopt for an empty host, a port outside 1..65535, or text with several colons that is not an
// IPv6 address ("nonsense::x").
[[nodiscard]] std::optional<ClockServer> parseClockServer(const QString& text);

// Every entry parsed, or nullopt with `bad` set to the first entry that is not a server.
[[nodiscard]] std::optional<QList<ClockServer>> parseClockServers(const QStringList& texts, QString* bad = nullptr);

} // namespace sandi
