// ApprovalPanel: the queue, the countdown, arming and answering (the widgets are built in
// approvalpanelbuild.cpp).

#include "ui/approval/approvalpanel.h"

#include "app/useragent.h"
#include "ui/approval/approvalnote.h"

#include <QButtonGroup>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace sandi {

QString ApprovalPanel::currentId() const
{
    return m_queue.isEmpty() ? QString() : m_queue.constFirst().id;
}

int ApprovalPanel::pickedNumber() const
{
    const int id = m_group->checkedId();
    return id < 0 || m_queue.isEmpty() ? 0 : m_queue.constFirst().numbers.at(static_cast<size_t>(id));
}

int ApprovalPanel::secondsLeft() const
{
    if (m_queue.isEmpty()) {
        return 0;
    }
    const qint64 ms = m_queue.constFirst().expiresAtMs - m_nowMs();
    return ms <= 0 ? 0 : static_cast<int>((ms + 999) / 1000);
}

QString ApprovalPanel::noteTitle() const
{
    return m_stage == Stage::Asking ? QString() : m_noteTitle->text();
}

void ApprovalPanel::addPrompt(const ApprovalPrompt& prompt)
{
    const bool known = std::any_of(m_queue.cbegin(), m_queue.cend(),
                                   [&prompt](const ApprovalPrompt& queued) { return queued.id == prompt.id; });
    if (known) {
        return;
    }
    m_queue.append(prompt);
    if (m_queue.size() == 1) {
        showCurrent();
    } else if (m_stage == Stage::Ended && m_queue.size() == 2) {
        next(); // the note of the last one gives way: the user is waiting for this one (logged in again)
    } else {
        updatePosition();
    }
}

void ApprovalPanel::endPrompt(const QString& promptId, PromptEnd end, const QString& detail)
{
    const auto it = std::find_if(m_queue.begin(), m_queue.end(),
                                 [&promptId](const ApprovalPrompt& queued) { return queued.id == promptId; });
    if (it == m_queue.end()) {
        return;
    }
    if (it != m_queue.begin()) {
        m_queue.erase(it); // ended before its turn (expired, answered elsewhere): nothing to ask
        updatePosition();
        return;
    }
    if (m_stage != Stage::Ended) {
        showNote(end, detail);
    }
}

QList<ApprovalPrompt> ApprovalPanel::takeQueue()
{
    QList<ApprovalPrompt> queue = std::exchange(m_queue, {});
    if (!queue.isEmpty() && m_stage == Stage::Ended) {
        queue.removeFirst(); // answered or over: only its note was left
    }
    m_stage = Stage::Asking;
    m_noteTimer.stop();
    m_countdown.stop();
    m_typed.clear();
    for (QLabel* label : {m_site, m_account, m_browser, m_ip, m_position, m_noteDetail}) {
        label->clear();
    }
    m_browser->setToolTip({});
    for (QPushButton* button : std::as_const(m_numbers)) {
        button->setChecked(false);
        button->setText({});
        button->setAccessibleName({});
    }
    disarm();
    Q_EMIT idle();
    return queue;
}

void ApprovalPanel::setLocked(bool locked)
{
    m_locked = locked;
    m_lockRow->setVisible(locked);
    m_answerRow->setVisible(!locked);
    for (QPushButton* button : std::as_const(m_numbers)) {
        button->setVisible(!locked);
    }
    m_pickHint->setVisible(!locked);
    m_footnote->setVisible(!locked);
    updateButtons();
}

void ApprovalPanel::showCurrent()
{
    const ApprovalPrompt& prompt = m_queue.constFirst();
    m_stage = Stage::Asking;
    m_noteTimer.stop();
    m_typed.clear();
    m_title->setText(tr("Approve this login?"));
    m_paintReported = false;
    m_site->setText(prompt.site);
    m_account->setText(prompt.account);
    m_browser->setText(browserSummary(prompt.userAgent));
    m_browser->setToolTip(prompt.userAgent);
    m_ip->setText(prompt.ip);
    m_group->setExclusive(false); // an exclusive group cannot uncheck its last button
    for (int i = 0; i < 3; ++i) {
        QPushButton* button = m_numbers.at(i);
        const int number = prompt.numbers.at(static_cast<size_t>(i));
        button->setChecked(false);
        button->setText(QString::number(number));
        button->setAccessibleName(tr("Number %1").arg(number));
    }
    m_group->setExclusive(true);
    m_timeBar->setRange(0, std::max(1, secondsLeft()));
    m_timeLeft->show();
    m_timeBar->show();
    showPage(m_askingPage);
    updatePosition();
    updateCountdown();
    disarm();
    if (isVisible()) {
        setFocus(Qt::OtherFocusReason);
    }
}

void ApprovalPanel::showNote(PromptEnd end, const QString& detail)
{
    m_stage = Stage::Ended;
    m_countdown.stop();
    m_armTimer.stop();
    const ApprovalNote note = approvalNote(end, detail);
    m_title->setText(tr("Login request"));
    const QStyle::StandardPixmap icon = note.good      ? QStyle::SP_DialogApplyButton
                                        : note.warning ? QStyle::SP_MessageBoxWarning
                                                       : QStyle::SP_MessageBoxInformation;
    const int size = fontMetrics().height() * 2;
    m_noteIcon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_noteTitle->setText(note.title);
    m_noteDetail->setText(note.detail);
    m_noteDetail->setVisible(!note.detail.isEmpty());
    m_noteClose->setText(m_queue.size() > 1 ? tr("&Next request") : tr("&Close"));
    m_noteClose->show();
    m_timeLeft->hide();
    m_timeBar->hide();
    showPage(m_notePage);
    m_noteTimer.start(kEndNoteMs);
}

void ApprovalPanel::showPage(QWidget* page)
{
    m_askingPage->setVisible(page == m_askingPage);
    m_notePage->setVisible(page == m_notePage);
}

void ApprovalPanel::next()
{
    m_noteTimer.stop();
    if (!m_queue.isEmpty()) {
        m_queue.removeFirst();
    }
    if (m_queue.isEmpty()) {
        m_stage = Stage::Asking;
        m_countdown.stop();
        Q_EMIT idle();
        return;
    }
    showCurrent();
}

void ApprovalPanel::disarm()
{
    const bool was = std::exchange(m_armed, false);
    updateButtons();
    if (was) {
        Q_EMIT armedChanged(false);
    }
    if (isVisible() && !m_queue.isEmpty()) {
        m_armTimer.start(kArmDelayMs);
    } else {
        m_armTimer.stop(); // armed once it has been visible for a while: see showEvent
    }
}

void ApprovalPanel::arm()
{
    const bool was = std::exchange(m_armed, isVisible() && m_stage == Stage::Asking && !m_queue.isEmpty());
    updateButtons();
    if (m_armed != was) {
        Q_EMIT armedChanged(m_armed);
    }
}

void ApprovalPanel::updateButtons()
{
    const bool asking = m_stage == Stage::Asking && !m_queue.isEmpty() && !m_locked;
    const bool usable = asking && m_armed;
    for (QPushButton* button : std::as_const(m_numbers)) {
        button->setEnabled(usable);
    }
    m_deny->setEnabled(usable);
    m_approve->setEnabled(usable && m_group->checkedId() >= 0);
    const int picked = pickedNumber();
    m_pickHint->setText(picked == 0 ? tr("Pick the number that your browser shows:")
                                    : tr("You picked %1. If your browser shows %1, press Yes.").arg(picked));
}

void ApprovalPanel::updateCountdown()
{
    if (m_queue.isEmpty() || m_stage == Stage::Ended) {
        return;
    }
    const int left = secondsLeft();
    if (left <= 0 && m_stage == Stage::Asking) {
        showNote(PromptEnd::Expired, {}); // the service says so too; its word is then ignored
        return;
    }
    m_timeLeft->setText(tr("%n second(s) left", nullptr, left));
    m_timeBar->setValue(std::min(left, m_timeBar->maximum()));
    if (isVisible()) {
        // The next whole second of the time left, a few ms late rather than early.
        const qint64 ms = m_queue.constFirst().expiresAtMs - m_nowMs();
        const qint64 toNext = ms % 1000 == 0 ? 1000 : ms % 1000;
        m_countdown.start(static_cast<int>(toNext) + 5);
    }
}

void ApprovalPanel::updatePosition()
{
    const auto count = m_queue.size();
    m_position->setText(count > 1 ? tr("Request %1 of %2").arg(1).arg(count) : QString());
    m_position->setVisible(count > 1);
}

void ApprovalPanel::pick(int number)
{
    const ApprovalPrompt& prompt = m_queue.constFirst();
    for (int i = 0; i < 3; ++i) {
        if (prompt.numbers.at(static_cast<size_t>(i)) == number) {
            m_numbers.at(i)->setChecked(true);
            return;
        }
    }
}

void ApprovalPanel::answer(bool approve)
{
    if (m_stage != Stage::Asking || !m_armed || m_locked || m_queue.isEmpty()) {
        return;
    }
    const int number = pickedNumber();
    if (approve && number == 0) {
        return; // protocol §8: no approval without a number
    }
    const QString id = m_queue.constFirst().id;
    m_stage = Stage::Sending;
    updateButtons();
    const int size = fontMetrics().height() * 2;
    m_noteIcon->setPixmap(style()->standardIcon(QStyle::SP_BrowserReload).pixmap(size, size));
    m_noteTitle->setText(tr("Sending your answer…"));
    m_title->setText(tr("Login request"));
    m_noteDetail->hide();
    m_noteClose->hide();
    showPage(m_notePage);
    setFocus(Qt::OtherFocusReason);
    if (approve) {
        Q_EMIT approveRequested(id, number);
    } else {
        Q_EMIT denyRequested(id);
    }
}

void ApprovalPanel::showEvent(QShowEvent* event)
{
    QFrame::showEvent(event);
    if (m_queue.isEmpty()) {
        return;
    }
    m_paintReported = false;
    updateCountdown();
    if (m_stage == Stage::Asking) {
        disarm(); // visible again: a moment before anything can be pressed
        setFocus(Qt::OtherFocusReason);
    }
}

void ApprovalPanel::hideEvent(QHideEvent* event)
{
    QFrame::hideEvent(event);
    m_countdown.stop();
    m_armTimer.stop();
    disarm();
}

void ApprovalPanel::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab) {
        QFrame::keyPressEvent(event); // moving the focus is always fine
        return;
    }
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    const QString text = event->text();
    if (plain && text.size() == 1 && text.at(0).isDigit() && m_armed && m_stage == Stage::Asking && !m_locked) {
        m_typed += text;
        if (m_typed.size() == 2) {
            pick(m_typed.toInt());
            m_typed.clear();
        }
    } else {
        m_typed.clear();
    }
    // Everything else is swallowed: Enter and Space here answer nothing, and typing must not go
    // on to the list's filter behind the prompt.
    event->accept();
}

bool ApprovalPanel::eventFilter(QObject* watched, QEvent* event)
{
    // The card (opaque) is painted whenever anything on it changes; the panel around it is not.
    if (event->type() == QEvent::Paint && !m_paintReported && m_stage == Stage::Asking && !m_queue.isEmpty()) {
        m_paintReported = true;
        // Noted from the event loop, after this paint has been flushed to the window.
        QTimer::singleShot(0, this, [this, id = m_queue.constFirst().id] { Q_EMIT promptPainted(id); });
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace sandi
