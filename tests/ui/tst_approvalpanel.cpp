// The login approval prompt on its own: what it shows, the queue, how requests end, and the
// keyboard rule (docs/approval-ui.md): no stray Enter or Space answers, nothing works until the
// prompt has been visible for ApprovalPanel::kArmDelayMs, and Ya needs a number first.

#include "ui/approval/approvalpanel.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using sandi::ApprovalPanel;
using sandi::ApprovalPrompt;
using sandi::PromptEnd;

namespace {

constexpr qint64 kNow = 1'790'000'000'000;

ApprovalPrompt prompt(const QString& id, std::array<int, 3> numbers, qint64 expiresInMs = 100'000)
{
    ApprovalPrompt p;
    p.id = id;
    p.accountId = u"account-"_s + id;
    p.site = u"LPSE Kota Demo"_s;
    p.account = u"ppk1"_s;
    p.userAgent = u"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 "
                  "Safari/537.36"_s;
    p.ip = u"203.0.113.7"_s;
    p.numbers = numbers;
    p.expiresAtMs = kNow + expiresInMs;
    return p;
}

QString labelText(const QWidget& parent, const QString& name)
{
    const auto* label = parent.findChild<QLabel*>(name);
    return label ? label->text() : QString();
}

} // namespace

class TestApprovalPanel : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = kNow;
    std::unique_ptr<QWidget> m_window;
    ApprovalPanel* m_panel = nullptr;

    // The panel in a shown, active window, as the main window holds it.
    void open()
    {
        m_window = std::make_unique<QWidget>();
        m_window->resize(600, 700);
        m_panel = new ApprovalPanel([this] { return m_now; }, m_window.get());
        m_panel->resize(600, 700);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void waitArmed() { QTRY_VERIFY_WITH_TIMEOUT(m_panel->armed(), ApprovalPanel::kArmDelayMs * 3); }

    static void press(Qt::Key key)
    {
        QWidget* target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keyClick(target, key);
    }

private Q_SLOTS:
    void init()
    {
        m_now = kNow;
        open();
    }
    void cleanup()
    {
        m_window.reset();
        m_panel = nullptr;
    }

    void showsTheRequest()
    {
        m_panel->addPrompt(prompt(u"c1"_s, {47, 12, 83}));
        QCOMPARE(labelText(*m_panel, u"approvalSite"_s), u"LPSE Kota Demo"_s);
        QCOMPARE(labelText(*m_panel, u"approvalAccount"_s), u"ppk1"_s);
        QCOMPARE(labelText(*m_panel, u"approvalBrowser"_s), u"Chrome on Linux"_s);
        QCOMPARE(labelText(*m_panel, u"approvalIp"_s), u"203.0.113.7"_s);
        QCOMPARE(labelText(*m_panel, u"approvalTimeLeft"_s), u"100 second(s) left"_s);
        QCOMPARE(m_panel->secondsLeft(), 100);
        QVERIFY(!m_panel->findChild<QLabel*>(u"approvalPosition"_s)->isVisible()); // one request: no "1 of 1"
        // Three numbers of equal weight, in the challenge's order.
        const auto numbers = m_panel->numberButtons();
        QCOMPARE(numbers.size(), 3);
        QCOMPARE(numbers[0]->text(), u"47"_s);
        QCOMPARE(numbers[1]->text(), u"12"_s);
        QCOMPARE(numbers[2]->text(), u"83"_s);
        for (QPushButton* button : numbers) {
            QCOMPARE(button->font(), numbers[0]->font());
            QCOMPARE(button->height(), numbers[0]->height());
            QVERIFY(qAbs(button->width() - numbers[0]->width()) <= 1); // the layout's spare pixel
            QCOMPARE(button->styleSheet(), numbers[0]->styleSheet());
            QVERIFY(!button->isChecked());
        }
    }

    // (No translator is installed here: plural forms read "second(s)".)
    void countdownFollowsTheClock()
    {
        m_panel->addPrompt(prompt(u"c1"_s, {47, 12, 83}, 30'000));
        m_now += 12'400;
        QTRY_COMPARE_WITH_TIMEOUT(labelText(*m_panel, u"approvalTimeLeft"_s), u"18 second(s) left"_s, 2500);
    }

    // The rule: for kArmDelayMs after a request shows, no key and no click does anything; the
    // focus is on the prompt, not a button; no button is default, so Enter never answers.
    void strayKeysDoNotAnswer()
    {
        QSignalSpy approved(m_panel, &ApprovalPanel::approveRequested);
        QSignalSpy denied(m_panel, &ApprovalPanel::denyRequested);
        m_panel->addPrompt(prompt(u"c1"_s, {47, 12, 83}));
        QCOMPARE(QApplication::focusWidget(), m_panel);
        QVERIFY(!m_panel->armed());
        for (QPushButton* button : m_panel->findChildren<QPushButton*>()) {
            QVERIFY2(!button->isDefault() && !button->autoDefault(), qPrintable(button->objectName()));
        }
        // Typing the right number, clicking it and Ya, Enter, Space: all before the prompt is armed.
        QTest::keyClicks(m_panel, u"47"_s);
        QTest::mouseClick(m_panel->numberButtons().at(0), Qt::LeftButton);
        QTest::mouseClick(m_panel->approveButton(), Qt::LeftButton);
        QTest::mouseClick(m_panel->denyButton(), Qt::LeftButton);
        press(Qt::Key_Return);
        press(Qt::Key_Enter);
        press(Qt::Key_Space);
        QCOMPARE(m_panel->pickedNumber(), 0);
        QVERIFY(!m_panel->numberButtons().at(0)->isEnabled());
        QVERIFY(!m_panel->denyButton()->isEnabled());

        waitArmed();
        QCOMPARE(QApplication::focusWidget(), m_panel); // arming moves no focus onto a button
        press(Qt::Key_Return);
        press(Qt::Key_Space);
        QCOMPARE(m_panel->pickedNumber(), 0);
        // With a number picked and the focus on Ya, Enter still does nothing.
        m_panel->numberButtons().at(1)->click();
        QCOMPARE(m_panel->pickedNumber(), 12);
        m_panel->approveButton()->setFocus();
        press(Qt::Key_Return);
        press(Qt::Key_Enter);
        QCOMPARE(approved.count(), 0);
        QCOMPARE(denied.count(), 0);
        // Space on a focused Ya is a deliberate press (Tab there first): that one answers.
        press(Qt::Key_Space);
        QCOMPARE(approved.count(), 1);
        QCOMPARE(approved.at(0).at(0).toString(), u"c1"_s);
        QCOMPARE(approved.at(0).at(1).toInt(), 12);
    }

    void approveNeedsANumber()
    {
        QSignalSpy approved(m_panel, &ApprovalPanel::approveRequested);
        m_panel->addPrompt(prompt(u"c1"_s, {47, 12, 83}));
        waitArmed();
        QVERIFY(!m_panel->approveButton()->isEnabled());
        QTest::mouseClick(m_panel->approveButton(), Qt::LeftButton);
        QCOMPARE(approved.count(), 0);
        QTest::mouseClick(m_panel->numberButtons().at(2), Qt::LeftButton);
        QCOMPARE(m_panel->pickedNumber(), 83);
        QVERIFY(m_panel->approveButton()->isEnabled());
        QTest::mouseClick(m_panel->approveButton(), Qt::LeftButton);
        QCOMPARE(approved.count(), 1);
        QCOMPARE(approved.at(0).at(1).toInt(), 83);
        // Once answered, nothing more can be pressed; the prompt says the answer is on its way.
        QVERIFY(!m_panel->approveButton()->isEnabled());
        QCOMPARE(m_panel->noteTitle(), u"Sending your answer…"_s);
    }

    void typingTheDigitsPicksTheNumber()
    {
        QSignalSpy approved(m_panel, &ApprovalPanel::approveRequested);
        m_panel->addPrompt(prompt(u"c1"_s, {47, 12, 83}));
        waitArmed();
        QTest::keyClicks(m_panel, u"12"_s);
        QCOMPARE(m_panel->pickedNumber(), 12);
        QTest::keyClicks(m_panel, u"99"_s); // not offered: the pick stays
        QCOMPARE(m_panel->pickedNumber(), 12);
        QTest::keyClicks(m_panel, u"83"_s);
        QCOMPARE(m_panel->pickedNumber(), 83);
        QTest::keyClick(m_panel, Qt::Key_Y, Qt::AltModifier); // &Yes: an animated click, 100 ms later
        QTRY_COMPARE(approved.count(), 1);
        QCOMPARE(approved.at(0).at(1).toInt(), 83);
    }

    void keyboardOnly()
    {
        QSignalSpy denied(m_panel, &ApprovalPanel::denyRequested);
        m_panel->addPrompt(prompt(u"c1"_s, {47, 12, 83}));
        waitArmed();
        press(Qt::Key_Tab); // the first number
        QCOMPARE(QApplication::focusWidget(), m_panel->numberButtons().at(0));
        press(Qt::Key_Space);
        QCOMPARE(m_panel->pickedNumber(), 47);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier); // &No
        QTRY_COMPARE(denied.count(), 1);
        QCOMPARE(denied.at(0).at(0).toString(), u"c1"_s);
    }

    void endsAreShownThenTheNextRequest()
    {
        QSignalSpy idle(m_panel, &ApprovalPanel::idle);
        m_panel->addPrompt(prompt(u"c1"_s, {47, 12, 83}));
        m_panel->addPrompt(prompt(u"c2"_s, {20, 30, 40}));
        m_panel->addPrompt(prompt(u"c3"_s, {51, 52, 53}));
        m_panel->addPrompt(prompt(u"c2"_s, {20, 30, 40})); // the same challenge again: once only
        QCOMPARE(m_panel->queueLength(), 3);
        QCOMPARE(labelText(*m_panel, u"approvalPosition"_s), u"Request 1 of 3"_s);
        m_panel->endPrompt(u"c2"_s, PromptEnd::AnsweredElsewhere, {}); // not on screen: just leaves
        QCOMPARE(labelText(*m_panel, u"approvalPosition"_s), u"Request 1 of 2"_s);
        QCOMPARE(m_panel->currentId(), u"c1"_s);
        m_panel->endPrompt(u"c1"_s, PromptEnd::WrongNumber, {});
        QCOMPARE(m_panel->noteTitle(), u"Login refused: wrong number"_s);
        QVERIFY(!m_panel->numberButtons().at(0)->isVisible());
        auto* next = m_panel->findChild<QPushButton*>(u"approvalNoteClose"_s);
        QCOMPARE(next->text(), u"&Next request"_s);
        next->click();
        QCOMPARE(m_panel->currentId(), u"c3"_s);
        QCOMPARE(m_panel->numberButtons().at(0)->text(), u"51"_s);
        QVERIFY(!m_panel->armed()); // the next request is armed afresh
        m_panel->endPrompt(u"c3"_s, PromptEnd::Approved, {});
        QCOMPARE(m_panel->noteTitle(), u"Login approved"_s);
        QCOMPARE(idle.count(), 0);
        // The note closes by itself.
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, ApprovalPanel::kEndNoteMs * 2);
        QVERIFY(!m_panel->hasWork());
    }

    // Logging in again right after a refusal: the new request replaces the note at once.
    void aNewRequestEndsTheNote()
    {
        QSignalSpy idle(m_panel, &ApprovalPanel::idle);
        m_panel->addPrompt(prompt(u"c1"_s, {47, 12, 83}));
        m_panel->endPrompt(u"c1"_s, PromptEnd::Denied, {});
        QCOMPARE(m_panel->noteTitle(), u"Login refused"_s);
        m_panel->addPrompt(prompt(u"c2"_s, {20, 30, 40}));
        QCOMPARE(m_panel->currentId(), u"c2"_s);
        QCOMPARE(m_panel->queueLength(), 1);
        QVERIFY(m_panel->noteTitle().isEmpty());
        QVERIFY(!m_panel->armed());
        QCOMPARE(idle.count(), 0);
    }

    void expiredRequestClosesWithANote()
    {
        QSignalSpy idle(m_panel, &ApprovalPanel::idle);
        m_panel->addPrompt(prompt(u"c1"_s, {47, 12, 83}, 5'000));
        m_now += 5'000;
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->noteTitle(), u"Time is up"_s, 2500);
        QVERIFY(!m_panel->approveButton()->isEnabled());
        m_panel->endPrompt(u"c1"_s, PromptEnd::Expired, {}); // the service says so too: no change
        QCOMPARE(m_panel->noteTitle(), u"Time is up"_s);
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, ApprovalPanel::kEndNoteMs * 2);
    }

    void failureSaysWhy()
    {
        m_panel->addPrompt(prompt(u"c1"_s, {47, 12, 83}));
        m_panel->endPrompt(u"c1"_s, PromptEnd::Failed, u"The server could not be reached."_s);
        QCOMPARE(m_panel->noteTitle(), u"The answer was not sent"_s);
        QCOMPARE(labelText(*m_panel, u"approvalNoteDetail"_s), u"The server could not be reached."_s);
    }

    void hidingDisarms()
    {
        m_panel->addPrompt(prompt(u"c1"_s, {47, 12, 83}));
        waitArmed();
        m_window->hide();
        QVERIFY(!m_panel->armed());
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(!m_panel->armed()); // shown again: a moment before anything works
        QCOMPARE(QApplication::focusWidget(), m_panel);
        waitArmed();
    }

    void lockedAsksToUnlockFirst()
    {
        QSignalSpy unlock(m_panel, &ApprovalPanel::unlockRequested);
        QSignalSpy approved(m_panel, &ApprovalPanel::approveRequested);
        m_panel->setLocked(true);
        m_panel->addPrompt(prompt(u"c1"_s, {47, 12, 83}));
        QTest::qWait(ApprovalPanel::kArmDelayMs + 200);
        QVERIFY(!m_panel->approveButton()->isVisible());
        QVERIFY(!m_panel->numberButtons().at(0)->isVisible());
        QTest::keyClicks(m_panel, u"47"_s);
        QCOMPARE(m_panel->pickedNumber(), 0);
        auto* button = m_panel->findChild<QPushButton*>(u"approvalUnlock"_s);
        QVERIFY(button->isVisible());
        button->click();
        QCOMPARE(unlock.count(), 1);
        m_panel->setLocked(false);
        QVERIFY(m_panel->approveButton()->isVisible());
        QTest::keyClicks(m_panel, u"47"_s);
        QCOMPARE(m_panel->pickedNumber(), 47);
        QCOMPARE(approved.count(), 0);
    }

    void firstPaintIsReported()
    {
        QSignalSpy painted(m_panel, &ApprovalPanel::promptPainted);
        m_panel->addPrompt(prompt(u"c1"_s, {47, 12, 83}));
        QTRY_COMPARE(painted.count(), 1);
        QCOMPARE(painted.at(0).at(0).toString(), u"c1"_s);
        m_panel->update();
        QTest::qWait(50);
        QCOMPARE(painted.count(), 1); // once per request
    }
};

QTEST_MAIN(TestApprovalPanel)
#include "tst_approvalpanel.moc"
