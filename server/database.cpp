#include "server/database.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace sandi::server {
namespace {

// Version 1. Times are Unix seconds. Tokens and session ids are stored as the hex SHA-256 of the
// value handed out, so a copy of the database does not give working links or sessions.
const char* const kSchemaV1[] = {
    R"(CREATE TABLE users (
        user_id TEXT PRIMARY KEY NOT NULL,
        email TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        totp_secret TEXT,                 -- Base32; set at Aktivasi, removed by Reset TOTP
        totp_active INTEGER NOT NULL DEFAULT 0,
        last_totp_step INTEGER,           -- the last accepted typed code's step (no replay)
        created INTEGER NOT NULL))",
    R"(CREATE TABLE enrollment_tokens (
        token_hash TEXT PRIMARY KEY NOT NULL,
        user_id TEXT NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
        created INTEGER NOT NULL,
        expires INTEGER NOT NULL,
        used INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE reset_tokens (
        token_hash TEXT PRIMARY KEY NOT NULL,
        user_id TEXT NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
        created INTEGER NOT NULL,
        expires INTEGER NOT NULL,
        used INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE devices (
        device_id TEXT PRIMARY KEY NOT NULL,
        user_id TEXT NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
        public_key BLOB NOT NULL,          -- DER SubjectPublicKeyInfo
        status TEXT NOT NULL CHECK (status IN ('active', 'revoked')),
        created INTEGER NOT NULL,
        revoked INTEGER))",
    "CREATE INDEX devices_user ON devices(user_id, status)",
    R"(CREATE TABLE sessions (
        session_hash TEXT PRIMARY KEY NOT NULL,
        csrf TEXT NOT NULL,
        user_id TEXT,                      -- the user ID typed at the first login step
        stage TEXT NOT NULL CHECK (stage IN ('anonymous', 'password', 'aktivasi', 'acceptor', 'beranda')),
        challenge_id TEXT,                 -- the Acceptor TOTP challenge this browser waits for
        user_agent TEXT NOT NULL DEFAULT '',
        ip TEXT NOT NULL DEFAULT '',
        created INTEGER NOT NULL,
        expires INTEGER NOT NULL))",
    R"(CREATE TABLE challenges (
        challenge_id TEXT PRIMARY KEY NOT NULL,
        user_id TEXT NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
        device_id TEXT NOT NULL REFERENCES devices(device_id) ON DELETE CASCADE,
        user_agent TEXT NOT NULL,
        ip TEXT NOT NULL,
        number INTEGER NOT NULL,           -- the two-digit number shown in the browser
        options TEXT NOT NULL,             -- the three numbers offered on the device, e.g. "27,81,45"
        iat INTEGER NOT NULL,
        exp INTEGER NOT NULL CHECK (exp - iat <= 120),
        state TEXT NOT NULL CHECK (state IN ('pending', 'approved', 'denied', 'expired', 'wrong-number')),
        answered INTEGER))",
    "CREATE INDEX challenges_user ON challenges(user_id, state)",
    "CREATE INDEX challenges_device ON challenges(device_id, state)",
    R"(CREATE TABLE login_attempts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id TEXT NOT NULL,
        ip TEXT NOT NULL,
        kind TEXT NOT NULL,                -- password, code
        ok INTEGER NOT NULL,
        at INTEGER NOT NULL))",
    R"(CREATE TABLE rate_limits (
        key TEXT NOT NULL,                 -- "user:ppk1" or "ip:127.0.0.1"
        window_start INTEGER NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (key)))",
    R"(CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        recipient TEXT NOT NULL,
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        created INTEGER NOT NULL))",
};

QString nextConnectionName()
{
    static QAtomicInt counter;
    return u"sandi-acceptor-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(const QString& path) : m_name(nextConnectionName())
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    db.setDatabaseName(path);
    // Another process (the sqlite3 shell of an admin, a test) may hold the lock for a moment.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=3000"_s);
    if (!db.open()) {
        m_error = u"cannot open %1: %2"_s.arg(path, db.lastError().text());
        return;
    }
    {
        // Finished before migrating: a statement still holding a row keeps a transaction from
        // committing ("SQL statements in progress").
        QSqlQuery pragma(db);
        pragma.exec(u"PRAGMA foreign_keys = ON"_s);
        pragma.exec(u"PRAGMA journal_mode = WAL"_s);
        pragma.finish();
    }
    migrate();
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

int Database::version() const
{
    QSqlQuery q(connection());
    return q.exec(u"PRAGMA user_version"_s) && q.next() ? q.value(0).toInt() : -1;
}

bool Database::migrate()
{
    const int from = version();
    if (from < 0) {
        m_error = u"cannot read the schema version"_s;
        return false;
    }
    if (from > kSchemaVersion) {
        m_error = u"the database has schema version %1; this program knows up to %2"_s.arg(from).arg(kSchemaVersion);
        return false;
    }
    QSqlDatabase db = connection();
    for (int v = from + 1; v <= kSchemaVersion; ++v) {
        db.transaction();
        QSqlQuery q(db);
        bool ok = true;
        if (v == 1) {
            for (const char* statement : kSchemaV1)
                ok = ok && q.exec(QString::fromUtf8(statement));
        }
        ok = ok && q.exec(u"PRAGMA user_version = %1"_s.arg(v));
        if (!ok) {
            m_error = u"migration to schema version %1 failed: %2"_s.arg(v).arg(q.lastError().text());
            db.rollback();
            return false;
        }
        q.finish();
        if (!db.commit()) {
            m_error = u"migration to schema version %1 failed: %2"_s.arg(v).arg(db.lastError().text());
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace sandi::server
