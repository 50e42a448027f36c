// The camera dialog with a video file as its camera: it shows the preview, finds the code, emits
// it and closes; closing or deleting it stops the source; a failing source and a machine without a
// camera get the message, no preview and only Close; the picker shows up with two inputs or more
// and restarts the scan on the chosen one; everything is reachable by keyboard.

#include "app/scan/camerasource.h"
#include "tests/app/cliptestsupport.h"
#include "ui/cameradialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMediaDevices>
#include <QPushButton>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoWidget>

using namespace Qt::StringLiterals;
using sandi::CameraDialog;
using sandi::CameraScan;
using sandi::ScanResult;
using namespace sandi::test;

namespace {

// A silent source with named inputs, recording which one was chosen.
class PickableSource : public SilentSource
{
public:
    explicit PickableSource(const QStringList& names) : m_model(names) {}
    [[nodiscard]] QAbstractItemModel* inputs() override { return &m_model; }
    [[nodiscard]] int currentInput() const override { return m_current; }
    void selectInput(int row) override { m_current = row; }

private:
    QStringListModel m_model;
    int m_current = 0;
};

QLabel* status(const CameraDialog& dialog)
{
    return dialog.findChild<QLabel*>(u"status"_s);
}

QList<QPushButton*> buttons(const CameraDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->findChildren<QPushButton*>();
}

} // namespace

class TestCameraDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_clip;
    QString m_clipError;

    void expectFailedLook(const CameraDialog& dialog, const QString& message)
    {
        QCOMPARE(status(dialog)->text(), message);
        QVERIFY(status(dialog)->isVisible());
        QVERIFY(!dialog.findChild<QVideoWidget*>()->isVisible());
        const auto shown = buttons(dialog);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first()->text(), u"Close"_s);
        QVERIFY(shown.first()->hasFocus());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_clip = makeQrCameraClip(m_dir, &m_clipError, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void findsTheCodeEmitsItAndCloses()
    {
        if (!m_clipError.isEmpty()) {
            QSKIP(qPrintable(m_clipError));
        }
        ClipSource source(m_clip);
        CameraDialog dialog(&source);
        QSignalSpy found(&dialog, &CameraDialog::codeFound);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QCOMPARE(source.starts, 0); // nothing runs before the dialog is shown
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(source.starts, 1);
        auto* preview = dialog.findChild<QVideoWidget*>();
        QVERIFY(!preview->accessibleName().isEmpty());
        QVERIFY(!dialog.findChild<QComboBox*>()->isVisible()); // a single input: no picker
        QTRY_COMPARE_WITH_TIMEOUT(status(dialog)->text(), u"Hold the QR code in front of the camera."_s, 10'000);
        QVERIFY(preview->isVisible()); // from the first picture on
        QCOMPARE(buttons(dialog).first()->text(), u"Cancel"_s);
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, 15'000);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(found.first().first().value<ScanResult>().codes.first().text, kClipUri);
        QCOMPARE(dialog.scanResult().codes.first().text, kClipUri);
        QVERIFY(!dialog.isVisible());
        QVERIFY(!source.isActive());
    }

    void closingStopsTheSource()
    {
        if (!m_clipError.isEmpty()) {
            QSKIP(qPrintable(m_clipError));
        }
        ClipSource source(m_clip);
        CameraDialog dialog(&source);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTRY_VERIFY(source.isActive());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(rejected.count(), 1);
        QVERIFY(!dialog.isVisible());
        QVERIFY(!source.isActive());
        QVERIFY(source.stops >= 1);
        QCOMPARE(source.player()->playbackState(), QMediaPlayer::StoppedState);
    }

    void deletingStopsTheSource()
    {
        SilentSource source;
        auto* dialog = new CameraDialog(&source);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QVERIFY(source.isActive());
        delete dialog;
        QVERIFY(!source.isActive());
    }

    void aFailingSourceShowsItsMessageAndOnlyClose()
    {
        SilentSource source(u"The camera is being used by another program."_s);
        CameraDialog dialog(&source);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        expectFailedLook(dialog, u"The camera is being used by another program."_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // the focused Close button
        QCOMPARE(rejected.count(), 1);
    }

    void aSilentSourceEndsWithItsNoPictureText()
    {
        SilentSource source;
        CameraDialog dialog(&source);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(dialog.scan()->state(), CameraScan::State::Starting);
        dialog.scan()->checkForPicture(); // what the timer does after kNoPictureTimeout
        expectFailedLook(dialog, source.noPictureText());
    }

    void withoutACameraShowsTheMessageAndOnlyClose()
    {
        if (!QMediaDevices::videoInputs().isEmpty()) {
            QSKIP("this machine has a camera; the test needs one without");
        }
        CameraDialog dialog; // the real webcam source
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        expectFailedLook(dialog, sandi::cameraProblemText(sandi::CameraProblem::NoCamera));
        QVERIFY(!dialog.findChild<QComboBox*>()->isVisible());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }

    void thePickerChoosesAndRestarts()
    {
        PickableSource source({u"Integrated Camera"_s, u"USB Camera"_s});
        CameraDialog dialog(&source);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* picker = dialog.findChild<QComboBox*>(u"cameraPicker"_s);
        QVERIFY(picker->isVisible());
        QVERIFY(!picker->accessibleName().isEmpty());
        QCOMPARE(picker->currentText(), u"Integrated Camera"_s);
        QCOMPARE(source.starts, 1);
        picker->setFocus();
        QTest::keyClick(picker, Qt::Key_Down); // keyboard choice: activated() fires
        QCOMPARE(source.currentInput(), 1);
        QCOMPARE(source.starts, 2);
        QVERIFY(source.isActive());
        QCOMPARE(dialog.scan()->state(), CameraScan::State::Starting);
    }
};

QTEST_MAIN(TestCameraDialog)
#include "tst_cameradialog.moc"
