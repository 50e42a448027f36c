#pragma once
// What the About dialog tells: Sandi's version and the libraries it runs with.

#include <QList>
#include <QString>

namespace sandi {

struct LibraryInfo
{
    QString name;
    QString version;
};

// Qt, OpenSSL, ZXing-C++ and QtKeychain, with their versions (Qt and OpenSSL as loaded at run
// time; ZXing-C++ and QtKeychain as built with, since they do not report theirs at run time).
[[nodiscard]] QList<LibraryInfo> usedLibraries();

} // namespace sandi
