#pragma once
// The main window: one list of accounts with their codes, a filter field, the actions (scan a QR
// code, add, edit, delete, copy, reorder, settings, quit), a banner for store problems and a toast
// for "copied". It forwards every intent to app/ services and paints what they report.

#include "app/approval/approvalprompt.h"
#include "app/manualentry.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

class QAction;
class QLabel;
class QMimeData;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace sandi {

class AccountFilterModel;
class AppLock;
class LockPage;
class AccountListModel;
class AccountStore;
class Autostart;
class AccountView;
class BackupService;

class ApprovalPanel;
class ApprovalService;
class Banner;
class ClipboardScanner;
class ClockService;
class ClipboardGuard;
class CodeCopier;
class FileScanner;
class ScanImport;
class SettingsDialog;
class ScreenScanner;
class Settings;
class Ticker;
class Toast;
class TransferActions;

struct LoadReport;
struct ScanFindings;
struct ScanResult;
struct SecretResult;
struct StoreResult;

// The services the window works with; all outlive it.
struct MainWindowServices
{
    AccountStore* store = nullptr;
    AccountListModel* model = nullptr;
    CodeCopier* copier = nullptr;
    ClipboardGuard* clipboard = nullptr;
    Ticker* ticker = nullptr;
    Settings* settings = nullptr;
    ClockService* clock = nullptr;   // may be null: no clock banner
    Autostart* autostart = nullptr;  // start at login; without it the settings do not offer it
    AppLock* lock = nullptr;         // the app lock; without it there is none
    BackupService* backup = nullptr; // automatic backups; without it no backup note or settings section
};

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(MainWindowServices services, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Whether a tray icon exists; without one, closing the window quits.
    void setTrayAvailable(bool available) { m_trayAvailable = available; }

    // Opens the add dialog, prefilled from a link when `prefill` is given.
    void addAccount(const ManualEntry* prefill = nullptr);
    // A problem with something passed on the command line (an invalid link).
    void showArgumentError(const QString& message);

    // Scanning (mainwindowscan.cpp). Each ends in the "Add account?" dialog, or says why not.
    void scanScreen();
    void scanCamera();
    void scanImageFile(const QString& path = {}); // asks for a file when `path` is empty
    void scanClipboard();
    // Texts that came from elsewhere: an otpauth:// link on the command line or from a second launch.
    void importTexts(const QStringList& texts);
    [[nodiscard]] ScreenScanner* screenScanner() const { return m_screenScanner; }
    // Import, restore, export and the QR code of one account (ui/transferactions.h).
    [[nodiscard]] TransferActions* transfer() const { return m_transfer; }

    // The account under the cursor, or an empty string.
    [[nodiscard]] QString currentId() const;

    // For tests and the tray: the widgets the user works with.
    [[nodiscard]] AccountView* view() const { return m_view; }
    [[nodiscard]] QLineEdit* filterField() const { return m_filter; }
    [[nodiscard]] Banner* banner() const { return m_banner; }
    [[nodiscard]] Toast* toast() const { return m_toast; }
    [[nodiscard]] bool showsEmptyState() const;
    // The quiet note at the bottom when the accounts have no working backup (null without backups).
    [[nodiscard]] QLabel* backupNote() const { return m_backupNote; }

    // App lock (mainwindowlock.cpp). While locked the window shows only the unlock page, and the
    // account list has no rows. Open dialogs are closed when it locks, except those with the
    // dynamic property kKeepWhenLocked set to true (an approval prompt): they are hidden, and
    // shown again after unlocking.
    static constexpr const char* kKeepWhenLocked = "sandiKeepWhenLocked";
    [[nodiscard]] bool isLocked() const;
    // "Lock Sandi" (Ctrl+L), for the tray menu too; visible while a lock password is set.
    [[nodiscard]] QAction* lockAction() const { return m_lockAction; }
    [[nodiscard]] LockPage* lockPage() const { return m_lockPage; }

    // Login approval (mainwindowapproval.cpp): prompts from `service` (outlives the window) show
    // in place of the list, and the window comes to the front. `nowMs`: the service's clock.
    void setApprovalService(ApprovalService* service, std::function<qint64()> nowMs);
    [[nodiscard]] ApprovalPanel* approvalPanel() const { return m_approvalPanel; }

Q_SIGNALS:
    void quitRequested();
    // "Restore from backup…" was chosen in the settings: the restore flow (an import of a Sandi
    // backup) takes over.
    void restoreRequested();

    // A login request arrived while the window was hidden or minimised: main.cpp shows this as a
    // system notification through the tray icon.
    void notificationRequested(const QString& title, const QString& text);

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // mainwindow.cpp: layout and plumbing
    void buildActions();
    void buildMenusAndToolbar();
    QWidget* buildListPage();
    QWidget* buildEmptyPage();
    void connectStore();
    void updateActions();
    void updatePage();
    void updateTicking();
    void focusFilterWith(const QString& text);
    void selectId(const QString& id);

    // mainwindowactions.cpp: what the actions do
    void copyIndex(const QModelIndex& proxyIndex);
    void copyCurrent();
    void editCurrent();
    void deleteCurrent();
    void moveCurrent(int delta);
    // Opens the settings dialog (window-modal) and returns it, so a caller can bring up one tab.
    SettingsDialog* openSettings();
    void showAbout();
    void onLoaded(const LoadReport& report);
    void onSecretFailed(const QString& id, const SecretResult& result);
    void onReadOnlyChanged(bool readOnly);
    void retryKeychain();
    void onSecretLoaded();
    void updateSecretsBanner();
    void connectClock();
    void updateClockBanner();
    // mainwindowbackup.cpp: the note that says the accounts have no working backup
    void connectBackup();
    void updateBackupNote();
    void showOperationResult(const StoreResult& result, const QString& success);

    // mainwindowlock.cpp: the app lock
    void buildLock();
    void onLockedChanged(bool locked);
    void closeForLock();
    void applyLockToActions();

    // mainwindowscan.cpp: from a scan to an account
    enum class ScanSource
    {
        None,
        Screen,
        Camera,
        File,
        Clipboard,
        Link,
    };
    void buildScanning();
    void scanMimeData(const QMimeData* data);
    void onScanFinished(const ScanResult& result);
    void noCodeFound();
    void pickScreenRegion();
    void showFindings(ScanFindings findings);
    void scanAgain();
    void offerToDeleteImage(const QString& path);
    void setScanning(ScanSource source, const QString& filePath = {});

    // mainwindowapproval.cpp: login approval
    void onPromptAdded(const ApprovalPrompt& prompt);
    void onLockedForApproval(bool locked); // the app lock: empty the prompt, fill it again after
    void showApprovalPanel(bool show);
    void onEnrollmentFinished(const QString& accountId, bool ok, const QString& detail);
    void onApprovalStateChanged(const QString& accountId);

    MainWindowServices m_services;
    AccountFilterModel* m_proxy = nullptr;
    QStackedWidget* m_pages = nullptr;
    Banner* m_banner = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_noMatch = nullptr;
    AccountView* m_view = nullptr;
    QPushButton* m_emptyAdd = nullptr;
    QPushButton* m_emptyRestore = nullptr;
    Toast* m_toast = nullptr;
    QAction* m_addAction = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_moveUpAction = nullptr;
    QAction* m_moveDownAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_scanScreenAction = nullptr;
    QAction* m_scanCameraAction = nullptr;
    QAction* m_scanFileAction = nullptr;
    QAction* m_pasteAction = nullptr;
    QPushButton* m_emptyScan = nullptr;
    ScanImport* m_import = nullptr;
    ScreenScanner* m_screenScanner = nullptr;
    FileScanner* m_fileScanner = nullptr;
    ClipboardScanner* m_clipboardScanner = nullptr;
    TransferActions* m_transfer = nullptr;
    ScanSource m_scanSource = ScanSource::None; // the scan running, or the last one (for "scan next part")
    QString m_scanFile;                         // the image file of a File scan
    QStringList m_pendingTexts;                 // links that arrived before the list was loaded
    QLabel* m_backupNote = nullptr;

    ApprovalService* m_approval = nullptr;
    ApprovalPanel* m_approvalPanel = nullptr;
    QList<ApprovalPrompt> m_waitingPrompts; // arrived or queued while locked: shown after the unlock
    bool m_scanBusy = false;
    bool m_loaded = false;
    bool m_trayAvailable = false;
    QStackedWidget* m_lockStack = nullptr; // the window's pages, or the unlock page
    LockPage* m_lockPage = nullptr;
    QAction* m_lockAction = nullptr;
    QList<QPointer<QAction>> m_disabledByLock; // other actions to enable again after unlocking
    QList<QPointer<QWidget>> m_hiddenByLock;   // kKeepWhenLocked dialogs to show again
};

} // namespace sandi
