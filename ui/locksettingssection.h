#pragma once
// The settings dialog's "App lock" section: the lock on or off, its password (typed twice; set
// when turning it on, changed with "Change password…"), and the minutes without use after which
// Sandi locks. Nothing is written until the dialog's OK; a new password is hashed off the GUI
// thread by AppLock, and the dialog closes once it is stored.

#include <QGroupBox>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace sandi {

class AppLock;
class Settings;

class LockSettingsSection : public QGroupBox
{
    Q_OBJECT
public:
    static constexpr int kMinPasswordLength = 4;

    // Both outlive the section.
    LockSettingsSection(AppLock* lock, Settings* settings, QWidget* parent = nullptr);

    // Nothing is left to save: save() has finished.
    [[nodiscard]] bool isSaved() const { return m_saved; }
    // Checks the choices and saves them, then calls `then`: at once, or for a new password once it
    // is stored. When they are not valid it says why under the fields and calls nothing.
    void save(std::function<void()> then);

private:
    void updateState();
    void showError(const QString& text);
    [[nodiscard]] bool wantsNewPassword() const;

    AppLock* m_lock;
    Settings* m_settings;
    QCheckBox* m_enabled;
    QLabel* m_status;
    QPushButton* m_change;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QLabel* m_repeatLabel;
    QLineEdit* m_repeat;
    QSpinBox* m_idle;
    QLabel* m_error;
    bool m_changing = false;
    bool m_saving = false;
    bool m_saved = false;
};

} // namespace sandi
