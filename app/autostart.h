#pragma once
// Start at login: Sandi registers itself with the desktop so that it starts, hidden in the tray
// (`sandi --hidden`), when the user logs in. Off until the user turns it on in the settings; the
// registration itself is the setting, so that turning it off in the desktop's own "startup
// applications" panel is reflected too.
//   Linux and other XDG desktops: $XDG_CONFIG_HOME/autostart/sandi.desktop (XDG Autostart spec)
//   Windows: the value "Sandi" under HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run
//   macOS: ~/Library/LaunchAgents/sandi.autostart.plist (a launchd agent with RunAtLoad)
// Writing is a few hundred bytes, done when the settings dialog is accepted.

#include <QString>
#include <QStringList>

namespace sandi {

class Autostart
{
public:
    enum class Kind
    {
        XdgDesktopFile,
        WindowsRunKey,
        MacLaunchAgent,
    };

    static constexpr char16_t kHiddenOption[] = u"--hidden";

    // `location`: the autostart folder (XDG, macOS) or the registry key (Windows; in tests an INI
    // file path); `program`: the absolute path of the executable to start.
    Autostart(Kind kind, QString location, QString program);
    // The current user's registration for the running program, on this platform.
    [[nodiscard]] static Autostart forThisSystem();

    [[nodiscard]] Kind kind() const { return m_kind; }
    // The file or registry value the registration lives in (for messages and tests).
    [[nodiscard]] QString entryPath() const;
    // Whether Sandi starts at login: the entry exists and is not disabled.
    [[nodiscard]] bool isEnabled() const;
    // Writes or removes the entry. On failure returns false and sets `error` to a translated sentence.
    [[nodiscard]] bool setEnabled(bool enabled, QString* error = nullptr);
    // What the entry starts: the program with --hidden.
    [[nodiscard]] QStringList command() const { return {m_program, QString::fromUtf16(kHiddenOption)}; }

    // The XDG desktop entry's Exec value for `arguments` (quoted as the Desktop Entry spec asks).
    [[nodiscard]] static QString desktopExec(const QStringList& arguments);
    // The Windows command line for `arguments` (quoted as CommandLineToArgvW reads it).
    [[nodiscard]] static QString windowsCommandLine(const QStringList& arguments);

private:
    [[nodiscard]] QByteArray desktopFile() const;
    [[nodiscard]] QByteArray launchAgent() const;
    [[nodiscard]] bool writeFile(const QByteArray& contents, QString* error) const;
    [[nodiscard]] bool removeFile(QString* error) const;
    [[nodiscard]] bool setRunKey(bool enabled, QString* error) const;

    Kind m_kind;
    QString m_location;
    QString m_program;
};

} // namespace sandi
