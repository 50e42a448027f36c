#pragma once
// A readable summary of a browser's User-Agent for the login approval prompt ("Chrome on Linux",
// "Firefox di Windows"): the user checks that the login asking for approval is the one they started.
// Only the browser family and the operating system, never versions: a User-Agent is the browser's
// own claim and anyone can send any; the summary helps recognise a login, it proves nothing.

#include <QString>
#include <QStringView>

namespace sandi {

struct BrowserInfo
{
    QString browser; // product name ("Chrome", "Edge", "Firefox"…); empty when not recognised
    QString system;  // "Windows", "macOS", "Linux", "Android", "iOS", "ChromeOS"; empty when not recognised
};

// Reads the browser family and operating system from a User-Agent string.
[[nodiscard]] BrowserInfo parseUserAgent(QStringView userAgent);

// "Chrome on Linux" (translated), "Firefox", "A browser on Windows" or "Unknown browser".
[[nodiscard]] QString browserSummary(QStringView userAgent);

} // namespace sandi
