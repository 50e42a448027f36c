#include "app/urlopenfilter.h"

#include <QFileOpenEvent>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace sandi {

UrlOpenFilter::UrlOpenFilter(QObject* parent) : QObject(parent) {}

bool UrlOpenFilter::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FileOpen) {
        const QUrl url = static_cast<QFileOpenEvent*>(event)->url();
        const QString scheme = url.scheme().toLower();
        if (scheme == u"otpauth"_s || scheme == u"otpauth-migration"_s) {
            // The link as the system passed it; ScanImport parses and percent-decodes it.
            Q_EMIT urlOpened(url.toString(QUrl::FullyEncoded));
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sandi
