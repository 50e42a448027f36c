#pragma once
// Renaming an account: issuer and account (user ID). The secret and the OTP settings cannot be
// changed here; a new secret is a new account (SPSE: Reset TOTP, then activate again).

#include <QDialog>

class QLabel;
class QLineEdit;

namespace sandi {

class EditDialog : public QDialog
{
    Q_OBJECT
public:
    EditDialog(const QString& issuer, const QString& account, QWidget* parent = nullptr);

    [[nodiscard]] QString issuer() const;
    [[nodiscard]] QString account() const;

    void accept() override;

private:
    QLineEdit* m_issuer;
    QLineEdit* m_account;
    QLabel* m_error;
};

} // namespace sandi
