#include "app/useragent.h"

#include <QCoreApplication>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace sandi {

namespace {

struct UserAgentText
{
    Q_DECLARE_TR_FUNCTIONS(sandi::UserAgent)
};

// Tokens in the order they must be tried: browsers built on Chrome also send "Chrome/" and
// "Safari/", and Chrome sends "Safari/", so the more specific names come first. Product names are
// not translated.
constexpr std::array<std::pair<QStringView, QStringView>, 19> kBrowsers{{
    {u"Edg/", u"Edge"},
    {u"EdgA/", u"Edge"},
    {u"EdgiOS/", u"Edge"},
    {u"Edge/", u"Edge"},
    {u"OPR/", u"Opera"},
    {u"OPT/", u"Opera"},
    {u"Opera", u"Opera"},
    {u"SamsungBrowser/", u"Samsung Internet"},
    {u"UCBrowser/", u"UC Browser"},
    {u"YaBrowser/", u"Yandex Browser"},
    {u"Vivaldi/", u"Vivaldi"},
    {u"FxiOS/", u"Firefox"},
    {u"Firefox/", u"Firefox"},
    {u"CriOS/", u"Chrome"},
    {u"Chromium/", u"Chromium"},
    {u"Chrome/", u"Chrome"}, // also HeadlessChrome/
    {u"Trident/", u"Internet Explorer"},
    {u"MSIE ", u"Internet Explorer"},
    {u"Safari/", u"Safari"},
}};

// iOS before macOS (iPhones say "like Mac OS X"), Android and ChromeOS before Linux.
constexpr std::array<std::pair<QStringView, QStringView>, 11> kSystems{{
    {u"Windows", u"Windows"},
    {u"iPhone", u"iOS"},
    {u"iPad", u"iOS"},
    {u"iPod", u"iOS"},
    {u"Android", u"Android"},
    {u"CrOS", u"ChromeOS"},
    {u"Macintosh", u"macOS"},
    {u"Mac OS X", u"macOS"},
    {u"FreeBSD", u"FreeBSD"},
    {u"Linux", u"Linux"},
    {u"X11", u"Linux"},
}};

} // namespace

BrowserInfo parseUserAgent(QStringView userAgent)
{
    BrowserInfo info;
    for (const auto& [token, name] : kBrowsers) {
        if (!userAgent.contains(token)) {
            continue;
        }
        // Safari only when both tokens are there: other WebKit browsers send "Safari/" alone.
        if (name == u"Safari" && !(userAgent.contains(u"Version/") && userAgent.contains(u"Safari/"))) {
            continue;
        }
        info.browser = name.toString();
        break;
    }
    for (const auto& [token, name] : kSystems) {
        if (userAgent.contains(token)) {
            info.system = name.toString();
            break;
        }
    }
    return info;
}

QString browserSummary(QStringView userAgent)
{
    const BrowserInfo info = parseUserAgent(userAgent);
    if (!info.browser.isEmpty() && !info.system.isEmpty()) {
        //: The browser that asks to log in: browser, then operating system ("Chrome on Linux")
        return UserAgentText::tr("%1 on %2").arg(info.browser, info.system);
    }
    if (!info.browser.isEmpty()) {
        return info.browser;
    }
    if (!info.system.isEmpty()) {
        return UserAgentText::tr("A browser on %1").arg(info.system);
    }
    return UserAgentText::tr("Unknown browser");
}

} // namespace sandi
