#pragma once
// The acceptor's SQLite database (Qt SQL): owns the connection, the schema and its migrations.
// The schema version is SQLite's `PRAGMA user_version`; each migration moves it up by one inside a
// transaction, so a database is always at a known version.

#include <QSqlDatabase>
#include <QString>

namespace sandi::server {

class Database
{
public:
    static constexpr int kSchemaVersion = 1;

    // Opens (creating if needed) the SQLite file at `path` (":memory:" for tests) under a
    // connection name of its own, and migrates it to kSchemaVersion. A database from a newer
    // version is refused. Check ok(); error() says what failed.
    explicit Database(const QString& path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    [[nodiscard]] bool ok() const { return m_error.isEmpty(); }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] int version() const;

private:
    bool migrate();

    QString m_name;
    QString m_error;
};

} // namespace sandi::server
