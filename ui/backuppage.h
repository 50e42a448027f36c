#pragma once
// The settings' automatic backups section: on/off, the folder, how many to keep, the password,
// when the last backup was written and a warning when there is none or the last one failed, plus
// "Back up now" and "Restore from backup…". Its actions apply at once (turning backups on needs
// the password and makes the key there and then), unlike the rest of the settings, which apply on
// OK. It paints what BackupService reports and forwards intent to it.

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace sandi {

class BackupService;

class BackupPage : public QGroupBox
{
    Q_OBJECT
public:
    // `backup` outlives the page.
    explicit BackupPage(BackupService* backup, QWidget* parent = nullptr);

Q_SIGNALS:
    // "Restore from backup…": the window opens the restore flow (import of a Sandi backup).
    void restoreRequested();

private:
    void refresh();
    void growToFit();
    void onSwitchClicked(bool on);
    void askPassword(bool turnOn);
    void chooseFolder();
    void confirmTurnOff();

    BackupService* m_backup;
    QCheckBox* m_switch;
    QLineEdit* m_folder;
    QPushButton* m_chooseFolder;
    QSpinBox* m_keep;
    QPushButton* m_password;
    QLabel* m_status;
    QLabel* m_warning;
    QPushButton* m_backUpNow;
    QPushButton* m_openFolder;
};

} // namespace sandi
