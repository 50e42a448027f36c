#pragma once
// Sandi's icon (installer/icons: a shield around a clock face), embedded in the program so that
// the window, the tray and the dialogs have it before installation too. An installed theme icon
// named "sandi" wins.

#include <QIcon>

namespace sandi {

[[nodiscard]] QIcon appIcon();

// A themed icon with a fallback from the style, for toolbar actions.
[[nodiscard]] QIcon themedIcon(const char* themeName);

} // namespace sandi
