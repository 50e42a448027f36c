#pragma once
// The changes AccountStore makes to the list, as AccountFile::Edit functions. They run on a
// worker thread against the list freshly read from disk, so each captures plain values only.

#include "app/store/accountfile.h"

namespace sandi::edits {

[[nodiscard]] AccountFile::Edit append(Account account);
[[nodiscard]] AccountFile::Edit rename(QString id, QString issuer, QString name);
[[nodiscard]] AccountFile::Edit remove(QString id);
[[nodiscard]] AccountFile::Edit move(QString id, int to);
// Replaces the account's login-approval enrollment (Account::acceptor).
[[nodiscard]] AccountFile::Edit setAcceptor(QString id, QJsonObject acceptor);
// Adds one to an HOTP account's counter (NotHotp for other types, WriteFailed at the maximum).
[[nodiscard]] AccountFile::Edit advanceCounter(QString id);

} // namespace sandi::edits
