#pragma once
// The login approval prompt, shown in the main window in place of the list while a login waits for
// an answer: the site (the LPSE's name), the account, the browser and its address, the time left,
// three numbers of equal weight and Ya / Tidak. Several requests queue ("1 of 3"), oldest first.
// The panel only shows and asks; it forwards the user's answer as a signal, and the approval
// service (app/approval/) says how each request ended.
//
// Keyboard and stray input (docs/approval-ui.md):
// - no button is default or autoDefault, so Enter never answers; the prompt itself takes the
//   keyboard focus when a request shows, not a button;
// - every button stays disabled for kArmDelayMs after a request became visible (also after the
//   window was hidden and shown again, and when the next request of the queue takes its place), so
//   neither keys nor clicks meant for another window can answer;
// - Ya stays disabled until a number is picked (protocol §8): the user picks by clicking a number,
//   by Tab and Space, or by typing its two digits.

#include "app/approval/approvalprompt.h"

#include <QFrame>
#include <QList>
#include <QTimer>

#include <functional>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QProgressBar;
class QPushButton;

namespace sandi {

class ApprovalPanel : public QFrame
{
    Q_OBJECT
public:
    static constexpr int kArmDelayMs = 1000; // a request's buttons work after it was visible this long
    static constexpr int kEndNoteMs = 4000;  // how long the note "Login refused" etc. stays

    // `nowMs`: Sandi's corrected clock (ms since the epoch), the clock of ApprovalPrompt::expiresAtMs.
    explicit ApprovalPanel(std::function<qint64()> nowMs, QWidget* parent = nullptr);
    ~ApprovalPanel() override;

    // Queues a request (ignored if its id is already queued).
    void addPrompt(const ApprovalPrompt& prompt);
    // The service's word on how a request ended: a note for the one on screen, silently dropped
    // from the queue otherwise. `detail` (translated) may add to the note.
    void endPrompt(const QString& promptId, PromptEnd end, const QString& detail);
    // Hands back the queued requests (without one whose end is on screen) and wipes what the labels
    // showed of them: the app lock, since a locked window holds no site, account or browser, not even
    // in hidden widgets. Emits idle(). The window queues them again after the unlock.
    [[nodiscard]] QList<ApprovalPrompt> takeQueue();
    // Locked (app lock): the request shows, but only "Unlock" is offered instead of an answer.
    void setLocked(bool locked);

    [[nodiscard]] bool locked() const { return m_locked; }
    // Whether there is anything to show: a request, or the note of one that just ended.
    [[nodiscard]] bool hasWork() const { return !m_queue.isEmpty(); }
    [[nodiscard]] QString currentId() const;
    [[nodiscard]] qsizetype queueLength() const { return m_queue.size(); }
    [[nodiscard]] bool armed() const { return m_armed; }
    [[nodiscard]] int pickedNumber() const; // 0 when none is picked
    [[nodiscard]] int secondsLeft() const;

    // For tests and screenshots: the widgets the user works with.
    [[nodiscard]] QList<QPushButton*> numberButtons() const { return m_numbers; }
    [[nodiscard]] QPushButton* approveButton() const { return m_approve; }
    [[nodiscard]] QPushButton* denyButton() const { return m_deny; }
    [[nodiscard]] QString noteTitle() const;

Q_SIGNALS:
    void approveRequested(const QString& promptId, int number);
    void denyRequested(const QString& promptId);
    void unlockRequested();
    // Nothing left to show: the window goes back to its list.
    void idle();
    // A request's first paint, once flushed (for the approval latency benchmark).
    void promptPainted(const QString& promptId);
    // The buttons started or stopped taking input (see the header).
    void armedChanged(bool armed);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class Stage
    {
        Asking,  // numbers, Ya and Tidak
        Sending, // the answer is on its way
        Ended,   // the note of how it ended
    };

    void buildAsking(QWidget* page);
    void buildNote(QWidget* page);
    void showCurrent();
    void showNote(PromptEnd end, const QString& detail);
    void showPage(QWidget* page);
    void next();
    void disarm();
    void arm();
    void updateButtons();
    void updateCountdown();
    void updatePosition();
    void pick(int number);
    void answer(bool approve);

    std::function<qint64()> m_nowMs;
    QList<ApprovalPrompt> m_queue; // the first is on screen
    Stage m_stage = Stage::Asking;
    bool m_locked = false;
    bool m_armed = false;
    bool m_paintReported = false;
    QString m_typed; // digits typed so far

    QLabel* m_title = nullptr;
    QLabel* m_position = nullptr;
    QLabel* m_site = nullptr;
    QLabel* m_account = nullptr;
    QLabel* m_browser = nullptr;
    QLabel* m_ip = nullptr;
    QLabel* m_timeLeft = nullptr;
    QProgressBar* m_timeBar = nullptr;
    QWidget* m_askingPage = nullptr;
    QWidget* m_notePage = nullptr;
    QLabel* m_pickHint = nullptr;
    QLabel* m_footnote = nullptr;
    QButtonGroup* m_group = nullptr;
    QList<QPushButton*> m_numbers;
    QPushButton* m_approve = nullptr;
    QPushButton* m_deny = nullptr;
    QWidget* m_answerRow = nullptr;
    QWidget* m_lockRow = nullptr;
    QLabel* m_noteIcon = nullptr;
    QLabel* m_noteTitle = nullptr;
    QLabel* m_noteDetail = nullptr;
    QPushButton* m_noteClose = nullptr;
    QTimer m_armTimer;
    QTimer m_countdown;
    QTimer m_noteTimer;
};

} // namespace sandi
