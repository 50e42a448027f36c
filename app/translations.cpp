#include "app/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QString>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace sandi {

void installTranslators(QCoreApplication& app, const QString& language)
{
    auto* own = new QTranslator(&app);
    if (own->load(u":/i18n/sandi_%1.qm"_s.arg(language))) {
        QCoreApplication::installTranslator(own);
    }
    if (language != u"id"_s) {
        return;
    }
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(QLocale::Indonesian), u"qtbase"_s, u"_"_s,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
}

} // namespace sandi
