// AccountFile and the JSON format: round trip, atomic save, recovery from a damaged or newer file,
// and a save that fails part way (file size limit; a real full disk in the full-disk run).

#include "app/store/accountfile.h"
#include "app/store/accountjson.h"

#include "storetestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace sandi;
using namespace sandi::test;

Q_DECLARE_METATYPE(QList<sandi::Account>)

namespace {

// The fixed "now" of every recovery, so kept-aside names are known in advance.
const QDateTime kNow(QDate(2026, 11, 24), QTime(14, 5, 0), Qt::UTC);
const QString kStamp = u"20261124T140500Z"_s;

otp::Params params(otp::Type type, otp::Algorithm algorithm, int digits, qint64 period = 30, qint64 t0 = 0)
{
    return *otp::Params::create(type, algorithm, digits, period, t0);
}

// Two accounts as save() writes them (sortOrder 0 and 1), so loads compare equal.
QList<Account> twoAccounts()
{
    return AccountFile::normalized({makeAccount(u"LPSE Kota"_s, u"ppk1"_s), makeAccount(u"ACME"_s, u"bob"_s)});
}

// The good file with one member of its first account replaced: valid JSON, invalid account.
QByteArray withAccountMember(const QByteArray& good, const QString& name, const QJsonValue& value)
{
    QJsonObject root = QJsonDocument::fromJson(good).object();
    QJsonArray accounts = root.value(u"accounts"_s).toArray();
    QJsonObject first = accounts.at(0).toObject();
    first.insert(name, value);
    accounts.replace(0, first);
    root.insert(u"accounts"_s, accounts);
    return QJsonDocument(root).toJson();
}

// The good file with its second account's id made equal to the first's.
QByteArray withDuplicateId(const QByteArray& good)
{
    const QJsonArray accounts = QJsonDocument::fromJson(good).object().value(u"accounts"_s).toArray();
    const QByteArray first = accounts.at(0).toObject().value(u"id"_s).toString().toLatin1();
    const QByteArray second = accounts.at(1).toObject().value(u"id"_s).toString().toLatin1();
    return QByteArray(good).replace(second, first);
}

QByteArray withMember(const QByteArray& good, const QString& name, const QJsonValue& value)
{
    QJsonObject root = QJsonDocument::fromJson(good).object();
    root.insert(name, value);
    return QJsonDocument(root).toJson();
}

} // namespace

class TestAccountFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir->isValid()); }
    void cleanup() { m_dir = std::make_unique<QTemporaryDir>(); }

    void roundTrip_data();
    void roundTrip();
    void fileIsVersionedJsonWithoutSecrets();
    void saveReplacesAtomicallyAndRefreshesLastGood();
    void firstStartIsNoFile();
    void damagedFileIsKeptAsideAndLastGoodLoaded_data();
    void damagedFileIsKeptAsideAndLastGoodLoaded();
    void newerVersionIsKeptAsideAndLastGoodLoaded();
    void missingFileIsRestoredFromLastGood();
    void bothBadIsUnreadableAndNothingDeleted();
    void keptAsideNamesNeverCollide();
    void unreadableFileIsNeverOverwritten();
    void failedSaveKeepsPreviousFile();
    void saveOnFullDiskKeepsPreviousFile();
    void modifyKeepsAnotherWritersChange();
    void failedEditChangesNothing();

private:
    [[nodiscard]] QString dir() const { return m_dir->path(); }
    [[nodiscard]] AccountFile file() const { return AccountFile(dir()); }

    std::unique_ptr<QTemporaryDir> m_dir = std::make_unique<QTemporaryDir>();
};

void TestAccountFile::roundTrip_data()
{
    QTest::addColumn<QList<Account>>("accounts");
    Account acceptor = makeAccount(u"LPSE Kabupaten Kudus"_s, u"pokja"_s);
    acceptor.acceptor = QJsonObject{{u"endpoint"_s, u"https://lpse.example/approve"_s}, {u"enrolled"_s, true}};
    QTest::newRow("empty list") << QList<Account>{};
    QTest::newRow("one TOTP") << QList<Account>{makeAccount(u"LPSE Kota"_s, u"ppk1"_s)};
    QTest::newRow("HOTP at the largest counter") << QList<Account>{makeAccount(
        u"ACME"_s, u"bob"_s, params(otp::Type::Hotp, otp::Algorithm::Sha1, 6), std::numeric_limits<quint64>::max())};
    QTest::newRow("Steam") << QList<Account>{makeAccount(u"Steam"_s, u"gamer"_s, otp::Params::steam())};
    QTest::newRow("SHA512, 8 digits, 60 s, T0 before 1970") << QList<Account>{
        makeAccount(u"Bank"_s, u"x"_s, params(otp::Type::Totp, otp::Algorithm::Sha512, 8, 60, -86400))};
    QTest::newRow("acceptor enrollment") << QList<Account>{acceptor};
    QTest::newRow("non-ASCII names, empty issuer")
        << QList<Account>{makeAccount(u"LPSE Provinsi Jawa Timur — Dinas"_s, u"ppk.satu@contoh.go.id"_s),
                          makeAccount(QString(), u"\u4f60\u597d"_s)};
}

void TestAccountFile::roundTrip()
{
    QFETCH(QList<Account>, accounts);
    const auto saved = file().save(accounts);
    QVERIFY2(saved.ok(), qPrintable(saved.detail));
    const auto loaded = file().load(kNow);
    QCOMPARE(loaded.report.status, LoadStatus::Ok);
    QVERIFY(loaded.writable);
    QCOMPARE(loaded.accounts, AccountFile::normalized(accounts));
}

void TestAccountFile::fileIsVersionedJsonWithoutSecrets()
{
    QVERIFY(file().save(twoAccounts()).ok());
    const QJsonObject root = QJsonDocument::fromJson(readAll(file().path())).object();
    QCOMPARE(root.value(u"format"_s).toString(), u"sandi-accounts"_s);
    QCOMPARE(root.value(u"version"_s).toInt(), kAccountFileVersion);
    const QJsonObject first = root.value(u"accounts"_s).toArray().at(0).toObject();
    const QStringList keys{u"account"_s, u"algorithm"_s, u"counter"_s,   u"created"_s, u"digits"_s, u"id"_s,
                           u"issuer"_s,  u"period"_s,    u"sortOrder"_s, u"t0"_s,      u"type"_s};
    QCOMPARE(first.keys(), keys);
    QCOMPARE(first.value(u"created"_s).toString(), u"2026-01-02T03:04:05Z"_s);
    QCOMPARE(QFile::permissions(file().path()),
             QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
}

void TestAccountFile::saveReplacesAtomicallyAndRefreshesLastGood()
{
    QVERIFY(file().save(twoAccounts()).ok());
    const QList<Account> next{makeAccount(u"Other"_s, u"carol"_s)};
    QVERIFY(file().save(next).ok());
    const QByteArray bytes = readAll(file().path());
    QCOMPARE(decodeAccounts(bytes).accounts, next);
    QCOMPARE(readAll(file().lastGoodPath()), bytes);
    // QSaveFile wrote a temporary file and renamed it: nothing is left behind.
    QCOMPARE(fileNames(dir()), (QStringList{u"accounts.json"_s, u"accounts.last-good.json"_s}));
}

void TestAccountFile::firstStartIsNoFile()
{
    const AccountFile fresh(dir() + u"/not/yet/there"_s);
    const auto loaded = fresh.load(kNow);
    QCOMPARE(loaded.report.status, LoadStatus::NoFile);
    QVERIFY(loaded.accounts.isEmpty());
    QVERIFY(loaded.writable);
    QVERIFY(QFileInfo(fresh.dir()).isDir()); // created, so that it can be watched
}

void TestAccountFile::damagedFileIsKeptAsideAndLastGoodLoaded_data()
{
    QVERIFY(file().save(twoAccounts()).ok());
    const QByteArray good = readAll(file().path());
    QTest::addColumn<QByteArray>("damaged");
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("cut off half way") << good.left(good.size() / 2);
    QTest::newRow("not JSON") << QByteArray("\x00\x01garbage", 9);
    QTest::newRow("JSON array") << QByteArray("[]");
    QTest::newRow("other format") << withMember(good, u"format"_s, u"keepassxc"_s);
    QTest::newRow("version 0") << withMember(good, u"version"_s, 0);
    QTest::newRow("accounts not an array") << withMember(good, u"accounts"_s, u"none"_s);
    QTest::newRow("11 digits") << withAccountMember(good, u"digits"_s, 11);
    QTest::newRow("fractional digits") << withAccountMember(good, u"digits"_s, 6.5);
    QTest::newRow("unknown algorithm") << withAccountMember(good, u"algorithm"_s, u"MD5"_s);
    QTest::newRow("counter as a number") << withAccountMember(good, u"counter"_s, 5);
    QTest::newRow("id not a UUID") << withAccountMember(good, u"id"_s, u"ppk1"_s);
    QTest::newRow("created without a zone") << withAccountMember(good, u"created"_s, u"2026-01-02T03:04:05"_s);
    QTest::newRow("duplicate id") << withDuplicateId(good);
    m_dir = std::make_unique<QTemporaryDir>(); // each row saves its own good file
}

void TestAccountFile::damagedFileIsKeptAsideAndLastGoodLoaded()
{
    QFETCH(QByteArray, damaged);
    const QList<Account> good = twoAccounts();
    QVERIFY(file().save(good).ok());
    QVERIFY(writeAll(file().path(), damaged));

    const auto loaded = file().load(kNow);
    QCOMPARE(loaded.report.status, LoadStatus::RecoveredFromLastGood);
    QCOMPARE(loaded.accounts, good);
    QVERIFY(loaded.writable);
    QCOMPARE(loaded.report.keptAsidePath, dir() + u"/accounts.damaged-"_s + kStamp + u".json"_s);
    QCOMPARE(readAll(loaded.report.keptAsidePath), damaged);
    QCOMPARE(readAll(file().path()), readAll(file().lastGoodPath())); // the good copy is back in place
    QCOMPARE(file().load(kNow).report.status, LoadStatus::Ok);
}

void TestAccountFile::newerVersionIsKeptAsideAndLastGoodLoaded()
{
    const QList<Account> good = twoAccounts();
    QVERIFY(file().save(good).ok());
    const QByteArray newer = withMember(readAll(file().path()), u"version"_s, kAccountFileVersion + 1);
    QVERIFY(writeAll(file().path(), newer));

    const auto loaded = file().load(kNow);
    QCOMPARE(loaded.report.status, LoadStatus::NewerVersion);
    QCOMPARE(loaded.accounts, good);
    QCOMPARE(loaded.report.keptAsidePath, dir() + u"/accounts.newer-"_s + kStamp + u".json"_s);
    QCOMPARE(readAll(loaded.report.keptAsidePath), newer);
}

void TestAccountFile::missingFileIsRestoredFromLastGood()
{
    const QList<Account> good = twoAccounts();
    QVERIFY(file().save(good).ok());
    QVERIFY(QFile::remove(file().path()));

    const auto loaded = file().load(kNow);
    QCOMPARE(loaded.report.status, LoadStatus::RecoveredFromLastGood);
    QVERIFY(loaded.report.keptAsidePath.isEmpty());
    QCOMPARE(loaded.accounts, good);
    QVERIFY(QFile::exists(file().path()));
}

void TestAccountFile::bothBadIsUnreadableAndNothingDeleted()
{
    QVERIFY(file().save(twoAccounts()).ok());
    QVERIFY(writeAll(file().path(), "{\"format\":\"sandi-accounts\","));
    QVERIFY(writeAll(file().lastGoodPath(), "not json either"));

    const auto loaded = file().load(kNow);
    QCOMPARE(loaded.report.status, LoadStatus::Unreadable);
    QVERIFY(loaded.accounts.isEmpty());
    QVERIFY(loaded.writable); // both bad files are out of the way: a new list cannot overwrite them
    const QStringList expected{u"accounts.damaged-"_s + kStamp + u".json"_s,
                               u"accounts.last-good.damaged-"_s + kStamp + u".json"_s};
    QCOMPARE(fileNames(dir()), expected);
    QCOMPARE(readAll(dir() + u'/' + expected[0]), QByteArray("{\"format\":\"sandi-accounts\","));
    QCOMPARE(readAll(dir() + u'/' + expected[1]), QByteArray("not json either"));
}

void TestAccountFile::keptAsideNamesNeverCollide()
{
    QVERIFY(file().save(twoAccounts()).ok());
    QVERIFY(writeAll(file().path(), "first damage"));
    QVERIFY(file().load(kNow).writable);
    QVERIFY(writeAll(file().path(), "second damage"));
    const auto loaded = file().load(kNow);
    QCOMPARE(loaded.report.keptAsidePath, dir() + u"/accounts.damaged-"_s + kStamp + u"-2.json"_s);
    QCOMPARE(readAll(dir() + u"/accounts.damaged-"_s + kStamp + u".json"_s), QByteArray("first damage"));
    QCOMPARE(readAll(loaded.report.keptAsidePath), QByteArray("second damage"));
}

void TestAccountFile::unreadableFileIsNeverOverwritten()
{
    // A path that exists but cannot be read as a file (works for root too, unlike chmod 000).
    QVERIFY(QDir(dir()).mkdir(u"accounts.json"_s));
    const auto loaded = file().load(kNow);
    QCOMPARE(loaded.report.status, LoadStatus::Unreadable);
    QVERIFY(!loaded.writable);
    const auto modified = file().modify(
        [](QList<Account>& accounts) {
            accounts.append(makeAccount(u"A"_s, u"b"_s));
            return StoreResult{};
        },
        kNow);
    QCOMPARE(modified.result.error, StoreError::ReadOnly);
    QVERIFY(QFileInfo(file().path()).isDir());
}

void TestAccountFile::failedSaveKeepsPreviousFile()
{
    QVERIFY(file().save(twoAccounts()).ok());
    const QByteArray before = readAll(file().path());
    QList<Account> bigger = twoAccounts();
    bigger.append(makeAccount(u"Third"_s, u"carol"_s));
    StoreResult result;
    {
        const FileSizeLimit limit(64); // the new file fails after 64 bytes with EFBIG
        result = file().save(bigger);
    }
    QCOMPARE(result.error, StoreError::WriteFailed);
    QCOMPARE(readAll(file().path()), before);
    QCOMPARE(readAll(file().lastGoodPath()), before);
    QCOMPARE(fileNames(dir()), (QStringList{u"accounts.json"_s, u"accounts.last-good.json"_s}));
}

void TestAccountFile::saveOnFullDiskKeepsPreviousFile()
{
    const QString smallDisk = qEnvironmentVariable("SANDI_TEST_SMALL_DISK");
    if (smallDisk.isEmpty()) {
        QSKIP("needs a small tmpfs: run through tests/app/run-on-small-disk.sh (ctest app.tst_accountfile.full-disk)");
    }
    const AccountFile full(smallDisk + u"/data"_s);
    QVERIFY(full.save(twoAccounts()).ok());
    const QByteArray before = readAll(full.path());
    {
        // Fill the file system until the kernel says ENOSPC.
        QFile filler(smallDisk + u"/filler"_s);
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size()) {
        }
    }
    QList<Account> bigger = twoAccounts();
    bigger.append(makeAccount(u"Third"_s, u"carol"_s));
    const auto result = full.save(bigger);
    QCOMPARE(result.error, StoreError::DiskFull);
    QCOMPARE(readAll(full.path()), before);
    QCOMPARE(readAll(full.lastGoodPath()), before);
    QCOMPARE(fileNames(full.dir()), (QStringList{u"accounts.json"_s, u"accounts.last-good.json"_s}));
    QVERIFY(QFile::remove(smallDisk + u"/filler"_s));
    QVERIFY(full.save(bigger).ok());
}

void TestAccountFile::modifyKeepsAnotherWritersChange()
{
    const AccountFile first(dir());
    const AccountFile second(dir()); // as another process would: its own view of the same folder
    const Account a = makeAccount(u"A"_s, u"a"_s);
    const Account b = makeAccount(u"B"_s, u"b"_s);
    const auto append = [](Account account) {
        return [account](QList<Account>& accounts) {
            accounts.append(account);
            return StoreResult{StoreError::None, account.id, {}};
        };
    };
    QVERIFY(first.modify(append(a), kNow).result.ok());
    const auto modified = second.modify(append(b), kNow);
    QVERIFY(modified.result.ok());
    QCOMPARE(modified.loaded.accounts.size(), 1); // it reloaded under the lock before editing
    QCOMPARE(first.load(kNow).accounts, AccountFile::normalized({a, b}));
    QVERIFY(!QFile::exists(first.lockPath())); // released
}

void TestAccountFile::failedEditChangesNothing()
{
    QVERIFY(file().save(twoAccounts()).ok());
    const QByteArray before = readAll(file().path());
    const auto modified = file().modify(
        [](QList<Account>& accounts) {
            accounts.clear();
            return StoreResult{StoreError::NotFound, {}, {}};
        },
        kNow);
    QCOMPARE(modified.result.error, StoreError::NotFound);
    QCOMPARE(modified.accounts, modified.loaded.accounts);
    QCOMPARE(readAll(file().path()), before);
}

QTEST_GUILESS_MAIN(TestAccountFile)
#include "tst_accountfile.moc"
