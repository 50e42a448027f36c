#include "app/clock/clockserver.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace sandi {

namespace {

bool isIpv6(const QString& text)
{
    QHostAddress address;
    return address.setAddress(text) && address.protocol() == QAbstractSocket::IPv6Protocol;
}

// A host name (RFC 1123 labels) or an IPv4 address: letters, digits, '-' and '.'.
bool isHostName(const QString& text)
{
    if (text.isEmpty() || text.size() > 253 || text.startsWith(u'.') || text.startsWith(u'-')) {
        return false;
    }
    for (const QChar c : text) {
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'.')) {
            return false;
        }
    }
    return true;
}

} // namespace

std::optional<ClockServer> parseClockServer(const QString& input)
{
    const QString text = input.trimmed();
    ClockServer server;
    QString portText;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0) {
            return std::nullopt;
        }
        server.host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(u':')) {
            return std::nullopt;
        }
        portText = rest.mid(1);
        if (!isIpv6(server.host)) {
            return std::nullopt;
        }
    } else if (text.count(u':') == 1) {
        server.host = text.section(u':', 0, 0);
        portText = text.section(u':', 1);
        if (!isHostName(server.host)) {
            return std::nullopt;
        }
    } else if (text.contains(u':')) {
        if (!isIpv6(text)) {
            return std::nullopt; // "nonsense::x" is neither a name nor an address
        }
        server.host = text;
    } else {
        if (!isHostName(text)) {
            return std::nullopt;
        }
        server.host = text;
    }
    if (!portText.isNull()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            return std::nullopt;
        }
        server.port = static_cast<quint16>(port);
    }
    return server;
}

std::optional<QList<ClockServer>> parseClockServers(const QStringList& texts, QString* bad)
{
    QList<ClockServer> servers;
    for (const QString& text : texts) {
        const auto server = parseClockServer(text);
        if (!server) {
            if (bad) {
                *bad = text;
            }
            return std::nullopt;
        }
        servers.append(*server);
    }
    return servers;
}

} // namespace sandi
