#include "app/store/accountjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <climits>
#include <optional>

using namespace Qt::StringLiterals;

namespace sandi {

namespace {

const QString kFormatName = u"sandi-accounts"_s;

std::optional<otp::Type> typeFromName(const QString& name)
{
    for (const auto type : {otp::Type::Totp, otp::Type::Hotp, otp::Type::Steam}) {
        if (name == QLatin1StringView(otp::typeName(type))) {
            return type;
        }
    }
    return std::nullopt;
}

std::optional<otp::Algorithm> algorithmFromName(const QString& name)
{
    for (const auto algorithm : {otp::Algorithm::Sha1, otp::Algorithm::Sha256, otp::Algorithm::Sha512}) {
        if (name == QLatin1StringView(otp::algorithmName(algorithm))) {
            return algorithm;
        }
    }
    return std::nullopt;
}

// A JSON number that is a whole number (toInteger() answers the default for fractions).
std::optional<qint64> wholeNumber(const QJsonValue& value)
{
    if (!value.isDouble() || value.toInteger(0) != value.toInteger(1)) {
        return std::nullopt;
    }
    return value.toInteger();
}

// The counter is a decimal string: a JSON number is a double and cannot hold every uint64.
std::optional<quint64> counterFromString(const QJsonValue& value)
{
    const QString text = value.toString();
    if (!value.isString() || text.isEmpty() || text.size() > 20 ||
        !std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; })) {
        return std::nullopt;
    }
    bool ok = false;
    const quint64 counter = text.toULongLong(&ok);
    return ok ? std::optional<quint64>(counter) : std::nullopt;
}

bool isCanonicalId(const QString& id)
{
    const QUuid uuid = QUuid::fromString(id);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == id;
}

QJsonObject encodeAccount(const Account& account)
{
    QJsonObject object{
        {u"id"_s, account.id},
        {u"issuer"_s, account.issuer},
        {u"account"_s, account.name},
        {u"type"_s, QString::fromLatin1(otp::typeName(account.params.type()))},
        {u"algorithm"_s, QString::fromLatin1(otp::algorithmName(account.params.algorithm()))},
        {u"digits"_s, account.params.digits()},
        {u"period"_s, qint64(account.params.period())},
        {u"t0"_s, qint64(account.params.t0())},
        {u"counter"_s, QString::number(account.counter)},
        {u"sortOrder"_s, account.sortOrder},
        {u"created"_s, account.created.toUTC().toString(Qt::ISODate)},
    };
    if (!account.acceptor.isEmpty()) {
        object.insert(u"acceptor"_s, account.acceptor);
    }
    return object;
}

// One account, or an English reason why it is rejected.
std::optional<Account> decodeAccount(const QJsonObject& object, QString& why)
{
    Account account;
    account.id = object.value(u"id"_s).toString();
    const auto type = typeFromName(object.value(u"type"_s).toString());
    const auto algorithm = algorithmFromName(object.value(u"algorithm"_s).toString());
    const auto digits = wholeNumber(object.value(u"digits"_s));
    const auto period = wholeNumber(object.value(u"period"_s));
    const auto t0 = wholeNumber(object.value(u"t0"_s));
    const auto counter = counterFromString(object.value(u"counter"_s));
    const auto sortOrder = wholeNumber(object.value(u"sortOrder"_s));
    account.created = QDateTime::fromString(object.value(u"created"_s).toString(), Qt::ISODate);
    const QJsonValue acceptor = object.value(u"acceptor"_s);
    if (!isCanonicalId(account.id)) {
        why = u"an id is not a lower-case UUID"_s;
    } else if (!object.value(u"issuer"_s).isString() || !object.value(u"account"_s).isString()) {
        why = u"issuer or account is not a string"_s;
    } else if (!type || !algorithm || !digits || !period || !t0 || !counter || !sortOrder) {
        why = u"a type, algorithm, digits, period, t0, counter or sortOrder is missing or invalid"_s;
    } else if (*digits < 0 || *digits > 100 || *sortOrder < 0 || *sortOrder > INT_MAX) {
        why = u"digits or sortOrder out of range"_s;
    } else if (!account.created.isValid() || account.created.timeSpec() != Qt::UTC) {
        why = u"created is not an ISO 8601 UTC time"_s;
    } else if (!acceptor.isUndefined() && !acceptor.isObject()) {
        why = u"acceptor is not an object"_s;
    }
    if (!why.isEmpty()) {
        return std::nullopt;
    }
    auto params = otp::Params::create(*type, *algorithm, int(*digits), *period, *t0);
    if (!params) {
        why = u"invalid OTP parameters: "_s + QString::fromStdString(params.error().detail);
        return std::nullopt;
    }
    account.issuer = object.value(u"issuer"_s).toString();
    account.name = object.value(u"account"_s).toString();
    account.params = *params;
    account.counter = *counter;
    account.sortOrder = int(*sortOrder);
    account.acceptor = acceptor.toObject();
    return account;
}

DecodedAccounts corrupt(QString detail, int version = 0)
{
    return DecodedAccounts{DecodeStatus::Corrupt, {}, version, std::move(detail)};
}

} // namespace

QByteArray encodeAccounts(const QList<Account>& accounts)
{
    QJsonArray array;
    for (const auto& account : accounts) {
        array.append(encodeAccount(account));
    }
    const QJsonObject root{
        {u"format"_s, kFormatName},
        {u"version"_s, kAccountFileVersion},
        {u"accounts"_s, array},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

DecodedAccounts decodeAccounts(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return corrupt(u"not a JSON object: "_s + parseError.errorString());
    }
    const QJsonObject root = document.object();
    if (root.value(u"format"_s).toString() != kFormatName) {
        return corrupt(u"format is not \"sandi-accounts\""_s);
    }
    const auto version = wholeNumber(root.value(u"version"_s));
    if (!version || *version < 1) {
        return corrupt(u"version is missing or invalid"_s);
    }
    if (*version > kAccountFileVersion) {
        return DecodedAccounts{DecodeStatus::NewerVersion,
                               {},
                               int(std::min<qint64>(*version, INT_MAX)),
                               u"written by a newer Sandi (version %1)"_s.arg(*version)};
    }
    if (!root.value(u"accounts"_s).isArray()) {
        return corrupt(u"accounts is not an array"_s, int(*version));
    }
    DecodedAccounts decoded{DecodeStatus::Ok, {}, int(*version), {}};
    QSet<QString> ids;
    for (const QJsonValue& value : root.value(u"accounts"_s).toArray()) {
        QString why;
        auto account = value.isObject() ? decodeAccount(value.toObject(), why) : std::nullopt;
        if (!account) {
            return corrupt(why.isEmpty() ? u"an account is not an object"_s : why, int(*version));
        }
        if (ids.contains(account->id)) {
            return corrupt(u"duplicate id"_s, int(*version));
        }
        ids.insert(account->id);
        decoded.accounts.append(std::move(*account));
    }
    std::stable_sort(decoded.accounts.begin(), decoded.accounts.end(),
                     [](const Account& a, const Account& b) { return a.sortOrder < b.sortOrder; });
    return decoded;
}

} // namespace sandi
