#include "ui/exportbackupdialog.h"

#include "app/backup/backuppassword.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sandi {

ExportBackupDialog::ExportBackupDialog(const AccountStore* store, const QString& path, QWidget* parent)
    : QDialog(parent), m_store(store), m_path(path), m_export(new FileExport(this))
{
    setObjectName(u"exportBackupDialog"_s);
    setWindowTitle(tr("Export backup"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The backup “%1” holds every account, encrypted with this password. Keep the "
                                "password safe: without it the backup cannot be opened, and no one can recover it.")
                                 .arg(QDir::toNativeSeparators(path)),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    intro->setObjectName(u"intro"_s);
    layout->addWidget(intro);
    auto* rule = new QLabel(backupPasswordRuleText(), this);
    rule->setWordWrap(true);
    layout->addWidget(rule);
    auto* form = new QFormLayout;
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(u"repeatPassword"_s);
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Error"));
    QPalette palette = m_error->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c));
    m_error->setPalette(palette);
    m_error->hide();
    layout->addWidget(m_error);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFormat(tr("Encrypting the backup…"));
    m_busy->hide();
    layout->addWidget(m_busy);
    layout->addStretch();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save backup"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportBackupDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportBackupDialog::reject);
    connect(m_export, &FileExport::finished, this, [this](const ExportReport& report) {
        setBusy(false);
        if (!report.ok) {
            showError(report.error);
            return;
        }
        Q_EMIT exported(report);
        accept();
    });
    m_password->setFocus();
}

ExportBackupDialog::~ExportBackupDialog()
{
    m_password->clear();
    m_repeat->clear();
}

void ExportBackupDialog::save()
{
    if (m_export->busy()) {
        return;
    }
    if (const QString problem = backupPasswordProblem(m_password->text(), m_repeat->text()); !problem.isEmpty()) {
        showError(problem);
        const bool firstIsFine = backupPasswordProblem(m_password->text(), m_password->text()).isEmpty();
        (firstIsFine ? m_repeat : m_password)->setFocus();
        return;
    }
    m_error->hide();
    setBusy(true);
    m_export->start(ExportFormat::SandiBackup, m_path, *m_store, m_password->text());
}

void ExportBackupDialog::reject()
{
    if (!m_export->busy()) {
        QDialog::reject();
    }
}

void ExportBackupDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_password->setEnabled(!busy);
    m_repeat->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
}

void ExportBackupDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->show();
}

} // namespace sandi
