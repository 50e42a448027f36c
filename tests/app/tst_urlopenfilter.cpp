// macOS delivers a clicked otpauth:// link as a QFileOpenEvent: the filter turns it into
// urlOpened() and leaves other files and schemes to Qt.

#include "app/urlopenfilter.h"

#include <QFileOpenEvent>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

class TestUrlOpenFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void forwardsOtpauthLinks_data();
    void forwardsOtpauthLinks();
    void ignoresOtherEvents();
};

void TestUrlOpenFilter::forwardsOtpauthLinks_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<bool>("taken");
    // RFC 4648 test secret; the label's percent-encoded space survives the trip through QUrl.
    QTest::newRow("totp") << u"otpauth://totp/LPSE%20Demo:ppk1?secret=JBSWY3DPEHPK3PXP&issuer=LPSE%20Demo"_s << true;
    QTest::newRow("upper-case scheme") << u"OTPAUTH://totp/A:b?secret=JBSWY3DPEHPK3PXP"_s << true;
    QTest::newRow("migration") << u"otpauth-migration://offline?data=CgA%3D"_s << true;
    QTest::newRow("web page") << u"https://spse.inaproc.id/"_s << false;
    QTest::newRow("file") << u"file:///tmp/qr.png"_s << false;
}

void TestUrlOpenFilter::forwardsOtpauthLinks()
{
    QFETCH(QString, link);
    QFETCH(bool, taken);
    sandi::UrlOpenFilter filter;
    QObject target;
    target.installEventFilter(&filter);
    QSignalSpy opened(&filter, &sandi::UrlOpenFilter::urlOpened);
    QFileOpenEvent event{QUrl(link)};
    QCoreApplication::sendEvent(&target, &event);
    QCOMPARE(opened.count(), taken ? 1 : 0);
    if (taken) {
        const QUrl back(opened.at(0).at(0).toString());
        QCOMPARE(back, QUrl(link));
        QCOMPARE(back.query(QUrl::FullyDecoded), QUrl(link).query(QUrl::FullyDecoded));
    }
}

void TestUrlOpenFilter::ignoresOtherEvents()
{
    sandi::UrlOpenFilter filter;
    QObject target;
    target.installEventFilter(&filter);
    QSignalSpy opened(&filter, &sandi::UrlOpenFilter::urlOpened);
    QEvent event(QEvent::User);
    QCoreApplication::sendEvent(&target, &event);
    QCOMPARE(opened.count(), 0);
}

QTEST_MAIN(TestUrlOpenFilter)
#include "tst_urlopenfilter.moc"
