// MainWindow: what its actions do. Each one forwards to an app service and shows the outcome.

#include "ui/mainwindow.h"

#include "app/accountfiltermodel.h"
#include "app/accountlistmodel.h"
#include "app/codecopier.h"
#include "app/settings.h"
#include "app/store/accountstore.h"
#include "app/store/storemessages.h"
#include "ui/aboutdialog.h"
#include "ui/accountview.h"
#include "ui/adddialog.h"
#include "ui/banner.h"
#include "ui/editdialog.h"
#include "ui/settingsdialog.h"
#include "ui/toast.h"
#include "ui/transferactions.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

#include <utility>

using namespace Qt::StringLiterals;

namespace sandi {

void MainWindow::copyIndex(const QModelIndex& proxyIndex)
{
    if (!proxyIndex.isValid() || isLocked()) {
        return;
    }
    m_view->setCurrentIndex(proxyIndex);
    m_services.copier->copy(proxyIndex.data(AccountListModel::IdRole).toString());
}

void MainWindow::copyCurrent()
{
    QModelIndex index = m_view->currentIndex();
    if (!index.isValid() && m_proxy->rowCount() > 0) {
        index = m_proxy->index(0, 0); // Enter in the filter field: the first match
    }
    copyIndex(index);
}

void MainWindow::addAccount(const ManualEntry* prefill)
{
    if (m_services.store->readOnly()) {
        m_toast->showMessage(tr("Cannot add an account now"), readOnlyText(m_services.store->readOnlyReason()));
        return;
    }
    auto* dialog = new AddDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (prefill) {
        dialog->prefill(*prefill);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto account = dialog->takeAccount();
        if (!account) {
            return;
        }
        QPointer<MainWindow> self(this);
        m_services.store->add(std::move(*account), [self](const StoreResult& result) {
            if (self) {
                self->showOperationResult(result, tr("Account added"));
                if (result.ok()) {
                    self->selectId(result.id);
                }
            }
        });
    });
    dialog->open();
}

void MainWindow::editCurrent()
{
    const QString id = currentId();
    const Account* account = m_services.store->find(id);
    if (!account || m_services.store->readOnly()) {
        return;
    }
    auto* dialog = new EditDialog(account->issuer, account->name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        QPointer<MainWindow> self(this);
        m_services.store->rename(id, dialog->issuer(), dialog->account(), [self](const StoreResult& result) {
            if (self) {
                self->showOperationResult(result, tr("Account saved"));
            }
        });
    });
    dialog->open();
}

void MainWindow::deleteCurrent()
{
    const QString id = currentId();
    const Account* account = m_services.store->find(id);
    if (!account || m_services.store->readOnly()) {
        return;
    }
    const QString who = m_view->currentIndex().data(Qt::DisplayRole).toString();
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete account?"), tr("Delete %1?").arg(who),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"deleteConfirmation"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("The account and its secret key are removed from this computer, including the "
                               "keychain. To get codes for it again you must activate TOTP again (in SPSE: "
                               "Reset TOTP)."));
    QPushButton* remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(u"deleteButton"_s);
    QPushButton* cancel = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    box->setDefaultButton(cancel); // Enter right after Delete must not delete
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::finished, this, [this, box, remove, id] {
        if (box->clickedButton() != remove) {
            return;
        }
        QPointer<MainWindow> self(this);
        m_services.store->remove(id, [self](const StoreResult& result) {
            if (self) {
                self->showOperationResult(result, tr("Account deleted"));
            }
        });
    });
    box->open();
}

void MainWindow::moveCurrent(int delta)
{
    const QString id = currentId();
    const QModelIndex source = m_services.model->indexOfId(id);
    if (!source.isValid() || m_services.store->readOnly()) {
        return;
    }
    const int to = source.row() + delta;
    if (to < 0 || to >= m_services.model->rowCount()) {
        return;
    }
    QPointer<MainWindow> self(this);
    m_services.store->move(id, to, [self, id](const StoreResult& result) {
        if (self) {
            self->showOperationResult(result, QString());
            self->selectId(id);
        }
    });
}

SettingsDialog* MainWindow::openSettings()
{
    auto* dialog = new SettingsDialog(m_services.settings, m_services.clock, m_trayAvailable, this);
    if (m_services.autostart) {
        dialog->setAutostart(m_services.autostart);
    }
    if (m_services.lock) {
        dialog->setAppLock(m_services.lock);
    }
    if (m_services.backup) {
        dialog->setBackup(m_services.backup);
        // Restoring takes over from the settings: they close (keeping their choices) first.
        connect(dialog, &SettingsDialog::restoreRequested, this, [this, dialog] {
            dialog->accept();
            Q_EMIT restoreRequested();
        });
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showArgumentError(const QString& message)
{
    m_banner->setMessage(Banner::Topic::Operation, Banner::Severity::Error, message);
}

void MainWindow::showOperationResult(const StoreResult& result, const QString& success)
{
    if (result.ok()) {
        m_banner->clearMessage(Banner::Topic::Operation);
        if (!success.isEmpty()) {
            m_toast->showMessage(success);
        }
        return;
    }
    m_banner->setMessage(Banner::Topic::Operation, Banner::Severity::Error, storeErrorText(result.error));
}

void MainWindow::onLoaded(const LoadReport& report)
{
    m_loaded = true;
    const QString text = loadReportText(report);
    if (text.isEmpty()) {
        m_banner->clearMessage(Banner::Topic::File);
    } else {
        const bool lost = report.status == LoadStatus::Unreadable;
        m_banner->setMessage(Banner::Topic::File, lost ? Banner::Severity::Error : Banner::Severity::Warning, text);
    }
    onReadOnlyChanged(m_services.store->readOnly());
    updatePage();
    if (!m_pendingTexts.isEmpty()) {
        importTexts(std::exchange(m_pendingTexts, {}));
    }
    if (!showsEmptyState() && m_filter->text().isEmpty() && !isLocked()) {
        m_view->setFocus(); // arrows and Enter work at once; typing still goes to the filter
    }
}

void MainWindow::onSecretFailed(const QString& id, const SecretResult& result)
{
    if (result.status != SecretStatus::NotFound) {
        // Refused or no keychain: one message for all accounts, not one per account. While the
        // store is read-only, the read-only message already says it.
        if (!m_services.store->readOnly()) {
            m_banner->setMessage(Banner::Topic::Keychain, Banner::Severity::Error,
                                 secretStateText(m_services.store->secretState(id)), false, tr("Try again"),
                                 [this] { retryKeychain(); });
        }
        return;
    }
    updateSecretsBanner();
}

void MainWindow::onSecretLoaded()
{
    if (!m_services.store->readOnly()) {
        m_banner->clearMessage(Banner::Topic::Keychain); // the keychain answers again
    }
    updateSecretsBanner();
}

void MainWindow::updateSecretsBanner()
{
    const int missing = m_services.model->count(AccountListModel::State::SecretMissing);
    if (missing == 0) {
        m_banner->clearMessage(Banner::Topic::Secrets);
        return;
    }
    // A lost keychain (a new Windows profile, a reinstall) is what backups are for: offer them first.
    m_banner->setMessage(Banner::Topic::Secrets, Banner::Severity::Warning,
                         tr("%n account(s) have no secret key in the keychain, so no code can be shown for them. "
                            "If you have a backup, restore it: the accounts it holds get their keys back. Otherwise "
                            "delete such an account and add it again (in SPSE: Reset TOTP, then activate again).",
                            nullptr, missing),
                         true, tr("Restore from backup…"), [this] { m_transfer->restoreFromBackup(); });
}

void MainWindow::onReadOnlyChanged(bool readOnly)
{
    if (readOnly) {
        const ReadOnlyReason reason = m_services.store->readOnlyReason();
        if (reason == ReadOnlyReason::KeychainUnavailable) {
            m_banner->setMessage(Banner::Topic::Keychain, Banner::Severity::Error, readOnlyText(reason), false,
                                 tr("Try again"), [this] { retryKeychain(); });
        } else {
            m_banner->setMessage(Banner::Topic::Keychain, Banner::Severity::Error, readOnlyText(reason), false);
        }
    } else {
        m_banner->clearMessage(Banner::Topic::Keychain);
    }
    updateActions();
}

void MainWindow::retryKeychain()
{
    m_toast->showMessage(tr("Asking the keychain again…"));
    m_services.store->retrySecrets(); // the banner goes once the keychain answers
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) {
            m_view->setFocus(Qt::TabFocusReason); // arrows go on in the list
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace sandi
