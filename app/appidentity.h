#pragma once
// The name Qt files Sandi's data under. The window (sandi) and sandi-cli set the same one, so that
// QStandardPaths::AppDataLocation, where the account store lives, is one folder for both:
// ~/.local/share/sandi on Linux, %APPDATA%\sandi on Windows, ~/Library/Application Support/sandi
// on macOS.

namespace sandi {

inline constexpr char16_t kApplicationName[] = u"sandi";

// Call right after constructing the Q(Core)Application, before any QStandardPaths lookup.
void applyApplicationIdentity();

} // namespace sandi
