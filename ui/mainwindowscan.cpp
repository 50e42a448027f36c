// The main window's scanning: the screen (with a region picker when nothing is found), the
// webcam, an image file (open dialog or drag and drop), the clipboard, and links from the command
// line, each ending in the "Add account?" dialog (ui/importdialog.h).

#include "ui/mainwindow.h"

#include "app/scan/clipboardscanner.h"
#include "app/scan/filescanner.h"
#include "app/scan/scanimport.h"
#include "app/scan/screenscanner.h"
#include "app/scan/videosource.h"
#include "app/store/accountstore.h"
#include "app/store/storemessages.h"
#include "ui/cameradialog.h"
#include "ui/importdialog.h"
#include "ui/regionpicker.h"
#include "ui/toast.h"
#include "ui/transferactions.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QClipboard>
#include <QImageReader>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>

#include <memory>

using namespace Qt::StringLiterals;

namespace sandi {

namespace {

bool isLocalImageFile(const QUrl& url)
{
    if (!url.isLocalFile()) {
        return false;
    }
    const QByteArray format = QImageReader::imageFormat(url.toLocalFile());
    return !format.isEmpty();
}

// A message box with an OK button of our own: Qt has no Indonesian translation of its buttons.
QMessageBox* messageBox(QMessageBox::Icon icon, const QString& title, const QString& text, const QString& name,
                        QWidget* parent)
{
    auto* box = new QMessageBox(icon, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(name);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* ok = box->addButton(MainWindow::tr("OK"), QMessageBox::AcceptRole);
    box->setDefaultButton(ok);
    box->setEscapeButton(ok);
    return box;
}

} // namespace

void MainWindow::buildScanning()
{
    m_import = new ScanImport(m_services.store, this);
    m_screenScanner = new ScreenScanner(this);
    m_fileScanner = new FileScanner(this);
    m_clipboardScanner = new ClipboardScanner(this);
    connect(m_screenScanner, &ScreenScanner::finished, this, &MainWindow::onScanFinished);
    connect(m_fileScanner, &FileScanner::finished, this, &MainWindow::onScanFinished);
    connect(m_clipboardScanner, &ClipboardScanner::finished, this, &MainWindow::onScanFinished);
    setAcceptDrops(true);
}

void MainWindow::setScanning(ScanSource source, const QString& filePath)
{
    m_scanSource = source;
    m_scanFile = filePath;
    m_scanBusy = source != ScanSource::None;
    updateActions();
}

void MainWindow::scanScreen()
{
    if (m_scanBusy || m_services.store->readOnly()) {
        return;
    }
    setScanning(ScanSource::Screen);
    m_screenScanner->start(); // hides this window while the screen is grabbed, then shows it again
}

void MainWindow::scanCamera()
{
    if (m_scanBusy || m_services.store->readOnly()) {
        return;
    }
    auto* dialog = new CameraDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CameraDialog::codeFound, this, [this](const ScanResult& result) {
        m_scanSource = ScanSource::Camera;
        m_scanFile.clear();
        onScanFinished(result);
    });
    dialog->open();
}

void MainWindow::scanImageFile(const QString& path)
{
    if (m_scanBusy || m_services.store->readOnly()) {
        return;
    }
    if (path.isEmpty()) {
        QStringList patterns;
        for (const QByteArray& format : QImageReader::supportedImageFormats()) {
            patterns.append(u"*."_s + QString::fromLatin1(format));
        }
        // Window-modal and answered through a signal: no nested event loop (STYLE §4), so codes,
        // approval prompts and the lock go on while the user looks for the file.
        auto* dialog = new QFileDialog(this, tr("Scan image file"),
                                       QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                       tr("Images (%1)").arg(patterns.join(u' ')));
        dialog->setObjectName(u"scanFileDialog"_s);
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& file) {
            if (!file.isEmpty()) {
                scanImageFile(file); // checks again: the store may have become read-only meanwhile
            }
        });
        dialog->open();
        return;
    }
    setScanning(ScanSource::File, path);
    m_fileScanner->start(path);
}

void MainWindow::scanClipboard()
{
    if (m_scanBusy || m_services.store->readOnly()) {
        return;
    }
    setScanning(ScanSource::Clipboard);
    m_clipboardScanner->start();
}

void MainWindow::scanMimeData(const QMimeData* mime)
{
    if (m_scanBusy || m_services.store->readOnly()) {
        return;
    }
    for (const QUrl& url : mime->urls()) {
        if (isLocalImageFile(url)) {
            scanImageFile(url.toLocalFile());
            return;
        }
        if (TransferActions::isImportFile(url)) {
            m_transfer->importFromFile(url.toLocalFile()); // a backup or another app's export
            return;
        }
    }
    setScanning(ScanSource::Clipboard);
    m_clipboardScanner->scan(mime);
}

void MainWindow::importTexts(const QStringList& texts)
{
    if (!m_loaded || isLocked()) {
        // Duplicates can only be found in the loaded list: see onLoaded(); and nothing is shown
        // while locked: see onLockedChanged().
        m_pendingTexts += texts;
        return;
    }
    if (m_services.store->readOnly()) {
        m_toast->showMessage(tr("Cannot add an account now"), readOnlyText(m_services.store->readOnlyReason()));
        return;
    }
    m_scanSource = ScanSource::Link;
    m_scanFile.clear();
    auto findings = m_import->interpret(texts);
    if (findings.accounts.empty()) {
        messageBox(QMessageBox::Warning, tr("Cannot add the link"), findings.problems.join(u'\n'), u"linkError"_s, this)
            ->open();
        return;
    }
    showFindings(std::move(findings));
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QMimeData* mime = event->mimeData();
    bool usable = mime->hasImage() || !otpauthLinks(mime->text()).isEmpty();
    for (const QUrl& url : mime->urls()) {
        usable = usable || isLocalImageFile(url) || TransferActions::isImportFile(url);
    }
    if (usable && !m_services.store->readOnly() && !m_scanBusy && !isLocked()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    scanMimeData(event->mimeData());
    event->acceptProposedAction();
}

void MainWindow::onScanFinished(const ScanResult& result)
{
    m_scanBusy = false;
    m_scanFile = result.imageFile.isEmpty() ? m_scanFile : result.imageFile;
    updateActions();
    if (isLocked()) {
        return; // locked during the scan: what it found is dropped (and its secrets wiped)
    }
    if (!result.ok()) {
        messageBox(QMessageBox::Warning, tr("Scan failed"), result.error, u"scanError"_s, this)->open();
        return;
    }
    if (result.codes.isEmpty()) {
        noCodeFound();
        return;
    }
    auto findings = m_import->interpret(result.codes);
    if (findings.accounts.empty()) {
        auto* box = messageBox(QMessageBox::Warning, tr("Nothing to add"),
                               findings.problems.size() == 1 ? tr("The QR code cannot be added.")
                                                             : tr("None of the QR codes can be added."),
                               u"nothingToAdd"_s, this);
        box->setInformativeText(findings.problems.join(u'\n'));
        box->open();
        return;
    }
    showFindings(std::move(findings));
}

void MainWindow::noCodeFound()
{
    QString text;
    QString hint;
    switch (m_scanSource) {
    case ScanSource::Screen:
        text = tr("No QR code was found on the screen.");
        hint = tr("Make sure the whole QR code is visible (not covered by another window), or pick the part of "
                  "the screen where it is.");
        break;
    case ScanSource::File:
        text = tr("No QR code was found in “%1”.").arg(QFileInfo(m_scanFile).fileName());
        hint = tr("Use a picture where the whole QR code is sharp and not cut off.");
        break;
    default:
        text = tr("No QR code was found.");
        break;
    }
    auto* box = new QMessageBox(QMessageBox::Information, tr("No QR code found"), text, QMessageBox::NoButton, this);
    box->setObjectName(u"noCodeFound"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(hint);
    QPushButton* pick = nullptr;
    if (m_scanSource == ScanSource::Screen && !m_screenScanner->lastGrab().isEmpty()) {
        pick = box->addButton(tr("&Pick area…"), QMessageBox::AcceptRole);
        pick->setObjectName(u"pickAreaButton"_s);
        box->setDefaultButton(pick);
    }
    QPushButton* close = box->addButton(tr("Close"), QMessageBox::RejectRole);
    box->setEscapeButton(close);
    connect(box, &QMessageBox::finished, this, [this, box, pick] {
        if (pick && box->clickedButton() == pick) {
            pickScreenRegion();
        }
    });
    box->open();
}

void MainWindow::pickScreenRegion()
{
    auto* group = new RegionPickerGroup(m_screenScanner->lastGrab(), this);
    group->setObjectName(u"regionPicker"_s);
    connect(group, &RegionPickerGroup::regionPicked, this, [this, group](const QRect& region) {
        group->deleteLater();
        setScanning(ScanSource::Screen);
        m_screenScanner->scanRegion(region);
    });
    connect(group, &RegionPickerGroup::cancelled, group, &QObject::deleteLater);
    group->show();
}

void MainWindow::showFindings(ScanFindings findings)
{
    auto* dialog = new ImportDialog(findings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto candidates = std::make_shared<std::vector<ImportCandidate>>(std::move(findings.accounts));
    const bool incomplete = findings.migration && !findings.migration->complete();
    // The image file, or a screenshot the Wayland portal saved: both hold the secret.
    const QString file =
        m_scanSource == ScanSource::File || m_scanSource == ScanSource::Screen ? m_scanFile : QString();
    connect(dialog, &QDialog::finished, this, [this, dialog, candidates, incomplete, file](int result) {
        if (result == ImportDialog::ScanNextPart) {
            candidates->clear(); // the parts stay in m_import until the export is complete
            scanAgain();
            return;
        }
        if (result != QDialog::Accepted) {
            m_import->forgetMigration();
            candidates->clear();
            return;
        }
        if (incomplete) {
            m_import->forgetMigration(); // adding part of an export ends it
        }
        QPointer<MainWindow> self(this);
        m_import->apply(std::move(*candidates), dialog->choices(), [self, file](const ImportReport& report) {
            if (!self) {
                return;
            }
            if (!report.failures.isEmpty()) {
                messageBox(QMessageBox::Warning, tr("Not everything was added"), report.failures.join(u'\n'),
                           u"importFailures"_s, self)
                    ->open();
            }
            if (report.added == 0) {
                return;
            }
            self->m_toast->showMessage(report.replaced == report.added
                                           ? tr("%n account(s) replaced", nullptr, report.replaced)
                                           : tr("%n account(s) added", nullptr, report.added));
            self->selectId(report.addedIds.last());
            if (!file.isEmpty()) {
                self->offerToDeleteImage(file);
            }
        });
    });
    dialog->open();
}

void MainWindow::scanAgain()
{
    switch (m_scanSource) {
    case ScanSource::Screen:
        scanScreen();
        break;
    case ScanSource::Camera:
        scanCamera();
        break;
    case ScanSource::File:
        scanImageFile();
        break;
    case ScanSource::Clipboard:
        scanClipboard();
        break;
    case ScanSource::Link:
    case ScanSource::None:
        break;
    }
}

void MainWindow::offerToDeleteImage(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete the image?"),
                                tr("“%1” holds the account's secret key: anyone who has the file can make its "
                                   "codes. Delete it now?")
                                    .arg(QFileInfo(path).fileName()),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"deleteImage"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* remove = box->addButton(tr("&Delete file"), QMessageBox::DestructiveRole);
    remove->setObjectName(u"deleteFileButton"_s);
    QPushButton* keep = box->addButton(tr("&Keep"), QMessageBox::RejectRole);
    box->setDefaultButton(remove);
    box->setEscapeButton(keep);
    connect(box, &QMessageBox::finished, this, [this, box, remove, path] {
        if (box->clickedButton() != remove) {
            return;
        }
        QFile file(path);
        if (file.remove()) {
            m_toast->showMessage(tr("Image deleted"));
        } else {
            messageBox(QMessageBox::Warning, tr("Delete the image?"),
                       tr("“%1” could not be deleted: %2").arg(QFileInfo(path).fileName(), file.errorString()),
                       u"deleteImageFailed"_s, this)
                ->open();
        }
    });
    box->open();
}

} // namespace sandi
