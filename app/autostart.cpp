#include "app/autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QXmlStreamWriter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sandi {

namespace {

struct AutostartText
{
    Q_DECLARE_TR_FUNCTIONS(sandi::Autostart)
};

const QString kDesktopFileName = u"sandi.desktop"_s;    // the name of the installed menu entry
const QString kLaunchAgentLabel = u"sandi.autostart"_s; // launchd's job label
const QString kRunValueName = u"Sandi"_s;               // also removed by the Windows uninstaller
const QString kWindowsRunKey = u"HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"_s;

// Desktop Entry spec, "The Exec key": these characters make an argument need quotes.
bool needsDesktopQuotes(const QString& argument)
{
    if (argument.isEmpty()) {
        return true;
    }
    const QString reserved = u" \t\n\"'\\><~|&;$*?#()`"_s;
    return std::any_of(argument.begin(), argument.end(), [&](QChar c) { return reserved.contains(c); });
}

} // namespace

Autostart::Autostart(Kind kind, QString location, QString program)
    : m_kind(kind), m_location(std::move(location)), m_program(std::move(program))
{}

Autostart Autostart::forThisSystem()
{
#if defined(Q_OS_WIN)
    return Autostart(Kind::WindowsRunKey, kWindowsRunKey,
                     QDir::toNativeSeparators(QCoreApplication::applicationFilePath()));
#elif defined(Q_OS_MACOS)
    return Autostart(Kind::MacLaunchAgent, QDir::homePath() + u"/Library/LaunchAgents"_s,
                     QCoreApplication::applicationFilePath());
#else
    // An AppImage runs from a temporary mount: start the image itself.
    const QString appImage = qEnvironmentVariable("APPIMAGE");
    return Autostart(Kind::XdgDesktopFile,
                     QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/autostart"_s,
                     appImage.isEmpty() ? QCoreApplication::applicationFilePath() : appImage);
#endif
}

QString Autostart::entryPath() const
{
    switch (m_kind) {
    case Kind::XdgDesktopFile:
        return m_location + u'/' + kDesktopFileName;
    case Kind::MacLaunchAgent:
        return m_location + u'/' + kLaunchAgentLabel + u".plist"_s;
    case Kind::WindowsRunKey:
        break;
    }
    return m_location + u'\\' + kRunValueName;
}

bool Autostart::isEnabled() const
{
    if (m_kind == Kind::WindowsRunKey) {
        return QSettings(m_location, m_location.startsWith(u"HKEY_"_s) ? QSettings::NativeFormat : QSettings::IniFormat)
            .contains(kRunValueName);
    }
    QFile file(entryPath());
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    if (m_kind == Kind::XdgDesktopFile) {
        // A desktop's "startup applications" panel may switch the entry off rather than delete it.
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line == "Hidden=true" || line == "X-GNOME-Autostart-enabled=false") {
                return false;
            }
        }
    }
    return true;
}

bool Autostart::setEnabled(bool enabled, QString* error)
{
    switch (m_kind) {
    case Kind::XdgDesktopFile:
        return enabled ? writeFile(desktopFile(), error) : removeFile(error);
    case Kind::MacLaunchAgent:
        return enabled ? writeFile(launchAgent(), error) : removeFile(error);
    case Kind::WindowsRunKey:
        break;
    }
    return setRunKey(enabled, error);
}

QString Autostart::desktopExec(const QStringList& arguments)
{
    QStringList quoted;
    for (const QString& argument : arguments) {
        QString value = argument;
        if (needsDesktopQuotes(argument)) {
            value.clear();
            for (QChar c : argument) {
                if (c == u'"' || c == u'`' || c == u'$' || c == u'\\') {
                    value += u'\\';
                }
                value += c;
            }
            value = u'"' + value + u'"';
        }
        value.replace(u'%', u"%%"_s); // field codes start with %
        quoted.append(value);
    }
    // The value is a string of the key file: its own escape level doubles every backslash.
    return quoted.join(u' ').replace(u'\\', u"\\\\"_s);
}

QString Autostart::windowsCommandLine(const QStringList& arguments)
{
    QStringList quoted;
    for (const QString& argument : arguments) {
        if (!argument.isEmpty() && !argument.contains(u' ') && !argument.contains(u'\t') && !argument.contains(u'"')) {
            quoted.append(argument);
            continue;
        }
        // CommandLineToArgvW: backslashes are literal unless they precede a quote; then 2n+1 of
        // them give n backslashes and a quote, and a closing quote needs its backslashes doubled.
        QString value = u"\""_s;
        int backslashes = 0;
        for (QChar c : argument) {
            if (c == u'\\') {
                ++backslashes;
                continue;
            }
            if (c == u'"') {
                value += QString(backslashes * 2 + 1, u'\\');
            } else {
                value += QString(backslashes, u'\\');
            }
            backslashes = 0;
            value += c;
        }
        value += QString(backslashes * 2, u'\\') + u'"';
        quoted.append(value);
    }
    return quoted.join(u' ');
}

QByteArray Autostart::desktopFile() const
{
    QString text = u"[Desktop Entry]\n"
                   "Type=Application\n"
                   "Name=Sandi\n"
                   "Comment=One-time login codes (TOTP) for SPSE and other services\n"
                   "Comment[id]=Kode login sekali pakai (TOTP) untuk SPSE dan layanan lain\n"
                   "Icon=sandi\n"
                   "Terminal=false\n"
                   "X-GNOME-Autostart-enabled=true\n"_s;
    text += u"Exec="_s + desktopExec(command()) + u'\n';
    return text.toUtf8();
}

QByteArray Autostart::launchAgent() const
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.writeStartDocument();
    writer.writeDTD(u"<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                    "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">"_s);
    writer.writeStartElement(u"plist"_s);
    writer.writeAttribute(u"version"_s, u"1.0"_s);
    writer.writeStartElement(u"dict"_s);
    writer.writeTextElement(u"key"_s, u"Label"_s);
    writer.writeTextElement(u"string"_s, kLaunchAgentLabel);
    writer.writeTextElement(u"key"_s, u"ProgramArguments"_s);
    writer.writeStartElement(u"array"_s);
    for (const QString& argument : command()) {
        writer.writeTextElement(u"string"_s, argument);
    }
    writer.writeEndElement();
    writer.writeTextElement(u"key"_s, u"RunAtLoad"_s);
    writer.writeEmptyElement(u"true"_s);
    writer.writeTextElement(u"key"_s, u"ProcessType"_s);
    writer.writeTextElement(u"string"_s, u"Interactive"_s);
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndDocument();
    return xml;
}

bool Autostart::writeFile(const QByteArray& contents, QString* error) const
{
    const QString path = entryPath();
    QSaveFile file(path);
    if (!QDir().mkpath(m_location) || !file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() ||
        !file.commit()) {
        if (error) {
            *error = AutostartText::tr("Could not set Sandi to start at login: cannot write %1 (%2).")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        }
        return false;
    }
    return true;
}

bool Autostart::removeFile(QString* error) const
{
    QFile file(entryPath());
    if (!file.exists() || file.remove()) {
        return true;
    }
    if (error) {
        *error = AutostartText::tr("Could not stop Sandi from starting at login: cannot delete %1 (%2).")
                     .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
    }
    return false;
}

bool Autostart::setRunKey(bool enabled, QString* error) const
{
    QSettings run(m_location, m_location.startsWith(u"HKEY_"_s) ? QSettings::NativeFormat : QSettings::IniFormat);
    if (enabled) {
        run.setValue(kRunValueName, windowsCommandLine(command()));
    } else {
        run.remove(kRunValueName);
    }
    run.sync();
    if (run.status() != QSettings::NoError) {
        if (error) {
            *error = AutostartText::tr("Could not change whether Sandi starts at login: the setting %1 cannot be "
                                       "written.")
                         .arg(entryPath());
        }
        return false;
    }
    return true;
}

} // namespace sandi
