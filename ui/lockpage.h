#pragma once
// What the window shows while the app lock is on: Sandi's icon, "Sandi is locked", why it is
// wanted when something waits (an approval prompt), the password field, Unlock, and the answer
// (wrong password, how long to wait). Nothing about the accounts. The check itself is AppLock's,
// off the GUI thread; the page only forwards the password and shows the outcome.

#include "app/lock/applock.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sandi {

class LockPage : public QWidget
{
    Q_OBJECT
public:
    // `lock` outlives the page.
    explicit LockPage(AppLock* lock, QWidget* parent = nullptr);

    // Clears the field, the answer and the reason (each time the window locks).
    void reset();
    // The sentence that says why Sandi wants to be unlocked now; empty hides it.
    void setReason(const QString& reason);
    void focusPassword();

    [[nodiscard]] QLineEdit* passwordField() const { return m_password; }
    [[nodiscard]] QPushButton* unlockButton() const { return m_unlock; }
    [[nodiscard]] QString message() const;

private:
    void submit();
    void showResult(AppLock::UnlockResult result);
    void updateWaiting();
    void setChecking(bool checking);

    AppLock* m_lock;
    QLabel* m_reason;
    QLineEdit* m_password;
    QPushButton* m_unlock;
    QLabel* m_message;
    QTimer m_countdown;
    bool m_wrong = false; // the last answer was a wrong password
};

} // namespace sandi
