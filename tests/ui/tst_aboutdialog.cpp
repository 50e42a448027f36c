// Help → About lists Sandi's version and its libraries; Settings → "Start Sandi when I log in"
// writes and removes the autostart entry.

#include "app/autostart.h"
#include "app/settings.h"
#include "ui/aboutdialog.h"
#include "ui/appicon.h"
#include "ui/settingsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAboutDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsVersionAndLibraries();
    void iconIsEmbedded();
    void settingsTurnAutostartOnAndOff();
    void settingsShowAutostartFailure();
};

void TestAboutDialog::showsVersionAndLibraries()
{
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);
    sandi::AboutDialog dialog;
    QStringList texts;
    for (const QLabel* label : dialog.findChildren<QLabel*>()) {
        texts.append(label->text());
    }
    QCOMPARE(dialog.findChild<QLabel*>(u"aboutTitle"_s)->text(), u"Sandi 0.1.0"_s);
    QVERIFY(dialog.findChild<QLabel*>(u"aboutLicense"_s)->text().contains(u"GNU General Public License, version 3"_s));
    QVERIFY2(texts.contains(u"Qt:"_s) && texts.contains(QString::fromLatin1(qVersion())), qPrintable(texts.join(u'|')));
    QVERIFY(texts.contains(u"OpenSSL:"_s));
    QVERIFY(std::any_of(texts.begin(), texts.end(), [](const QString& t) { return t.startsWith(u"3."_s); }));
    QVERIFY(texts.contains(u"ZXing-C++:"_s));
    QVERIFY(texts.contains(u"QtKeychain:"_s));
    QVERIFY(texts.contains(u"1.4.0"_s));  // Debian 12's ZXing-C++
    QVERIFY(texts.contains(u"0.13.2"_s)); // Debian 12's QtKeychain
    // SANDI_GRAB_DIR: where to save a picture of the dialog, to look at.
    if (const QString grabs = qEnvironmentVariable("SANDI_GRAB_DIR"); !grabs.isEmpty()) {
        dialog.adjustSize();
        QVERIFY(dialog.grab().save(grabs + u"/about.png"_s));
    }
}

void TestAboutDialog::iconIsEmbedded()
{
    // installer/icons/png in the program's resources (no theme icon "sandi" in the test's HOME).
    const QIcon icon = sandi::appIcon();
    QVERIFY(icon.availableSizes().contains(QSize(16, 16)));
    QVERIFY(icon.availableSizes().contains(QSize(256, 256)));
    const QImage small = icon.pixmap(16, 16).toImage();
    QCOMPARE(small.size(), QSize(16, 16));
    QCOMPARE(small.pixelColor(5, 5), QColor(0xf2, 0xb6, 0x32)); // the dial's countdown quarter...
    QCOMPARE(small.pixelColor(0, 0).alpha(), 0);                // ...inside a shield, not a square
}

void TestAboutDialog::settingsTurnAutostartOnAndOff()
{
    QTemporaryDir dir;
    sandi::Settings settings(dir.path() + u"/sandi.ini"_s);
    sandi::Autostart autostart(sandi::Autostart::Kind::XdgDesktopFile, dir.path() + u"/autostart"_s,
                               u"/usr/bin/sandi"_s);
    {
        sandi::SettingsDialog dialog(&settings, nullptr, true);
        dialog.setAutostart(&autostart);
        auto* box = dialog.findChild<QCheckBox*>(u"startAtLogin"_s);
        QVERIFY(box);
        QVERIFY(!box->isChecked()); // off by default
        box->setChecked(true);
        if (const QString grabs = qEnvironmentVariable("SANDI_GRAB_DIR"); !grabs.isEmpty()) {
            dialog.adjustSize();
            QVERIFY(dialog.grab().save(grabs + u"/settings.png"_s));
        }
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QVERIFY(QFile::exists(autostart.entryPath()));
    {
        sandi::SettingsDialog dialog(&settings, nullptr, true);
        dialog.setAutostart(&autostart);
        auto* box = dialog.findChild<QCheckBox*>(u"startAtLogin"_s);
        QVERIFY(box->isChecked());
        box->setChecked(false);
        dialog.accept();
    }
    QVERIFY(!QFile::exists(autostart.entryPath()));
}

void TestAboutDialog::settingsShowAutostartFailure()
{
    QTemporaryDir dir;
    sandi::Settings settings(dir.path() + u"/sandi.ini"_s);
    QFile blocker(dir.path() + u"/autostart"_s); // a file where the folder should be
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    sandi::Autostart autostart(sandi::Autostart::Kind::XdgDesktopFile, blocker.fileName(), u"/usr/bin/sandi"_s);
    sandi::SettingsDialog dialog(&settings, nullptr, true);
    dialog.setAutostart(&autostart);
    dialog.show();
    dialog.findChild<QCheckBox*>(u"startAtLogin"_s)->setChecked(true);
    dialog.accept();
    QVERIFY(dialog.isVisible()); // stays open
    auto* error = dialog.findChild<QLabel*>(u"autostartError"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"sandi.desktop"_s), qPrintable(error->text()));
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
