// The main window with the in-memory keychain and an injected clock: adding through the dialog,
// the code shown against the core, copying and clearing, filtering, deleting with confirmation,
// the empty state and keyboard-only use.

#include "tests/app/storetestsupport.h"
#include "tests/ui/windowfixture.h"
#include "ui/importdialog.h"

#include <QDir>
#include <QFileDialog>

using namespace sandi::test;

class TestMainWindow : public WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

    void emptyStateOffersToAdd()
    {
        open();
        QVERIFY(m_window->showsEmptyState());
        auto* scan = m_window->findChild<QPushButton*>(u"emptyScanButton"_s);
        QVERIFY(scan && scan->isVisible());
        QVERIFY(!scan->accessibleName().isEmpty());
        QVERIFY(scan->hasFocus()); // Enter scans the screen: the obvious next step (tst_scanflow)
        auto* button = m_window->findChild<QPushButton*>(u"emptyAddButton"_s);
        QVERIFY(button && button->isVisible());
        QVERIFY(!button->accessibleName().isEmpty());
        press(Qt::Key_Tab); // typing the key instead is one Tab away
        QVERIFY(button->hasFocus());
        press(Qt::Key_Return);
        auto* dialog = waitForChild<sandi::AddDialog>();
        QVERIFY(dialog);
        dialog->reject();
    }

    // Issue #11: after a new computer or a lost keychain, the empty window leads back to a backup.
    void emptyStateOffersTheRestore()
    {
        open();
        auto* button = m_window->findChild<QPushButton*>(u"emptyRestoreButton"_s);
        QVERIFY(button && button->isVisible());
        QVERIFY(!button->accessibleName().isEmpty());
        press(Qt::Key_Tab);
        press(Qt::Key_Tab); // after scanning and typing the key
        QVERIFY(button->hasFocus());
        press(Qt::Key_Return);
        auto* chooser = waitForChild<QFileDialog>(u"transferFileDialog"_s);
        QVERIFY(chooser);
        QCOMPARE(chooser->windowTitle(), u"Restore from backup"_s);
        chooser->reject();
    }

    void addThroughTheDialogShowsTheCoreCode()
    {
        open();
        press(Qt::Key_N, Qt::ControlModifier);
        auto* dialog = waitForChild<sandi::AddDialog>();
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLineEdit*>(u"issuer"_s)->hasFocus());
        type(u"LPSE Kudus"_s);
        press(Qt::Key_Tab);
        type(u"ppk1"_s);
        press(Qt::Key_Tab);
        auto* secret = dialog->findChild<QLineEdit*>(u"secret"_s);
        QVERIFY(secret->hasFocus());
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        type(u"JBSW Y3DP 1HPK 3PXP"_s); // '1' is not Base32
        press(Qt::Key_Return);
        auto* error = dialog->findChild<QLabel*>(u"errorLabel"_s);
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(u"A–Z"_s));
        QVERIFY(secret->hasFocus());
        secret->clear();
        type(u"JBSW Y3DP EHPK 3PXP"_s);
        press(Qt::Key_Return);
        QTRY_COMPARE(m_model->rowCount(), 1);
        QVERIFY(!m_window->showsEmptyState());
        setTime(1'700'000'012);
        QCOMPARE(shown()->index(0, 0).data(AccountListModel::IssuerRole).toString(), u"LPSE Kudus"_s);
        QCOMPARE(shownCode(0), sandi::groupCode(coreCode(kKudus, 1'700'000'012)));
        QCOMPARE(shown()->index(0, 0).data(AccountListModel::SecondsLeftRole).toInt(), 30 - 1'700'000'012 % 30);
    }

    void copyThenClear()
    {
        open();
        add(kKudus);
        setTime(1'700'000'100);
        m_window->view()->setFocus();
        m_window->view()->setCurrentIndex(shown()->index(0, 0));
        press(Qt::Key_Return);
        QCOMPARE(QGuiApplication::clipboard()->text(), coreCode(kKudus, 1'700'000'100));
        QVERIFY(m_window->toast()->isVisible());
        QCOMPARE(m_window->toast()->text(), u"Code copied"_s);
        QVERIFY(m_clipboard->isClearPending());
        m_clipboard->clearIfOurs(); // what the 30 s timer does
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        // Ctrl+C and a click copy too.
        press(Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), coreCode(kKudus, 1'700'000'100));
        QGuiApplication::clipboard()->clear();
        const QRect row = m_window->view()->visualRect(shown()->index(0, 0));
        QTest::mouseClick(m_window->view()->viewport(), Qt::LeftButton, {}, row.center());
        QCOMPARE(QGuiApplication::clipboard()->text(), coreCode(kKudus, 1'700'000'100));
    }

    void typingFilters()
    {
        open();
        add(kKudus);
        add(kNtt);
        add(kBank);
        QCOMPARE(shown()->rowCount(), 3);
        m_window->view()->setFocus();
        type(u"pokJA"_s); // typing in the list goes to the filter, case-insensitive
        QVERIFY(m_window->filterField()->hasFocus());
        QCOMPARE(m_window->filterField()->text(), u"pokJA"_s);
        QCOMPARE(shown()->rowCount(), 1);
        QCOMPARE(shown()->index(0, 0).data(AccountListModel::IssuerRole).toString(), u"LPSE NTT"_s);
        type(u"zzz"_s);
        QCOMPARE(shown()->rowCount(), 0);
        press(Qt::Key_Escape);
        QVERIFY(m_window->filterField()->text().isEmpty());
        QCOMPARE(shown()->rowCount(), 3);
    }

    void deleteAsksFirst()
    {
        open();
        add(kKudus);
        const QString ntt = add(kNtt);
        m_window->view()->setFocus();
        m_window->view()->setCurrentIndex(shown()->index(1, 0));
        press(Qt::Key_Delete);
        auto* box = waitForChild<QMessageBox>(u"deleteConfirmation"_s);
        QVERIFY(box);
        QCOMPARE(box->windowTitle(), u"Delete account?"_s);
        QVERIFY(box->text().contains(u"LPSE NTT"_s));
        press(Qt::Key_Return); // the default is Cancel
        deleteLaterNow();
        QApplication::setActiveWindow(m_window.get()); // as the desktop does when the box closes
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QCOMPARE(QApplication::focusWidget(), m_window->view());
        QCOMPARE(m_model->rowCount(), 2);
        QVERIFY(m_secrets->contains(ntt));

        press(Qt::Key_Delete);
        box = waitForChild<QMessageBox>(u"deleteConfirmation"_s);
        QVERIFY(box);
        box->findChild<QPushButton*>(u"deleteButton"_s)->click();
        QTRY_COMPARE(m_model->rowCount(), 1);
        QTRY_VERIFY(!m_secrets->contains(ntt)); // the keychain item went too
        QCOMPARE(shown()->index(0, 0).data(AccountListModel::IssuerRole).toString(), u"LPSE Kudus"_s);
    }

    void keyboardOnlyCopy()
    {
        open();
        add(kKudus);
        add(kNtt);
        setTime(1'700'000'200);
        press(Qt::Key_F, Qt::ControlModifier);
        QVERIFY(m_window->filterField()->hasFocus());
        type(u"ntt"_s);
        press(Qt::Key_Down); // into the list
        QCOMPARE(QApplication::focusWidget(), m_window->view());
        press(Qt::Key_Return);
        QCOMPARE(QGuiApplication::clipboard()->text(), coreCode(kNtt, 1'700'000'200));
        press(Qt::Key_F, Qt::ControlModifier);
        press(Qt::Key_Escape); // clear the filter
        press(Qt::Key_Return); // Enter in the filter copies the current row
        QCOMPARE(QGuiApplication::clipboard()->text(), coreCode(kNtt, 1'700'000'200));
    }

    void hotpAdvancesBeforeCopying()
    {
        open();
        const QString id = add(kBank);
        m_window->view()->setFocus();
        m_window->view()->setCurrentIndex(shown()->index(0, 0));
        QVERIFY(shownCode(0).isEmpty());
        press(Qt::Key_Return);
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), u"755224"_s); // RFC 4226 Appendix D
        QCOMPARE(m_store->find(id)->counter, quint64(1));
        QCOMPARE(shownCode(0), u"755 224"_s);
    }

    void linkAsksToAdd()
    {
        // An otpauth:// link on the command line or from a second launch, before the list loaded.
        open(false);
        m_window->importTexts({u"otpauth://totp/LPSE%20Sumba:vendor7?secret=JBSWY3DPEHPK3PXP&issuer=LPSE%20Sumba"_s});
        QVERIFY(!m_window->findChild<sandi::ImportDialog*>()); // waits for the list: duplicates
        m_store->load();
        auto* dialog = waitForChild<sandi::ImportDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), u"Add account?"_s);
        QCOMPARE(dialog->findChild<QLabel*>(u"account"_s)->text(), u"vendor7"_s);
        press(Qt::Key_Return); // Add
        QTRY_COMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->index(0).data(AccountListModel::IssuerRole).toString(), u"LPSE Sumba"_s);
    }

    void tickerRunsOnlyWhileShown()
    {
        open();
        QVERIFY(m_ticker->isActive());
        m_window->hide();
        QVERIFY(!m_ticker->isActive());
        m_window->show();
        QVERIFY(m_ticker->isActive());
    }

    void everyWidgetHasAnAccessibleName()
    {
        open();
        add(kKudus);
        for (QWidget* widget : m_window->findChildren<QWidget*>()) {
            if (widget->isVisible() && widget->focusPolicy() != Qt::NoFocus && !widget->inherits("QToolButton") &&
                widget->parentWidget() != nullptr && !widget->inherits("QScrollBar")) {
                QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
            }
        }
    }

    void afterAFullScenarioNoFileHoldsASecret()
    {
        // Add through the dialog, copy, count an HOTP code, change a setting, delete, quit:
        // neither the data folder nor the settings nor anything else under HOME holds a secret.
        open();
        press(Qt::Key_N, Qt::ControlModifier);
        auto* dialog = waitForChild<sandi::AddDialog>();
        QVERIFY(dialog);
        type(u"LPSE Kudus"_s);
        press(Qt::Key_Tab);
        type(u"ppk1"_s);
        press(Qt::Key_Tab);
        type(u"JBSWY3DPEHPK3PXP"_s);
        const QPointer<sandi::AddDialog> guard(dialog);
        press(Qt::Key_Return);
        QTRY_COMPARE(m_model->rowCount(), 1);
        QTRY_VERIFY(!guard || !guard->isVisible());
        deleteLaterNow();
        m_window->activateWindow(); // as the desktop does when the dialog closes
        QTRY_VERIFY(m_window->isActiveWindow());
        add(kNtt);
        add(kBank);
        setTime(1'700'000'100);
        m_window->view()->setFocus();
        for (int row = 0; row < shown()->rowCount(); ++row) {
            QGuiApplication::clipboard()->clear();
            m_window->view()->setCurrentIndex(shown()->index(row, 0));
            press(Qt::Key_C, Qt::ControlModifier);
            QTRY_VERIFY(!QGuiApplication::clipboard()->text().isEmpty());
        }
        m_settings->setClipboardClearSeconds(45);
        m_window->view()->setCurrentIndex(shown()->index(1, 0));
        press(Qt::Key_Delete);
        auto* box = waitForChild<QMessageBox>(u"deleteConfirmation"_s);
        QVERIFY(box);
        box->findChild<QPushButton*>(u"deleteButton"_s)->click();
        QTRY_COMPARE(m_model->rowCount(), 2);
        close();

        const QList<QByteArray> seeds{QByteArray::fromHex("48656c6c6f21deadbeef"), // JBSWY3DPEHPK3PXP
                                      QByteArrayLiteral("12345678901234567890")};  // kNtt and kBank
        // CTest gives each test a private HOME and names it; run by hand, HOME is the user's own.
        QStringList dirs{m_dir->path()};
        if (const QString home = qEnvironmentVariable("SANDI_TEST_HOME"); !home.isEmpty()) {
            QCOMPARE(QDir::homePath(), home);
            dirs << home;
        }
        for (const QString& dir : std::as_const(dirs)) {
            for (const QByteArray& seed : seeds) {
                QCOMPARE(sandi::test::filesHoldingSecret(dir, seed), QStringList{});
            }
        }
        QVERIFY(QFile::exists(m_dir->filePath(u"data/accounts.json"_s))); // the scan saw the store
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
