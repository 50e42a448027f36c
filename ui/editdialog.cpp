#include "ui/editdialog.h"

#include "app/manualentry.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sandi {

EditDialog::EditDialog(const QString& issuer, const QString& account, QWidget* parent)
    : QDialog(parent), m_issuer(new QLineEdit(issuer, this)), m_account(new QLineEdit(account, this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Edit account"));
    setObjectName(u"editDialog"_s);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_issuer->setAccessibleName(tr("Issuer"));
    m_account->setAccessibleName(tr("Account (user ID)"));
    form->addRow(tr("&Issuer (LPSE name):"), m_issuer);
    form->addRow(tr("A&ccount (user ID):"), m_account);
    layout->addLayout(form);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Error"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EditDialog::reject);
    layout->addWidget(buttons);
    m_issuer->setFocus();
    m_issuer->selectAll();
}

QString EditDialog::issuer() const
{
    return m_issuer->text().trimmed();
}

QString EditDialog::account() const
{
    return m_account->text().trimmed();
}

void EditDialog::accept()
{
    if (const auto error = checkNames(issuer(), account())) {
        m_error->setText(error->message);
        m_error->show();
        m_issuer->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace sandi
