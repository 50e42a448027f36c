// The settings dialog's app lock section: off by default; turning it on asks for the password
// twice and closes the dialog only once the hash is stored; changing and turning off; the idle
// minutes; Cancel writes nothing.

#include "app/lock/applock.h"
#include "app/settings.h"
#include "ui/locksettingssection.h"
#include "ui/settingsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using sandi::AppLock;

class TestLockSettings : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sandi::Settings> m_settings;
    std::unique_ptr<AppLock> m_lock;
    std::unique_ptr<sandi::SettingsDialog> m_dialog;

    void openDialog()
    {
        m_dialog = std::make_unique<sandi::SettingsDialog>(m_settings.get(), nullptr, true);
        m_dialog->setAppLock(m_lock.get());
        m_dialog->showTabOf(m_dialog->findChild<sandi::LockSettingsSection*>()); // the user picks the tab
        m_dialog->show();
    }

    template <class T> T* child(const QString& name) const
    {
        auto* found = m_dialog->findChild<T*>(name);
        [&] { QVERIFY2(found, qPrintable(name)); }();
        return found;
    }

    void ok() { m_dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click(); }

    bool unlockWith(const QString& password)
    {
        std::optional<AppLock::UnlockResult> result;
        m_lock->unlock(password, this, [&](AppLock::UnlockResult r) { result = r; });
        return QTest::qWaitFor([&] { return result.has_value(); }, 20'000) &&
               *result == AppLock::UnlockResult::Unlocked;
    }

    void turnOn(const QString& password)
    {
        openDialog();
        child<QCheckBox>(u"lockEnabled"_s)->setChecked(true);
        child<QLineEdit>(u"lockNewPassword"_s)->setText(password);
        child<QLineEdit>(u"lockRepeatPassword"_s)->setText(password);
        QSignalSpy finished(m_dialog.get(), &QDialog::finished);
        ok();
        QVERIFY(finished.wait(20'000));
        QCOMPARE(finished.at(0).at(0).toInt(), int(QDialog::Accepted));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<sandi::Settings>(m_dir->filePath(u"sandi.ini"_s));
        m_lock = std::make_unique<AppLock>(m_settings.get());
    }

    void cleanup()
    {
        m_dialog.reset();
        m_lock.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void offByDefault()
    {
        openDialog();
        auto* enabled = child<QCheckBox>(u"lockEnabled"_s);
        QVERIFY(enabled->isVisible());
        QVERIFY(!enabled->isChecked());
        QVERIFY(!child<QLineEdit>(u"lockNewPassword"_s)->isVisible());
        QVERIFY(!child<QPushButton>(u"lockChangePassword"_s)->isVisible());
        QVERIFY(!child<QSpinBox>(u"lockIdleMinutes"_s)->isEnabled());
        QCOMPARE(child<QSpinBox>(u"lockIdleMinutes"_s)->value(), 5);
    }

    void turningOnAsksForThePasswordTwice()
    {
        openDialog();
        child<QCheckBox>(u"lockEnabled"_s)->setChecked(true);
        auto* password = child<QLineEdit>(u"lockNewPassword"_s);
        auto* repeat = child<QLineEdit>(u"lockRepeatPassword"_s);
        QVERIFY(password->isVisible() && repeat->isVisible());
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QCOMPARE(repeat->echoMode(), QLineEdit::Password);
        auto* error = child<QLabel>(u"lockError"_s);

        ok(); // nothing typed
        QVERIFY(m_dialog->isVisible());
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), u"Enter the new lock password twice."_s);

        password->setText(u"abc"_s);
        repeat->setText(u"abc"_s);
        ok();
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(error->text(), u"Use at least 4 characters."_s);

        password->setText(u"kunci ppk1"_s);
        repeat->setText(u"kunci ppk2"_s);
        ok();
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(error->text(), u"The two passwords differ. Type the same password in both fields."_s);
        QVERIFY(repeat->text().isEmpty());
        QVERIFY(!m_lock->enabled());

        repeat->setText(u"kunci ppk1"_s);
        QSignalSpy finished(m_dialog.get(), &QDialog::finished);
        ok();
        QVERIFY(m_dialog->isVisible()); // open until the hash is stored (scrypt, off the GUI thread)
        QVERIFY(m_lock->busy());
        QVERIFY(finished.wait(20'000));
        QVERIFY(m_lock->enabled());
        QVERIFY(!m_lock->locked()); // on, not locked right away
        QVERIFY(m_settings->lockPasswordHash().startsWith(u"$scrypt$"_s));
        QVERIFY(password->text().isEmpty());
        m_lock->lock();
        QVERIFY(unlockWith(u"kunci ppk1"_s));
    }

    void changingThePassword()
    {
        turnOn(u"lama-kunci"_s);
        openDialog();
        QVERIFY(child<QCheckBox>(u"lockEnabled"_s)->isChecked());
        auto* password = child<QLineEdit>(u"lockNewPassword"_s);
        QVERIFY(!password->isVisible()); // on: no password asked unless it is changed
        auto* change = child<QPushButton>(u"lockChangePassword"_s);
        QVERIFY(change->isVisible());
        change->click();
        QVERIFY(password->isVisible());
        QVERIFY(!change->isVisible());
        password->setText(u"baru-kunci"_s);
        child<QLineEdit>(u"lockRepeatPassword"_s)->setText(u"baru-kunci"_s);
        QSignalSpy finished(m_dialog.get(), &QDialog::finished);
        ok();
        QVERIFY(finished.wait(20'000));
        m_lock->lock();
        QVERIFY(!unlockWith(u"lama-kunci"_s));
        QVERIFY(unlockWith(u"baru-kunci"_s));
    }

    void okWithoutChangesKeepsThePassword()
    {
        turnOn(u"lama-kunci"_s);
        const QString hash = m_settings->lockPasswordHash();
        openDialog();
        child<QSpinBox>(u"lockIdleMinutes"_s)->setValue(15);
        ok();
        QVERIFY(!m_dialog->isVisible()); // nothing to hash: closes at once
        QCOMPARE(m_settings->lockPasswordHash(), hash);
        QCOMPARE(m_settings->lockIdleMinutes(), 15);
        QCOMPARE(m_lock->idleMinutes(), 15);
    }

    void turningOff()
    {
        turnOn(u"lama-kunci"_s);
        openDialog();
        child<QCheckBox>(u"lockEnabled"_s)->setChecked(false);
        QVERIFY(!child<QSpinBox>(u"lockIdleMinutes"_s)->isEnabled());
        ok();
        QVERIFY(!m_dialog->isVisible());
        QVERIFY(!m_lock->enabled());
        QVERIFY(m_settings->lockPasswordHash().isEmpty());
    }

    void cancelWritesNothing()
    {
        openDialog();
        child<QCheckBox>(u"lockEnabled"_s)->setChecked(true);
        child<QLineEdit>(u"lockNewPassword"_s)->setText(u"kunci ppk1"_s);
        child<QLineEdit>(u"lockRepeatPassword"_s)->setText(u"kunci ppk1"_s);
        child<QSpinBox>(u"lockIdleMinutes"_s)->setValue(30);
        m_dialog->reject();
        QVERIFY(!m_lock->enabled());
        QCOMPARE(m_settings->lockIdleMinutes(), 5);
    }
};

QTEST_MAIN(TestLockSettings)
#include "tst_locksettings.moc"
