#pragma once
// Shared by tst_migration.cpp and tst_migrationuri.cpp: builders, comparisons and one known
// export, the RFC 4226 Appendix D key as an SPSE account, whose bytes are worked out by hand.

#include "core/encoding/base64.h"
#include "core/uri/migration.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace sandi::uri::testdata {

using namespace std::literals;

// Names instantiated tests after their table row, so ctest lists readable names.
struct ByName
{
    template <class P> std::string operator()(const ::testing::TestParamInfo<P>& p) const { return p.param.name; }
};

using Bytes = std::vector<std::byte>;

inline std::span<const std::byte> ascii(std::string_view s)
{
    return std::as_bytes(std::span(s.data(), s.size()));
}

inline Bytes concat(std::initializer_list<std::string_view> parts)
{
    Bytes out;
    for (std::string_view part : parts) {
        const auto b = ascii(part);
        out.insert(out.end(), b.begin(), b.end());
    }
    return out;
}

inline MigrationEntry entry(std::string_view secret, std::string name, std::string issuer, int algorithm, int digits,
                            int type, std::uint64_t counter = 0)
{
    MigrationEntry e;
    e.secret = SecretBytes(ascii(secret));
    e.name = std::move(name);
    e.issuer = std::move(issuer);
    e.algorithm = algorithm;
    e.digits = digits;
    e.type = type;
    e.counter = counter;
    return e;
}

// Standard Base64 of `payload`, percent-encoded the way Google Authenticator writes it.
inline std::string uriFor(std::span<const std::byte> payload)
{
    std::string uri = "otpauth-migration://offline?data=";
    for (char c : base64::encode(payload)) {
        uri += c == '+'   ? std::string("%2B")
               : c == '/' ? std::string("%2F")
               : c == '=' ? std::string("%3D")
                          : std::string(1, c);
    }
    return uri;
}

inline void expectSameEntry(const MigrationEntry& a, const MigrationEntry& b)
{
    EXPECT_TRUE(constantTimeEquals(a.secret.view(), b.secret.view()));
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.issuer, b.issuer);
    EXPECT_EQ(a.algorithm, b.algorithm);
    EXPECT_EQ(a.digits, b.digits);
    EXPECT_EQ(a.type, b.type);
    EXPECT_EQ(a.counter, b.counter);
}

inline void expectSamePayload(const MigrationPayload& a, const MigrationPayload& b)
{
    ASSERT_EQ(a.entries.size(), b.entries.size());
    for (std::size_t i = 0; i < a.entries.size(); ++i) {
        SCOPED_TRACE("entry " + std::to_string(i));
        expectSameEntry(a.entries[i], b.entries[i]);
    }
    EXPECT_EQ(a.version, b.version);
    EXPECT_EQ(a.batchSize, b.batchSize);
    EXPECT_EQ(a.batchIndex, b.batchIndex);
    EXPECT_EQ(a.batchId, b.batchId);
}

// The RFC 4226 Appendix D key as an SPSE account would export it.
inline MigrationPayload kudusPayload()
{
    MigrationPayload p;
    p.entries.push_back(entry("12345678901234567890", "LPSE Kabupaten Kudus:ppk1", "LPSE Kabupaten Kudus", 1, 1, 2));
    p.version = 1;
    p.batchSize = 1;
    p.batchId = 1234567890;
    return p;
}

// Its protobuf encoding, worked out by hand from the encoding guide (tag = number << 3 | wire type).
inline const Bytes kKudusEntry = concat({
    "\x0A\x4D"sv,                                // otp_parameters (1, LEN), 77 bytes:
    "\x0A\x14"sv, "12345678901234567890"sv,      //   secret (1, LEN 20)
    "\x12\x19"sv, "LPSE Kabupaten Kudus:ppk1"sv, //   name (2, LEN 25)
    "\x1A\x14"sv, "LPSE Kabupaten Kudus"sv,      //   issuer (3, LEN 20)
    "\x20\x01"sv,                                //   algorithm (4) SHA1
    "\x28\x01"sv,                                //   digits (5) SIX
    "\x30\x02"sv,                                //   type (6) TOTP; counter 0 is left out
});
inline const Bytes kKudusTail = concat({
    "\x10\x01"sv,                 // version (2) 1
    "\x18\x01"sv,                 // batch_size (3) 1; batch_index 0 is left out
    "\x28\xD2\x85\xD8\xCC\x04"sv, // batch_id (5) 1234567890 = 0x499602D2 in 7-bit groups, low first
});

inline Bytes join(std::initializer_list<const Bytes*> parts)
{
    Bytes out;
    for (const Bytes* part : parts) {
        out.insert(out.end(), part->begin(), part->end());
    }
    return out;
}

inline const Bytes kKudusBytes = join({&kKudusEntry, &kKudusTail});

// What Google Authenticator shows as a QR code for that payload.
inline constexpr std::string_view kKudusUri =
    "otpauth-migration://offline?data=Ck0KFDEyMzQ1Njc4OTAxMjM0NTY3ODkwEhlMUFNFIEthYnVwYXRlbiBLdWR1czpwcGsxGhRMUFNFIEth"
    "YnVwYXRlbiBLdWR1cyABKAEwAhABGAEo0oXYzAQ%3D";

} // namespace sandi::uri::testdata
