#pragma once
// Asks for the backup password twice, checked against the rule of app/backup/backuppassword.h
// while the user types. It only collects the password: BackupService makes the key.

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sandi {

class BackupPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose
    {
        TurnOn, // the first password of automatic backups
        Change, // a new password (or the same one again after the key was lost)
    };

    explicit BackupPasswordDialog(Purpose purpose, QWidget* parent = nullptr);
    ~BackupPasswordDialog() override;

    // The password typed, once accepted.
    [[nodiscard]] QString password() const;

private:
    void check();

    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_problem;
    QPushButton* m_ok = nullptr;
};

} // namespace sandi
