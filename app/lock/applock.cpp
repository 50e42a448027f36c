#include "app/lock/applock.h"

#include "app/lock/screenlockwatcher.h"
#include "app/scan/offthread.h"
#include "app/settings.h"
#include "core/crypto/kdf.h"
#include "core/crypto/secretbytes.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLoggingCategory>

#include <algorithm>
#include <chrono>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace sandi {

namespace {

Q_LOGGING_CATEGORY(lcLock, "sandi.lock", QtInfoMsg)

// The password as UTF-8 of its NFC form (the same password typed on another system or keyboard
// layout gives the same bytes), in wiped memory. The QString itself cannot be wiped; the window
// clears its field.
SecretBytes passwordBytes(const QString& password)
{
    QByteArray utf8 = password.normalized(QString::NormalizationForm_C).toUtf8();
    SecretBytes bytes(std::as_bytes(std::span(utf8.constData(), static_cast<std::size_t>(utf8.size()))));
    secureWipe(std::as_writable_bytes(std::span(utf8.data(), static_cast<std::size_t>(utf8.size()))));
    return bytes;
}

std::string_view textOf(const SecretBytes& bytes)
{
    return {reinterpret_cast<const char*>(bytes.view().data()), bytes.size()};
}

// Calls `done(value)` on `context` from the event loop, unless `context` is gone by then.
template <class T> void answerLater(QObject* context, std::function<void(T)> done, T value)
{
    if (context && done) {
        QMetaObject::invokeMethod(
            context, [done = std::move(done), value] { done(value); }, Qt::QueuedConnection);
    }
}

bool isUserInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
        return true;
    default:
        return false;
    }
}

} // namespace

AppLock::AppLock(Settings* settings, Clock clock, QObject* parent)
    : QObject(parent), m_settings(settings), m_clock(std::move(clock))
{
    m_idleTimer.setParent(this); // a member and a child, so that tests can find it
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &AppLock::checkIdle);
    connect(m_settings, &Settings::lockIdleMinutesChanged, this, [this] {
        noteActivity(); // the user just changed it: count from now
        armIdle();
    });
    m_locked = enabled();
    m_failures = m_settings->lockFailedAttempts();
    startRetryDelay(); // restarting Sandi does not skip the wait
    m_lastActivity = m_clock();
    if (QCoreApplication* app = QCoreApplication::instance()) {
        app->installEventFilter(this);
    }
    armIdle();
}

AppLock::~AppLock() = default;

AppLock::Clock AppLock::steadyClock()
{
    return [] {
        using namespace std::chrono;
        return static_cast<qint64>(duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count());
    };
}

bool AppLock::enabled() const
{
    return !m_settings->lockPasswordHash().isEmpty();
}

void AppLock::setPassword(const QString& password, QObject* context, std::function<void(bool)> done)
{
    if (m_busy || password.isEmpty()) {
        answerLater(context, std::move(done), false);
        return;
    }
    setBusy(true);
    QPointer<QObject> guard(context);
    runOffThread(
        this,
        [bytes = passwordBytes(password)] {
            Result<std::string> hash = crypto::hashPassword(textOf(bytes));
            return hash ? std::optional<std::string>(std::move(*hash)) : std::nullopt;
        },
        [this, guard, done = std::move(done)](std::optional<std::string> hash) {
            setBusy(false);
            if (!hash) {
                qCWarning(lcLock) << "hashing the lock password failed";
                if (guard && done) {
                    done(false);
                }
                return;
            }
            const bool wasEnabled = enabled();
            m_settings->setLockPasswordHash(QString::fromStdString(*hash));
            m_settings->setLockFailedAttempts(0);
            m_settings->sync();
            m_failures = 0;
            m_retryAt = 0;
            if (!wasEnabled) {
                noteActivity();
                armIdle();
                Q_EMIT enabledChanged(true);
            }
            if (guard && done) {
                done(true);
            }
        });
}

void AppLock::disable()
{
    if (!enabled()) {
        return;
    }
    m_settings->setLockPasswordHash({});
    m_settings->setLockFailedAttempts(0);
    m_settings->sync();
    m_failures = 0;
    m_retryAt = 0;
    m_idleTimer.stop();
    Q_EMIT enabledChanged(false);
    if (m_locked) {
        unlockNow();
    }
}

void AppLock::lock()
{
    if (!enabled() || m_locked) {
        return;
    }
    m_locked = true;
    m_idleTimer.stop();
    qCInfo(lcLock) << "locked";
    Q_EMIT lockedChanged(true);
}

void AppLock::unlock(const QString& password, QObject* context, std::function<void(UnlockResult)> done)
{
    if (!m_locked) {
        answerLater(context, std::move(done), UnlockResult::NotLocked);
        return;
    }
    if (m_busy) {
        answerLater(context, std::move(done), UnlockResult::Busy);
        return;
    }
    if (retryDelayMs() > 0) {
        answerLater(context, std::move(done), UnlockResult::TooSoon);
        return;
    }
    setBusy(true);
    QPointer<QObject> guard(context);
    runOffThread(
        this,
        [bytes = passwordBytes(password), hash = m_settings->lockPasswordHash().toStdString()] {
            Result<bool> matched = crypto::verifyPassword(textOf(bytes), hash);
            if (!matched) {
                const std::string_view name = errcName(matched.error().code);
                qCWarning(lcLock) << "cannot check the lock password:"
                                  << QLatin1String(name.data(), static_cast<qsizetype>(name.size()));
                return std::optional<bool>();
            }
            return std::optional<bool>(*matched);
        },
        [this, guard, done = std::move(done)](std::optional<bool> matched) {
            setBusy(false);
            UnlockResult result = UnlockResult::Failed;
            if (matched && *matched) {
                result = UnlockResult::Unlocked;
            } else if (matched) {
                result = UnlockResult::WrongPassword;
                ++m_failures;
                m_settings->setLockFailedAttempts(m_failures);
                m_settings->sync();
                startRetryDelay();
            }
            if (result == UnlockResult::Unlocked) {
                unlockNow();
            }
            if (guard && done) {
                done(result);
            }
        });
}

void AppLock::unlockNow()
{
    if (!m_locked) {
        return;
    }
    if (m_failures != 0) {
        m_failures = 0;
        m_retryAt = 0;
        m_settings->setLockFailedAttempts(0);
        m_settings->sync();
    }
    m_locked = false;
    noteActivity();
    armIdle();
    qCInfo(lcLock) << "unlocked";
    Q_EMIT lockedChanged(false);
    // Waiters queued while locked; one of them may lock again, the rest then wait for the next unlock.
    std::vector<Waiter> waiters = std::exchange(m_waiters, {});
    for (std::size_t i = 0; i < waiters.size(); ++i) {
        if (m_locked) {
            m_waiters.insert(m_waiters.end(), std::make_move_iterator(waiters.begin() + static_cast<std::ptrdiff_t>(i)),
                             std::make_move_iterator(waiters.end()));
            break;
        }
        if (waiters[i].context) {
            waiters[i].then();
        }
    }
}

qint64 AppLock::retryDelayMs() const
{
    return std::max<qint64>(0, m_retryAt - m_clock());
}

qint64 AppLock::delayAfter(int failures)
{
    if (failures < kFreeAttempts) {
        return 0;
    }
    const int doublings = std::min(failures - kFreeAttempts, 16);
    return std::min<qint64>(qint64{1000} << doublings, kMaxRetryDelayMs);
}

void AppLock::startRetryDelay()
{
    const qint64 delay = delayAfter(m_failures);
    m_retryAt = delay > 0 ? m_clock() + delay : 0;
}

int AppLock::idleMinutes() const
{
    return m_settings->lockIdleMinutes();
}

void AppLock::noteActivity()
{
    m_lastActivity = m_clock();
}

void AppLock::armIdle()
{
    if (!enabled() || m_locked || idleMinutes() == 0) {
        m_idleTimer.stop();
        return;
    }
    checkIdle();
}

void AppLock::checkIdle()
{
    if (!enabled() || m_locked || idleMinutes() == 0) {
        m_idleTimer.stop();
        return;
    }
    const qint64 idleMs = qint64{idleMinutes()} * 60'000;
    const qint64 elapsed = m_clock() - m_lastActivity;
    if (elapsed >= idleMs) {
        lock();
        return;
    }
    // Input does not restart the timer (that would cost a timer per mouse move): when it fires,
    // the time since the last input decides, and it is armed again for what is left.
    m_idleTimer.start(static_cast<int>(idleMs - elapsed));
}

qint64 AppLock::msUntilIdleLock() const
{
    if (!m_idleTimer.isActive()) {
        return -1;
    }
    return std::max<qint64>(0, m_lastActivity + qint64{idleMinutes()} * 60'000 - m_clock());
}

bool AppLock::eventFilter(QObject* watched, QEvent* event)
{
    if (isUserInput(event->type())) {
        noteActivity();
    }
    return QObject::eventFilter(watched, event);
}

void AppLock::setScreenLockWatcher(std::unique_ptr<ScreenLockWatcher> watcher)
{
    m_watcher = std::move(watcher);
    if (m_watcher) {
        connect(m_watcher.get(), &ScreenLockWatcher::screenLocked, this, &AppLock::lock);
        connect(m_watcher.get(), &ScreenLockWatcher::goingToSleep, this, &AppLock::lock);
    }
}

void AppLock::whenUnlocked(QObject* context, std::function<void()> then)
{
    if (!context || !then) {
        return;
    }
    if (!m_locked) {
        then();
        return;
    }
    m_waiters.push_back({context, std::move(then)});
}

void AppLock::requestUnlock(const QString& reason)
{
    if (m_locked) {
        Q_EMIT unlockRequested(reason);
    }
}

void AppLock::setBusy(bool busy)
{
    if (busy != m_busy) {
        m_busy = busy;
        Q_EMIT busyChanged(busy);
    }
}

} // namespace sandi
