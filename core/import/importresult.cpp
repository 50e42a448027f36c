#include "core/import/importresult.h"

namespace sandi::importer {

bool sameAccount(const uri::OtpauthUri& a, const uri::OtpauthUri& b) noexcept
{
    return a.issuer == b.issuer && a.account == b.account && constantTimeEquals(a.secret.view(), b.secret.view());
}

std::string accountLabel(std::string_view issuer, std::string_view account)
{
    if (issuer.empty()) {
        return std::string(account);
    }
    if (account.empty()) {
        return std::string(issuer);
    }
    std::string label(issuer);
    label += ": ";
    label += account;
    return label;
}

} // namespace sandi::importer
