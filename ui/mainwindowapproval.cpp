// MainWindow and login approval: a login request brings the window to the front (and a system
// notification when it was hidden in the tray) and shows the prompt in place of the list; the
// account rows show each account's approval state; activation results after a scan are reported.
//
// The category sandi.approval.ui (off by default; QT_LOGGING_RULES="sandi.approval.ui.debug=true")
// notes what the user sees, for the end-to-end test and the latency benchmark: prompts shown, armed,
// painted (with a CLOCK_MONOTONIC time) and ended, answers given and row states. No secrets: the
// three numbers are on the screen anyway and do not say which one the browser shows.

#include "app/accountlistmodel.h"
#include "app/approval/approvalservice.h"
#include "app/lock/applock.h"
#include "app/startupreport.h"
#include "ui/accountview.h"
#include "ui/approval/approvalpanel.h"
#include "ui/banner.h"
#include "ui/mainwindow.h"
#include "ui/toast.h"
#include "ui/trayicon.h"

#include <QLoggingCategory>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace sandi {

namespace {

Q_LOGGING_CATEGORY(lcApprovalUi, "sandi.approval.ui", QtWarningMsg)

const char* endName(PromptEnd end)
{
    switch (end) {
    case PromptEnd::Approved:
        return "Approved";
    case PromptEnd::Denied:
        return "Denied";
    case PromptEnd::WrongNumber:
        return "WrongNumber";
    case PromptEnd::Expired:
        return "Expired";
    case PromptEnd::AnsweredElsewhere:
        return "AnsweredElsewhere";
    case PromptEnd::Revoked:
        return "Revoked";
    case PromptEnd::Failed:
        break;
    }
    return "Failed";
}

const char* stateName(ApprovalState state)
{
    switch (state) {
    case ApprovalState::None:
        return "None";
    case ApprovalState::Enrolling:
        return "Enrolling";
    case ApprovalState::Active:
        return "Active";
    case ApprovalState::Revoked:
        return "Revoked";
    case ApprovalState::EnrollFailed:
        break;
    }
    return "EnrollFailed";
}

} // namespace

void MainWindow::setApprovalService(ApprovalService* service, std::function<qint64()> nowMs)
{
    m_approval = service;
    // Beside the list, in the widget that holds it: with the app lock that is a page of the lock's
    // stack (not the central widget), so a prompt is hidden with everything else while locked.
    QWidget* holder = m_pages->parentWidget();
    auto* layout = qobject_cast<QVBoxLayout*>(holder->layout());
    Q_ASSERT(layout);
    m_approvalPanel = new ApprovalPanel(std::move(nowMs), holder);
    layout->insertWidget(layout->indexOf(m_pages), m_approvalPanel, 1);
    m_approvalPanel->hide();
    m_toast->raise(); // the toast floats over the prompt too

    connect(service, &ApprovalService::promptAdded, this, &MainWindow::onPromptAdded);
    connect(service, &ApprovalService::promptEnded, this,
            [this](const QString& id, PromptEnd end, const QString& detail) {
                qCDebug(lcApprovalUi).noquote() << "prompt ended" << id << endName(end);
                m_waitingPrompts.removeIf([&id](const ApprovalPrompt& waiting) { return waiting.id == id; });
                m_approvalPanel->endPrompt(id, end, detail);
            });
    connect(service, &ApprovalService::stateChanged, this, &MainWindow::onApprovalStateChanged);
    connect(service, &ApprovalService::enrollmentFinished, this, &MainWindow::onEnrollmentFinished);
    connect(m_approvalPanel, &ApprovalPanel::approveRequested, this, [this](const QString& id, int number) {
        qCDebug(lcApprovalUi).noquote() << "answer approve" << id << number;
        m_approval->approve(id, number);
    });
    connect(m_approvalPanel, &ApprovalPanel::denyRequested, this, [this](const QString& id) {
        qCDebug(lcApprovalUi).noquote() << "answer deny" << id;
        m_approval->deny(id);
    });
    connect(m_approvalPanel, &ApprovalPanel::idle, this, [this] { showApprovalPanel(false); });
    connect(m_approvalPanel, &ApprovalPanel::promptPainted, this, [](const QString& id) {
        qCDebug(lcApprovalUi).noquote() << "prompt painted" << id << "monotonic_ns" << StartupReport::now();
    });
    connect(m_approvalPanel, &ApprovalPanel::armedChanged, this, [this](bool armed) {
        qCDebug(lcApprovalUi).noquote() << (armed ? "prompt armed" : "prompt disarmed") << m_approvalPanel->currentId();
    });
    for (const ApprovalPrompt& prompt : service->pending()) {
        onPromptAdded(prompt);
    }
    if (AppLock* lock = m_services.lock) {
        connect(lock, &AppLock::lockedChanged, this, &MainWindow::onLockedForApproval);
    }
}

void MainWindow::onLockedForApproval(bool locked)
{
    if (locked) {
        m_waitingPrompts += m_approvalPanel->takeQueue();
        return;
    }
    for (const ApprovalPrompt& prompt : std::exchange(m_waitingPrompts, {})) {
        onPromptAdded(prompt);
    }
}

void MainWindow::onPromptAdded(const ApprovalPrompt& prompt)
{
    const bool hidden = !isVisible() || isMinimized();
    if (isLocked()) {
        // The request waits in the service, not in the window (a locked window holds no name): the
        // unlock page says why, the notification names no account, and the unlock brings it up
        // (onLockedForApproval) with the time it has left.
        qCDebug(lcApprovalUi).noquote() << "prompt waits for the unlock" << prompt.id;
        if (std::none_of(m_waitingPrompts.cbegin(), m_waitingPrompts.cend(),
                         [&prompt](const ApprovalPrompt& waiting) { return waiting.id == prompt.id; })) {
            m_waitingPrompts.append(prompt);
        }
        m_services.lock->requestUnlock(tr("A login is waiting for your approval. Unlock Sandi to answer it."));
        if (hidden) {
            Q_EMIT notificationRequested(tr("Approve login?"),
                                         tr("A login is waiting for your approval. Unlock Sandi to answer it."));
        }
        return;
    }
    m_approvalPanel->addPrompt(prompt);
    qCDebug(lcApprovalUi).noquote() << "prompt shown" << prompt.id << "numbers" << prompt.numbers[0]
                                    << prompt.numbers[1] << prompt.numbers[2] << "queued"
                                    << m_approvalPanel->queueLength() << "window"
                                    << (hidden ? "was hidden" : "was shown");
    showApprovalPanel(true);
    TrayIcon::raiseWindow(this);
    if (hidden) {
        Q_EMIT notificationRequested(tr("Approve login?"),
                                     tr("%1 at %2 is logging in. Pick the number your browser shows in Sandi.")
                                         .arg(prompt.account, prompt.site));
    }
}

void MainWindow::showApprovalPanel(bool show)
{
    if (show == !m_approvalPanel->isHidden()) {
        return;
    }
    // The prompt takes the list's place, so that nothing else asks for attention meanwhile.
    m_pages->setVisible(!show);
    m_approvalPanel->setVisible(show);
    if (show) {
        m_approvalPanel->setFocus(Qt::OtherFocusReason);
    } else {
        qCDebug(lcApprovalUi) << "prompt closed";
        if (!showsEmptyState()) {
            m_view->setFocus(Qt::OtherFocusReason);
        }
    }
}

void MainWindow::onApprovalStateChanged(const QString& accountId)
{
    m_view->doItemsLayout(); // the row's height follows its state (AccountDelegate)
    const QModelIndex row = m_services.model->indexOfId(accountId);
    qCDebug(lcApprovalUi).noquote() << "account state" << accountId << stateName(m_approval->state(accountId))
                                    << "row:" << row.data(AccountListModel::ApprovalTextRole).toString();
}

void MainWindow::onEnrollmentFinished(const QString& accountId, bool ok, const QString& detail)
{
    const QString who = m_services.model->indexOfId(accountId).data(Qt::DisplayRole).toString();
    qCDebug(lcApprovalUi).noquote() << "enrollment finished" << accountId << (ok ? "ok" : "failed");
    if (ok) {
        m_banner->clearMessage(Banner::Topic::Approval);
        m_toast->showMessage(tr("Login approval active"), who);
        return;
    }
    //: An account (issuer and user ID), then why login approval was not activated
    m_banner->setMessage(Banner::Topic::Approval, Banner::Severity::Warning, tr("%1: %2").arg(who, detail));
}

} // namespace sandi
