#pragma once
// The main window: one list of accounts with their codes, a filter field, the actions (scan a QR
// code, add, edit, delete, copy, reorder, settings, quit), a banner for store problems and a toast
// for "copied". It forwards every intent to app/ services and paints what they report.

#include "app/manualentry.h"

#include <QMainWindow>

#include <functional>

class QAction;
class QLabel;
class QMimeData;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace sandi {

class AccountFilterModel;
class AccountListModel;
class AccountStore;
class Autostart;
class AccountView;
class ApprovalPanel;
class ApprovalService;
class Banner;
class ClipboardScanner;
class ClockService;
class ClipboardGuard;
class CodeCopier;
class FileScanner;
class ScanImport;
class ScreenScanner;
class Settings;
class Ticker;
class Toast;
struct ApprovalPrompt;
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
    ClockService* clock = nullptr;  // may be null: no clock banner
    Autostart* autostart = nullptr; // start at login; without it the settings do not offer it
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

    // The account under the cursor, or an empty string.
    [[nodiscard]] QString currentId() const;

    // For tests and the tray: the widgets the user works with.
    [[nodiscard]] AccountView* view() const { return m_view; }
    [[nodiscard]] QLineEdit* filterField() const { return m_filter; }
    [[nodiscard]] Banner* banner() const { return m_banner; }
    [[nodiscard]] Toast* toast() const { return m_toast; }
    [[nodiscard]] bool showsEmptyState() const;

    // Login approval (mainwindowapproval.cpp): prompts from `service` (outlives the window) show
    // in place of the list, and the window comes to the front. `nowMs`: the service's clock.
    void setApprovalService(ApprovalService* service, std::function<qint64()> nowMs);
    [[nodiscard]] ApprovalPanel* approvalPanel() const { return m_approvalPanel; }

Q_SIGNALS:
    void quitRequested();
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
    void openSettings();
    void showAbout();
    void onLoaded(const LoadReport& report);
    void onSecretFailed(const QString& id, const SecretResult& result);
    void onReadOnlyChanged(bool readOnly);
    void retryKeychain();
    void onSecretLoaded();
    void updateSecretsBanner();
    void connectClock();
    void updateClockBanner();
    void showOperationResult(const StoreResult& result, const QString& success);

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
    ScanSource m_scanSource = ScanSource::None; // the scan running, or the last one (for "scan next part")
    QString m_scanFile;                         // the image file of a File scan
    QStringList m_pendingTexts;                 // links that arrived before the list was loaded
    ApprovalService* m_approval = nullptr;
    ApprovalPanel* m_approvalPanel = nullptr;
    bool m_scanBusy = false;
    bool m_loaded = false;
    bool m_trayAvailable = false;
};

} // namespace sandi
