#pragma once
// What every importer (and the backup reader) returns: the accounts it could use, and the entries
// it could not, each with its reason. Nothing is silently dropped.

#include "core/errc.h"
#include "core/uri/otpauth.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sandi::importer {

// An entry of the file that cannot become an account (unsupported type, bad secret, ...).
struct Unusable
{
    std::size_t index = 0; // 0-based position in the file's list; for a text file, the 1-based line number
    std::string label;     // what the user recognises it by: "issuer: account", or one of them; may be empty
    Errc reason{};         // e.g. UnsupportedOtpType, InvalidSecret, MissingSecret
    std::string detail;    // English, for logs and the CLI; never contains the secret
};

struct ImportResult
{
    std::vector<uri::OtpauthUri> accounts; // in the file's order
    std::vector<Unusable> unusable;        // in the file's order
};

// Limits on what a file may make us read or compute. The defaults fit every real export; fuzz
// targets lower the KDF costs so that no input can make one iteration take seconds.
struct ReadLimits
{
    std::size_t maxFileBytes = std::size_t{32} << 20;       // 32 MiB: 1,000 accounts with icons fit easily
    std::uint64_t maxScryptMemory = std::uint64_t{1} << 30; // 128·N·r·p bytes (also bounds scrypt's time)
    std::uint32_t maxPbkdf2Iterations = 10'000'000;         // andOTP writes about 150,000
    std::size_t maxKeySlots = 16;                           // key slots tried per file
};

// The duplicate rule of the import dialog: same issuer, same account name and same secret bytes
// (compared in constant time). Type, digits and other parameters do not matter.
[[nodiscard]] bool sameAccount(const uri::OtpauthUri& a, const uri::OtpauthUri& b) noexcept;

// "issuer: account", or whichever of the two is not empty.
[[nodiscard]] std::string accountLabel(std::string_view issuer, std::string_view account);

} // namespace sandi::importer
