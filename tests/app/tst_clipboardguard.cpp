// ClipboardGuard: the secret hints on the MIME data, clearing only our own code, clearing on
// destruction (quit). The timer is checked, not waited for: tests call clearIfOurs() themselves.

#include "app/clipboardguard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

QString windowsFormat(const char* name)
{
    return u"application/x-qt-windows-mime;value=\"%1\""_s.arg(QString::fromLatin1(name));
}

} // namespace

class TestClipboardGuard : public QObject
{
    Q_OBJECT

private:
    QClipboard* clipboard() { return QGuiApplication::clipboard(); }

private Q_SLOTS:
    void init() { clipboard()->clear(); }

    void mimeDataMarksASecret()
    {
        const auto data = sandi::secretMimeData(u"123456"_s, false);
        QCOMPARE(data->text(), u"123456"_s);
        QCOMPARE(data->data(u"x-kde-passwordManagerHint"_s), QByteArray("secret"));
        QVERIFY(!data->hasFormat(windowsFormat("CanIncludeInClipboardHistory")));
    }

    void mimeDataForWindowsKeepsTheCodeOutOfHistoryAndCloud()
    {
        const auto data = sandi::secretMimeData(u"123456"_s, true);
        QCOMPARE(data->text(), u"123456"_s);
        QCOMPARE(data->data(u"x-kde-passwordManagerHint"_s), QByteArray("secret"));
        QVERIFY(data->hasFormat(windowsFormat("ExcludeClipboardContentFromMonitorProcessing")));
        QCOMPARE(data->data(windowsFormat("CanIncludeInClipboardHistory")), QByteArray(4, '\0'));
        QCOMPARE(data->data(windowsFormat("CanUploadToCloudClipboard")), QByteArray(4, '\0'));
    }

    void copyPutsTheCodeOnTheClipboardAndArmsTheTimer()
    {
        sandi::ClipboardGuard guard(clipboard());
        guard.setClearAfterSeconds(30);
        QSignalSpy copied(&guard, &sandi::ClipboardGuard::copied);
        guard.copy(u"94287082"_s);
        QCOMPARE(copied.count(), 1);
        QCOMPARE(clipboard()->text(), u"94287082"_s);
        QCOMPARE(clipboard()->mimeData()->data(u"x-kde-passwordManagerHint"_s), QByteArray("secret"));
        QVERIFY(guard.holdsOurCode());
        QVERIFY(guard.isClearPending());
        QCOMPARE(guard.findChild<QTimer*>()->interval(), 30'000);
        QVERIFY(guard.remainingMs() > 0);
    }

    void clearsOurCode()
    {
        sandi::ClipboardGuard guard(clipboard());
        QSignalSpy cleared(&guard, &sandi::ClipboardGuard::cleared);
        guard.copy(u"123456"_s);
        guard.clearIfOurs(); // what the timer does after the delay
        QCOMPARE(cleared.count(), 1);
        QVERIFY(clipboard()->text().isEmpty());
        QVERIFY(!guard.isClearPending());
    }

    void leavesWhatTheUserCopiedSince()
    {
        sandi::ClipboardGuard guard(clipboard());
        QSignalSpy cleared(&guard, &sandi::ClipboardGuard::cleared);
        guard.copy(u"123456"_s);
        clipboard()->setText(u"my notes"_s);
        QVERIFY(!guard.holdsOurCode());
        guard.clearIfOurs();
        QCOMPARE(cleared.count(), 0);
        QCOMPARE(clipboard()->text(), u"my notes"_s);
    }

    void aNewCopyRestartsTheDelay()
    {
        sandi::ClipboardGuard guard(clipboard());
        guard.setClearAfterSeconds(30);
        guard.copy(u"111111"_s);
        guard.setClearAfterSeconds(5); // the setting changed meanwhile: the pending clear follows it
        QCOMPARE(guard.findChild<QTimer*>()->interval(), 5000);
        QVERIFY(guard.isClearPending());
        guard.copy(u"222222"_s);
        QCOMPARE(guard.findChild<QTimer*>()->interval(), 5000);
        QVERIFY(guard.isClearPending());
        guard.clearIfOurs();
        QVERIFY(clipboard()->text().isEmpty()); // the newest code is ours too
    }

    void zeroSecondsNeverClearsByTimer()
    {
        sandi::ClipboardGuard guard(clipboard());
        guard.setClearAfterSeconds(0);
        guard.copy(u"123456"_s);
        QVERIFY(!guard.isClearPending());
        QCOMPARE(guard.remainingMs(), -1);
        QCOMPARE(clipboard()->text(), u"123456"_s);
    }

    void quittingClearsOurCode()
    {
        {
            sandi::ClipboardGuard guard(clipboard());
            guard.setClearAfterSeconds(0);
            guard.copy(u"123456"_s);
        }
        QVERIFY(clipboard()->text().isEmpty());
    }

    void quittingLeavesOtherText()
    {
        {
            sandi::ClipboardGuard guard(clipboard());
            guard.copy(u"123456"_s);
            clipboard()->setText(u"an address"_s);
        }
        QCOMPARE(clipboard()->text(), u"an address"_s);
    }

    void theTimerClears()
    {
        // The guard's timer going off (invoked here instead of waiting 30 s) clears the code.
        sandi::ClipboardGuard guard(clipboard());
        QSignalSpy cleared(&guard, &sandi::ClipboardGuard::cleared);
        guard.copy(u"123456"_s);
        auto* timer = guard.findChild<QTimer*>();
        QVERIFY(timer && timer->isActive() && timer->isSingleShot());
        QCOMPARE(timer->interval(), 30'000);
        QVERIFY(QMetaObject::invokeMethod(timer, "timeout"));
        QCOMPARE(cleared.count(), 1);
        QVERIFY(clipboard()->text().isEmpty());
    }
};

QTEST_MAIN(TestClipboardGuard)
#include "tst_clipboardguard.moc"
