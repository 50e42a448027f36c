// MainWindow and the app lock (app/lock/applock.h). While locked:
//  - the central widget shows only the unlock page (the list, filter, banner and toast are on the
//    other page of m_lockStack);
//  - the filter model has no source model, so the view (and the accessibility tree) has no row at
//    all: no code, no name, not even how many accounts there are; the ticker stops, so no code is
//    computed;
//  - every action of the menus and the toolbar is disabled except Quit, and our code is taken off
//    the clipboard;
//  - open dialogs are closed, except kKeepWhenLocked ones, which are hidden until unlocking;
//  - links from the command line or a second launch wait for the unlock.

#include "app/accountfiltermodel.h"
#include "app/accountlistmodel.h"
#include "app/clipboardguard.h"
#include "app/lock/applock.h"
#include "ui/accountview.h"
#include "ui/appicon.h"
#include "ui/lockpage.h"
#include "ui/mainwindow.h"
#include "ui/regionpicker.h"
#include "ui/toast.h"
#include "ui/trayicon.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolBar>

#include <utility>

using namespace Qt::StringLiterals;

namespace sandi {

void MainWindow::buildLock()
{
    m_lockAction = new QAction(themedIcon("system-lock-screen"), tr("&Lock Sandi"), this);
    m_lockAction->setObjectName(u"lockAction"_s);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::WindowShortcut);
    m_lockAction->setVisible(false);
    addAction(m_lockAction);
    for (QObject* owner : m_quitAction->associatedObjects()) {
        if (auto* menu = qobject_cast<QMenu*>(owner)) {
            menu->insertAction(m_quitAction, m_lockAction); // just above Quit
            break;
        }
    }
    AppLock* lock = m_services.lock;
    if (!lock) {
        return;
    }
    QWidget* pages = takeCentralWidget();
    m_lockStack = new QStackedWidget(this);
    m_lockStack->addWidget(pages);
    m_lockPage = new LockPage(lock, m_lockStack);
    m_lockStack->addWidget(m_lockPage);
    setCentralWidget(m_lockStack);

    connect(m_lockAction, &QAction::triggered, lock, &AppLock::lock);
    connect(lock, &AppLock::lockedChanged, this, &MainWindow::onLockedChanged);
    connect(lock, &AppLock::enabledChanged, this, &MainWindow::updateActions);
    connect(lock, &AppLock::unlockRequested, this, [this](const QString& reason) {
        m_lockPage->setReason(reason);
        TrayIcon::raiseWindow(this);
        m_lockPage->focusPassword();
    });
    if (lock->locked()) {
        onLockedChanged(true);
    }
}

bool MainWindow::isLocked() const
{
    return m_services.lock && m_services.lock->locked();
}

void MainWindow::onLockedChanged(bool locked)
{
    if (locked) {
        closeForLock();
        m_toast->hide();
        m_filter->clear();
        m_proxy->setSourceModel(nullptr);
        m_lockStack->setCurrentWidget(m_lockPage);
        m_lockPage->reset();
        m_lockPage->focusPassword();
        if (m_services.clipboard) {
            m_services.clipboard->clearIfOurs();
        }
    } else {
        m_proxy->setSourceModel(m_services.model);
        m_lockStack->setCurrentIndex(0);
        for (const QPointer<QAction>& action : std::exchange(m_disabledByLock, {})) {
            if (action) {
                action->setEnabled(true);
            }
        }
    }
    updateTicking();
    updatePage();
    if (locked) {
        return;
    }
    if (!showsEmptyState()) {
        m_view->setFocus();
    }
    for (const QPointer<QWidget>& widget : std::exchange(m_hiddenByLock, {})) {
        if (widget) {
            widget->show();
        }
    }
    if (m_loaded && !m_pendingTexts.isEmpty()) {
        importTexts(std::exchange(m_pendingTexts, {}));
    }
}

void MainWindow::closeForLock()
{
    // Dialogs show names (edit, delete, add, import) or the screen (the region picker, the camera).
    for (QDialog* dialog : findChildren<QDialog*>()) {
        if (!dialog->isVisible()) {
            continue;
        }
        if (dialog->property(kKeepWhenLocked).toBool()) {
            m_hiddenByLock.append(dialog);
            dialog->hide();
        } else {
            dialog->reject();
        }
    }
    for (RegionPickerGroup* picker : findChildren<RegionPickerGroup*>()) {
        picker->deleteLater();
    }
    if (QWidget* popup = QApplication::activePopupWidget()) {
        popup->close(); // a menu opened from the window
    }
}

void MainWindow::applyLockToActions()
{
    const bool locked = isLocked();
    m_lockAction->setVisible(m_services.lock && m_services.lock->enabled());
    m_lockAction->setEnabled(m_services.lock && !locked);
    if (!locked) {
        return;
    }
    m_emptyAdd->setEnabled(false);
    m_emptyScan->setEnabled(false);
    // Every action of the menus and the toolbar, also those other parts of Sandi add, except Quit.
    QList<QAction*> all = actions();
    for (QMenu* menu : menuBar()->findChildren<QMenu*>()) {
        all += menu->actions();
    }
    for (QToolBar* bar : findChildren<QToolBar*>()) {
        all += bar->actions();
    }
    // The ones updateActions() sets; every other one is enabled again as it was.
    const QList<QAction*> ours = {m_addAction,      m_copyAction,     m_editAction,       m_deleteAction,
                                  m_moveUpAction,   m_moveDownAction, m_scanScreenAction, m_scanCameraAction,
                                  m_scanFileAction, m_pasteAction};
    for (QAction* action : std::as_const(all)) {
        if (action == m_quitAction || action == m_lockAction || action->menu() || action->isSeparator() ||
            !action->isEnabled()) {
            continue;
        }
        action->setEnabled(false);
        if (!ours.contains(action) && !m_disabledByLock.contains(action)) {
            m_disabledByLock.append(action);
        }
    }
}

} // namespace sandi
