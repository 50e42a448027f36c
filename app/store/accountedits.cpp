#include "app/store/accountedits.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace sandi::edits {

namespace {

qsizetype indexOf(const QList<Account>& accounts, const QString& id)
{
    const auto it = std::find_if(accounts.begin(), accounts.end(), [&](const Account& a) { return a.id == id; });
    return it == accounts.end() ? -1 : qsizetype(it - accounts.begin());
}

StoreResult notFound(const QString& id)
{
    return StoreResult{StoreError::NotFound, id, u"no account with this id"_s};
}

} // namespace

AccountFile::Edit append(Account account)
{
    return [account = std::move(account)](QList<Account>& accounts) {
        if (indexOf(accounts, account.id) >= 0) {
            return StoreResult{StoreError::WriteFailed, account.id, u"the id is already in use"_s};
        }
        accounts.append(account);
        return StoreResult{StoreError::None, account.id, {}};
    };
}

AccountFile::Edit rename(QString id, QString issuer, QString name)
{
    return [id = std::move(id), issuer = std::move(issuer), name = std::move(name)](QList<Account>& accounts) {
        const qsizetype i = indexOf(accounts, id);
        if (i < 0) {
            return notFound(id);
        }
        accounts[i].issuer = issuer;
        accounts[i].name = name;
        return StoreResult{StoreError::None, id, {}};
    };
}

AccountFile::Edit remove(QString id)
{
    return [id = std::move(id)](QList<Account>& accounts) {
        const qsizetype i = indexOf(accounts, id);
        if (i < 0) {
            return notFound(id);
        }
        accounts.removeAt(i);
        return StoreResult{StoreError::None, id, {}};
    };
}

AccountFile::Edit move(QString id, int to)
{
    return [id = std::move(id), to](QList<Account>& accounts) {
        const qsizetype from = indexOf(accounts, id);
        if (from < 0) {
            return notFound(id);
        }
        accounts.move(from, std::clamp<qsizetype>(to, 0, accounts.size() - 1));
        return StoreResult{StoreError::None, id, {}};
    };
}

AccountFile::Edit setAcceptor(QString id, QJsonObject acceptor)
{
    return [id = std::move(id), acceptor = std::move(acceptor)](QList<Account>& accounts) {
        const qsizetype i = indexOf(accounts, id);
        if (i < 0) {
            return notFound(id);
        }
        accounts[i].acceptor = acceptor;
        return StoreResult{StoreError::None, id, {}};
    };
}

AccountFile::Edit advanceCounter(QString id)
{
    return [id = std::move(id)](QList<Account>& accounts) {
        const qsizetype i = indexOf(accounts, id);
        if (i < 0) {
            return notFound(id);
        }
        Account& account = accounts[i];
        if (account.params.type() != otp::Type::Hotp) {
            return StoreResult{StoreError::NotHotp, id, {}};
        }
        if (account.counter == std::numeric_limits<quint64>::max()) {
            return StoreResult{StoreError::WriteFailed, id, u"the HOTP counter is at its maximum"_s};
        }
        ++account.counter;
        return StoreResult{StoreError::None, id, {}};
    };
}

} // namespace sandi::edits
