#pragma once
// Settings: language (takes effect at the next start), how long a copied code stays on the
// clipboard, and whether closing the window keeps Sandi in the tray.

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace sandi {

class Autostart;
class Settings;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `trayAvailable`: whether the desktop has a system tray (otherwise closing always quits).
    SettingsDialog(Settings* settings, bool trayAvailable, QWidget* parent = nullptr);

    // Writes the choices to the settings.
    void accept() override;
    // Offers "start at login", shown as `autostart` reports it and applied on OK.
    void setAutostart(Autostart* autostart);

private:
    Settings* m_settings;
    QComboBox* m_language;
    QSpinBox* m_clearSeconds;
    QCheckBox* m_closeToTray;
    QFormLayout* m_form = nullptr;
    Autostart* m_autostart = nullptr;
    QCheckBox* m_startAtLogin = nullptr;
    QLabel* m_autostartError = nullptr;
};

} // namespace sandi
