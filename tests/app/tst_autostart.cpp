// Start at login: the XDG autostart file, the macOS LaunchAgent and the Windows Run value are
// written where each system looks for them, start `sandi --hidden`, and go away again.

#include "app/autostart.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using sandi::Autostart;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The strings of the plist's ProgramArguments array.
QStringList programArguments(const QByteArray& plist)
{
    QXmlStreamReader xml(plist);
    QStringList arguments;
    bool inArguments = false;
    QString lastKey;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"key"_s) {
            lastKey = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == u"array"_s) {
            inArguments = lastKey == u"ProgramArguments"_s;
        } else if (xml.isEndElement() && xml.name() == u"array"_s) {
            inArguments = false;
        } else if (inArguments && xml.isStartElement() && xml.name() == u"string"_s) {
            arguments.append(xml.readElementText());
        }
    }
    return xml.hasError() ? QStringList{u"<invalid XML>"_s} : arguments;
}

} // namespace

class TestAutostart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void xdgFileInConfigHome();
    void xdgFileIsValidDesktopEntry();
    void xdgEntrySwitchedOffByDesktop();
    void desktopExecQuoting_data();
    void desktopExecQuoting();
    void launchAgent();
    void windowsRunValue();
    void windowsCommandLine_data();
    void windowsCommandLine();
    void unwritableFolderReportsError();
};

void TestAutostart::xdgFileInConfigHome()
{
    QTemporaryDir config;
    QVERIFY(config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    Autostart autostart = Autostart::forThisSystem();
    qunsetenv("XDG_CONFIG_HOME");
    QCOMPARE(autostart.kind(), Autostart::Kind::XdgDesktopFile);
    const QString path = config.path() + u"/autostart/sandi.desktop"_s;
    QCOMPARE(autostart.entryPath(), path);
    QVERIFY(!autostart.isEnabled()); // off by default

    QString error;
    QVERIFY(autostart.setEnabled(true, &error));
    QVERIFY(error.isEmpty());
    QVERIFY(autostart.isEnabled());
    const QByteArray contents = readAll(path);
    QVERIFY(contents.startsWith("[Desktop Entry]\n"));
    QVERIFY(contents.contains("\nType=Application\n"));
    const QByteArray exec = "\nExec=" + QFile::encodeName(QCoreApplication::applicationFilePath()) + " --hidden\n";
    QVERIFY2(contents.contains(exec), contents.constData());

    QVERIFY(autostart.setEnabled(true)); // again: still one file, rewritten
    QCOMPARE(QDir(config.path() + u"/autostart"_s).entryList(QDir::Files), QStringList{u"sandi.desktop"_s});

    QVERIFY(autostart.setEnabled(false, &error));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!autostart.isEnabled());
    QVERIFY(autostart.setEnabled(false)); // removing what is not there is fine
}

void TestAutostart::xdgFileIsValidDesktopEntry()
{
    const QString validator = QStandardPaths::findExecutable(u"desktop-file-validate"_s);
    if (validator.isEmpty()) {
        QSKIP("desktop-file-validate is not installed (package desktop-file-utils)");
    }
    QTemporaryDir dir;
    Autostart autostart(Autostart::Kind::XdgDesktopFile, dir.path(), u"/opt/My Apps/sandi$1"_s);
    QVERIFY(autostart.setEnabled(true));
    QProcess validate;
    validate.start(validator, {autostart.entryPath()});
    QVERIFY(validate.waitForFinished());
    const QByteArray output = validate.readAllStandardOutput() + validate.readAllStandardError();
    QVERIFY2(validate.exitCode() == 0 && !output.contains("error"), output.constData());
    QVERIFY(readAll(autostart.entryPath()).contains("\nExec=\"/opt/My Apps/sandi\\\\$1\" --hidden\n"));
}

void TestAutostart::xdgEntrySwitchedOffByDesktop()
{
    QTemporaryDir dir;
    Autostart autostart(Autostart::Kind::XdgDesktopFile, dir.path(), u"/usr/bin/sandi"_s);
    QVERIFY(autostart.setEnabled(true));
    QFile file(autostart.entryPath());
    QVERIFY(file.open(QIODevice::Append));
    file.write("Hidden=true\n");
    file.close();
    QVERIFY(!autostart.isEnabled());
    QVERIFY(autostart.setEnabled(true)); // turning it on again replaces the switched-off entry
    QVERIFY(autostart.isEnabled());
}

void TestAutostart::desktopExecQuoting_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("exec");
    QTest::newRow("plain") << QStringList{u"/usr/bin/sandi"_s, u"--hidden"_s} << u"/usr/bin/sandi --hidden"_s;
    QTest::newRow("space") << QStringList{u"/opt/My Apps/sandi"_s} << u"\"/opt/My Apps/sandi\""_s;
    // Inside quotes \ " ` $ take a backslash; then the key file's own level doubles every backslash.
    QTest::newRow("dollar") << QStringList{u"/a$b"_s} << u"\"/a\\\\$b\""_s;
    QTest::newRow("quote") << QStringList{u"/a\"b"_s} << u"\"/a\\\\\"b\""_s;
    QTest::newRow("backslash") << QStringList{u"/a\\b"_s} << u"\"/a\\\\\\\\b\""_s;
    QTest::newRow("percent") << QStringList{u"/100%/sandi"_s} << u"/100%%/sandi"_s;
    QTest::newRow("empty") << QStringList{u"/s"_s, QString()} << u"/s \"\""_s;
}

void TestAutostart::desktopExecQuoting()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, exec);
    QCOMPARE(Autostart::desktopExec(arguments), exec);
}

void TestAutostart::launchAgent()
{
    QTemporaryDir home;
    const QString agents = home.path() + u"/Library/LaunchAgents"_s; // created on demand
    Autostart autostart(Autostart::Kind::MacLaunchAgent, agents, u"/Applications/Sandi.app/Contents/MacOS/Sandi"_s);
    QVERIFY(!autostart.isEnabled());
    QVERIFY(autostart.setEnabled(true));
    QCOMPARE(autostart.entryPath(), agents + u"/sandi.autostart.plist"_s);
    const QByteArray plist = readAll(autostart.entryPath());
    QVERIFY(plist.contains("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\""));
    QVERIFY(plist.contains("<key>Label</key>"));
    QVERIFY(plist.contains("<string>sandi.autostart</string>"));
    QVERIFY(plist.contains("<key>RunAtLoad</key>"));
    QVERIFY(plist.contains("<true/>"));
    QCOMPARE(programArguments(plist), (QStringList{u"/Applications/Sandi.app/Contents/MacOS/Sandi"_s, u"--hidden"_s}));
    QVERIFY(autostart.isEnabled());
    QVERIFY(autostart.setEnabled(false));
    QVERIFY(!QFile::exists(autostart.entryPath()));
}

void TestAutostart::windowsRunValue()
{
    // The registry is Windows-only; the same QSettings calls on an INI file check the value.
    QTemporaryDir dir;
    const QString ini = dir.path() + u"/run.ini"_s;
    Autostart autostart(Autostart::Kind::WindowsRunKey, ini, u"C:\\Program Files\\Sandi\\bin\\sandi.exe"_s);
    QVERIFY(!autostart.isEnabled());
    QVERIFY(autostart.setEnabled(true));
    QVERIFY(autostart.isEnabled());
    QCOMPARE(QSettings(ini, QSettings::IniFormat).value(u"Sandi"_s).toString(),
             u"\"C:\\Program Files\\Sandi\\bin\\sandi.exe\" --hidden"_s);
    QVERIFY(autostart.setEnabled(false));
    QVERIFY(!autostart.isEnabled());
    QVERIFY(!QSettings(ini, QSettings::IniFormat).contains(u"Sandi"_s));
}

void TestAutostart::windowsCommandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("commandLine");
    QTest::newRow("plain") << QStringList{u"C:\\Sandi\\sandi.exe"_s, u"--hidden"_s}
                           << u"C:\\Sandi\\sandi.exe --hidden"_s;
    QTest::newRow("space") << QStringList{u"C:\\Program Files\\sandi.exe"_s} << u"\"C:\\Program Files\\sandi.exe\""_s;
    // CommandLineToArgvW: a trailing backslash before the closing quote is doubled.
    QTest::newRow("trailing backslash") << QStringList{u"C:\\My Dir\\"_s} << u"\"C:\\My Dir\\\\\""_s;
    QTest::newRow("quote") << QStringList{u"a\"b"_s} << u"\"a\\\"b\""_s;
    QTest::newRow("empty") << QStringList{QString()} << u"\"\""_s;
}

void TestAutostart::windowsCommandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, commandLine);
    QCOMPARE(Autostart::windowsCommandLine(arguments), commandLine);
}

void TestAutostart::unwritableFolderReportsError()
{
    QTemporaryDir dir;
    const QString blocker = dir.path() + u"/autostart"_s; // a file where the folder should be
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    Autostart autostart(Autostart::Kind::XdgDesktopFile, blocker, u"/usr/bin/sandi"_s);
    QString error;
    QVERIFY(!autostart.setEnabled(true, &error));
    QVERIFY2(error.contains(u"autostart/sandi.desktop"_s), qPrintable(error));
    QVERIFY(!autostart.isEnabled());
}

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
