// The main window and login approval: a request brings the window up (with a system notification
// when it was hidden) and shows the prompt in place of the list until the request has ended;
// activation results are reported. The ApprovalService is real but not started: the test plays its
// signals, as a poll and an enrollment would (the end-to-end test, tests/e2e/, runs the real thing).

#include "app/approval/approvalservice.h"
#include "ui/approval/approvalpanel.h"
#include "windowfixture.h"

using namespace Qt::StringLiterals;
using sandi::ApprovalPanel;
using sandi::ApprovalPrompt;
using sandi::PromptEnd;

namespace {

ApprovalPrompt prompt(const QString& id, qint64 nowMs)
{
    ApprovalPrompt p;
    p.id = id;
    p.site = u"LPSE Kudus"_s;
    p.account = u"ppk1"_s;
    p.userAgent = u"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"_s;
    p.ip = u"203.0.113.7"_s;
    p.numbers = {47, 12, 83};
    p.expiresAtMs = nowMs + 60'000;
    return p;
}

} // namespace

class TestMainWindowApproval : public sandi::test::WindowFixture
{
    Q_OBJECT

private:
    std::unique_ptr<sandi::ApprovalService> m_service;

    void openWithApproval()
    {
        open();
        m_service = std::make_unique<sandi::ApprovalService>(m_store.get(), m_secrets.get(), [this] { return m_ms; });
        m_window->setApprovalService(m_service.get(), [this] { return m_ms; });
    }

    ApprovalPanel* panel() const { return m_window->approvalPanel(); }

private Q_SLOTS:
    void init() { initFixture(); }
    void cleanup()
    {
        close();
        m_service.reset();
        cleanupFixture();
    }

    void promptTakesThePlaceOfTheList()
    {
        openWithApproval();
        add(sandi::test::kKudus);
        QVERIFY(!panel()->isVisible());
        QVERIFY(m_window->view()->isVisible());
        Q_EMIT m_service->promptAdded(prompt(u"c1"_s, m_ms));
        QVERIFY(panel()->isVisible());
        QVERIFY(!m_window->view()->isVisible());
        QVERIFY(!m_window->filterField()->isVisible());
        QCOMPARE(QApplication::focusWidget(), panel());
        // Typing goes nowhere: not into the hidden filter field behind the prompt.
        type(u"ppk"_s);
        QVERIFY(m_window->filterField()->text().isEmpty());
        QCOMPARE(panel()->currentId(), u"c1"_s);

        Q_EMIT m_service->promptEnded(u"c1"_s, PromptEnd::Denied, {});
        QCOMPARE(panel()->noteTitle(), u"Login refused"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!panel()->isVisible(), ApprovalPanel::kEndNoteMs * 2);
        QVERIFY(m_window->view()->isVisible());
        QCOMPARE(QApplication::focusWidget(), m_window->view());
    }

    void hiddenWindowComesUpWithANotification()
    {
        openWithApproval();
        QSignalSpy notified(m_window.get(), &sandi::MainWindow::notificationRequested);
        m_window->hide();
        Q_EMIT m_service->promptAdded(prompt(u"c1"_s, m_ms));
        QVERIFY(m_window->isVisible());
        QVERIFY(panel()->isVisible());
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.at(0).at(0).toString(), u"Approve login?"_s);
        QCOMPARE(notified.at(0).at(1).toString(),
                 u"ppk1 at LPSE Kudus is logging in. Pick the number your browser shows in Sandi."_s);
        // A second request while the window is up: queued, no second notification.
        Q_EMIT m_service->promptAdded(prompt(u"c2"_s, m_ms));
        QCOMPARE(notified.count(), 1);
        QCOMPARE(panel()->queueLength(), 2);
        // Minimised counts as hidden.
        Q_EMIT m_service->promptEnded(u"c1"_s, PromptEnd::Expired, {});
        Q_EMIT m_service->promptEnded(u"c2"_s, PromptEnd::Expired, {});
        m_window->showMinimized();
        Q_EMIT m_service->promptAdded(prompt(u"c3"_s, m_ms));
        QCOMPARE(notified.count(), 2);
        QVERIFY(!m_window->isMinimized());
    }

    void activationResults()
    {
        openWithApproval();
        const QString id = add(sandi::test::kKudus);
        Q_EMIT m_service->enrollmentFinished(id, true, {});
        QCOMPARE(m_window->toast()->text(), u"Login approval active"_s);
        QVERIFY(m_window->banner()->message(sandi::Banner::Topic::Approval).isEmpty());
        Q_EMIT m_service->enrollmentFinished(id, false, u"The activation code has expired."_s);
        QCOMPARE(m_window->banner()->message(sandi::Banner::Topic::Approval),
                 u"LPSE Kudus (ppk1): The activation code has expired."_s);
        Q_EMIT m_service->enrollmentFinished(id, true, {});
        QVERIFY(m_window->banner()->message(sandi::Banner::Topic::Approval).isEmpty());
    }
};

QTEST_MAIN(TestMainWindowApproval)
#include "tst_mainwindowapproval.moc"
