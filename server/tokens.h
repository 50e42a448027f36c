#pragma once
// Random tokens and their stored form, shared by sessions, enrollment and reset links.

#include <QByteArray>
#include <QString>

#include <functional>

namespace sandi::server {

// The server's clock, Unix seconds; injectable so the rules can be tested at any time.
using Clock = std::function<qint64()>;
[[nodiscard]] Clock systemClock();

// `bytes` random bytes (OpenSSL's CSPRNG through the core), base64url without padding.
[[nodiscard]] QString randomToken(int bytes = 32);

// What the database keeps instead of a token: lowercase hex SHA-256 of its UTF-8 text.
[[nodiscard]] QString tokenHash(const QString& token);

} // namespace sandi::server
