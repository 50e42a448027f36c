#pragma once
// The window's ways in and out for whole sets of accounts (Accounts menu): "Import from file…",
// "Restore from backup…", "Export backup…", "Export as links…", and per account "Show as QR
// code…". Each forwards to app/transfer/ and shows what it reports; files dropped on the window
// that look like a backup or export come here too.

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QMenu;
class QUrl;
class QWidget;

namespace sandi {

class AccountStore;
class Toast;
struct ExportReport;
struct FileImportReport;

class TransferActions : public QObject
{
    Q_OBJECT
public:
    // `window` parents the dialogs; `store` and `toast` outlive this object.
    TransferActions(QWidget* window, AccountStore* store, Toast* toast);
    ~TransferActions() override;

    void addImportActions(QMenu* menu);
    void addExportActions(QMenu* menu);
    // Enables what makes sense: imports need a writable store, exports some accounts, the QR code
    // a current account whose key is loaded.
    void update(const QString& currentId);

    // A file dropped on the window that is not an image: a backup or an export by its name.
    [[nodiscard]] static bool isImportFile(const QUrl& url);

    // Where "Restore from backup…" looks first: the automatic backups' folder (when it exists),
    // with the newest of Sandi's backups in it selected.
    void setBackupFolder(std::function<QString()> folder);

    [[nodiscard]] QAction* importAction() const { return m_import; }
    [[nodiscard]] QAction* restoreAction() const { return m_restore; }
    [[nodiscard]] QAction* exportBackupAction() const { return m_exportBackup; }
    [[nodiscard]] QAction* exportLinksAction() const { return m_exportLinks; }
    [[nodiscard]] QAction* showQrAction() const { return m_showQr; }

public Q_SLOTS:
    // Each asks for the file when `path` is empty (a window-modal QFileDialog, "transferFileDialog").
    void importFromFile(const QString& path = {});
    void restoreFromBackup(const QString& path = {});
    void exportBackup(const QString& path = {});
    void exportLinks(const QString& path = {});
    // Asks first, then opens the QR window for account `id`.
    void showQrCode(const QString& id);

Q_SIGNALS:
    // Accounts were added by an import; `lastId` is the last one, for the window to select.
    void accountsImported(const QString& lastId);

private:
    // A window-modal file dialog; `then` gets the chosen file (not called when cancelled).
    void chooseFile(bool save, const QString& title, const QString& start, const QString& filter,
                    std::function<void(const QString&)> then);
    void writeLinks(const QString& path);
    void openImport(const QString& path, bool restore);
    void onImported(const FileImportReport& report);
    void onExported(const ExportReport& report, bool links);
    void openQrWindow(const QString& id);

    QWidget* m_window;
    AccountStore* m_store;
    Toast* m_toast;
    QString m_currentId;
    std::function<QString()> m_backupFolder;
    QAction* m_import;
    QAction* m_restore;
    QAction* m_exportBackup;
    QAction* m_exportLinks;
    QAction* m_showQr;
};

} // namespace sandi
