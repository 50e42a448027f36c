#include "ui/mainwindow.h"

#include "app/accountfiltermodel.h"
#include "app/accountlistmodel.h"
#include "app/clipboardguard.h"
#include "app/codecopier.h"
#include "app/settings.h"
#include "app/store/accountstore.h"
#include "app/ticker.h"
#include "ui/accountdelegate.h"
#include "ui/accountview.h"
#include "ui/appicon.h"
#include "ui/banner.h"
#include "ui/toast.h"
#include "ui/transferactions.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sandi {

namespace {

enum Page
{
    ListPage = 0,
    EmptyPage = 1,
};

} // namespace

MainWindow::MainWindow(MainWindowServices services, QWidget* parent)
    : QMainWindow(parent), m_services(services), m_proxy(new AccountFilterModel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Sandi"));
    setWindowIcon(appIcon());
    m_proxy->setSourceModel(m_services.model);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new Banner(central);
    layout->addWidget(m_banner);
    m_pages = new QStackedWidget(central);
    m_pages->addWidget(buildListPage());
    m_pages->addWidget(buildEmptyPage());
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    m_toast = new Toast(central);

    buildScanning();
    m_transfer = new TransferActions(this, m_services.store, m_toast);
    if (Settings* settings = m_services.settings) {
        m_transfer->setBackupFolder([settings] { return settings->backupFolder(); });
    }
    // "Restore from backup…" in the settings (queued: the settings dialog closes first).
    connect(
        this, &MainWindow::restoreRequested, m_transfer, [this] { m_transfer->restoreFromBackup(); },
        Qt::QueuedConnection);
    connect(m_transfer, &TransferActions::accountsImported, this, &MainWindow::selectId);
    buildActions();
    buildMenusAndToolbar();
    connectStore();
    connectClock();
    buildLock();
    connectBackup();
    setTabOrder(m_filter, m_view);

    const int unit = fontMetrics().height();
    resize(unit * 34, unit * 42);
    updatePage();
    updateActions();
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::buildListPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    const int margin = fontMetrics().height() / 2;
    layout->setContentsMargins(margin, margin, margin, 0);
    m_filter = new QLineEdit(page);
    m_filter->setObjectName(u"filter"_s);
    m_filter->setPlaceholderText(tr("Type to filter by issuer or account (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter accounts"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_noMatch = new QLabel(page);
    m_noMatch->setWordWrap(true);
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->hide();
    layout->addWidget(m_noMatch);
    m_view = new AccountView(page);
    m_view->setObjectName(u"accountList"_s);
    m_view->setAccessibleName(tr("Accounts"));
    m_view->setAccessibleDescription(tr("Press Enter or click to copy the code. Delete removes the account."));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new AccountDelegate(m_view));
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterText(text);
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0) {
            m_view->setCurrentIndex(m_proxy->index(0, 0));
        }
        updatePage();
    });
    connect(m_filter, &QLineEdit::returnPressed, this, &MainWindow::copyCurrent);
    m_filter->installEventFilter(this);
    connect(m_view, &AccountView::copyRequested, this, &MainWindow::copyIndex);
    connect(m_view, &AccountView::textTyped, this, &MainWindow::focusFilterWith);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateActions);
    return page;
}

QWidget* MainWindow::buildEmptyPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    const int unit = fontMetrics().height();
    layout->setContentsMargins(unit * 2, unit * 2, unit * 2, unit * 2);
    layout->addStretch(2);
    auto* title = new QLabel(tr("No accounts yet"), page);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto* sentence = new QLabel(tr("Add the account you log in with, for example your SPSE user ID: open the "
                                   "activation page with its QR code (SPSE: Aktivasi TOTP), then scan it here."),
                                page);
    sentence->setWordWrap(true);
    sentence->setAlignment(Qt::AlignCenter);
    layout->addWidget(sentence);
    layout->addSpacing(unit);
    m_emptyScan = new QPushButton(tr("Scan QR code on screen"), page);
    m_emptyScan->setObjectName(u"emptyScanButton"_s);
    m_emptyScan->setAccessibleName(tr("Scan QR code on screen"));
    m_emptyScan->setDefault(true);
    QFont buttonFont = m_emptyScan->font();
    buttonFont.setPointSizeF(buttonFont.pointSizeF() * 1.25);
    m_emptyScan->setFont(buttonFont);
    m_emptyScan->setMinimumHeight(unit * 3);
    m_emptyScan->setMinimumWidth(unit * 14);
    m_emptyScan->setIcon(themedIcon("zoom-select"));
    layout->addWidget(m_emptyScan, 0, Qt::AlignHCenter);
    connect(m_emptyScan, &QPushButton::clicked, this, &MainWindow::scanScreen);
    layout->addSpacing(unit / 2);
    m_emptyAdd = new QPushButton(tr("Enter the secret key instead…"), page);
    m_emptyAdd->setObjectName(u"emptyAddButton"_s);
    m_emptyAdd->setAccessibleName(tr("Add account by typing its secret key"));
    m_emptyAdd->setFlat(true);
    m_emptyAdd->setAutoDefault(true); // Enter works on it once focused, as on the scan button
    layout->addWidget(m_emptyAdd, 0, Qt::AlignHCenter);
    // A new computer or a wiped keychain also starts here: the way back to the accounts.
    m_emptyRestore = new QPushButton(tr("Restore from a backup…"), page);
    m_emptyRestore->setObjectName(u"emptyRestoreButton"_s);
    m_emptyRestore->setAccessibleName(tr("Restore accounts from a backup file"));
    m_emptyRestore->setFlat(true);
    m_emptyRestore->setAutoDefault(true);
    layout->addWidget(m_emptyRestore, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    connect(m_emptyAdd, &QPushButton::clicked, this, [this] { addAccount(); });
    connect(m_emptyRestore, &QPushButton::clicked, this, [this] { m_transfer->restoreFromBackup(); });
    return page;
}

void MainWindow::buildActions()
{
    const auto make = [this](const QString& text, const QKeySequence& key, const char* icon) {
        auto* action = new QAction(themedIcon(icon), text, this);
        action->setShortcut(key);
        return action;
    };
    m_addAction = make(tr("&Add account…"), QKeySequence::New, "list-add");
    m_addAction->setIconText(tr("Add account"));
    m_copyAction = make(tr("&Copy code"), QKeySequence::Copy, "edit-copy");
    m_editAction = make(tr("&Edit account…"), QKeySequence(Qt::Key_F2), "document-edit");
    m_editAction->setIconText(tr("Edit"));
    m_deleteAction = make(tr("&Delete account…"), QKeySequence::Delete, "edit-delete");
    m_deleteAction->setIconText(tr("Delete"));
    m_moveUpAction = make(tr("Move &up"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up), "go-up");
    m_moveDownAction = make(tr("Move do&wn"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down), "go-down");
    m_settingsAction = make(tr("&Settings…"), QKeySequence(), "configure");
    m_settingsAction->setIconText(tr("Settings"));
    m_quitAction = make(tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), "application-exit");
    m_findAction = make(tr("&Filter"), QKeySequence::Find, "edit-find");
    m_scanScreenAction = make(tr("Scan &screen"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), "zoom-select");
    m_scanScreenAction->setIconText(tr("Scan screen"));
    m_scanScreenAction->setToolTip(tr("Find the activation QR code on the screen (Ctrl+Shift+S)"));
    m_scanCameraAction = make(tr("Scan with &camera…"), QKeySequence(), "camera-web");
    m_scanFileAction = make(tr("Scan &image file…"), QKeySequence::Open, "document-open");
    // Ctrl+V pastes into the filter field while it has focus (QLineEdit takes the shortcut first).
    m_pasteAction = make(tr("&Paste QR code or link"), QKeySequence::Paste, "edit-paste");
    // List actions only fire while the list has focus, so that Ctrl+C and Delete keep working in
    // the filter field.
    for (QAction* action : {m_copyAction, m_editAction, m_deleteAction, m_moveUpAction, m_moveDownAction}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(action);
    }
    for (QAction* action : {m_addAction, m_settingsAction, m_quitAction, m_findAction, m_scanScreenAction,
                            m_scanCameraAction, m_scanFileAction, m_pasteAction}) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }
    connect(m_addAction, &QAction::triggered, this, [this] { addAccount(); });
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copyCurrent);
    connect(m_editAction, &QAction::triggered, this, &MainWindow::editCurrent);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteCurrent);
    connect(m_moveUpAction, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(m_moveDownAction, &QAction::triggered, this, [this] { moveCurrent(+1); });
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::quitRequested);
    connect(m_findAction, &QAction::triggered, this, [this] { focusFilterWith({}); });
    connect(m_scanScreenAction, &QAction::triggered, this, &MainWindow::scanScreen);
    connect(m_scanCameraAction, &QAction::triggered, this, &MainWindow::scanCamera);
    connect(m_scanFileAction, &QAction::triggered, this, [this] { scanImageFile(); });
    connect(m_pasteAction, &QAction::triggered, this, &MainWindow::scanClipboard);
}

void MainWindow::buildMenusAndToolbar()
{
    QMenu* accounts = menuBar()->addMenu(tr("&Accounts"));
    accounts->addAction(m_scanScreenAction);
    accounts->addAction(m_scanCameraAction);
    accounts->addAction(m_scanFileAction);
    accounts->addAction(m_pasteAction);
    accounts->addAction(m_addAction);
    accounts->addSeparator();
    m_transfer->addImportActions(accounts);
    accounts->addSeparator();
    accounts->addAction(m_copyAction);
    accounts->addAction(m_editAction);
    accounts->addAction(m_deleteAction);
    accounts->addSeparator();
    m_transfer->addExportActions(accounts);
    accounts->addSeparator();
    accounts->addAction(m_moveUpAction);
    accounts->addAction(m_moveDownAction);
    accounts->addSeparator();
    accounts->addAction(m_findAction);
    accounts->addAction(m_settingsAction);
    accounts->addSeparator();
    accounts->addAction(m_quitAction);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(themedIcon("help-about"), tr("&About Sandi"), this, &MainWindow::showAbout);

    QToolBar* bar = addToolBar(tr("Actions"));
    bar->setObjectName(u"toolbar"_s);
    bar->setAccessibleName(tr("Actions"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_scanScreenAction);
    bar->addAction(m_addAction);
    bar->addAction(m_editAction);
    bar->addAction(m_deleteAction);
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addAction(m_settingsAction);
}

void MainWindow::connectStore()
{
    AccountStore* store = m_services.store;
    connect(store, &AccountStore::loaded, this, &MainWindow::onLoaded);
    connect(store, &AccountStore::secretFailed, this, &MainWindow::onSecretFailed);
    connect(store, &AccountStore::readOnlyChanged, this, &MainWindow::onReadOnlyChanged);
    connect(store, &AccountStore::secretLoaded, this, &MainWindow::onSecretLoaded);
    connect(m_services.model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateSecretsBanner);
    connect(m_services.model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updatePage);
    connect(m_services.model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updatePage);
    connect(m_services.model, &QAbstractItemModel::modelReset, this, &MainWindow::updatePage);
    connect(m_services.copier, &CodeCopier::copied, this, [this](const QString&) {
        const int seconds = m_services.clipboard ? m_services.clipboard->clearAfterSeconds() : 0;
        m_toast->showMessage(tr("Code copied"),
                             seconds > 0 ? tr("It is cleared from the clipboard in %n second(s).", nullptr, seconds)
                                         : QString());
    });
    connect(m_services.copier, &CodeCopier::copyFailed, this,
            [this](const QString&, const QString& message) { m_toast->showMessage(tr("Not copied"), message); });
}

void MainWindow::updateActions()
{
    const bool hasCurrent = !currentId().isEmpty();
    const bool writable = !m_services.store->readOnly();
    m_addAction->setEnabled(writable);
    m_emptyAdd->setEnabled(writable);
    m_emptyRestore->setEnabled(writable);
    for (QAction* scan : {m_scanScreenAction, m_scanCameraAction, m_scanFileAction, m_pasteAction}) {
        scan->setEnabled(writable && !m_scanBusy);
    }
    m_emptyScan->setEnabled(writable && !m_scanBusy);
    m_copyAction->setEnabled(hasCurrent);
    m_editAction->setEnabled(hasCurrent && writable);
    m_deleteAction->setEnabled(hasCurrent && writable);
    const int row = m_view->currentIndex().row();
    const bool unfiltered = m_proxy->filterText().isEmpty();
    m_moveUpAction->setEnabled(hasCurrent && writable && unfiltered && row > 0);
    m_moveDownAction->setEnabled(hasCurrent && writable && unfiltered && row + 1 < m_proxy->rowCount());
    m_transfer->update(currentId());
    applyLockToActions(); // last: the lock disables what the others enabled
}

void MainWindow::updatePage()
{
    if (isLocked()) {
        updateActions(); // the pages stay behind the unlock page, without focus; unlocking updates them
        return;
    }
    const bool empty = m_services.model->rowCount() == 0;
    const bool showEmpty = m_loaded && empty;
    const bool hadFocus = m_pages->currentIndex() == EmptyPage && (m_emptyAdd->hasFocus() || m_emptyScan->hasFocus());
    m_pages->setCurrentIndex(showEmpty ? EmptyPage : ListPage);
    if (showEmpty && isVisible()) {
        m_emptyScan->setFocus();
    } else if (hadFocus) {
        m_view->setFocus();
    }
    const bool noMatch = !empty && m_proxy->rowCount() == 0;
    m_noMatch->setText(noMatch ? tr("No account matches “%1”.").arg(m_proxy->filterText()) : QString());
    m_noMatch->setVisible(noMatch);
    updateActions();
}

bool MainWindow::showsEmptyState() const
{
    return m_pages->currentIndex() == EmptyPage;
}

void MainWindow::updateTicking()
{
    if (isVisible() && !isMinimized() && !isLocked()) {
        if (!m_services.ticker->isActive()) {
            m_services.ticker->start();
        }
    } else {
        m_services.ticker->stop();
    }
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    updateTicking();
}

void MainWindow::hideEvent(QHideEvent* event)
{
    QMainWindow::hideEvent(event);
    updateTicking();
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange) {
        updateTicking();
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_trayAvailable && m_services.settings->closeToTray()) {
        hide(); // the tray icon brings it back
        event->ignore();
        return;
    }
    event->accept();
    Q_EMIT quitRequested();
}

void MainWindow::keyPressEvent(QKeyEvent* event)
{
    // Typing anywhere in the window (outside text fields, which take their keys first) filters.
    const QString text = event->text();
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (plain && !text.isEmpty() && text.at(0).isPrint() && !text.at(0).isSpace() &&
        m_pages->currentIndex() == ListPage) {
        focusFilterWith(text);
        return;
    }
    QMainWindow::keyPressEvent(event);
}

void MainWindow::focusFilterWith(const QString& text)
{
    if (m_pages->currentIndex() != ListPage || isLocked()) {
        return;
    }
    m_filter->setFocus(Qt::ShortcutFocusReason);
    if (text.isEmpty()) {
        m_filter->selectAll();
    } else {
        m_filter->insert(text);
    }
}

QString MainWindow::currentId() const
{
    return m_view->currentIndex().data(AccountListModel::IdRole).toString();
}

void MainWindow::selectId(const QString& id)
{
    const QModelIndex source = m_services.model->indexOfId(id);
    QModelIndex proxy = m_proxy->mapFromSource(source);
    if (source.isValid() && !proxy.isValid()) {
        m_filter->clear(); // the filter hides it: show everything
        proxy = m_proxy->mapFromSource(source);
    }
    if (proxy.isValid()) {
        m_view->setCurrentIndex(proxy);
        m_view->scrollTo(proxy);
    }
}

} // namespace sandi
