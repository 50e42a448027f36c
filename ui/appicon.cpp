#include "ui/appicon.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sandi {

namespace {

QIcon buildAppIcon()
{
    QIcon icon = QIcon::fromTheme(u"sandi"_s);
    if (!icon.isNull()) {
        return icon;
    }
    // installer/icons/png, embedded (ui/CMakeLists.txt): the same pictures as the installed theme icon.
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        icon.addFile(u":/icons/sandi/%1.png"_s.arg(size), QSize(size, size));
    }
    return icon;
}

} // namespace

QIcon appIcon()
{
    // Built once per process: the theme lookup alone walks every folder of the icon theme (about
    // 10 million instructions, measured with callgrind), and the start-up asks for the icon three
    // times (application, window, empty page).
    static QIcon* cached = nullptr; // freed with the application, before Qt's GUI goes away
    if (!cached) {
        cached = new QIcon(buildAppIcon());
        qAddPostRoutine([] {
            delete cached;
            cached = nullptr;
        });
    }
    return *cached;
}

QIcon themedIcon(const char* themeName)
{
    return QIcon::fromTheme(QString::fromLatin1(themeName));
}

} // namespace sandi
