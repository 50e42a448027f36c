#include "app/aboutinfo.h"

#include "core/crypto/opensslversion.h"
#include "core/qr/qrdecoder.h"

#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace sandi {

QList<LibraryInfo> usedLibraries()
{
    QList<LibraryInfo> libraries;
    QString qt = QString::fromLatin1(qVersion());
    if (qt != QLatin1StringView(QT_VERSION_STR)) {
        qt += u" (built with "_s + QLatin1StringView(QT_VERSION_STR) + u')';
    }
    libraries.append({u"Qt"_s, qt});
    // "OpenSSL 3.0.11 19 Sep 2023": the name is already part of OpenSSL's text.
    QString openssl = QString::fromStdString(crypto::opensslVersion());
    if (openssl.startsWith(u"OpenSSL "_s)) {
        openssl.remove(0, 8);
    }
    libraries.append({u"OpenSSL"_s, openssl});
    QString zxing = QString::fromStdString(qr::decoderLibrary());
    libraries.append({zxing.section(u' ', 0, 0), zxing.section(u' ', 1)});
    libraries.append({u"QtKeychain"_s, QStringLiteral(SANDI_QTKEYCHAIN_VERSION)});
    return libraries;
}

} // namespace sandi
