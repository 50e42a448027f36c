// Settings: typed values with defaults, clamping, the language choice, change signals.

#include "app/settings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using sandi::Settings;

class TestSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    [[nodiscard]] QString path() const { return m_dir.filePath(u"sandi.ini"_s); }

private Q_SLOTS:
    void init() { QFile::remove(path()); }

    void defaults()
    {
        Settings settings(path());
        QCOMPARE(settings.language(), Settings::Language::System);
        QCOMPARE(settings.clipboardClearSeconds(), 30);
        QVERIFY(settings.closeToTray());
    }

    void valuesPersist()
    {
        {
            Settings settings(path());
            settings.setLanguage(Settings::Language::Indonesian);
            settings.setClipboardClearSeconds(45);
            settings.setCloseToTray(false);
            settings.sync();
        }
        Settings settings(path());
        QCOMPARE(settings.language(), Settings::Language::Indonesian);
        QCOMPARE(settings.clipboardClearSeconds(), 45);
        QVERIFY(!settings.closeToTray());
    }

    void clipboardSecondsAreClamped()
    {
        Settings settings(path());
        settings.setClipboardClearSeconds(-5);
        QCOMPARE(settings.clipboardClearSeconds(), 0);
        settings.setClipboardClearSeconds(100000);
        QCOMPARE(settings.clipboardClearSeconds(), Settings::kMaxClipboardClearSeconds);
    }

    void changesAreSignalledOnce()
    {
        Settings settings(path());
        QSignalSpy seconds(&settings, &Settings::clipboardClearSecondsChanged);
        QSignalSpy language(&settings, &Settings::languageChanged);
        settings.setClipboardClearSeconds(10);
        settings.setClipboardClearSeconds(10);
        settings.setLanguage(Settings::Language::English);
        settings.setLanguage(Settings::Language::English);
        QCOMPARE(seconds.count(), 1);
        QCOMPARE(seconds.at(0).at(0).toInt(), 10);
        QCOMPARE(language.count(), 1);
    }

    void effectiveLanguage_data()
    {
        QTest::addColumn<int>("setting");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        const int system = int(Settings::Language::System);
        QTest::newRow("system id_ID") << system << u"id_ID"_s << u"id"_s;
        QTest::newRow("system id") << system << u"id"_s << u"id"_s;
        QTest::newRow("system id_ID.UTF-8") << system << u"id_ID.UTF-8"_s << u"id"_s;
        QTest::newRow("system in_ID (old code)") << system << u"in_ID"_s << u"id"_s;
        QTest::newRow("system en_US") << system << u"en_US"_s << u"en"_s;
        QTest::newRow("system C") << system << u"C"_s << u"en"_s;
        QTest::newRow("system ida (not Indonesian)") << system << u"ida"_s << u"en"_s;
        QTest::newRow("forced English on id_ID") << int(Settings::Language::English) << u"id_ID"_s << u"en"_s;
        QTest::newRow("forced Indonesian on en_US") << int(Settings::Language::Indonesian) << u"en_US"_s << u"id"_s;
    }
    void effectiveLanguage()
    {
        QFETCH(int, setting);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        Settings settings(path());
        settings.setLanguage(static_cast<Settings::Language>(setting));
        QCOMPARE(settings.effectiveLanguage(system), expected);
    }

    void noSecretKeysAreWritten()
    {
        // The settings file only ever holds these keys; a secret has no way in.
        {
            Settings settings(path());
            settings.setLanguage(Settings::Language::Indonesian);
            settings.setClipboardClearSeconds(15);
            settings.setCloseToTray(false);
            settings.sync();
        }
        QSettings raw(path(), QSettings::IniFormat);
        QStringList keys = raw.allKeys();
        keys.sort();
        QCOMPARE(keys, (QStringList{u"clipboard/clearSeconds"_s, u"ui/closeToTray"_s, u"ui/language"_s}));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
