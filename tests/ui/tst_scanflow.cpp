// From a scanned QR code to an account, as a user goes through it: the screen scan (with an
// injected screen holding the QR code), "Add account?" and its Add, Replace, Keep both and Cancel,
// a two-part Google Authenticator export scanned one part at a time, nothing found, a code that is
// not an account, an image file (and the offer to delete it), and a link pasted from the clipboard.

#include "app/scan/screenscanner.h"
#include "core/uri/migration.h"
#include "tests/app/qrimage.h"
#include "tests/ui/windowfixture.h"
#include "ui/importdialog.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QListWidget>
#include <QMimeData>

using namespace sandi::test;

namespace {

inline const char* const kKudusReset =
    "otpauth://totp/LPSE%20Kudus:ppk1?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=LPSE%20Kudus";

// A desktop of 1280 × 800 with the QR code of `text` somewhere on it.
QImage desktopShowing(const QByteArray& text)
{
    QImage canvas(1280, 800, QImage::Format_RGB32);
    canvas.fill(QColor(0xee, 0xee, 0xee));
    if (!text.isEmpty()) {
        QPainter painter(&canvas);
        painter.drawImage(QPoint(700, 200), qrImage(text, 3));
    }
    return canvas;
}

QString migrationPart(int index, int parts, const std::string& name)
{
    sandi::uri::MigrationPayload payload;
    payload.version = 1;
    payload.batchSize = parts;
    payload.batchIndex = index;
    payload.batchId = 4242;
    sandi::uri::MigrationEntry entry;
    const std::string seed = name + "-secret-0123456789";
    entry.secret = sandi::SecretBytes(std::as_bytes(std::span<const char>(seed.data(), 20)));
    entry.name = "LPSE Kudus:" + name;
    entry.issuer = "LPSE Kudus";
    entry.type = 2;
    payload.entries.push_back(std::move(entry));
    return QString::fromStdString(sandi::uri::serializeMigration(payload));
}

} // namespace

class TestScanFlow : public WindowFixture
{
    Q_OBJECT

    QByteArray m_screenText; // what the injected screen shows

    void openWithScreen()
    {
        open();
        auto* scanner = m_window->screenScanner();
        scanner->setSettleDelay(std::chrono::milliseconds{0});
        scanner->setGrabber([this] {
            sandi::ScreenGrab grab;
            grab.screenName = u"test"_s;
            grab.geometry = QRect(0, 0, 1280, 800);
            grab.image = desktopShowing(m_screenText);
            return QList<sandi::ScreenGrab>{grab};
        });
    }

    sandi::ImportDialog* scanScreenForDialog(const QByteArray& shown)
    {
        m_screenText = shown;
        m_window->scanScreen();
        return waitForChild<sandi::ImportDialog>();
    }

    void activateMain()
    {
        deleteLaterNow();
        m_window->activateWindow(); // as the desktop does when a dialog closes
        QTRY_VERIFY(m_window->isActiveWindow());
    }

private Q_SLOTS:
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

    void screenScanAsksThenAdds()
    {
        m_screenText = kKudus;
        openWithScreen();
        press(Qt::Key_Return); // the empty state's "Scan QR code on screen"
        auto* dialog = waitForChild<sandi::ImportDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), u"Add account?"_s);
        QCOMPARE(dialog->findChild<QLabel*>(u"issuer"_s)->text(), u"LPSE Kudus"_s);
        QCOMPARE(dialog->findChild<QLabel*>(u"account"_s)->text(), u"ppk1"_s);
        QCOMPARE(dialog->findChild<QLabel*>(u"kind"_s)->text(), u"TOTP · 6 digits · every 30 s"_s);
        for (const QLabel* label : dialog->findChildren<QLabel*>()) {
            QVERIFY(!label->text().contains(u"JBSWY3DP"_s)); // never the secret
        }
        QVERIFY(dialog->findChild<QPushButton*>(u"addButton"_s)->isDefault());
        press(Qt::Key_Return);
        QTRY_COMPARE(m_model->rowCount(), 1);
        setTime(1'700'000'000);
        QCOMPARE(shownCode(0), sandi::groupCode(coreCode(kKudus, 1'700'000'000)));
        QTRY_COMPARE(m_window->toast()->text(), u"1 account(s) added"_s);
    }

    void screenScanFindsNothingAndOffersToPickAnArea()
    {
        m_screenText.clear();
        openWithScreen();
        m_window->scanScreen();
        auto* box = waitForChild<QMessageBox>(u"noCodeFound"_s);
        QVERIFY(box);
        QCOMPARE(box->text(), u"No QR code was found on the screen."_s);
        QVERIFY(box->findChild<QPushButton*>(u"pickAreaButton"_s));
        box->reject();
        QCOMPARE(m_model->rowCount(), 0);
    }

    void resetTotpOffersReplaceFirst()
    {
        openWithScreen();
        const QString old = add(kKudus);
        auto* dialog = scanScreenForDialog(kKudusReset);
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel*>(u"duplicateNote"_s)->text().contains(u"Reset TOTP"_s));
        auto* replace = dialog->findChild<QPushButton*>(u"replaceButton"_s);
        QVERIFY(replace && replace->isDefault());
        QVERIFY(dialog->findChild<QPushButton*>(u"keepBothButton"_s));
        press(Qt::Key_Return);
        QTRY_VERIFY(!m_store->find(old));
        QCOMPARE(m_model->rowCount(), 1);
        QTRY_VERIFY(!m_secrets->contains(old));
        setTime(1'700'000'000);
        QCOMPARE(shownCode(0), sandi::groupCode(coreCode(kKudusReset, 1'700'000'000)));
    }

    void keepBothKeepsTheOldOne()
    {
        openWithScreen();
        const QString old = add(kKudus);
        auto* dialog = scanScreenForDialog(kKudusReset);
        QVERIFY(dialog);
        dialog->findChild<QPushButton*>(u"keepBothButton"_s)->click();
        QTRY_COMPARE(m_model->rowCount(), 2);
        QVERIFY(m_store->find(old));
    }

    void cancelChangesNothing()
    {
        openWithScreen();
        const QString old = add(kKudus);
        auto* dialog = scanScreenForDialog(kKudusReset);
        QVERIFY(dialog);
        press(Qt::Key_Escape);
        QTRY_VERIFY(!m_window->findChild<sandi::ImportDialog*>() ||
                    !m_window->findChild<sandi::ImportDialog*>()->isVisible());
        QTest::qWait(50);
        QCOMPARE(m_model->rowCount(), 1);
        QVERIFY(m_store->find(old));
        QVERIFY(m_secrets->contains(old));
    }

    void exportWithAMissingPartScansOn()
    {
        openWithScreen();
        auto* dialog = scanScreenForDialog(migrationPart(1, 2, "pokja2").toLatin1());
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), u"Add accounts?"_s);
        const QString status = dialog->findChild<QLabel*>(u"migrationStatus"_s)->text();
        QVERIFY2(status.contains(u"Scanned part 2 of 2. Still missing: part 1."_s), qPrintable(status));
        QCOMPARE(dialog->findChild<QListWidget*>(u"accountList"_s)->count(), 1);
        auto* next = dialog->findChild<QPushButton*>(u"scanNextButton"_s);
        QVERIFY(next && next->isDefault());
        m_screenText = migrationPart(0, 2, "ppk1").toLatin1(); // the user shows the first part
        next->click();
        deleteLaterNow();
        dialog = waitForChild<sandi::ImportDialog>();
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QLabel*>(u"migrationStatus"_s)); // complete now
        auto* list = dialog->findChild<QListWidget*>(u"accountList"_s);
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().startsWith(u"LPSE Kudus — ppk1"_s)); // in part order
        list->item(1)->setCheckState(Qt::Unchecked);
        dialog->findChild<QPushButton*>(u"addButton"_s)->click();
        QTRY_COMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->index(0).data(AccountListModel::NameRole).toString(), u"ppk1"_s);
    }

    void aCodeThatIsNotAnAccountIsExplained()
    {
        openWithScreen();
        m_screenText = "https://spse.inaproc.id/kudus";
        m_window->scanScreen();
        auto* box = waitForChild<QMessageBox>(u"nothingToAdd"_s);
        QVERIFY(box);
        QCOMPARE(box->informativeText(), u"A web address (spse.inaproc.id), not an account."_s);
        box->accept();
        QCOMPARE(m_model->rowCount(), 0);
    }

    void imageFileThenOfferToDeleteIt_data()
    {
        QTest::addColumn<bool>("chooseInDialog");
        QTest::addColumn<bool>("deleteIt");
        QTest::newRow("dropped file, deleted") << false << true;
        QTest::newRow("chosen in Scan image file…, kept") << true << false;
    }

    // A dropped image file, or one chosen in Accounts → Scan image file…: a window-modal file
    // dialog that returns at once (no nested event loop; getOpenFileName() would not return here).
    // The account is added, then Sandi offers to delete the image, which holds the secret.
    void imageFileThenOfferToDeleteIt()
    {
        QFETCH(bool, chooseInDialog);
        QFETCH(bool, deleteIt);
        open();
        const QString path = m_dir->filePath(u"aktivasi.png"_s);
        QVERIFY(qrImage(QByteArray(kKudus), 4).save(path));
        if (chooseInDialog) {
            m_window->scanImageFile();
            QFileDialog* chooser = nullptr; // not activated: selectFile() leaves a focused name field alone
            QTRY_VERIFY((chooser = m_window->findChild<QFileDialog*>(u"scanFileDialog"_s)));
            QCOMPARE(chooser->windowModality(), Qt::WindowModal);
            QCOMPARE(chooser->windowTitle(), u"Scan image file"_s);
            chooser->selectFile(path);
            QTest::keyClick(chooser, Qt::Key_Return);
        } else {
            m_window->scanImageFile(path);
        }
        auto* dialog = waitForChild<sandi::ImportDialog>();
        QVERIFY(dialog);
        dialog->findChild<QPushButton*>(u"addButton"_s)->click();
        QTRY_COMPARE(m_model->rowCount(), 1);
        auto* box = waitForChild<QMessageBox>(u"deleteImage"_s);
        QVERIFY(box);
        QVERIFY(box->text().contains(u"aktivasi.png"_s));
        if (deleteIt) {
            box->findChild<QPushButton*>(u"deleteFileButton"_s)->click();
            QTRY_VERIFY(!QFile::exists(path));
        } else {
            box->reject(); // Keep
            QTRY_VERIFY(!m_window->findChild<QMessageBox*>(u"deleteImage"_s));
            QVERIFY(QFile::exists(path));
        }
    }

    void linkPastedFromTheClipboard()
    {
        open();
        add(kNtt);
        QGuiApplication::clipboard()->setText(QString::fromLatin1(kKudus));
        activateMain();
        m_window->view()->setFocus();
        press(Qt::Key_V, Qt::ControlModifier);
        auto* dialog = waitForChild<sandi::ImportDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLabel*>(u"account"_s)->text(), u"ppk1"_s);
        dialog->findChild<QPushButton*>(u"addButton"_s)->click();
        QTRY_COMPARE(m_model->rowCount(), 2);
        QGuiApplication::clipboard()->clear();
    }
};

QTEST_MAIN(TestScanFlow)
#include "tst_scanflow.moc"
