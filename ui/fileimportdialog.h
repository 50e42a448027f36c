#pragma once
// "Import accounts" / "Restore from backup": one dialog for a file's whole way in, over
// app/transfer/fileimport.h, which does the work. Its pages:
//   reading or decrypting  (a busy bar; Cancel)
//   password               (only for an encrypted file; a wrong password says so, and stays to retry)
//   the accounts           (check boxes; duplicates marked and unchecked; unusable entries with reasons)
//   adding                 (progress; Stop ends after the account being added)
//   result                 (an error, or why the import stopped early; nothing is ever left unexplained)
// A complete import closes the dialog and reports through imported().

#include "app/transfer/fileimport.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace sandi {

class FileImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose
    {
        Import,  // another app's export, or any file
        Restore, // a Sandi backup
    };
    enum class Page
    {
        Busy,
        Password,
        Accounts,
        Adding,
        Result,
    };

    // Starts reading `path` at once. `store` outlives the dialog.
    FileImportDialog(AccountStore* store, const QString& path, Purpose purpose, QWidget* parent = nullptr);
    ~FileImportDialog() override;

    [[nodiscard]] Page page() const;
    [[nodiscard]] FileImport* import() const { return m_import; }

public Q_SLOTS:
    // While accounts are being added, closing means "stop after this one": the result page follows.
    void reject() override;

Q_SIGNALS:
    // Some accounts were added (the dialog may still show why not all of them were).
    void imported(const sandi::FileImportReport& report);

private:
    QWidget* buildBusyPage();
    QWidget* buildPasswordPage();
    QWidget* buildAccountsPage();
    QWidget* buildAddingPage();
    QWidget* buildResultPage();
    void showPage(Page page);
    void showBusy(const QString& text);
    void showPassword(bool wrong);
    void showAccounts();
    void showResult(const QString& title, const QString& text);
    void onFinished(const FileImportReport& report);
    void updateAddButton();
    void addChecked();

    FileImport* m_import;
    Purpose m_purpose;
    QString m_fileName;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_busyText = nullptr;
    QLabel* m_passwordText = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_passwordError = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_unusableHeading = nullptr;
    QListWidget* m_unusable = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_progressText = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_resultTitle = nullptr;
    QLabel* m_resultText = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace sandi
