#include "core/import/entryfields.h"

#include <algorithm>
#include <cctype>

namespace sandi::importer {

namespace {

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

Result<otp::Algorithm> algorithmOf(std::string_view name)
{
    const std::string n = lower(name);
    if (n == "sha1" || n == "sha-1") {
        return otp::Algorithm::Sha1;
    }
    if (n == "sha256" || n == "sha-256") {
        return otp::Algorithm::Sha256;
    }
    if (n == "sha512" || n == "sha-512") {
        return otp::Algorithm::Sha512;
    }
    return fail(Errc::UnsupportedAlgorithm, "algorithm '" + std::string(name.substr(0, 16)) + "' is not supported");
}

Result<otp::Params> paramsOf(const EntryFields& fields)
{
    const std::string type = lower(fields.type);
    if (type == "steam") {
        return otp::Params::steam();
    }
    if (type != "totp" && type != "hotp") {
        return fail(Errc::UnsupportedOtpType,
                    "type '" + std::string(std::string_view(fields.type).substr(0, 16)) + "' is not supported");
    }
    auto algorithm = algorithmOf(fields.algorithm);
    if (!algorithm) {
        return tl::unexpected(algorithm.error());
    }
    if (fields.digits < otp::kMinDigits || fields.digits > otp::kMaxDigits) {
        return fail(Errc::InvalidDigits, std::to_string(fields.digits) + " digits");
    }
    return otp::Params::create(type == "hotp" ? otp::Type::Hotp : otp::Type::Totp, *algorithm,
                               static_cast<int>(fields.digits), type == "hotp" ? otp::kDefaultPeriod : fields.period);
}

} // namespace

Result<uri::OtpauthUri> makeAccount(EntryFields&& fields)
{
    SecretBytes secret = std::move(fields.secret);
    if (secret.empty()) {
        return fail(Errc::EmptySecret, "the entry has no secret");
    }
    auto params = paramsOf(fields);
    if (!params) {
        return tl::unexpected(params.error());
    }
    if (fields.issuer.empty() && fields.account.empty()) {
        return fail(Errc::MissingLabel, "the entry has neither issuer nor name");
    }
    uri::OtpauthUri account;
    account.params = *params;
    account.counter = fields.counter;
    account.issuer = std::move(fields.issuer);
    account.account = std::move(fields.account);
    account.labelIssuer = account.issuer;
    account.issuerParamPresent = !account.issuer.empty(); // written both ways, as most apps expect
    account.secret = std::move(secret);
    return account;
}

void addEntry(ImportResult& result, std::size_t index, EntryFields&& fields)
{
    std::string label = accountLabel(fields.issuer, fields.account);
    auto account = makeAccount(std::move(fields));
    if (account) {
        result.accounts.push_back(std::move(*account));
    } else {
        addUnusable(result, index, std::move(label), account.error().code, std::move(account.error().detail));
    }
}

void addUnusable(ImportResult& result, std::size_t index, std::string label, Errc reason, std::string detail)
{
    result.unusable.push_back(Unusable{index, std::move(label), reason, std::move(detail)});
}

} // namespace sandi::importer
