#pragma once
// "Add account?": the last step of SPSE's activation guide, after a scan. Shows what the scanned
// codes hold (issuer, account, kind; never the secret) and asks what to do:
// - one account: Add / Cancel;
// - one account whose issuer and name are already listed (usually an SPSE "Reset TOTP"):
//   Replace (first), Keep both, Cancel;
// - several accounts (two codes at once, a Google Authenticator export): a checklist, with
//   "Replace the accounts already listed" when some are, and for an export that is not complete
//   yet, which parts are missing and a "Scan next part" button.
// Codes that cannot be added are listed above, each with its reason.

#include "app/scan/scanimport.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace sandi {

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    // done() result when the user asked to scan the next part of an export.
    static constexpr int ScanNextPart = 2;

    // `findings` must hold at least one account; the dialog shows, it does not keep secrets.
    explicit ImportDialog(const ScanFindings& findings, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // After accept(): one choice per account of the findings, in order.
    [[nodiscard]] QList<ImportChoice> choices() const;

private:
    void buildSingle(const ImportCandidate& candidate, QWidget* body);
    void buildList(const ScanFindings& findings, QWidget* body);
    void updateAddButton();

    QList<bool> m_duplicate; // per candidate: an account with the same name is listed
    QList<ImportChoice> m_choices;
    QListWidget* m_list = nullptr;
    QCheckBox* m_replace = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_add = nullptr;
};

} // namespace sandi
