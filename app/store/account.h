#pragma once
// One account's metadata, as the account store keeps it. The secret is never here: it lives in
// the OS keychain under the account's id. docs/account-store.md describes the file.

#include "core/otp/otp.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace sandi {

struct Account
{
    QString id;           // a UUID without braces, lower case; also the keychain item's key
    QString issuer;       // for SPSE accounts, the LPSE's name
    QString name;         // the account (SPSE: the user ID)
    otp::Params params;   // type, algorithm, digits, period, T0
    quint64 counter = 0;  // HOTP only: the counter of the next code (advanceHotp() uses it, then saves + 1)
    int sortOrder = 0;    // position in the list, 0 first
    QDateTime created;    // UTC, whole seconds
    QJsonObject acceptor; // login-approval enrollment (approval protocol); empty when none

    friend bool operator==(const Account&, const Account&) = default;
};

} // namespace sandi
