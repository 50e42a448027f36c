// StartupReport: off without a path; with one, first marks win and the first painted code writes
// the file once, holding times only.

#include "app/startupreport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Milestone = sandi::StartupReport::Milestone;

class TestStartupReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inactiveWithoutPath()
    {
        sandi::StartupReport report;
        QVERIFY(!report.isActive());
        report.mark(Milestone::CodePainted, 5);
        QVERIFY(!report.reached(Milestone::CodePainted));
        QVERIFY(!report.written());
    }

    void fromEnvironmentFollowsTheVariable()
    {
        qunsetenv(sandi::StartupReport::kVariable);
        QVERIFY(!sandi::StartupReport::fromEnvironment().isActive());
        qputenv(sandi::StartupReport::kVariable, "/nonexistent/report.txt");
        QVERIFY(sandi::StartupReport::fromEnvironment().isActive());
        qunsetenv(sandi::StartupReport::kVariable);
    }

    void firstMarksWinAndTheFirstCodeWritesOnce()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"startup.txt"_s);
        sandi::StartupReport report(path);
        report.mark(Milestone::MainEntered, 100);
        report.mark(Milestone::RowPainted, 300);
        report.mark(Milestone::RowPainted, 350); // a later row: ignored
        QVERIFY(!QFile::exists(path));
        report.mark(Milestone::CodePainted, 400);
        report.mark(Milestone::SecretLoaded, 380); // after the write: kept in memory only
        report.mark(Milestone::CodePainted, 500);
        QVERIFY(report.written());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("main_entered_ns 100\nrow_painted_ns 300\ncode_painted_ns 400\n"));
    }

    void nowIsMonotonic()
    {
        const std::int64_t a = sandi::StartupReport::now();
        const std::int64_t b = sandi::StartupReport::now();
        QVERIFY(a > 0);
        QVERIFY(b >= a);
    }
};

QTEST_GUILESS_MAIN(TestStartupReport)
#include "tst_startupreport.moc"
