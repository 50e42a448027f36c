#pragma once
// Loads Sandi's translation for the window and sandi-cli alike.

class QCoreApplication;
class QString;

namespace sandi {

// Installs Sandi's translation for `language` ("id" or "en", as Settings::effectiveLanguage()
// gives it) from the .qm files embedded under :/i18n/ and, for Indonesian, Qt's own. English has
// a translation too, for its plural forms ("1 second", "2 seconds").
void installTranslators(QCoreApplication& app, const QString& language);

} // namespace sandi
