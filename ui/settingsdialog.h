#pragma once
// Settings: language (takes effect at the next start), how long a copied code stays on the
// clipboard, whether closing the window keeps Sandi in the tray, and the clock check (correction
// on or off, the last result, the time servers and a fallback web address).

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QShowEvent;
class QSpinBox;
class QTabWidget;

namespace sandi {

class AppLock;
class Autostart;
class BackupService;
class ClockService;
class LockSettingsSection;
class Settings;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `trayAvailable`: whether the desktop has a system tray (otherwise closing always quits).
    // `clock` may be null (no clock section).
    SettingsDialog(Settings* settings, ClockService* clock, bool trayAvailable, QWidget* parent = nullptr);

    // Writes the choices to the settings; stays open when a time server or the fallback address
    // is not valid, and says which.
    void accept() override;
    // Offers "start at login", shown as `autostart` reports it and applied on OK.
    void setAutostart(Autostart* autostart);
    // Adds the "App lock" section (ui/locksettingssection.h); OK then waits for a new password to
    // be stored before the dialog closes.
    void setAppLock(AppLock* lock);

    // Adds the automatic backups section (ui/backuppage.h), whose actions apply at once.
    void setBackup(BackupService* backup);
    // Brings up the tab that holds `widget` (a section, or where a problem is shown).
    void showTabOf(QWidget* widget);

Q_SIGNALS:
    // "Restore from backup…" in the backups section.
    void restoreRequested();

private:
    Settings* m_settings;
    QComboBox* m_language;
    QSpinBox* m_clearSeconds;
    QCheckBox* m_closeToTray;
    ClockService* m_clock;
    QCheckBox* m_clockCorrection = nullptr;
    QLabel* m_clockStatus = nullptr;
    QLineEdit* m_clockServers = nullptr;
    QLineEdit* m_clockFallback = nullptr;
    QLabel* m_clockError = nullptr;

    void showEvent(QShowEvent* event) override;
    void fitTabs();
    void addClockSection();
    // Adds a section (lock, backups) as a tab of its own, named by its title.
    void addSectionTab(QGroupBox* section);
    QFormLayout* m_form = nullptr;
    QTabWidget* m_tabs = nullptr;
    Autostart* m_autostart = nullptr;
    QCheckBox* m_startAtLogin = nullptr;
    QLabel* m_autostartError = nullptr;
    LockSettingsSection* m_lockSection = nullptr;
};

} // namespace sandi
