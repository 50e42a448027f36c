#include "app/appidentity.h"

#include <QCoreApplication>
#include <QString>

namespace sandi {

void applyApplicationIdentity()
{
    // No organization name: it would add a second folder level (~/.local/share/ORG/sandi).
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QString::fromUtf16(kApplicationName));
}

} // namespace sandi
