#pragma once
// "Export backup": the backup's password, typed twice, then the encrypted file written by
// app/transfer/fileexport.h. Stays open with a busy bar while scrypt runs (a second or two) and
// shows any error in place; closes once the file is saved.

#include "app/transfer/fileexport.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace sandi {

class AccountStore;

class ExportBackupDialog : public QDialog
{
    Q_OBJECT
public:
    // Writes to `path` on Save. `store` outlives the dialog.
    ExportBackupDialog(const AccountStore* store, const QString& path, QWidget* parent = nullptr);
    ~ExportBackupDialog() override;

    [[nodiscard]] FileExport* exporter() const { return m_export; }

public Q_SLOTS:
    // Not while the file is being written: the export would finish behind the user's back.
    void reject() override;

Q_SIGNALS:
    void exported(const sandi::ExportReport& report);

private:
    void save();
    void setBusy(bool busy);
    void showError(const QString& text);

    const AccountStore* m_store;
    QString m_path;
    FileExport* m_export;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_error = nullptr;
    QProgressBar* m_busy = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace sandi
