#include "ui/backuppassworddialog.h"

#include "app/backup/backuppassword.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sandi {

BackupPasswordDialog::BackupPasswordDialog(Purpose purpose, QWidget* parent)
    : QDialog(parent), m_password(new QLineEdit(this)), m_repeat(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setObjectName(u"backupPasswordDialog"_s);
    setWindowTitle(purpose == Purpose::TurnOn ? tr("Backup password") : tr("New backup password"));
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(purpose == Purpose::TurnOn
                       ? tr("Sandi encrypts every backup with this password. You need it to restore your accounts "
                            "on another computer, and nobody, not Sandi either, can open a backup without it. Keep "
                            "it somewhere safe, for example in a password manager.")
                       : tr("Backups written from now on open with this password. Backups written before keep "
                            "their old password."));
    layout->addWidget(intro);
    auto* rule = new QLabel(backupPasswordRuleText(), this);
    rule->setWordWrap(true);
    layout->addWidget(rule);

    auto* form = new QFormLayout;
    m_password->setObjectName(u"backupPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Backup password"));
    m_repeat->setObjectName(u"backupPasswordRepeat"_s);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setAccessibleName(tr("Backup password again"));
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Again:"), m_repeat);
    layout->addLayout(form);

    m_problem->setObjectName(u"backupPasswordProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setMinimumHeight(m_problem->fontMetrics().lineSpacing() * 2); // room for the longest message
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(purpose == Purpose::TurnOn ? tr("Turn on backups") : tr("Change password"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BackupPasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BackupPasswordDialog::reject);
    layout->addWidget(buttons);

    connect(m_password, &QLineEdit::textChanged, this, &BackupPasswordDialog::check);
    connect(m_repeat, &QLineEdit::textChanged, this, &BackupPasswordDialog::check);
    check();
    const int unit = fontMetrics().averageCharWidth();
    setMinimumWidth(unit * 60);
}

BackupPasswordDialog::~BackupPasswordDialog()
{
    // A QString cannot be wiped; at least the fields' buffers do not outlive the dialog in use.
    m_password->clear();
    m_repeat->clear();
}

QString BackupPasswordDialog::password() const
{
    return m_password->text();
}

void BackupPasswordDialog::check()
{
    const QString password = m_password->text();
    PasswordProblem problem = checkBackupPassword(password, m_repeat->text());
    // The second field is judged once the user has started it: "not the same" while typing the
    // first one would only nag.
    if (problem == PasswordProblem::NotTheSame && m_repeat->text().isEmpty()) {
        m_problem->setText(tr("Type the password again below."));
    } else if (problem == PasswordProblem::Empty) {
        m_problem->clear();
    } else {
        m_problem->setText(passwordProblemText(problem, password));
    }
    m_ok->setEnabled(problem == PasswordProblem::None);
}

} // namespace sandi
