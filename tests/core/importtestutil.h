#pragma once
// Helpers for the importer tests: a compact description of an imported account to compare with.

#include "core/encoding/base32.h"
#include "core/import/importresult.h"
#include "core/otp/otp.h"

#include <string>
#include <vector>

namespace sandi::test {

// "type alg digits period counter|issuer|account|SECRET"
inline std::string describe(const uri::OtpauthUri& a)
{
    std::string secret = base32::encode(a.secret.view());
    std::string out = std::string(otp::typeName(a.params.type())) + " " +
                      std::string(otp::algorithmName(a.params.algorithm())) + " " + std::to_string(a.params.digits()) +
                      " " + std::to_string(a.params.period()) + " " + std::to_string(a.counter) + "|" + a.issuer + "|" +
                      a.account + "|" + secret;
    secureWipe(secret);
    return out;
}

inline std::vector<std::string> describeAll(const importer::ImportResult& result)
{
    std::vector<std::string> out;
    for (const auto& a : result.accounts) {
        out.push_back(describe(a));
    }
    return out;
}

// "index|label|ErrcName" for each unusable entry.
inline std::vector<std::string> describeUnusable(const importer::ImportResult& result)
{
    std::vector<std::string> out;
    for (const auto& u : result.unusable) {
        out.push_back(std::to_string(u.index) + "|" + u.label + "|" + std::string(errcName(u.reason)));
    }
    return out;
}

} // namespace sandi::test
