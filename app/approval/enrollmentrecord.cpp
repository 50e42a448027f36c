#include "app/approval/enrollmentrecord.h"

#include "core/encoding/base64.h"

#include <QDateTime>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace sandi {

namespace {

constexpr int kVersion = 1;

const std::array<std::pair<EnrollmentReason, const char16_t*>, 14> kReasons{{
    {EnrollmentReason::None, u""},
    {EnrollmentReason::Unreachable, u"unreachable"},
    {EnrollmentReason::TokenExpired, u"token_expired"},
    {EnrollmentReason::TokenUsed, u"token_used"},
    {EnrollmentReason::TokenUnknown, u"token_unknown"},
    {EnrollmentReason::Certificate, u"certificate"},
    {EnrollmentReason::Clock, u"clock"},
    {EnrollmentReason::Refused, u"refused"},
    {EnrollmentReason::BadResponse, u"bad_response"},
    {EnrollmentReason::InvalidLink, u"invalid_link"},
    {EnrollmentReason::InsecureUrl, u"insecure_url"},
    {EnrollmentReason::Keychain, u"keychain"},
    {EnrollmentReason::NotSaved, u"not_saved"},
    {EnrollmentReason::Revoked, u"revoked"},
}};

QString stateName(EnrollmentRecord::State state)
{
    switch (state) {
    case EnrollmentRecord::State::Active:
        return u"active"_s;
    case EnrollmentRecord::State::Revoked:
        return u"revoked"_s;
    case EnrollmentRecord::State::Failed:
        break;
    }
    return u"failed"_s;
}

} // namespace

QString reasonName(EnrollmentReason reason)
{
    for (const auto& [value, name] : kReasons) {
        if (value == reason) {
            return QString::fromUtf16(name);
        }
    }
    return {};
}

EnrollmentReason reasonFromName(const QString& name)
{
    for (const auto& [value, text] : kReasons) {
        if (name == QStringView(text)) {
            return value;
        }
    }
    return EnrollmentReason::Refused; // a reason of a newer Sandi: a generic refusal
}

QJsonObject EnrollmentRecord::toJson(qint64 changedMs) const
{
    QJsonObject object{
        {u"version"_s, kVersion},
        {u"state"_s, stateName(state)},
        {u"acceptor"_s, acceptor},
        {u"changed"_s, QDateTime::fromMSecsSinceEpoch(changedMs, Qt::UTC).toString(Qt::ISODate)},
    };
    if (reason != EnrollmentReason::None) {
        object.insert(u"reason"_s, reasonName(reason));
    }
    if (!site.isEmpty()) {
        object.insert(u"site"_s, site);
    }
    if (!account.isEmpty()) {
        object.insert(u"account"_s, account);
    }
    if (pin) {
        object.insert(u"pin"_s, QString::fromStdString(approval::pinText(*pin)));
    }
    if (!deviceId.isEmpty()) {
        object.insert(u"device"_s, deviceId);
    }
    if (acceptorKey) {
        object.insert(u"acceptorKey"_s, QString::fromStdString(base64::encodeUrl(acceptorKey->spki())));
    }
    return object;
}

std::optional<EnrollmentRecord> EnrollmentRecord::fromJson(const QJsonObject& object)
{
    if (object.isEmpty()) {
        return std::nullopt;
    }
    EnrollmentRecord record;
    record.acceptor = object.value(u"acceptor"_s).toString();
    record.site = object.value(u"site"_s).toString();
    record.account = object.value(u"account"_s).toString();
    record.deviceId = object.value(u"device"_s).toString();
    record.reason = reasonFromName(object.value(u"reason"_s).toString());
    const QString state = object.value(u"state"_s).toString();
    if (object.value(u"version"_s).toInt() != kVersion) {
        record.reason = EnrollmentReason::BadResponse;
        return record;
    }
    if (const auto pin = approval::parsePin(object.value(u"pin"_s).toString().toStdString())) {
        record.pin = *pin;
    }
    const auto der = base64::decodeUrl(object.value(u"acceptorKey"_s).toString().toStdString());
    if (der) {
        if (auto key = crypto::EcPublicKey::fromSpki(der->view())) {
            record.acceptorKey = *key;
        }
    }
    if (state == u"active") {
        record.state = State::Active;
        record.reason = EnrollmentReason::None;
        if (!record.usable()) {
            record.state = State::Failed;
            record.reason = EnrollmentReason::BadResponse;
        }
    } else if (state == u"revoked") {
        record.state = State::Revoked;
        record.reason = EnrollmentReason::Revoked;
    } else if (state != u"failed") {
        record.reason = EnrollmentReason::BadResponse;
    }
    return record;
}

bool EnrollmentRecord::usable() const
{
    return pin.has_value() && acceptorKey.has_value() && !deviceId.isEmpty() && !acceptor.isEmpty() &&
           !account.isEmpty();
}

QString deviceKeyName(const QString& accountId)
{
    return accountId + u"/approval-device-key"_s;
}

} // namespace sandi
