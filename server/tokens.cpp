#include "server/tokens.h"

#include "core/crypto/kdf.h"

#include <QCryptographicHash>
#include <QDateTime>

#include <cstdlib>

namespace sandi::server {

Clock systemClock()
{
    return [] { return QDateTime::currentSecsSinceEpoch(); };
}

QString randomToken(int bytes)
{
    auto random = crypto::randomBytes(static_cast<std::size_t>(bytes));
    if (!random)
        std::abort(); // no CSPRNG: nothing safe can be handed out
    const auto view = random->view();
    const QByteArray raw(reinterpret_cast<const char*>(view.data()), static_cast<qsizetype>(view.size()));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString tokenHash(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace sandi::server
