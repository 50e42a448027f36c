#pragma once
// Shared by the account store tests: RFC secrets, accounts with fixed values, a real write
// failure (a file size limit), and a scan of a folder for secret material.

#include "app/store/account.h"
#include "core/crypto/secretbytes.h"
#include "core/encoding/base32.h"
#include "core/uri/otpauth.h"

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>
#include <QUuid>

#include <csignal>
#include <span>
#include <string>
#include <sys/resource.h>

namespace sandi::test {

// RFC 4226 Appendix D / RFC 6238 Appendix B seeds (ASCII).
inline const QByteArray kSeed20 = QByteArrayLiteral("12345678901234567890");
inline const QByteArray kSeed32 = QByteArrayLiteral("12345678901234567890123456789012");
inline const QByteArray kSeed64 = QByteArrayLiteral("1234567890123456789012345678901234567890123456789012345678901234");

inline QString base32Of(const QByteArray& raw)
{
    std::string text = base32::encode(std::as_bytes(std::span<const char>(raw.constData(), std::size_t(raw.size()))));
    QString result = QString::fromStdString(text);
    secureWipe(text);
    return result;
}

// A parsed otpauth:// URI; the test fails (QVERIFY in the caller) on an empty secret.
inline uri::OtpauthUri parseUri(const QString& text)
{
    auto parsed = uri::parseOtpauth(text.toStdString());
    return parsed ? std::move(*parsed) : uri::OtpauthUri{};
}

inline QString totpUri(const QString& issuer, const QString& name, const QByteArray& seed = kSeed20,
                       const QString& extra = {})
{
    return QStringLiteral("otpauth://totp/%1:%2?secret=%3&issuer=%1%4").arg(issuer, name, base32Of(seed), extra);
}

inline Account makeAccount(const QString& issuer, const QString& name, otp::Params params = {}, quint64 counter = 0)
{
    Account account;
    account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    account.issuer = issuer;
    account.name = name;
    account.params = params;
    account.counter = counter;
    account.created = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    return account;
}

inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Names of the regular files in `dir`, sorted.
inline QStringList fileNames(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

// Every file under `dir` that contains `seed` raw, in hex or in Base32 (each in any case, Base32
// padded or not), or in Base64.
inline QStringList filesHoldingSecret(const QString& dir, const QByteArray& seed)
{
    const QByteArray raw = seed;
    const QByteArray base64 = QByteArray(seed).toBase64();
    const QByteArray hex = seed.toHex();                        // lower case: compared case-insensitively
    const QByteArray b32 = base32Of(seed).toLower().toLatin1(); // unpadded: also found in padded text
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray bytes = readAll(path);
        const QByteArray lower = bytes.toLower();
        if (bytes.contains(raw) || bytes.contains(base64) || lower.contains(hex) || lower.contains(b32)) {
            found.append(path);
        }
    }
    return found;
}

// A real write failure without root or a special file system: while alive, this process may not
// grow any file beyond `bytes` (RLIMIT_FSIZE), so write() fails with EFBIG, exactly where a full
// disk fails with ENOSPC. SIGXFSZ is ignored so that the failure is an error, not a crash.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_previous);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{bytes, m_previous.rlim_max};
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_handler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_previous{};
    void (*m_handler)(int) = SIG_DFL;
};

} // namespace sandi::test

namespace sandi {

// Readable QCOMPARE failures; never prints a secret (an Account holds none).
inline char* toString(const Account& account)
{
    const QString text =
        QStringLiteral("%1 %2:%3 %4 %5 digits %6 s counter %7 order %8")
            .arg(account.id, account.issuer, account.name, QString::fromLatin1(otp::typeName(account.params.type())),
                 QString::number(account.params.digits()), QString::number(account.params.period()),
                 QString::number(account.counter), QString::number(account.sortOrder));
    return qstrdup(text.toUtf8().constData());
}

} // namespace sandi
