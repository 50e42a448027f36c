// The approval prompt's browser summary: real User-Agent strings of the browsers SPSE users have,
// read to a browser family and an operating system, and the summary sentence (its Indonesian is
// checked in tests/i18n/tst_translations.cpp).

#include "app/useragent.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestUserAgent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void summary_data();
    void summary();
};

void TestUserAgent::parse_data()
{
    QTest::addColumn<QString>("userAgent");
    QTest::addColumn<QString>("browser");
    QTest::addColumn<QString>("system");
    // Debian's chromium no longer says "Chromium" (User-Agent reduction): it reads as Chrome.
    QTest::newRow("chromium on debian")
        << u"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36"_s
        << u"Chrome"_s << u"Linux"_s;
    QTest::newRow("chrome on windows")
        << u"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
           "Safari/537.36"_s
        << u"Chrome"_s << u"Windows"_s;
    QTest::newRow("edge on windows")
        << u"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
           "Safari/537.36 Edg/131.0.2903.86"_s
        << u"Edge"_s << u"Windows"_s;
    QTest::newRow("opera on windows")
        << u"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 "
           "Safari/537.36 OPR/115.0.0.0"_s
        << u"Opera"_s << u"Windows"_s;
    QTest::newRow("firefox on windows")
        << u"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"_s << u"Firefox"_s
        << u"Windows"_s;
    QTest::newRow("firefox on linux") << u"Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"_s
                                      << u"Firefox"_s << u"Linux"_s;
    QTest::newRow("the protocol's example")
        << u"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/133.0"_s << u"Firefox"_s << u"Windows"_s;
    QTest::newRow("safari on macos")
        << u"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
           "Safari/605.1.15"_s
        << u"Safari"_s << u"macOS"_s;
    QTest::newRow("chrome on macos")
        << u"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
           "Chrome/131.0.0.0 Safari/537.36"_s
        << u"Chrome"_s << u"macOS"_s;
    QTest::newRow("safari on iphone")
        << u"Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
           "Version/18.1 Mobile/15E148 Safari/604.1"_s
        << u"Safari"_s << u"iOS"_s;
    QTest::newRow("chrome on ipad")
        << u"Mozilla/5.0 (iPad; CPU OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
           "CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1"_s
        << u"Chrome"_s << u"iOS"_s;
    QTest::newRow("chrome on android")
        << u"Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile "
           "Safari/537.36"_s
        << u"Chrome"_s << u"Android"_s;
    QTest::newRow("samsung internet")
        << u"Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
           "SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36"_s
        << u"Samsung Internet"_s << u"Android"_s;
    QTest::newRow("uc browser")
        << u"Mozilla/5.0 (Linux; U; Android 11; id-ID; RMX2185 Build/RP1A) AppleWebKit/537.36 (KHTML, like Gecko) "
           "Version/4.0 Chrome/100.0.4896.58 UCBrowser/13.4.0.1306 Mobile Safari/537.36"_s
        << u"UC Browser"_s << u"Android"_s;
    QTest::newRow("chromeos")
        << u"Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
           "Safari/537.36"_s
        << u"Chrome"_s << u"ChromeOS"_s;
    QTest::newRow("internet explorer 11") << u"Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko"_s
                                          << u"Internet Explorer"_s << u"Windows"_s;
    QTest::newRow("headless chrome")
        << u"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 "
           "Safari/537.36"_s
        << u"Chrome"_s << u"Linux"_s;
    // WebKit browsers that are not Safari send "Safari/" without Safari's "Version/".
    QTest::newRow("webkit without version")
        << u"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605 Safari/605"_s << QString() << u"Linux"_s;
    QTest::newRow("curl") << u"curl/8.5.0"_s << QString() << QString();
    QTest::newRow("test client") << u"test_acceptor.py"_s << QString() << QString();
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestUserAgent::parse()
{
    QFETCH(QString, userAgent);
    QFETCH(QString, browser);
    QFETCH(QString, system);
    const sandi::BrowserInfo info = sandi::parseUserAgent(userAgent);
    QCOMPARE(info.browser, browser);
    QCOMPARE(info.system, system);
}

void TestUserAgent::summary_data()
{
    QTest::addColumn<QString>("userAgent");
    QTest::addColumn<QString>("summary");
    QTest::newRow("both") << u"Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0.0.0 Safari/537.36"_s
                          << u"Chrome on Linux"_s;
    QTest::newRow("browser only") << u"Mozilla/5.0 Firefox/133.0"_s << u"Firefox"_s;
    QTest::newRow("system only") << u"Mozilla/5.0 (Windows NT 10.0) SomethingElse/1.0"_s << u"A browser on Windows"_s;
    QTest::newRow("neither") << u"curl/8.5.0"_s << u"Unknown browser"_s;
    QTest::newRow("empty") << QString() << u"Unknown browser"_s;
}

void TestUserAgent::summary()
{
    QFETCH(QString, userAgent);
    QFETCH(QString, summary);
    QCOMPARE(sandi::browserSummary(userAgent), summary);
}

QTEST_GUILESS_MAIN(TestUserAgent)
#include "tst_useragent.moc"
