#pragma once
// Puts a code on the clipboard marked as a secret, and takes it off again: after a delay (a
// setting, 30 s by default) and when the program quits, but only while the clipboard still holds
// our code, so that whatever the user copied since is never touched.

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QClipboard;
class QMimeData;

namespace sandi {

#ifdef Q_OS_WIN
inline constexpr bool kWindowsHost = true;
#else
inline constexpr bool kWindowsHost = false;
#endif

// The MIME data for a secret text: text/plain plus the hints clipboard managers honour.
//  - x-kde-passwordManagerHint = "secret": KDE Klipper (and others that follow it) keep it out of
//    their history.
//  - With `windowsFormats`: the registered formats Windows' clipboard history (Win+V) and cloud
//    clipboard check: ExcludeClipboardContentFromMonitorProcessing (any content),
//    CanIncludeInClipboardHistory = DWORD 0, CanUploadToCloudClipboard = DWORD 0. Qt's Windows
//    clipboard maps "application/x-qt-windows-mime;value=\"NAME\"" to the format NAME. Elsewhere
//    they would only show up as odd types in every other program's paste menu, so they are
//    Windows-only by default.
[[nodiscard]] std::unique_ptr<QMimeData> secretMimeData(const QString& text, bool windowsFormats = kWindowsHost);

class ClipboardGuard : public QObject
{
    Q_OBJECT
public:
    // `clipboard` is the application's (QGuiApplication::clipboard()); it outlives the guard.
    explicit ClipboardGuard(QClipboard* clipboard, QObject* parent = nullptr);
    // Clears the clipboard if it still holds our code.
    ~ClipboardGuard() override;

    // 0 = never clear (except on quit).
    void setClearAfterSeconds(int seconds);
    [[nodiscard]] int clearAfterSeconds() const { return m_clearAfterSeconds; }

    // Copies `code` and (re)starts the countdown to clearing it.
    void copy(const QString& code);
    // True while the clipboard holds the last code we copied.
    [[nodiscard]] bool holdsOurCode() const;
    [[nodiscard]] bool isClearPending() const { return m_timer.isActive(); }
    // Milliseconds until the clipboard is cleared; -1 when nothing is pending.
    [[nodiscard]] int remainingMs() const { return m_timer.isActive() ? m_timer.remainingTime() : -1; }

    // Clears the clipboard if it still holds our code; otherwise leaves it alone. The timer and
    // quitting call this; tests call it instead of waiting.
    void clearIfOurs();

Q_SIGNALS:
    void copied();
    // Our code was taken off the clipboard.
    void cleared();

private:
    QClipboard* m_clipboard;
    QTimer m_timer;
    QString m_code;
    int m_clearAfterSeconds = 30;
};

} // namespace sandi
