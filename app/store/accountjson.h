#pragma once
// The account file's JSON form (docs/account-store.md): {"format":"sandi-accounts","version":1,
// "accounts":[...]}. Pure functions, no file access. The file never holds a secret.

#include "app/store/account.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sandi {

inline constexpr int kAccountFileVersion = 1;

enum class DecodeStatus
{
    Ok,
    Corrupt,      // not JSON, wrong format name, or an account that breaks a rule
    NewerVersion, // "version" is greater than kAccountFileVersion
};

struct DecodedAccounts
{
    DecodeStatus status = DecodeStatus::Ok;
    QList<Account> accounts; // in sortOrder, then file order; empty unless Ok
    int version = 0;         // the file's "version" when it has one
    QString detail;          // English: what was wrong (for logs and tests)
};

// Indented UTF-8 JSON, accounts in list order.
[[nodiscard]] QByteArray encodeAccounts(const QList<Account>& accounts);

// Strict: any member of the wrong type, an invalid OTP parameter or a duplicate id makes the
// whole file Corrupt, so that a damaged file is never half-read and then overwritten.
// Unknown members are ignored.
[[nodiscard]] DecodedAccounts decodeAccounts(const QByteArray& json);

} // namespace sandi
