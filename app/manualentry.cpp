#include "app/manualentry.h"

#include "app/errortext.h"
#include "core/encoding/base32.h"

#include <QCoreApplication>

#include <utility>

using namespace Qt::StringLiterals;

namespace sandi {

namespace {

// The translation context of these messages ("sandi::ManualEntry"), in a form lupdate reads.
struct ManualEntryText
{
    Q_DECLARE_TR_FUNCTIONS(sandi::ManualEntry)
};

tl::unexpected<EntryError> entryError(EntryError::Field field, QString message)
{
    return tl::unexpected<EntryError>(EntryError{field, std::move(message)});
}

EntryError::Field fieldOf(Errc code)
{
    switch (code) {
    case Errc::InvalidDigits:
        return EntryError::Field::Digits;
    case Errc::InvalidPeriod:
        return EntryError::Field::Period;
    case Errc::UnsupportedAlgorithm:
        return EntryError::Field::Algorithm;
    default:
        return EntryError::Field::Secret;
    }
}

} // namespace

tl::expected<uri::OtpauthUri, EntryError> buildAccount(const ManualEntry& entry)
{
    const QString issuer = entry.issuer.trimmed();
    const QString account = entry.account.trimmed();
    if (auto error = checkNames(issuer, account)) {
        return tl::unexpected<EntryError>(std::move(*error));
    }
    if (entry.secret.trimmed().isEmpty()) {
        return entryError(EntryError::Field::Secret, ManualEntryText::tr("Enter the secret key."));
    }
    QByteArray secretText = entry.secret.toUtf8();
    auto secret = base32::decode(std::string_view(secretText.constData(), static_cast<size_t>(secretText.size())));
    secretText.fill('\0');
    if (!secret) {
        return entryError(EntryError::Field::Secret, errorText(secret.error().code));
    }
    const bool steam = entry.type == otp::Type::Steam;
    auto params = steam ? Result<otp::Params>(otp::Params::steam())
                        : otp::Params::create(entry.type, entry.algorithm, entry.digits, entry.period, entry.t0);
    if (!params) {
        return entryError(fieldOf(params.error().code), errorText(params.error().code));
    }
    uri::OtpauthUri result;
    result.params = *params;
    result.counter = entry.counter;
    result.issuer = issuer.toStdString();
    result.labelIssuer = result.issuer;
    result.issuerParamPresent = !issuer.isEmpty();
    result.account = account.toStdString();
    result.secret = std::move(*secret);
    result.extraParams = entry.extraParams;
    return result;
}

tl::expected<ManualEntry, EntryError> entryFromLink(const QString& link)
{
    QByteArray text = link.trimmed().toUtf8();
    auto parsed = uri::parseOtpauth(std::string_view(text.constData(), static_cast<size_t>(text.size())));
    text.fill('\0');
    if (!parsed) {
        return entryError(EntryError::Field::Link, errorText(parsed.error().code));
    }
    ManualEntry entry;
    entry.issuer = QString::fromStdString(parsed->issuer);
    entry.account = QString::fromStdString(parsed->account);
    std::string secret = base32::encode(parsed->secret.view());
    entry.secret = QString::fromStdString(secret);
    secureWipe(secret);
    entry.type = parsed->params.type();
    entry.algorithm = parsed->params.algorithm();
    entry.digits = parsed->params.digits();
    entry.period = static_cast<int>(parsed->params.period());
    entry.counter = parsed->counter;
    entry.t0 = parsed->params.t0();
    entry.extraParams = std::move(parsed->extraParams);
    return entry;
}

std::optional<EntryError> checkNames(const QString& issuer, const QString& account)
{
    if (issuer.trimmed().isEmpty() && account.trimmed().isEmpty()) {
        return EntryError{EntryError::Field::Name,
                          ManualEntryText::tr("Enter the issuer or the account name (user ID).")};
    }
    return std::nullopt;
}

bool isOtpauthLink(const QString& argument)
{
    return argument.trimmed().startsWith(u"otpauth://"_s, Qt::CaseInsensitive);
}

} // namespace sandi
