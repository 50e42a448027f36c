// AppLock: off by default; the password is kept only as the core's salted scrypt hash (never the
// password itself in the settings file); wrong and right passwords; the check runs off the GUI
// thread; wrong passwords in a row are slowed, also across a restart; the idle lock on a driven
// clock; input resets the idle time; work waiting for an unlock.

#include "app/lock/applock.h"
#include "app/settings.h"
#include "core/crypto/kdf.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using sandi::AppLock;
using sandi::Settings;
using Result = sandi::AppLock::UnlockResult;

namespace {

const QString kPassword = u"Kunci-Sandi ppk1 ✓"_s;

} // namespace

class TestAppLock : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    qint64 m_ms = 5'000'000;

    [[nodiscard]] QString iniPath() const { return m_dir->filePath(u"sandi.ini"_s); }

    std::unique_ptr<AppLock> makeLock()
    {
        return std::make_unique<AppLock>(m_settings.get(), [this] { return m_ms; });
    }

    static bool setPassword(AppLock& lock, const QString& password)
    {
        std::optional<bool> done;
        QObject context;
        lock.setPassword(password, &context, [&](bool ok) { done = ok; });
        if (!QTest::qWaitFor([&] { return done.has_value(); }, 20'000)) {
            return false;
        }
        return *done;
    }

    static Result unlock(AppLock& lock, const QString& password)
    {
        std::optional<Result> done;
        QObject context;
        lock.unlock(password, &context, [&](Result result) { done = result; });
        [&] { QVERIFY(!done.has_value()); }(); // never from within the call
        [&] { QVERIFY(QTest::qWaitFor([&] { return done.has_value(); }, 20'000)); }();
        return done.value_or(Result::Failed);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<Settings>(iniPath());
    }

    void cleanup()
    {
        m_settings.reset();
        m_dir.reset();
    }

    void offByDefault()
    {
        auto lock = makeLock();
        QVERIFY(!lock->enabled());
        QVERIFY(!lock->locked());
        QCOMPARE(lock->idleMinutes(), 5);
        QCOMPARE(lock->msUntilIdleLock(), -1); // nothing to lock
        QSignalSpy changed(lock.get(), &AppLock::lockedChanged);
        lock->lock(); // Ctrl+L without a password does nothing
        QVERIFY(!lock->locked());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(unlock(*lock, kPassword), Result::NotLocked);
    }

    void settingThePasswordTurnsItOnWithoutLocking()
    {
        auto lock = makeLock();
        QSignalSpy enabled(lock.get(), &AppLock::enabledChanged);
        QVERIFY(setPassword(*lock, kPassword));
        QVERIFY(lock->enabled());
        QVERIFY(!lock->locked());
        QCOMPARE(enabled.count(), 1);
        QCOMPARE(lock->msUntilIdleLock(), 5 * 60'000);
        QVERIFY(!setPassword(*lock, QString())); // an empty password is refused
        QVERIFY(lock->enabled());
    }

    void theSettingsFileHoldsOnlyASaltedScryptHash()
    {
        auto lock = makeLock();
        QVERIFY(setPassword(*lock, kPassword));
        m_settings->sync();
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ini = file.readAll();
        // Not the password, in any encoding QSettings might use, nor a part of it.
        QVERIFY(!ini.contains(kPassword.toUtf8()));
        QVERIFY(!ini.contains("Kunci-Sandi"));
        QVERIFY(!ini.contains("ppk1"));
        QVERIFY(!ini.contains(kPassword.toUtf8().toBase64()));
        QVERIFY(!ini.contains(kPassword.toUtf8().toHex()));
        const QString hash = m_settings->lockPasswordHash();
        // The core's format with its parameters: N = 2^15, r = 8, p = 1, 16-byte salt, 32-byte hash.
        QVERIFY2(hash.startsWith(u"$scrypt$ln=15,r=8,p=1$"_s), qPrintable(hash));
        const QStringList parts = hash.split(u'$');
        QCOMPARE(parts.size(), 5);
        QCOMPARE(QByteArray::fromBase64(parts[3].toLatin1()).size(), 16);
        QCOMPARE(QByteArray::fromBase64(parts[4].toLatin1()).size(), 32);
        QVERIFY(ini.contains(parts[4].toLatin1()));
        // A hash the core accepts for this password only.
        QCOMPARE(sandi::crypto::verifyPassword(kPassword.toStdString(), hash.toStdString()).value(), true);
        QCOMPARE(sandi::crypto::verifyPassword("kunci-sandi ppk1 ✓", hash.toStdString()).value(), false);
    }

    void theHashIsSaltedAndOfFixedSize()
    {
        // Not reversible: 32 bytes of scrypt output whatever the password's length, and a new salt
        // each time, so the same password never gives the same text.
        auto lock = makeLock();
        const QString longPassword = QString(u'x').repeated(300);
        QVERIFY(setPassword(*lock, longPassword));
        const QString first = m_settings->lockPasswordHash();
        QVERIFY(setPassword(*lock, longPassword));
        const QString second = m_settings->lockPasswordHash();
        QVERIFY(first != second);
        QCOMPARE(first.size(), second.size());
        QVERIFY(first.size() < 100);
        QVERIFY(!first.contains(u"xxxx"_s));
    }

    void wrongThenRightPassword()
    {
        {
            auto lock = makeLock();
            QVERIFY(setPassword(*lock, kPassword));
        }
        auto lock = makeLock(); // a restart: starts locked
        QVERIFY(lock->enabled());
        QVERIFY(lock->locked());
        QSignalSpy changed(lock.get(), &AppLock::lockedChanged);
        QCOMPARE(unlock(*lock, u"Kunci-Sandi ppk1"_s), Result::WrongPassword);
        QVERIFY(lock->locked());
        QCOMPARE(lock->failedAttempts(), 1);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(unlock(*lock, kPassword), Result::Unlocked);
        QVERIFY(!lock->locked());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toBool(), false);
        QCOMPARE(lock->failedAttempts(), 0);
        QCOMPARE(m_settings->lockFailedAttempts(), 0);
    }

    void unicodeFormsOfThePasswordMatch()
    {
        auto lock = makeLock();
        QVERIFY(setPassword(*lock, u"caf\u00e9"_s)); // é precomposed
        lock->lock();
        QCOMPARE(unlock(*lock, u"cafe\u0301"_s), Result::Unlocked); // e + combining acute
    }

    void theCheckRunsOffTheGuiThread()
    {
        auto lock = makeLock();
        QVERIFY(setPassword(*lock, kPassword));
        lock->lock();
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&] { ++ticks; });
        timer.start(1);
        std::optional<Result> done;
        QElapsedTimer elapsed;
        elapsed.start();
        lock->unlock(kPassword, this, [&](Result result) { done = result; });
        const qint64 callMs = elapsed.elapsed();
        QVERIFY(lock->busy());
        QVERIFY(QTest::qWaitFor([&] { return done.has_value(); }, 20'000));
        const qint64 totalMs = elapsed.elapsed();
        QCOMPARE(*done, Result::Unlocked);
        QVERIFY(!lock->busy());
        // scrypt (32 MiB, ~0.1 s) ran while the event loop went on turning.
        QVERIFY2(callMs * 4 < totalMs, qPrintable(u"call %1 ms, total %2 ms"_s.arg(callMs).arg(totalMs)));
        QVERIFY2(ticks >= 3, qPrintable(QString::number(ticks)));
    }

    void wrongPasswordsInARowAreSlowed()
    {
        auto lock = makeLock();
        QVERIFY(setPassword(*lock, kPassword));
        lock->lock();
        for (int i = 0; i < AppLock::kFreeAttempts - 1; ++i) {
            QCOMPARE(unlock(*lock, u"wrong"_s), Result::WrongPassword);
            QCOMPARE(lock->retryDelayMs(), 0);
        }
        QCOMPARE(unlock(*lock, u"wrong"_s), Result::WrongPassword);
        QCOMPARE(lock->retryDelayMs(), 1000);
        // Nothing is checked while waiting, not even the right password.
        QCOMPARE(unlock(*lock, kPassword), Result::TooSoon);
        QVERIFY(lock->locked());
        m_ms += 999;
        QCOMPARE(unlock(*lock, kPassword), Result::TooSoon);
        m_ms += 1;
        QCOMPARE(unlock(*lock, u"wrong"_s), Result::WrongPassword);
        QCOMPARE(lock->retryDelayMs(), 2000);
        m_ms += 2000;
        QCOMPARE(unlock(*lock, u"wrong"_s), Result::WrongPassword);
        QCOMPARE(lock->retryDelayMs(), 4000);
        QCOMPARE(m_settings->lockFailedAttempts(), 5);

        // Restarting Sandi does not skip the wait.
        lock.reset();
        lock = makeLock();
        QCOMPARE(lock->failedAttempts(), 5);
        QCOMPARE(lock->retryDelayMs(), 4000);
        QCOMPARE(unlock(*lock, kPassword), Result::TooSoon);
        m_ms += 4000;
        QCOMPARE(unlock(*lock, kPassword), Result::Unlocked);
        QCOMPARE(lock->retryDelayMs(), 0);
        QCOMPARE(m_settings->lockFailedAttempts(), 0);
    }

    void theDelayStopsGrowingAtAMinute()
    {
        m_settings->setLockFailedAttempts(40);
        auto lock = makeLock();
        QCOMPARE(lock->retryDelayMs(), AppLock::kMaxRetryDelayMs);
    }

    void locksAfterTheIdleMinutesOnTheDrivenClock()
    {
        auto lock = makeLock();
        QVERIFY(setPassword(*lock, kPassword));
        QSignalSpy changed(lock.get(), &AppLock::lockedChanged);
        m_ms += 4 * 60'000;
        lock->checkIdle();
        QVERIFY(!lock->locked());
        QCOMPARE(lock->msUntilIdleLock(), 60'000);
        // Input to Sandi (through the application's event filter) starts the five minutes again.
        QObject target;
        QEvent key(QEvent::KeyPress); // what the filter looks at: the type (a QKeyEvent needs Qt Gui)
        QCoreApplication::sendEvent(&target, &key);
        QCOMPARE(lock->msUntilIdleLock(), 5 * 60'000);
        m_ms += 4 * 60'000 + 59'999;
        lock->checkIdle();
        QVERIFY(!lock->locked());
        m_ms += 1;
        lock->checkIdle();
        QVERIFY(lock->locked());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(lock->msUntilIdleLock(), -1); // locked: no timer
        // After unlocking, the idle time counts from the unlock.
        QCOMPARE(unlock(*lock, kPassword), Result::Unlocked);
        QCOMPARE(lock->msUntilIdleLock(), 5 * 60'000);
    }

    void anIdleSettingOfZeroNeverLocks()
    {
        auto lock = makeLock();
        QVERIFY(setPassword(*lock, kPassword));
        m_settings->setLockIdleMinutes(0);
        QCOMPARE(lock->msUntilIdleLock(), -1);
        m_ms += 24 * 3600'000;
        lock->checkIdle();
        QVERIFY(!lock->locked());
        m_settings->setLockIdleMinutes(1); // counts from the change
        QCOMPARE(lock->msUntilIdleLock(), 60'000);
    }

    void workWaitsForTheUnlock()
    {
        auto lock = makeLock();
        QVERIFY(setPassword(*lock, kPassword));
        int ran = 0;
        lock->whenUnlocked(this, [&] { ++ran; });
        QCOMPARE(ran, 1); // unlocked: at once
        lock->lock();
        QSignalSpy requested(lock.get(), &AppLock::unlockRequested);
        lock->whenUnlocked(this, [&] { ++ran; });
        auto gone = std::make_unique<QObject>();
        lock->whenUnlocked(gone.get(), [&] { ran += 100; });
        gone.reset();
        lock->requestUnlock(u"A login is waiting for your approval."_s);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), u"A login is waiting for your approval."_s);
        QCOMPARE(unlock(*lock, u"wrong"_s), Result::WrongPassword);
        QCOMPARE(ran, 1);
        QCOMPARE(unlock(*lock, kPassword), Result::Unlocked);
        QCOMPARE(ran, 2); // once, and not for the deleted context
        lock->requestUnlock(u"x"_s);
        QCOMPARE(requested.count(), 1); // not locked: nothing to ask
    }

    void turningItOffForgetsTheHashAndUnlocks()
    {
        auto lock = makeLock();
        QVERIFY(setPassword(*lock, kPassword));
        lock->lock();
        int ran = 0;
        lock->whenUnlocked(this, [&] { ++ran; });
        QSignalSpy enabled(lock.get(), &AppLock::enabledChanged);
        lock->disable();
        QVERIFY(!lock->enabled());
        QVERIFY(!lock->locked());
        QCOMPARE(ran, 1);
        QCOMPARE(enabled.count(), 1);
        QVERIFY(m_settings->lockPasswordHash().isEmpty());
        m_settings->sync();
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("scrypt"));
    }

    void aDamagedHashFailsWithoutUnlocking()
    {
        m_settings->setLockPasswordHash(u"$scrypt$ln=15,r=8$broken"_s);
        auto lock = makeLock();
        QVERIFY(lock->locked());
        QCOMPARE(unlock(*lock, kPassword), Result::Failed);
        QVERIFY(lock->locked());
        QCOMPARE(lock->failedAttempts(), 0); // not the user's fault
    }
};

QTEST_GUILESS_MAIN(TestAppLock)
#include "tst_applock.moc"
