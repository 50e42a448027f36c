#pragma once
// Sandi's icon, drawn at run time (a rounded key-shaped badge), so that the window, the tray and
// the dialogs have one without a binary asset. An installed theme icon named "sandi" wins.

#include <QIcon>

namespace sandi {

[[nodiscard]] QIcon appIcon();

// A themed icon with a fallback from the style, for toolbar actions.
[[nodiscard]] QIcon themedIcon(const char* themeName);

} // namespace sandi
