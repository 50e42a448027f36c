#pragma once
// The optional app lock: off by default; when on, Sandi shows no account until the user types
// Sandi's own lock password. It locks after some minutes without input to Sandi, when the screen
// locks or the computer goes to sleep (ScreenLockWatcher), and on demand.
//
// The password is kept only as the core's scrypt password hash (crypto::hashPassword, its default
// parameters N = 2^15, r = 8, p = 1) in the settings file, not in the keychain:
//  - whether to start locked must be known before the window shows anything, and a settings read
//    is synchronous, while the keychain answers later, may be locked, or may be missing; a lock
//    whose hash cannot be read would lock the user out of Sandi;
//  - the hash is not reversible (salted scrypt, like /etc/shadow), so it is not a secret in the
//    sense of the house rules;
//  - the keychain would not protect it better: on Linux and Windows any program of the same user
//    reads Sandi's keychain items without a prompt, and such a program could read the account
//    secrets themselves. The lock is a screen against someone at the unlocked computer, not against
//    software running as the user (README, "App lock").
// Hashing and checking run off the GUI thread (about 0.1 s and 32 MiB each).

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

namespace sandi {

class ScreenLockWatcher;
class Settings;

class AppLock : public QObject
{
    Q_OBJECT
public:
    // Milliseconds of a steady clock; only differences matter. Tests pass a fake.
    using Clock = std::function<qint64()>;

    enum class UnlockResult
    {
        Unlocked,
        WrongPassword, // wait retryDelayMs() before the next try
        TooSoon,       // still waiting after wrong passwords; nothing was checked
        Busy,          // a check is already running
        NotLocked,
        Failed, // the hash in the settings is unreadable or scrypt failed; see the log
    };
    Q_ENUM(UnlockResult)

    // Wrong passwords in a row that cost nothing; after them each one waits 1, 2, 4 … seconds, up
    // to kMaxRetryDelayMs, before the next check.
    static constexpr int kFreeAttempts = 3;
    static constexpr qint64 kMaxRetryDelayMs = 60'000;

    // Starts locked when the settings hold a lock password. `settings` outlives the lock.
    explicit AppLock(Settings* settings, Clock clock = steadyClock(), QObject* parent = nullptr);
    ~AppLock() override;

    [[nodiscard]] static Clock steadyClock();

    // A lock password is set.
    [[nodiscard]] bool enabled() const;
    [[nodiscard]] bool locked() const { return m_locked; }
    // Hashing a new password or checking one.
    [[nodiscard]] bool busy() const { return m_busy; }

    // Turns the lock on, or changes its password: hashes `password` off the GUI thread, stores
    // the hash, then calls `done(true)` on `context` (false: scrypt failed, nothing changed).
    // Does not lock. Ignored (done(false)) while busy or for an empty password.
    void setPassword(const QString& password, QObject* context, std::function<void(bool)> done);
    // Turns the lock off: forgets the hash and unlocks.
    void disable();

    // Locks (when enabled): lockedChanged(true). The window then clears codes, names and the
    // clipboard.
    void lock();
    // Checks `password` off the GUI thread, unlocks when it matches, and calls `done` on `context`,
    // always later from the event loop (never from within this call).
    void unlock(const QString& password, QObject* context, std::function<void(UnlockResult)> done);
    // Milliseconds until the next password may be checked; 0 when it may be now.
    [[nodiscard]] qint64 retryDelayMs() const;
    [[nodiscard]] int failedAttempts() const { return m_failures; }

    // Idle lock: minutes without user input to Sandi (0 = never), from the settings.
    [[nodiscard]] int idleMinutes() const;
    // Input to Sandi. Called by the application-wide event filter; public for tests.
    void noteActivity();
    // What the idle timer calls: locks when the idle time has passed, else re-arms. Tests move the
    // clock and call it instead of waiting.
    void checkIdle();
    // Milliseconds until the idle lock, -1 when none is armed (off, locked or disabled).
    [[nodiscard]] qint64 msUntilIdleLock() const;

    // Locks whenever `watcher` reports the screen locked or the computer going to sleep. Takes it.
    void setScreenLockWatcher(std::unique_ptr<ScreenLockWatcher> watcher);
    [[nodiscard]] ScreenLockWatcher* screenLockWatcher() const { return m_watcher.get(); }

    // For work that must not show anything while locked (an approval prompt): runs `then` on
    // `context` at once when unlocked, else after the next unlock (never if `context` is gone).
    void whenUnlocked(QObject* context, std::function<void()> then);
    // Asks the window to come up on its unlock page with `reason` (translated), e.g. "A login is
    // waiting for your approval". Emits unlockRequested(); does nothing when not locked.
    void requestUnlock(const QString& reason);

Q_SIGNALS:
    void lockedChanged(bool locked);
    void enabledChanged(bool enabled);
    void busyChanged(bool busy);
    void unlockRequested(const QString& reason);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void()> then;
    };
    void setBusy(bool busy);
    void unlockNow();
    void armIdle();
    void startRetryDelay();
    [[nodiscard]] static qint64 delayAfter(int failures);

    Settings* m_settings;
    Clock m_clock;
    QTimer m_idleTimer;
    std::unique_ptr<ScreenLockWatcher> m_watcher;
    std::vector<Waiter> m_waiters;
    qint64 m_lastActivity = 0;
    qint64 m_retryAt = 0;
    int m_failures = 0;
    bool m_locked = false;
    bool m_busy = false;
};

} // namespace sandi
