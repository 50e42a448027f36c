// Ticker: one timer aligned to wall-clock seconds, driven here by a fake clock: no sleeps.

#include "app/ticker.h"

#include <QSignalSpy>
#include <QTest>

class TestTicker : public QObject
{
    Q_OBJECT

private:
    qint64 m_ms = 0;
    [[nodiscard]] sandi::Ticker::Clock clock()
    {
        return [this] { return m_ms; };
    }

private Q_SLOTS:
    void startTicksAtOnceAndAlignsToTheNextSecond_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<qint64>("second");
        QTest::addColumn<int>("interval");
        QTest::newRow("on the boundary") << qint64(1'700'000'000'000) << qint64(1'700'000'000) << 1000 + 5;
        QTest::newRow("just after") << qint64(1'700'000'000'001) << qint64(1'700'000'000) << 999 + 5;
        QTest::newRow("mid-second") << qint64(1'700'000'000'250) << qint64(1'700'000'000) << 750 + 5;
        QTest::newRow("just before") << qint64(1'700'000'000'999) << qint64(1'700'000'000) << 1 + 5;
        QTest::newRow("before 1970") << qint64(-1'250) << qint64(-2) << 250 + 5;
    }
    void startTicksAtOnceAndAlignsToTheNextSecond()
    {
        QFETCH(qint64, ms);
        QFETCH(qint64, second);
        QFETCH(int, interval);
        m_ms = ms;
        sandi::Ticker ticker(clock());
        QSignalSpy ticked(&ticker, &sandi::Ticker::ticked);
        QVERIFY(!ticker.isActive());
        ticker.start();
        QCOMPARE(ticked.count(), 1);
        QCOMPARE(ticked.at(0).at(0).toLongLong(), second);
        QVERIFY(ticker.isActive());
        QCOMPARE(ticker.intervalMs(), interval);
        QCOMPARE(ticker.now(), second);
    }

    void firesOncePerSecond()
    {
        m_ms = 10'000'400;
        sandi::Ticker ticker(clock());
        QSignalSpy ticked(&ticker, &sandi::Ticker::ticked);
        ticker.start();
        m_ms = 10'001'005; // the timer fired on time
        ticker.fire();
        QCOMPARE(ticked.count(), 2);
        QCOMPARE(ticked.at(1).at(0).toLongLong(), 10'001);
        QCOMPARE(ticker.intervalMs(), 995 + 5);
    }

    void anEarlyTimerDoesNotRepeatASecond()
    {
        m_ms = 5'000'000;
        sandi::Ticker ticker(clock());
        QSignalSpy ticked(&ticker, &sandi::Ticker::ticked);
        ticker.start();
        m_ms = 5'000'998; // woke up 2 ms before the boundary (coarse timers)
        ticker.fire();
        QCOMPARE(ticked.count(), 1);          // still the same second: no tick
        QCOMPARE(ticker.intervalMs(), 2 + 5); // re-armed for the boundary
        m_ms = 5'001'003;
        ticker.fire();
        QCOMPARE(ticked.count(), 2);
        QCOMPARE(ticked.at(1).at(0).toLongLong(), 5'001);
    }

    void aLateTimerCatchesUp()
    {
        m_ms = 7'000'100;
        sandi::Ticker ticker(clock());
        QSignalSpy ticked(&ticker, &sandi::Ticker::ticked);
        ticker.start();
        m_ms = 7'003'600; // the machine slept for 3.5 s
        ticker.fire();
        QCOMPARE(ticked.count(), 2);
        QCOMPARE(ticked.at(1).at(0).toLongLong(), 7'003); // the current second, not the missed ones
        QCOMPARE(ticker.intervalMs(), 400 + 5);
    }

    void stopsWhileHiddenAndRestartsAligned()
    {
        m_ms = 1'000'000;
        sandi::Ticker ticker(clock());
        QSignalSpy ticked(&ticker, &sandi::Ticker::ticked);
        ticker.start();
        ticker.stop(); // the window was hidden
        QVERIFY(!ticker.isActive());
        QCOMPARE(ticker.intervalMs(), -1);
        m_ms = 1'060'300; // a minute later the window is shown again
        ticker.start();
        QCOMPARE(ticked.count(), 2);
        QCOMPARE(ticked.at(1).at(0).toLongLong(), 1'060);
        QCOMPARE(ticker.intervalMs(), 700 + 5);
    }

    void startAgainInTheSameSecondStillTicks()
    {
        // The model may have been refreshed meanwhile: showing the window always ticks.
        m_ms = 2'000'000;
        sandi::Ticker ticker(clock());
        QSignalSpy ticked(&ticker, &sandi::Ticker::ticked);
        ticker.start();
        ticker.stop();
        ticker.start();
        QCOMPARE(ticked.count(), 2);
    }

    void theTimerCallsFire()
    {
        // The armed QTimer itself calls fire(): 1 ms before the boundary it is due in 6 ms.
        m_ms = 3'000'999;
        sandi::Ticker ticker(clock());
        QSignalSpy ticked(&ticker, &sandi::Ticker::ticked);
        ticker.start();
        m_ms = 3'001'005; // what the fake clock says when the timer fires
        QVERIFY(ticked.wait(1000));
        QCOMPARE(ticked.count(), 2);
        QCOMPARE(ticked.at(1).at(0).toLongLong(), 3'001);
    }
};

QTEST_GUILESS_MAIN(TestTicker)
#include "tst_ticker.moc"
