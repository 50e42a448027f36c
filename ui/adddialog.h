#pragma once
// Adding an account by hand: issuer, account and secret key, plus an "Advanced" section for
// type, algorithm, digits, period and counter. Validation is app/'s (buildAccount()); the dialog
// only shows its message next to the field. Opened from an otpauth:// link it is prefilled and
// asks "Add account?" with OK / Cancel, like the confirmation step of the SPSE guide.

#include "app/manualentry.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;
class QWidget;

namespace sandi {

class AddDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddDialog(QWidget* parent = nullptr);
    ~AddDialog() override;

    // Fills the fields from a link and switches to the "Add account?" confirmation wording.
    void prefill(const ManualEntry& entry);
    [[nodiscard]] ManualEntry entry() const;

    // After accepted(): the validated account, to hand to the store (once).
    [[nodiscard]] std::optional<uri::OtpauthUri> takeAccount();

    void accept() override;

private:
    void buildForm();
    QFormLayout* buildMainFields();
    QWidget* buildAdvanced();
    void updateTypeFields();
    void showError(const EntryError& error);

    QLabel* m_heading = nullptr;
    QLineEdit* m_issuer = nullptr;
    QLineEdit* m_account = nullptr;
    QLineEdit* m_secret = nullptr;
    QToolButton* m_showSecret = nullptr;
    QLabel* m_error = nullptr;
    QToolButton* m_advancedToggle = nullptr;
    QWidget* m_advanced = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_algorithm = nullptr;
    QSpinBox* m_digits = nullptr;
    QSpinBox* m_period = nullptr;
    QLineEdit* m_counter = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    ManualEntry m_prefilled; // keeps what the dialog does not show (T0, extra parameters)
    std::optional<uri::OtpauthUri> m_result;
};

} // namespace sandi
