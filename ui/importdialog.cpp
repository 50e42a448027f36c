#include "ui/importdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sandi {

namespace {

QLabel* wrappedLabel(const QString& text, QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString joinParts(const QList<int>& parts)
{
    QStringList numbers;
    for (const int part : parts) {
        numbers.append(QString::number(part));
    }
    return numbers.join(u", "_s);
}

} // namespace

ImportDialog::ImportDialog(const ScanFindings& findings, QWidget* parent) : QDialog(parent)
{
    setObjectName(u"importDialog"_s);
    const std::size_t count = findings.accounts.size();
    setWindowTitle(count == 1 && !findings.migration ? tr("Add account?") : tr("Add accounts?"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    for (const auto& candidate : findings.accounts) {
        m_duplicate.append(!candidate.duplicateId.isEmpty());
        m_choices.append(ImportChoice::Skip);
    }

    auto* layout = new QVBoxLayout(this);
    if (!findings.problems.isEmpty()) {
        QString text =
            findings.problems.size() == 1 ? tr("One QR code cannot be added:") : tr("Some QR codes cannot be added:");
        for (const QString& problem : findings.problems) {
            text += u"\n• "_s + problem;
        }
        auto* problems = wrappedLabel(text, this, u"problems"_s);
        problems->setAccessibleName(tr("Codes that cannot be added"));
        layout->addWidget(problems);
    }
    m_buttons = new QDialogButtonBox(this);
    auto* body = new QWidget(this);
    layout->addWidget(body);
    if (count == 1 && !findings.migration) {
        buildSingle(findings.accounts.front(), body);
    } else {
        buildList(findings, body);
    }
    layout->addWidget(m_buttons);
}

ImportDialog::~ImportDialog() = default;

QList<ImportChoice> ImportDialog::choices() const
{
    return m_choices;
}

void ImportDialog::buildSingle(const ImportCandidate& candidate, QWidget* body)
{
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    auto* issuer = wrappedLabel(candidate.issuer.isEmpty() ? tr("(none)") : candidate.issuer, body, u"issuer"_s);
    auto* name = wrappedLabel(candidate.name.isEmpty() ? tr("(none)") : candidate.name, body, u"account"_s);
    auto* kind = wrappedLabel(candidate.summary, body, u"kind"_s);
    issuer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Issuer (LPSE):"), issuer);
    form->addRow(tr("Account (user ID):"), name);
    form->addRow(tr("Type:"), kind);
    layout->addLayout(form);

    if (!m_duplicate.front()) {
        layout->insertWidget(0, wrappedLabel(tr("Add this account to Sandi?"), body, u"question"_s));
        m_add = m_buttons->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
        m_add->setObjectName(u"addButton"_s);
        m_add->setDefault(true);
        auto* cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
        cancel->setObjectName(u"cancelButton"_s);
        cancel->setText(tr("Cancel")); // Qt has no Indonesian translation of its own buttons
        connect(m_add, &QPushButton::clicked, this, [this] {
            m_choices[0] = ImportChoice::Add;
            accept();
        });
        connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
        m_add->setFocus();
        return;
    }

    auto* note = wrappedLabel(
        tr("This account is already in Sandi. If you did a Reset TOTP in SPSE, the old code no longer works: "
           "replace it. Keep both only if you know the old one is still in use."),
        body, u"duplicateNote"_s);
    layout->insertWidget(0, note);
    auto* replace = m_buttons->addButton(tr("&Replace"), QDialogButtonBox::AcceptRole);
    replace->setObjectName(u"replaceButton"_s);
    replace->setDefault(true);
    auto* keep = m_buttons->addButton(tr("&Keep both"), QDialogButtonBox::AcceptRole);
    keep->setObjectName(u"keepBothButton"_s);
    auto* cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    cancel->setText(tr("Cancel")); // Qt has no Indonesian translation of its own buttons
    connect(replace, &QPushButton::clicked, this, [this] {
        m_choices[0] = ImportChoice::Replace;
        accept();
    });
    connect(keep, &QPushButton::clicked, this, [this] {
        m_choices[0] = ImportChoice::Add;
        accept();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    replace->setFocus();
}

void ImportDialog::buildList(const ScanFindings& findings, QWidget* body)
{
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    const int count = int(findings.accounts.size());
    QString heading = findings.migration ? tr("Accounts in this Google Authenticator export:")
                                         : tr("The scan found %n accounts. Choose the ones to add:", nullptr, count);
    layout->addWidget(wrappedLabel(heading, body, u"heading"_s));

    m_list = new QListWidget(body);
    m_list->setObjectName(u"accountList"_s);
    m_list->setAccessibleName(tr("Accounts to add"));
    bool anyDuplicate = false;
    for (int i = 0; i < count; ++i) {
        const auto& candidate = findings.accounts[std::size_t(i)];
        QString text = candidate.issuer.isEmpty() ? candidate.name : candidate.issuer + u" — "_s + candidate.name;
        text += u"\n"_s + candidate.summary;
        if (m_duplicate[i]) {
            text += u" · "_s + tr("already in Sandi");
            anyDuplicate = true;
        }
        auto* item = new QListWidgetItem(text, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }
    m_list->setCurrentRow(0);
    layout->addWidget(m_list);
    connect(m_list, &QListWidget::itemChanged, this, &ImportDialog::updateAddButton);

    if (anyDuplicate) {
        m_replace = new QCheckBox(tr("&Replace the accounts already in Sandi (after a Reset TOTP the old codes no "
                                     "longer work)"),
                                  body);
        m_replace->setObjectName(u"replaceExisting"_s);
        m_replace->setChecked(true);
        layout->addWidget(m_replace);
    }

    if (findings.migration && !findings.migration->complete()) {
        const auto& progress = *findings.migration;
        auto* status = wrappedLabel(tr("Scanned part %1 of %2. Still missing: part %3. Scan the next QR code of "
                                       "the export, or add these accounts now.")
                                        .arg(joinParts(progress.scanned))
                                        .arg(progress.parts)
                                        .arg(joinParts(progress.missing)),
                                    body, u"migrationStatus"_s);
        status->setAccessibleName(tr("Export progress"));
        layout->addWidget(status);
        auto* next = m_buttons->addButton(tr("&Scan next part"), QDialogButtonBox::ActionRole);
        next->setObjectName(u"scanNextButton"_s);
        next->setDefault(true);
        connect(next, &QPushButton::clicked, this, [this] { done(ScanNextPart); });
    }

    m_add = m_buttons->addButton(tr("&Add selected"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(u"addButton"_s);
    if (!findings.migration || findings.migration->complete()) {
        m_add->setDefault(true);
    }
    auto* cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    cancel->setText(tr("Cancel")); // Qt has no Indonesian translation of its own buttons
    connect(m_add, &QPushButton::clicked, this, [this] {
        const bool replace = m_replace && m_replace->isChecked();
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->checkState() != Qt::Checked) {
                m_choices[i] = ImportChoice::Skip;
            } else {
                m_choices[i] = m_duplicate[i] && replace ? ImportChoice::Replace : ImportChoice::Add;
            }
        }
        accept();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_list->setFocus();
    updateAddButton();
}

void ImportDialog::updateAddButton()
{
    if (!m_list || !m_add) {
        return;
    }
    int checked = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        checked += m_list->item(i)->checkState() == Qt::Checked ? 1 : 0;
    }
    m_add->setEnabled(checked > 0);
}

} // namespace sandi
