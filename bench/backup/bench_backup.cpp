// bench_backup: the cost of one automatic backup after an edit (docs/performance.md, "Automatic
// backups"), with 10, 100 and 1,000 accounts. For each count: a store on a fresh folder with N TOTP
// accounts (random secrets, in the in-memory keychain), backups turned on with the real key cost
// (scrypt N = 2^17), then R renames; each rename's backup is timed from the store's
// accountsChanged() to BackupService::backupWritten(), with the quiet time set to 0 so that only
// the work is measured (Sandi waits 1.5 s of quiet first, which costs nothing).
//
//   bench_backup [--runs R] [--counts 10,100,1000] [--dir PATH] [--markdown]
//
// Wall time, the process's CPU time (all threads: the GUI thread's snapshot and the worker's
// compare, encrypt, write, fsync, read-back and prune) and the GUI thread's own CPU time, as
// medians (min–max) over the runs. --dir puts the backup folder on another file system.

#include "app/backup/backupfiles.h"
#include "app/backup/backupservice.h"
#include "app/keychain/memorysecretstore.h"
#include "app/settings.h"
#include "app/store/accountfile.h"
#include "app/store/accountsnapshot.h"
#include "app/store/accountstore.h"
#include "core/backup/backup.h"
#include "core/crypto/kdf.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace Qt::StringLiterals;
using namespace sandi;

namespace {

double cpuMs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Stats
{
    double median = 0, min = 0, max = 0;
};

Stats stats(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    const double median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    return {median, values.front(), values.back()};
}

QString cell(const Stats& s, int decimals)
{
    return u"%1 (%2–%3)"_s.arg(s.median, 0, 'f', decimals).arg(s.min, 0, 'f', decimals).arg(s.max, 0, 'f', decimals);
}

// The pieces of one backup, each timed alone (wall ms, one thread): what the job is made of.
struct Parts
{
    Stats snapshot, write, read, save;
};

struct Row
{
    int accounts = 0;
    qint64 fileBytes = 0;
    Stats wall, cpu, gui;
    Parts parts;
};

template <class F> double timeMs(F&& f)
{
    QElapsedTimer clock;
    clock.start();
    f();
    return double(clock.nsecsElapsed()) / 1e6;
}

// accountSnapshot() on the GUI thread; writeBackup() (encrypt and encode); readBackup() with the
// key (decode, decrypt, parse: done twice per backup, to compare and to check the new file); and
// writeFileAtomically() (QSaveFile with fsync and rename).
Parts measureParts(const AccountStore& store, MemorySecretStore& secrets, const QString& folder, int runs)
{
    const auto key =
        backup::BackupKey::deserialize(secrets.secret(QString::fromUtf16(BackupService::kKeychainKey)).view());
    if (!key) {
        qFatal("no backup key");
    }
    std::vector<double> snapshot, write, read, save;
    for (int run = 0; run < runs; ++run) {
        Result<std::vector<uri::OtpauthUri>> accounts = fail(Errc::MissingSecret);
        snapshot.push_back(timeMs([&] { accounts = accountSnapshot(store); }));
        Result<std::string> text = fail(Errc::CryptoFailure);
        write.push_back(timeMs([&] { text = backup::writeBackup(*accounts, *key); }));
        read.push_back(timeMs([&] {
            if (!backup::readBackup(*text, *key)) {
                qFatal("the backup does not read back");
            }
        }));
        const QByteArray bytes = QByteArray::fromStdString(*text);
        const QString path = QDir(folder).filePath(u"parts.sandi"_s);
        save.push_back(timeMs([&] {
            if (!writeFileAtomically(path, bytes).ok()) {
                qFatal("cannot write");
            }
        }));
    }
    return {stats(snapshot), stats(write), stats(read), stats(save)};
}

// Writes N accounts to the folder and their random secrets to the keychain, as sandi-cli would have.
bool seed(const QString& dataDir, MemorySecretStore& secrets, int count)
{
    QList<Account> accounts;
    for (int i = 0; i < count; ++i) {
        Account account;
        account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        account.issuer = u"LPSE Kabupaten %1"_s.arg(i % 50);
        account.name = u"pengguna.%1@contoh.go.id"_s.arg(i);
        account.created = QDateTime::fromSecsSinceEpoch(1'780'000'000, Qt::UTC);
        const auto secret = crypto::randomBytes(20);
        if (!secret) {
            return false;
        }
        secrets.insert(account.id, *secret);
        accounts.append(account);
    }
    return AccountFile(dataDir).save(accounts).ok();
}

Row measure(int count, int runs, const QString& backupRoot)
{
    QTemporaryDir dir;
    QTemporaryDir backups(backupRoot.isEmpty() ? QDir::tempPath() + u"/sandi-bench-XXXXXX"_s
                                               : backupRoot + u"/sandi-bench-XXXXXX"_s);
    MemorySecretStore secrets;
    Row row;
    row.accounts = count;
    if (!seed(dir.filePath(u"data"_s), secrets, count)) {
        qFatal("cannot seed the accounts");
    }
    Settings settings(dir.filePath(u"sandi.ini"_s));
    AccountStore store(dir.filePath(u"data"_s), &secrets);
    BackupService::Options options; // the real scrypt cost for the key
    options.delay = std::chrono::milliseconds(0);
    options.maxDelay = std::chrono::milliseconds(0);
    BackupService backup(&store, &secrets, &settings, options);
    backup.start();
    QSignalSpy loaded(&store, &AccountStore::loaded);
    store.load(SecretLoading::All);
    if (!loaded.wait(60000) || !QTest::qWaitFor([&] { return backup.accountCount() == count; }, 60000)) {
        qFatal("the store did not load");
    }
    QSignalSpy written(&backup, &BackupService::backupWritten);
    QElapsedTimer keyTime;
    keyTime.start();
    if (!backup.enable(backups.path(), Settings::kDefaultBackupKeep, u"Kata-Sandi-Cadangan-2026!"_s) ||
        !written.wait(120000)) {
        qFatal("backups did not start");
    }
    std::fprintf(stderr, "bench_backup: %d accounts: key and first backup in %lld ms\n", count,
                 static_cast<long long>(keyTime.elapsed()));

    std::vector<double> wall, cpu, gui;
    for (int run = 0; run < runs; ++run) {
        written.clear();
        QElapsedTimer clock;
        double cpuStart = 0, guiStart = 0;
        const QString id = store.accounts().at(run % count).id;
        // Start the clocks when the store says the list changed: the rename's own save is not the backup's.
        auto started = QObject::connect(
            &store, &AccountStore::accountsChanged, &backup,
            [&] {
                clock.start();
                cpuStart = cpuMs(CLOCK_PROCESS_CPUTIME_ID);
                guiStart = cpuMs(CLOCK_THREAD_CPUTIME_ID);
            },
            Qt::DirectConnection);
        bool renamed = false;
        store.rename(id, u"LPSE Kota %1"_s.arg(run), u"ppk%1"_s.arg(run), [&](StoreResult r) { renamed = r.ok(); });
        if (!written.wait(60000) || !renamed) {
            qFatal("no backup after the edit");
        }
        wall.push_back(double(clock.nsecsElapsed()) / 1e6);
        cpu.push_back(cpuMs(CLOCK_PROCESS_CPUTIME_ID) - cpuStart);
        gui.push_back(cpuMs(CLOCK_THREAD_CPUTIME_ID) - guiStart);
        QObject::disconnect(started);
        QCoreApplication::processEvents(); // let the store's file watcher settle before the next edit
    }
    row.fileBytes = QFileInfo(backup.lastBackupPath()).size();
    row.parts = measureParts(store, secrets, backups.path(), runs);
    row.wall = stats(wall);
    row.cpu = stats(cpu);
    row.gui = stats(gui);
    return row;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int runs = 20;
    QList<int> counts{10, 100, 1000};
    QString dir;
    bool markdown = false;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--runs"_s && i + 1 < args.size()) {
            runs = args[++i].toInt();
        } else if (args[i] == u"--counts"_s && i + 1 < args.size()) {
            counts.clear();
            for (const QString& part : args[++i].split(u',')) {
                counts.append(part.toInt());
            }
        } else if (args[i] == u"--dir"_s && i + 1 < args.size()) {
            dir = args[++i];
        } else if (args[i] == u"--markdown"_s) {
            markdown = true;
        } else {
            std::fprintf(stderr, "usage: bench_backup [--runs R] [--counts 10,100,1000] [--dir PATH] [--markdown]\n");
            return 2;
        }
    }
    QTextStream out(stdout);
    if (markdown) {
        out << "| accounts | backup file | wall ms | CPU ms (all threads) | GUI thread CPU ms |\n"
               "|--:|--:|--:|--:|--:|\n";
    }
    QList<Row> rows;
    for (const int count : counts) {
        const Row row = measure(count, runs, dir);
        rows.append(row);
        const QString size =
            row.fileBytes >= 10240 ? u"%1 KB"_s.arg(row.fileBytes / 1024) : u"%1 bytes"_s.arg(row.fileBytes);
        if (markdown) {
            out << "| " << row.accounts << " | " << size << " | " << cell(row.wall, 1) << " | " << cell(row.cpu, 1)
                << " | " << cell(row.gui, 2) << " |\n";
        } else {
            out << row.accounts << " accounts, " << size << ": wall " << cell(row.wall, 1) << " ms, CPU "
                << cell(row.cpu, 1) << " ms, GUI thread " << cell(row.gui, 2) << " ms\n";
        }
        out.flush();
    }
    out << (markdown ? "\n| accounts | snapshot (GUI) | writeBackup | readBackup (key) | QSaveFile + fsync |\n"
                       "|--:|--:|--:|--:|--:|\n"
                     : "\nparts, wall ms:\n");
    for (const Row& row : rows) {
        const Parts& p = row.parts;
        if (markdown) {
            out << "| " << row.accounts << " | " << cell(p.snapshot, 2) << " | " << cell(p.write, 2) << " | "
                << cell(p.read, 2) << " | " << cell(p.save, 2) << " |\n";
        } else {
            out << row.accounts << " accounts: snapshot " << cell(p.snapshot, 2) << ", writeBackup " << cell(p.write, 2)
                << ", readBackup " << cell(p.read, 2) << ", save " << cell(p.save, 2) << "\n";
        }
    }
    return 0;
}
