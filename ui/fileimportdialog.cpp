#include "ui/fileimportdialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sandi {

namespace {

QLabel* wrappedLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void makeErrorColour(QLabel* label)
{
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c));
    label->setPalette(palette);
}

} // namespace

FileImportDialog::FileImportDialog(AccountStore* store, const QString& path, Purpose purpose, QWidget* parent)
    : QDialog(parent), m_import(new FileImport(store, this)), m_purpose(purpose), m_fileName(QFileInfo(path).fileName())
{
    setObjectName(u"fileImportDialog"_s);
    setWindowTitle(purpose == Purpose::Restore ? tr("Restore from backup") : tr("Import accounts"));
    const int unit = fontMetrics().averageCharWidth();
    setMinimumWidth(unit * 72);

    auto* layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildBusyPage());
    m_pages->addWidget(buildPasswordPage());
    m_pages->addWidget(buildAccountsPage());
    m_pages->addWidget(buildAddingPage());
    m_pages->addWidget(buildResultPage());
    layout->addWidget(m_pages, 1);

    m_buttons = new QDialogButtonBox(this);
    m_open = m_buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(u"openButton"_s);
    m_add = m_buttons->addButton(tr("&Add selected"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(u"addButton"_s);
    m_stop = m_buttons->addButton(tr("&Stop"), QDialogButtonBox::RejectRole);
    m_stop->setObjectName(u"stopButton"_s);
    m_close = m_buttons->addButton(tr("Close"), QDialogButtonBox::AcceptRole);
    m_close->setObjectName(u"closeButton"_s);
    m_cancel = m_buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(u"cancelButton"_s);
    layout->addWidget(m_buttons);
    connect(m_open, &QPushButton::clicked, this, [this] {
        showBusy(tr("Decrypting “%1”…").arg(m_fileName));
        m_import->unlock(m_password->text());
        m_password->clear();
    });
    connect(m_add, &QPushButton::clicked, this, &FileImportDialog::addChecked);
    connect(m_stop, &QPushButton::clicked, this, &FileImportDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &FileImportDialog::reject);

    connect(m_import, &FileImport::passwordNeeded, this, [this] { showPassword(false); });
    connect(m_import, &FileImport::wrongPassword, this, [this] { showPassword(true); });
    connect(m_import, &FileImport::failed, this, [this](const QString& message) {
        showResult(tr("Nothing was imported from “%1”").arg(m_fileName), message);
    });
    connect(m_import, &FileImport::ready, this, &FileImportDialog::showAccounts);
    connect(m_import, &FileImport::progressed, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
        m_progressText->setText(tr("Adding accounts: %1 of %2…").arg(done).arg(total));
    });
    connect(m_import, &FileImport::finished, this, &FileImportDialog::onFinished);

    showBusy(tr("Reading “%1”…").arg(m_fileName));
    m_import->open(path);
}

FileImportDialog::~FileImportDialog()
{
    if (m_password) {
        m_password->clear();
    }
}

FileImportDialog::Page FileImportDialog::page() const
{
    return Page(m_pages->currentIndex());
}

QWidget* FileImportDialog::buildBusyPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_busyText = wrappedLabel(page, u"busyText"_s);
    layout->addWidget(m_busyText);
    auto* bar = new QProgressBar(page);
    bar->setRange(0, 0); // busy: scrypt and PBKDF2 say nothing about how far they are
    bar->setTextVisible(false);
    layout->addWidget(bar);
    layout->addStretch();
    return page;
}

QWidget* FileImportDialog::buildPasswordPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_passwordText = wrappedLabel(page, u"passwordText"_s);
    layout->addWidget(m_passwordText);
    m_password = new QLineEdit(page);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    layout->addWidget(m_password);
    m_passwordError = wrappedLabel(page, u"passwordError"_s);
    m_passwordError->setAccessibleName(tr("Error"));
    makeErrorColour(m_passwordError);
    layout->addWidget(m_passwordError);
    layout->addStretch();
    connect(m_password, &QLineEdit::textChanged, this, [this] { m_open->setEnabled(!m_password->text().isEmpty()); });
    return page;
}

QWidget* FileImportDialog::buildAccountsPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_heading = wrappedLabel(page, u"heading"_s);
    layout->addWidget(m_heading);
    m_list = new QListWidget(page);
    m_list->setObjectName(u"accountList"_s);
    m_list->setAccessibleName(tr("Accounts to add"));
    // A long second line ("… · Sandi has an account with this name and another key") wraps within
    // the list instead of hiding behind a horizontal scroll bar; Adjust lays it out again on resize.
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    layout->addWidget(m_list, 3);
    auto* row = new QHBoxLayout;
    auto* all = new QPushButton(tr("Select a&ll"), page);
    all->setObjectName(u"selectAllButton"_s);
    auto* none = new QPushButton(tr("Select &none"), page);
    none->setObjectName(u"selectNoneButton"_s);
    row->addWidget(all);
    row->addWidget(none);
    row->addStretch();
    layout->addLayout(row);
    const auto checkAll = [this](Qt::CheckState state) {
        for (int i = 0; i < m_list->count(); ++i) {
            m_list->item(i)->setCheckState(state);
        }
    };
    connect(all, &QPushButton::clicked, this, [checkAll] { checkAll(Qt::Checked); });
    connect(none, &QPushButton::clicked, this, [checkAll] { checkAll(Qt::Unchecked); });
    connect(m_list, &QListWidget::itemChanged, this, &FileImportDialog::updateAddButton);

    m_unusableHeading = wrappedLabel(page, u"unusableHeading"_s);
    layout->addWidget(m_unusableHeading);
    m_unusable = new QListWidget(page);
    m_unusable->setObjectName(u"unusableList"_s);
    m_unusable->setAccessibleName(tr("Entries that cannot be imported"));
    m_unusable->setWordWrap(true);
    m_unusable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_unusable->setResizeMode(QListView::Adjust);
    layout->addWidget(m_unusable, 1);
    return page;
}

QWidget* FileImportDialog::buildAddingPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_progressText = wrappedLabel(page, u"progressText"_s);
    layout->addWidget(m_progressText);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(u"progress"_s);
    layout->addWidget(m_progress);
    layout->addStretch();
    return page;
}

QWidget* FileImportDialog::buildResultPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_resultTitle = wrappedLabel(page, u"resultTitle"_s);
    QFont bold = m_resultTitle->font();
    bold.setBold(true);
    m_resultTitle->setFont(bold);
    layout->addWidget(m_resultTitle);
    m_resultText = wrappedLabel(page, u"resultText"_s);
    m_resultText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_resultText);
    layout->addStretch();
    return page;
}

void FileImportDialog::showPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
    m_open->setVisible(page == Page::Password);
    m_add->setVisible(page == Page::Accounts);
    m_stop->setVisible(page == Page::Adding);
    m_close->setVisible(page == Page::Result);
    m_cancel->setVisible(page == Page::Busy || page == Page::Password || page == Page::Accounts);
    for (QPushButton* button : {m_open, m_add, m_close}) {
        button->setDefault(button->isVisible());
    }
}

void FileImportDialog::showBusy(const QString& text)
{
    m_busyText->setText(text);
    showPage(Page::Busy);
}

void FileImportDialog::showPassword(bool wrong)
{
    m_passwordText->setText(tr("“%1” is an encrypted %2. Enter the password it was saved with:")
                                .arg(m_fileName, FileImport::formatText(m_import->format())));
    m_passwordError->setText(wrong ? tr("The password is wrong. Check it (capital letters, keyboard layout) and try "
                                        "again.")
                                   : QString());
    m_passwordError->setVisible(wrong);
    m_open->setEnabled(!m_password->text().isEmpty());
    showPage(Page::Password);
    m_password->setFocus();
}

void FileImportDialog::showAccounts()
{
    const auto& entries = m_import->entries();
    const QList<bool> checks = m_import->defaultChecks();
    int duplicates = 0;
    int restoring = 0;
    m_list->blockSignals(true);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const ImportEntry& entry = entries[i];
        QString text = entry.issuer.isEmpty() ? entry.name : entry.issuer + u" — "_s + entry.name;
        text += u"\n"_s + entry.summary;
        if (entry.duplicate) {
            text += u" · "_s + tr("already in Sandi");
            ++duplicates;
        } else if (!entry.restoresKeyOf.isEmpty()) {
            text += u" · "_s + tr("brings back the key Sandi lost for this account");
            ++restoring;
        } else if (entry.sameNameListed) {
            text += u" · "_s + tr("Sandi has an account with this name and another key");
        }
        auto* item = new QListWidgetItem(text, m_list);
        item->setToolTip(text);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checks.value(qsizetype(i)) ? Qt::Checked : Qt::Unchecked);
    }
    m_list->blockSignals(false);
    QString heading = tr("“%1” (%2) holds %n account(s).", nullptr, int(entries.size()))
                          .arg(m_fileName, FileImport::formatText(m_import->format()));
    if (duplicates > 0) {
        heading += u' ' + tr("%n of them are already in Sandi and are not selected.", nullptr, duplicates);
    }
    if (restoring > 0) {
        heading += u' ' + tr("%n of them bring(s) back a key that is missing from the keychain: added, each takes "
                             "the place of its account without a key.",
                             nullptr, restoring);
    }
    heading += u' ' + tr("Choose the accounts to add:");
    m_heading->setText(heading);

    const auto& unusable = m_import->unusable();
    for (const UnusableEntry& entry : unusable) {
        const QString label = entry.label.isEmpty() ? entry.position : entry.position + u" “"_s + entry.label + u"”"_s;
        auto* item = new QListWidgetItem(label + u": "_s + entry.reason, m_unusable);
        item->setToolTip(item->text());
    }
    m_unusableHeading->setText(
        tr("%n entry/entries of the file cannot be used and will not be imported:", nullptr, int(unusable.size())));
    m_unusableHeading->setVisible(!unusable.isEmpty());
    m_unusable->setVisible(!unusable.isEmpty());
    if (entries.empty()) {
        m_heading->setText(tr("“%1” holds no account that Sandi can use.").arg(m_fileName));
    }
    showPage(Page::Accounts);
    updateAddButton();
    m_list->setFocus();
    if (m_list->count() > 0) {
        m_list->setCurrentRow(0);
    }
    // Room for up to six accounts and three unusable entries without scrolling.
    const int row = m_list->count() > 0 ? m_list->sizeHintForRow(0) : fontMetrics().height() * 2;
    m_list->setMinimumHeight(row * std::min(std::max(m_list->count(), 2), 6) + 2 * m_list->frameWidth());
    if (!unusable.isEmpty()) {
        m_unusable->setMinimumHeight(m_unusable->sizeHintForRow(0) * std::min(int(unusable.size()), 3) +
                                     2 * m_unusable->frameWidth());
    }
    adjustSize();
}

void FileImportDialog::updateAddButton()
{
    int checked = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        checked += m_list->item(i)->checkState() == Qt::Checked ? 1 : 0;
    }
    m_add->setEnabled(checked > 0);
    m_add->setText(checked > 0 ? tr("&Add %n account(s)", nullptr, checked) : tr("&Add selected"));
}

void FileImportDialog::addChecked()
{
    QList<bool> checked;
    for (int i = 0; i < m_list->count(); ++i) {
        checked.append(m_list->item(i)->checkState() == Qt::Checked);
    }
    m_progressText->setText(tr("Adding accounts…"));
    showPage(Page::Adding);
    m_import->add(checked);
}

void FileImportDialog::showResult(const QString& title, const QString& text)
{
    m_resultTitle->setText(title);
    m_resultText->setText(text);
    showPage(Page::Result);
    m_close->setFocus();
}

void FileImportDialog::onFinished(const FileImportReport& report)
{
    if (report.added > 0) {
        Q_EMIT imported(report);
    }
    if (report.complete()) {
        accept();
        return;
    }
    const QString again = tr("Import the file again to add the rest: the accounts already added are recognised and "
                             "not selected.");
    if (report.cancelled) {
        showResult(tr("Import stopped"), tr("%n account(s) were added.", nullptr, report.added) + u' ' +
                                             tr("%n were not added.", nullptr, report.notReached) + u'\n' + again);
        return;
    }
    showResult(tr("Not every account was added"),
               report.failure + u'\n' + tr("%n account(s) were added before that.", nullptr, report.added) + u' ' +
                   tr("%n were not added.", nullptr, report.notReached) + u'\n' + again);
}

void FileImportDialog::reject()
{
    if (page() == Page::Adding) {
        m_stop->setEnabled(false);
        m_progressText->setText(tr("Stopping after the account being added…"));
        m_import->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace sandi
