// MainWindow and automatic backups: a quiet note in the status bar while there are accounts and
// no working backup (backups off, not set up again after a lost key, or the last one failed).
// Its link opens the settings, where the backups section says more. It never blocks anything.

#include "app/backup/backupmessages.h"
#include "app/backup/backupservice.h"
#include "ui/backuppage.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"

#include <QLabel>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace sandi {

void MainWindow::connectBackup()
{
    if (!m_services.backup) {
        return;
    }
    m_backupNote = new QLabel(this);
    m_backupNote->setObjectName(u"backupNote"_s);
    m_backupNote->setTextFormat(Qt::RichText);
    m_backupNote->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    const int margin = fontMetrics().averageCharWidth();
    m_backupNote->setContentsMargins(margin, 0, margin, 0);
    connect(m_backupNote, &QLabel::linkActivated, this, [this] {
        SettingsDialog* dialog = openSettings();
        dialog->showTabOf(dialog->findChild<BackupPage*>()); // the note is about backups: that tab
    });
    statusBar()->setSizeGripEnabled(false);
    statusBar()->addWidget(m_backupNote, 1);
    connect(m_services.backup, &BackupService::changed, this, &MainWindow::updateBackupNote);
    updateBackupNote();
}

void MainWindow::updateBackupNote()
{
    const BackupService& backup = *m_services.backup;
    const bool attention = backupNeedsAttention(backup, backup.accountCount());
    statusBar()->setVisible(attention);
    if (!attention) {
        m_backupNote->clear();
        return;
    }
    const bool off = backup.status() == BackupService::Status::Off;
    const QString text = off ? tr("Your accounts are not backed up.") : tr("The last automatic backup failed.");
    const QString link = off ? tr("Set up backups…") : tr("See why…");
    QString style;
    if (!off) {
        const bool dark = palette().color(QPalette::Window).lightness() < 128;
        style = dark ? u" style=\"color:#ff8a80\""_s : u" style=\"color:#b01c1c\""_s;
    }
    m_backupNote->setText(
        u"<span%1>%2</span> <a href=\"settings\">%3</a>"_s.arg(style, text.toHtmlEscaped(), link.toHtmlEscaped()));
    m_backupNote->setToolTip(backupWarningText(backup, backup.accountCount()));
    m_backupNote->setAccessibleName(text);
}

} // namespace sandi
