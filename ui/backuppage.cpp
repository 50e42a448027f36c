#include "ui/backuppage.h"

#include "app/backup/backupmessages.h"
#include "app/backup/backupservice.h"
#include "app/settings.h"
#include "app/store/storemessages.h"
#include "ui/backuppassworddialog.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace sandi {

namespace {

void setWarningColour(QLabel* label)
{
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c));
    label->setPalette(palette);
}

} // namespace

BackupPage::BackupPage(BackupService* backup, QWidget* parent)
    : QGroupBox(tr("Automatic backups"), parent), m_backup(backup),
      m_switch(new QCheckBox(tr("&Back up my accounts automatically, encrypted, after every change"), this)),
      m_folder(new QLineEdit(this)), m_chooseFolder(new QPushButton(tr("C&hoose…"), this)), m_keep(new QSpinBox(this)),
      m_password(new QPushButton(this)), m_status(new QLabel(this)), m_warning(new QLabel(this)),
      m_backUpNow(new QPushButton(tr("Back &up now"), this)), m_openFolder(new QPushButton(tr("Open &folder"), this))
{
    setObjectName(u"backupPage"_s);
    auto* form = new QFormLayout(this);
    m_switch->setObjectName(u"backupSwitch"_s);
    m_switch->setAccessibleName(m_switch->text().remove(u'&'));
    form->addRow(m_switch);

    m_folder->setObjectName(u"backupFolder"_s);
    m_folder->setReadOnly(true);
    m_folder->setAccessibleName(tr("Backup folder"));
    m_chooseFolder->setObjectName(u"backupChooseFolder"_s);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_chooseFolder);
    auto* folderLabel = new QLabel(tr("Fol&der:"), this);
    folderLabel->setBuddy(m_chooseFolder);
    form->addRow(folderLabel, folderRow);

    m_keep->setObjectName(u"backupKeep"_s);
    m_keep->setRange(1, Settings::kMaxBackupKeep);
    m_keep->setAccessibleName(tr("Number of backups to keep"));
    m_keep->setToolTip(tr("Older backups that Sandi wrote are deleted; other files in the folder never are."));
    auto* keepRow = new QHBoxLayout;
    keepRow->addWidget(m_keep);
    keepRow->addStretch(1);
    auto* keepLabel = new QLabel(tr("Backups to k&eep:"), this);
    keepLabel->setBuddy(m_keep);
    form->addRow(keepLabel, keepRow);

    m_password->setObjectName(u"backupPasswordButton"_s);
    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password);
    passwordRow->addStretch(1);
    form->addRow(tr("Password:"), passwordRow);

    m_status->setObjectName(u"backupStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_status);
    m_warning->setObjectName(u"backupWarning"_s);
    m_warning->setWordWrap(true);
    setWarningColour(m_warning);
    m_warning->hide();
    form->addRow(m_warning);

    auto* restore = new QPushButton(tr("&Restore from backup…"), this);
    restore->setObjectName(u"backupRestore"_s);
    m_backUpNow->setObjectName(u"backupNow"_s);
    m_openFolder->setObjectName(u"backupOpenFolder"_s);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_backUpNow);
    buttons->addWidget(m_openFolder);
    buttons->addStretch(1);
    buttons->addWidget(restore);
    form->addRow(buttons);

    connect(m_switch, &QCheckBox::clicked, this, &BackupPage::onSwitchClicked);
    connect(m_chooseFolder, &QPushButton::clicked, this, &BackupPage::chooseFolder);
    connect(m_keep, &QSpinBox::valueChanged, m_backup, &BackupService::setKeep);
    connect(m_password, &QPushButton::clicked, this, [this] { askPassword(false); });
    connect(m_backUpNow, &QPushButton::clicked, m_backup, &BackupService::backUpNow);
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_backup->folder())); });
    connect(restore, &QPushButton::clicked, this, &BackupPage::restoreRequested);
    connect(m_backup, &BackupService::changed, this, &BackupPage::refresh);
    refresh();
}

void BackupPage::refresh()
{
    using Status = BackupService::Status;
    using Activity = BackupService::Activity;
    const Status status = m_backup->status();
    const bool creating = m_backup->activity() == Activity::CreatingKey;
    const bool on = status != Status::Off;
    m_switch->setChecked(on || creating);
    m_switch->setEnabled(!creating);
    m_folder->setText(QDir::toNativeSeparators(m_backup->folder()));
    m_folder->setToolTip(m_folder->text());
    m_chooseFolder->setEnabled(!creating);
    const QSignalBlocker blocker(m_keep);
    m_keep->setValue(m_backup->keep());
    m_password->setText(status == Status::NeedsPassword ? tr("Set the pass&word again…") : tr("Change &password…"));
    m_password->setEnabled(on && !creating);
    m_backUpNow->setEnabled(on && m_backup->hasKey() && !creating && m_backup->activity() != Activity::Writing);
    m_openFolder->setEnabled(QFileInfo(m_backup->folder()).isDir() || m_backup->lastBackupKnown());

    QString statusText = backupStatusText(*m_backup);
    if (m_backup->activity() == Activity::Writing) {
        statusText += u' ' + tr("Writing a backup…");
    }
    m_status->setText(statusText);
    const QString warning = backupWarningText(*m_backup, m_backup->accountCount());
    if (warning != m_warning->text()) {
        m_warning->setText(warning);
        m_warning->setVisible(!warning.isEmpty());
        QMetaObject::invokeMethod(this, &BackupPage::growToFit, Qt::QueuedConnection);
    }
}

void BackupPage::growToFit()
{
    // A warning that appears needs room: the window grows, never shrinks below what the user chose.
    QWidget* top = window();
    if (!top->isVisible()) {
        return;
    }
    const QSize before = top->size();
    top->adjustSize();
    top->resize(qMax(before.width(), top->width()), qMax(before.height(), top->height()));
}

void BackupPage::onSwitchClicked(bool on)
{
    refresh(); // the box shows the service's state, not the click, until the user confirms
    if (on) {
        askPassword(true);
    } else {
        confirmTurnOff();
    }
}

void BackupPage::askPassword(bool turnOn)
{
    const bool again = m_backup->status() == BackupService::Status::NeedsPassword;
    auto* dialog = new BackupPasswordDialog(
        turnOn || again ? BackupPasswordDialog::Purpose::TurnOn : BackupPasswordDialog::Purpose::Change, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, turnOn] {
        if (turnOn) {
            m_backup->enable(m_backup->folder(), m_keep->value(), dialog->password());
        } else {
            m_backup->changePassword(dialog->password());
        }
    });
    dialog->open();
}

void BackupPage::chooseFolder()
{
    auto* dialog = new QFileDialog(this, tr("Backup folder"), m_backup->folder());
    dialog->setObjectName(u"backupFolderDialog"_s);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, m_backup, &BackupService::setFolder);
    dialog->open();
}

void BackupPage::confirmTurnOff()
{
    auto* box = new QMessageBox(QMessageBox::Question, tr("Automatic backups"), tr("Turn off automatic backups?"),
                                QMessageBox::NoButton, this);
    box->setInformativeText(tr("Sandi stops writing backups and removes the backup key from %1. The backups already "
                               "in the folder stay there and still open with their password.")
                                .arg(keychainName()));
    box->setObjectName(u"backupTurnOff"_s);
    auto* turnOff = box->addButton(tr("Turn off"), QMessageBox::AcceptRole);
    box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(turnOff, &QPushButton::clicked, m_backup, &BackupService::disable);
    box->open();
}

} // namespace sandi
