#include "ui/transferactions.h"

#include "app/backup/backupfiles.h"
#include "app/errortext.h"
#include "app/store/accountsnapshot.h"
#include "app/store/accountstore.h"
#include "app/store/storemessages.h"
#include "app/transfer/accountqr.h"
#include "app/transfer/fileexport.h"
#include "ui/appicon.h"
#include "ui/exportbackupdialog.h"
#include "ui/fileimportdialog.h"
#include "ui/qrwindow.h"
#include "ui/toast.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace sandi {

namespace {

QMessageBox* messageBox(QMessageBox::Icon icon, const QString& title, const QString& text, const QString& name,
                        QWidget* parent)
{
    auto* box = new QMessageBox(icon, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(name);
    box->setAttribute(Qt::WA_DeleteOnClose);
    return box;
}

void showWarning(const QString& title, const QString& text, const QString& name, QWidget* parent)
{
    auto* box = messageBox(QMessageBox::Warning, title, text, name, parent);
    QPushButton* ok = box->addButton(TransferActions::tr("OK"), QMessageBox::AcceptRole);
    box->setDefaultButton(ok);
    box->setEscapeButton(ok);
    box->open();
}

QString documents()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString withSuffix(QString path, const QString& suffix)
{
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) {
        path += u'.' + suffix;
    }
    return path;
}

} // namespace

TransferActions::TransferActions(QWidget* window, AccountStore* store, Toast* toast)
    : QObject(window), m_window(window), m_store(store), m_toast(toast),
      m_import(new QAction(themedIcon("document-import"), tr("I&mport from file…"), this)),
      m_restore(new QAction(themedIcon("document-revert"), tr("&Restore from backup…"), this)),
      m_exportBackup(new QAction(themedIcon("document-save-as"), tr("E&xport backup…"), this)),
      m_exportLinks(new QAction(themedIcon("document-export"), tr("Export as &links (not encrypted)…"), this)),
      m_showQr(new QAction(themedIcon("view-barcode-qr"), tr("Show as &QR code…"), this))
{
    m_import->setToolTip(tr("Add accounts from another authenticator's export (Aegis, 2FAS, andOTP, FreeOTP+, "
                            "otpauth:// links) or from a Sandi backup"));
    connect(m_import, &QAction::triggered, this, [this] { importFromFile(); });
    connect(m_restore, &QAction::triggered, this, [this] { restoreFromBackup(); });
    connect(m_exportBackup, &QAction::triggered, this, [this] { exportBackup(); });
    connect(m_exportLinks, &QAction::triggered, this, [this] { exportLinks(); });
    connect(m_showQr, &QAction::triggered, this, [this] { showQrCode(m_currentId); });
}

TransferActions::~TransferActions() = default;

void TransferActions::addImportActions(QMenu* menu)
{
    menu->addAction(m_import);
    menu->addAction(m_restore);
}

void TransferActions::addExportActions(QMenu* menu)
{
    menu->addAction(m_exportBackup);
    menu->addAction(m_exportLinks);
    menu->addAction(m_showQr);
}

void TransferActions::update(const QString& currentId)
{
    m_currentId = currentId;
    const bool writable = !m_store->readOnly();
    m_import->setEnabled(writable);
    m_restore->setEnabled(writable);
    const bool any = !m_store->accounts().isEmpty();
    m_exportBackup->setEnabled(any);
    m_exportLinks->setEnabled(any);
    m_showQr->setEnabled(!currentId.isEmpty() && m_store->hasSecret(currentId));
}

bool TransferActions::isImportFile(const QUrl& url)
{
    if (!url.isLocalFile()) {
        return false;
    }
    static const QStringList suffixes{u"sandi"_s, u"json"_s, u"2fas"_s, u"aes"_s, u"txt"_s};
    return suffixes.contains(QFileInfo(url.toLocalFile()).suffix(), Qt::CaseInsensitive);
}

void TransferActions::setBackupFolder(std::function<QString()> folder)
{
    m_backupFolder = std::move(folder);
}

void TransferActions::chooseFile(bool save, const QString& title, const QString& start, const QString& filter,
                                 std::function<void(const QString&)> then)
{
    // Window-modal and answered through a signal: no nested event loop (docs STYLE §4).
    auto* dialog = new QFileDialog(m_window, title, start, filter);
    dialog->setObjectName(u"transferFileDialog"_s);
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [then = std::move(then)](const QString& file) {
        if (!file.isEmpty()) {
            then(file);
        }
    });
    dialog->open();
}

void TransferActions::importFromFile(const QString& path)
{
    if (!path.isEmpty()) {
        openImport(path, false);
        return;
    }
    chooseFile(false, tr("Import from file"), documents(),
               tr("Backups and exports (*.sandi *.json *.2fas *.aes *.txt);;All files (*)"),
               [this](const QString& file) { openImport(file, false); });
}

void TransferActions::restoreFromBackup(const QString& path)
{
    if (!path.isEmpty()) {
        openImport(path, true);
        return;
    }
    // Where the automatic backups are, when that folder exists (a new computer: Documents), with
    // the newest of them selected: their names differ only in the time, which a narrow file
    // dialog cuts off, and several written in one second do not sort by name.
    const QString folder = m_backupFolder ? m_backupFolder() : QString();
    const auto choose = [this](const QString& start) {
        chooseFile(false, tr("Restore from backup"), start, tr("Sandi backups (*.sandi);;All files (*)"),
                   [this](const QString& file) { openImport(file, true); });
    };
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        choose(documents());
        return;
    }
    findNewestBackup(this, folder,
                     [folder, choose](const QString& newest) { choose(newest.isEmpty() ? folder : newest); });
}

void TransferActions::openImport(const QString& path, bool restore)
{
    if (m_store->readOnly()) {
        showWarning(tr("Cannot add accounts now"), readOnlyText(m_store->readOnlyReason()), u"importReadOnly"_s,
                    m_window);
        return;
    }
    auto* dialog = new FileImportDialog(
        m_store, path, restore ? FileImportDialog::Purpose::Restore : FileImportDialog::Purpose::Import, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FileImportDialog::imported, this, &TransferActions::onImported);
    dialog->open();
}

void TransferActions::onImported(const FileImportReport& report)
{
    QString text = tr("%n account(s) added", nullptr, report.added);
    if (report.restored > 0) {
        text += u"; "_s + tr("%n lost key(s) restored", nullptr, report.restored);
    }
    m_toast->showMessage(text);
    if (!report.addedIds.isEmpty()) {
        Q_EMIT accountsImported(report.addedIds.last());
    }
}

void TransferActions::exportBackup(const QString& path)
{
    if (const QString problem = snapshotProblemText(*m_store); !problem.isEmpty()) {
        showWarning(tr("Cannot export now"), problem, u"exportProblem"_s, m_window);
        return;
    }
    if (path.isEmpty()) {
        const QString name = u"sandi-backup-%1.sandi"_s.arg(QDate::currentDate().toString(Qt::ISODate));
        chooseFile(true, tr("Export backup"), QDir(documents()).filePath(name), tr("Sandi backups (*.sandi)"),
                   [this](const QString& file) { exportBackup(withSuffix(file, u"sandi"_s)); });
        return;
    }
    auto* dialog = new ExportBackupDialog(m_store, path, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportBackupDialog::exported, this,
            [this](const ExportReport& report) { onExported(report, false); });
    dialog->open();
}

void TransferActions::exportLinks(const QString& path)
{
    if (const QString problem = snapshotProblemText(*m_store); !problem.isEmpty()) {
        showWarning(tr("Cannot export now"), problem, u"exportProblem"_s, m_window);
        return;
    }
    auto* box = messageBox(QMessageBox::Warning, tr("Export without encryption?"),
                           tr("The file will hold the secret key of every account in plain text."), u"confirmLinks"_s,
                           m_window);
    box->setInformativeText(tr("Anyone who gets the file (another user of this computer, a synced folder, a lost USB "
                               "stick) can make all your codes. Use it only to move your accounts into another "
                               "authenticator app, then delete it. For a backup, use Export backup instead: it is "
                               "encrypted."));
    QPushButton* go = box->addButton(tr("&Export without encryption"), QMessageBox::DestructiveRole);
    go->setObjectName(u"exportLinksButton"_s);
    QPushButton* cancel = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::finished, this, [this, box, go, path] {
        if (box->clickedButton() != go) {
            return;
        }
        if (path.isEmpty()) {
            const QString name = u"sandi-links-%1.txt"_s.arg(QDate::currentDate().toString(Qt::ISODate));
            chooseFile(true, tr("Export as links"), QDir(documents()).filePath(name), tr("Text files (*.txt)"),
                       [this](const QString& file) { writeLinks(withSuffix(file, u"txt"_s)); });
            return;
        }
        writeLinks(path);
    });
    box->open();
}

void TransferActions::writeLinks(const QString& path)
{
    auto* exporter = new FileExport(this);
    connect(exporter, &FileExport::finished, this, [this, exporter](const ExportReport& report) {
        exporter->deleteLater();
        onExported(report, true);
    });
    exporter->start(ExportFormat::OtpauthList, path, *m_store);
}

void TransferActions::onExported(const ExportReport& report, bool links)
{
    if (!report.ok) {
        showWarning(tr("Export failed"), report.error, u"exportFailed"_s, m_window);
        return;
    }
    const QString file = QFileInfo(report.path).fileName();
    m_toast->showMessage(tr("%n account(s) exported", nullptr, report.accounts),
                         links ? tr("Delete “%1” once the accounts are in the other app.").arg(file)
                               : tr("Saved as “%1”.").arg(file));
}

void TransferActions::showQrCode(const QString& id)
{
    const Account* account = m_store->find(id);
    if (account == nullptr) {
        return;
    }
    if (!m_store->hasSecret(id)) {
        showWarning(tr("Cannot show the QR code"), secretStateText(m_store->secretState(id)), u"qrNoSecret"_s,
                    m_window);
        return;
    }
    const QString label = account->issuer.isEmpty() ? account->name : u"%1 (%2)"_s.arg(account->issuer, account->name);
    auto* box = messageBox(QMessageBox::Warning, tr("Show as QR code?"),
                           tr("Show “%1” as a QR code, to add it to a phone?").arg(label), u"confirmQr"_s, m_window);
    box->setInformativeText(tr("Anyone who sees or photographs the code can make this account's codes. Make sure no "
                               "one else can see your screen. The window closes by itself after %n second(s).",
                               nullptr, QrWindow::kSeconds));
    QPushButton* show = box->addButton(tr("&Show QR code"), QMessageBox::AcceptRole);
    show->setObjectName(u"showQrButton"_s);
    QPushButton* cancel = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::finished, this, [this, box, show, id] {
        if (box->clickedButton() == show) {
            openQrWindow(id);
        }
    });
    box->open();
}

void TransferActions::openQrWindow(const QString& id)
{
    const Account* account = m_store->find(id);
    if (account == nullptr) {
        return; // deleted while the question was open
    }
    auto image = accountQrImage(*m_store, id);
    if (!image) {
        showWarning(tr("Cannot show the QR code"), errorText(image.error().code), u"qrFailed"_s, m_window);
        return;
    }
    auto* window = new QrWindow(*image, account->issuer, account->name, m_window);
    window->show();
    window->raise();
    window->activateWindow();
}

} // namespace sandi
