// The main window when the keychain is missing, refuses, is slow or lost its items: a banner that
// says what to do, read-only use, "Try again", "Restore from backup…", and the list shown before
// the secrets arrive.

#include "tests/ui/windowfixture.h"

#include "ui/fileimportdialog.h"

#include <QFile>
#include <QFileDialog>
#include <QListWidget>

using namespace sandi::test;

class TestMainWindowFaults : public WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

    void missingKeychainShowsABannerAndIsReadOnly()
    {
        open();
        add(kKudus);
        close();
        m_secrets->setFault(sandi::SecretStatus::Unavailable); // e.g. no Secret Service running
        open();
        QTRY_VERIFY(m_store->readOnly());
        const QString text = m_window->banner()->message(sandi::Banner::Topic::Keychain);
        QVERIFY2(text.contains(u"GNOME Keyring"_s), qPrintable(text));
        QVERIFY(m_window->banner()->isVisible());
        QCOMPARE(m_model->index(0).data(AccountListModel::StateRole).toInt(), int(AccountListModel::State::Locked));
        press(Qt::Key_N, Qt::ControlModifier); // adding is off while read-only
        deleteLaterNow();
        QVERIFY(!m_window->findChild<sandi::AddDialog*>());

        // The keychain comes back: "Try again" in the banner reads the secrets again.
        m_secrets->setFault(sandi::SecretStatus::Ok);
        auto* retry = m_window->banner()->findChild<QPushButton*>();
        QVERIFY(retry);
        retry->click();
        QTRY_VERIFY(!m_store->readOnly());
        QTRY_VERIFY(!m_window->banner()->isVisible());
        setTime(1'700'000'400);
        QCOMPARE(shownCode(0), sandi::groupCode(coreCode(kKudus, 1'700'000'400)));
    }

    void emptyListWithoutAKeychainSaysSoBeforeAnyAdd()
    {
        // A first start on Linux without a Secret Service: the user learns it before typing a secret.
        m_secrets->setFault(sandi::SecretStatus::Unavailable);
        open();
        QTRY_VERIFY(m_store->readOnly());
        QTRY_VERIFY(m_window->banner()->isVisible());
        const QString text = m_window->banner()->message(sandi::Banner::Topic::Keychain);
        QVERIFY2(text.contains(u"GNOME Keyring"_s), qPrintable(text));
        press(Qt::Key_N, Qt::ControlModifier);
        deleteLaterNow();
        QVERIFY(!m_window->findChild<sandi::AddDialog*>());

        m_secrets->setFault(sandi::SecretStatus::Ok);
        auto* retry = m_window->banner()->findChild<QPushButton*>();
        QVERIFY(retry);
        retry->click();
        QTRY_VERIFY(!m_store->readOnly());
        QTRY_VERIFY(!m_window->banner()->isVisible());
    }

    // Issue #11: the keychain lost its items (a new Windows profile): the banner leads to a backup
    // before a Reset TOTP.
    void lostKeysOfferTheRestore()
    {
        open();
        const QString id = add(kKudus);
        close();
        m_secrets->erase(id);
        open();
        QTRY_VERIFY(m_window->banner()->isVisible());
        const QString text = m_window->banner()->message(sandi::Banner::Topic::Secrets);
        QVERIFY2(text.contains(u"If you have a backup, restore it: the accounts it holds get their keys back."_s),
                 qPrintable(text));
        auto* restore = m_window->banner()->findChild<QPushButton*>();
        QVERIFY(restore);
        QCOMPARE(restore->text(), u"Restore from backup…"_s);
        // The backup (here a list of links) has the account: it takes the keyless row's place.
        QFile file(m_dir->filePath(u"backup.sandi"_s)); // detected by its contents
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(kKudus) + '\n');
        file.close();
        restore->click();
        QFileDialog* chooser = nullptr; // not activated: selectFile() leaves a focused name field alone
        QTRY_VERIFY((chooser = m_window->findChild<QFileDialog*>(u"transferFileDialog"_s)));
        QCOMPARE(chooser->windowTitle(), u"Restore from backup"_s);
        chooser->selectFile(file.fileName());
        QCOMPARE(chooser->selectedFiles(), QStringList{file.fileName()});
        QTest::keyClick(chooser, Qt::Key_Return);
        auto* dialog = waitForChild<sandi::FileImportDialog>();
        QVERIFY(dialog);
        QTRY_COMPARE(dialog->page(), sandi::FileImportDialog::Page::Accounts);
        auto* list = dialog->findChild<QListWidget*>(u"accountList"_s);
        QCOMPARE(list->item(0)->checkState(), Qt::Checked);
        QVERIFY2(list->item(0)->text().contains(u"brings back the key Sandi lost"_s),
                 qPrintable(list->item(0)->text()));
        press(Qt::Key_Return); // Add
        QTRY_VERIFY(!m_window->findChild<sandi::FileImportDialog*>());
        QTRY_COMPARE(m_window->toast()->text(), u"1 account(s) added; 1 lost key(s) restored"_s);
        QCOMPARE(m_model->rowCount(), 1);
        QVERIFY(!m_store->find(id));
        QTRY_VERIFY(!m_window->banner()->isVisible());
        setTime(59);
        QCOMPARE(shownCode(0), u"996 554"_s); // oathtool --totp -b JBSWY3DPEHPK3PXP -N @59
    }

    void addingWhenTheKeychainFailsSaysSo()
    {
        open();
        QTRY_COMPARE(m_secrets->pending(), std::size_t(0));
        m_secrets->setFault(sandi::SecretStatus::Unavailable); // the keychain stopped after start-up
        press(Qt::Key_N, Qt::ControlModifier);
        auto* dialog = waitForChild<sandi::AddDialog>();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(u"account"_s)->setText(u"ppk1"_s);
        dialog->findChild<QLineEdit*>(u"secret"_s)->setText(u"JBSWY3DPEHPK3PXP"_s);
        dialog->accept();
        QTRY_VERIFY(!m_window->banner()->message(sandi::Banner::Topic::Operation).isEmpty());
        QVERIFY(m_window->banner()->message(sandi::Banner::Topic::Operation).contains(u"GNOME Keyring"_s));
        QCOMPARE(m_model->rowCount(), 0);
    }

    void listShowsBeforeTheKeychainAnswers()
    {
        open();
        add(kKudus);
        close();
        m_secrets->hold(); // the keychain is slow to answer
        open();
        QCOMPARE(m_model->rowCount(), 1);
        QVERIFY(!m_window->showsEmptyState());
        QCOMPARE(m_model->index(0).data(AccountListModel::StateRole).toInt(), int(AccountListModel::State::Loading));
        m_secrets->release();
        setTime(1'700'000'300);
        QTRY_COMPARE(shownCode(0), sandi::groupCode(coreCode(kKudus, 1'700'000'300)));
    }
};

QTEST_MAIN(TestMainWindowFaults)
#include "tst_mainwindowfaults.moc"
