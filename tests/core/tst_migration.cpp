#include "core/uri/migration.h"

#include "core/encoding/protobuf.h"
#include "tests/core/migrationtestdata.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <ostream>
#include <string>
#include <vector>

namespace sandi::uri {
namespace {

using namespace sandi::uri::testdata;
using namespace std::literals;

TEST(Migration, KnownPayloadDecodesFromHandComputedBytes)
{
    const auto p = decodeMigrationPayload(kKudusBytes);
    ASSERT_TRUE(p) << p.error().detail;
    expectSamePayload(*p, kudusPayload());
}

TEST(Migration, KnownPayloadParsesFromTheExportUri)
{
    const auto p = parseMigration(kKudusUri);
    ASSERT_TRUE(p) << p.error().detail;
    expectSamePayload(*p, kudusPayload());
    const auto params = migrationEntryParams(p->entries.at(0));
    ASSERT_TRUE(params);
    EXPECT_EQ(*params, otp::Params{}); // TOTP, SHA-1, 6 digits, 30 s
}

TEST(Migration, KnownPayloadSerializesToTheSameBytesAndUri)
{
    EXPECT_EQ(uriFor(kKudusBytes), kKudusUri);
    EXPECT_EQ(serializeMigration(kudusPayload()), kKudusUri);
}

TEST(Migration, SeveralEntriesKeepTheirOrder)
{
    MigrationPayload p;
    p.entries.push_back(entry("12345678901234567890", "alice@example.com", "Example", 1, 1, 2));
    p.entries.push_back(entry("12345678901234567890123456789012", "bob", "", 2, 2, 2));
    p.entries.push_back(
        entry("1234567890123456789012345678901234567890123456789012345678901234", "Bank:carol", "Bank", 3, 2, 1, 42));
    p.version = 1;
    p.batchSize = 1;
    const auto back = parseMigration(serializeMigration(p));
    ASSERT_TRUE(back) << back.error().detail;
    expectSamePayload(*back, p);
    EXPECT_EQ(migrationEntryParams(back->entries[1])->algorithm(), otp::Algorithm::Sha256);
    EXPECT_EQ(migrationEntryParams(back->entries[2])->digits(), 8);
}

TEST(Migration, MultiPartBatchFields)
{
    // The second of three QR codes: batch_index 1 of batch_size 3, all with the same batch_id.
    const Bytes bytes = concat({"\x0A\x04\x0A\x02"sv, "ab"sv, "\x10\x01\x18\x03\x20\x01\x28\x07"sv});
    const auto p = parseMigration(uriFor(bytes));
    ASSERT_TRUE(p) << p.error().detail;
    EXPECT_EQ(p->entries.size(), 1U);
    EXPECT_EQ(p->version, 1);
    EXPECT_EQ(p->batchSize, 3);
    EXPECT_EQ(p->batchIndex, 1);
    EXPECT_EQ(p->batchId, 7);
}

TEST(Migration, NegativeBatchIdIsATenByteVarint)
{
    // Google's batch_id is a random int32, often negative; protobuf sign-extends it to 64 bits.
    const Bytes bytes = concat({"\x28\xF7\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01"sv}); // batch_id -9
    const auto p = decodeMigrationPayload(bytes);
    ASSERT_TRUE(p) << p.error().detail;
    EXPECT_EQ(p->batchId, -9);
    EXPECT_EQ(serializeMigration(*p), uriFor(bytes));
}

TEST(Migration, HotpKeepsItsCounter)
{
    for (const std::uint64_t counter : {std::uint64_t{1}, std::uint64_t{300}, (std::uint64_t{1} << 33) + 7,
                                        std::numeric_limits<std::uint64_t>::max()}) {
        MigrationPayload p;
        p.entries.push_back(entry("12345678901234567890", "hotp", "", 1, 1, 1, counter));
        const auto back = parseMigration(serializeMigration(p));
        ASSERT_TRUE(back) << back.error().detail;
        EXPECT_EQ(back->entries.at(0).counter, counter);
        const auto params = migrationEntryParams(back->entries[0]);
        ASSERT_TRUE(params);
        EXPECT_EQ(params->type(), otp::Type::Hotp);
    }
}

struct EnumCase
{
    const char* name;
    int algorithm;
    int digits;
    int type;
    Errc error; // Errc::CryptoFailure stands for "no error" in this table
    otp::Algorithm expectedAlgorithm = otp::Algorithm::Sha1;
    int expectedDigits = 6;
    otp::Type expectedType = otp::Type::Totp;
};

constexpr Errc kOk = Errc::CryptoFailure;

std::ostream& operator<<(std::ostream& out, const EnumCase& c)
{
    return out << c.name << " (algorithm " << c.algorithm << ", digits " << c.digits << ", type " << c.type << ")";
}

class MigrationEnums : public ::testing::TestWithParam<EnumCase>
{};

TEST_P(MigrationEnums, SurviveTheWireAndMapToParams)
{
    const EnumCase& c = GetParam();
    MigrationPayload p;
    p.entries.push_back(entry("12345678901234567890", "x", "", c.algorithm, c.digits, c.type));
    const auto back = parseMigration(serializeMigration(p));
    ASSERT_TRUE(back) << back.error().detail;
    expectSamePayload(*back, p); // the raw numbers are kept, even unknown ones
    const auto params = migrationEntryParams(back->entries.at(0));
    if (c.error == kOk) {
        ASSERT_TRUE(params) << params.error().detail;
        EXPECT_EQ(params->algorithm(), c.expectedAlgorithm);
        EXPECT_EQ(params->digits(), c.expectedDigits);
        EXPECT_EQ(params->type(), c.expectedType);
    } else {
        ASSERT_FALSE(params);
        EXPECT_EQ(params.error().code, c.error) << errcName(params.error().code);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Values, MigrationEnums,
    ::testing::Values(
        // Unspecified values take Google's defaults.
        EnumCase{"AllUnspecified", 0, 0, 0, kOk}, EnumCase{"Sha1SixTotp", 1, 1, 2, kOk},
        EnumCase{"Sha256", 2, 1, 2, kOk, otp::Algorithm::Sha256},
        EnumCase{"Sha512Eight", 3, 2, 2, kOk, otp::Algorithm::Sha512, 8},
        EnumCase{"EightUnspecifiedAlgorithm", 0, 2, 2, kOk, otp::Algorithm::Sha1, 8},
        EnumCase{"Hotp", 1, 1, 1, kOk, otp::Algorithm::Sha1, 6, otp::Type::Hotp},
        EnumCase{"Md5", 4, 1, 2, Errc::UnsupportedAlgorithm},
        EnumCase{"Algorithm5", 5, 1, 2, Errc::UnsupportedAlgorithm},
        EnumCase{"AlgorithmNegative", -1, 1, 2, Errc::UnsupportedAlgorithm},
        EnumCase{"AlgorithmInt32Max", std::numeric_limits<std::int32_t>::max(), 1, 2, Errc::UnsupportedAlgorithm},
        EnumCase{"Digits3", 1, 3, 2, Errc::InvalidDigits}, EnumCase{"DigitsNegative", 1, -7, 2, Errc::InvalidDigits},
        EnumCase{"Type3", 1, 1, 3, Errc::UnsupportedMigrationEntry},
        EnumCase{"TypeInt32Min", 1, 1, std::numeric_limits<std::int32_t>::min(), Errc::UnsupportedMigrationEntry},
        EnumCase{"TypeCheckedBeforeAlgorithm", 4, 3, 9, Errc::UnsupportedMigrationEntry},
        EnumCase{"AlgorithmCheckedBeforeDigits", 4, 3, 2, Errc::UnsupportedAlgorithm}),
    ByName{});

TEST(Migration, EmptySecretIsKeptAndReported)
{
    MigrationPayload p;
    p.entries.push_back(entry("", "no secret", "", 4, 1, 2)); // checked before the algorithm
    const auto back = parseMigration(serializeMigration(p));
    ASSERT_TRUE(back);
    ASSERT_EQ(back->entries.size(), 1U);
    const auto params = migrationEntryParams(back->entries[0]);
    ASSERT_FALSE(params);
    EXPECT_EQ(params.error().code, Errc::EmptySecret);
}

TEST(Migration, UnknownFieldsOfEveryWireTypeAreSkipped)
{
    protobuf::Writer e;
    e.varint(20, 1); // unknown varint
    e.bytes(1, ascii("12345678901234567890"));
    e.fixed32(21, 7);               // unknown fixed32
    e.fixed64(22, 8);               // unknown fixed64
    e.string(23, "\x0B\x0C\x0E"sv); // unknown LEN holding bytes that would be invalid if parsed
    e.varint(1, 99);                // secret with the wrong wire type: unknown, as in protobuf
    e.fixed32(4, 3);                // algorithm with the wrong wire type
    e.string(2, "name");
    protobuf::Writer w;
    w.fixed64(2, 5); // version with the wrong wire type
    w.bytes(1, e.view());
    w.varint(protobuf::kMaxFieldNumber, 1);
    w.string(100, "future");
    w.varint(2, 1);
    const auto p = decodeMigrationPayload(w.view());
    ASSERT_TRUE(p) << p.error().detail;
    ASSERT_EQ(p->entries.size(), 1U);
    EXPECT_TRUE(constantTimeEquals(p->entries[0].secret.view(), ascii("12345678901234567890")));
    EXPECT_EQ(p->entries[0].name, "name");
    EXPECT_EQ(p->entries[0].algorithm, 0);
    EXPECT_EQ(p->version, 1);
}

TEST(Migration, LaterFieldReplacesEarlierOneAsInProtobuf)
{
    const Bytes bytes =
        concat({"\x0A\x0C\x12\x03"sv, "old"sv, "\x12\x03"sv, "new"sv, "\x30\x01"sv, "\x10\x01\x10\x02"sv});
    const auto p = decodeMigrationPayload(bytes);
    ASSERT_TRUE(p) << p.error().detail;
    EXPECT_EQ(p->entries.at(0).name, "new");
    EXPECT_EQ(p->version, 2);
}

TEST(Migration, TruncationAtEveryOffsetIsAnErrorOrAValidPrefix)
{
    const Bytes second = concat({"\x0A\x2E\x0A\x14"sv, "12345678901234567890"sv, "\x12\x06"sv, "second"sv, "\x1A\x06"sv,
                                 "Issuer"sv, "\x20\x02\x28\x02\x30\x01\x38\x05"sv});
    const Bytes encoded = join({&kKudusEntry, &second, &kKudusTail});
    MigrationPayload full = kudusPayload();
    full.entries.push_back(entry("12345678901234567890", "second", "Issuer", 2, 2, 1, 5));
    const std::string uri = serializeMigration(full);
    ASSERT_EQ(uri, uriFor(encoded));
    // A prefix is a valid message exactly when it ends between top-level fields.
    const std::size_t e1 = kKudusEntry.size();
    const std::size_t e2 = e1 + second.size();
    const std::vector<std::size_t> boundaries = {0, e1, e2, e2 + 2, e2 + 4, encoded.size()};
    for (std::size_t cut = 0; cut <= encoded.size(); ++cut) {
        const auto p = decodeMigrationPayload(std::span(encoded).first(cut));
        const bool atBoundary = std::find(boundaries.begin(), boundaries.end(), cut) != boundaries.end();
        ASSERT_EQ(p.has_value(), atBoundary) << "cut at " << cut;
        if (!p) {
            EXPECT_EQ(p.error().code, Errc::MalformedProtobuf) << cut;
        } else {
            EXPECT_EQ(p->entries.size(), cut == 0 ? 0U : cut == e1 ? 1U : 2U) << cut;
        }
    }
    // Cutting the URI text anywhere must not crash either; what still parses holds no more entries.
    for (std::size_t cut = 0; cut <= uri.size(); ++cut) {
        const auto p = parseMigration(std::string_view(uri).substr(0, cut));
        if (p) {
            EXPECT_LE(p->entries.size(), 2U) << cut;
        }
    }
}

struct PayloadErrorCase
{
    const char* name;
    std::string_view bytes;
    Errc code;
};

std::ostream& operator<<(std::ostream& out, const PayloadErrorCase& c)
{
    return out << c.name;
}

class MigrationPayloadErrors : public ::testing::TestWithParam<PayloadErrorCase>
{};

TEST_P(MigrationPayloadErrors, AreReportedDirectlyAndThroughTheUri)
{
    const auto direct = decodeMigrationPayload(ascii(GetParam().bytes));
    ASSERT_FALSE(direct);
    EXPECT_EQ(direct.error().code, GetParam().code) << direct.error().detail;
    const auto viaUri = parseMigration(uriFor(ascii(GetParam().bytes)));
    ASSERT_FALSE(viaUri);
    EXPECT_EQ(viaUri.error().code, GetParam().code) << viaUri.error().detail;
}

INSTANTIATE_TEST_SUITE_P(
    Errors, MigrationPayloadErrors,
    ::testing::Values(PayloadErrorCase{"EntryLengthPastEnd", "\x0A\x05\x0A\x01"sv, Errc::MalformedProtobuf},
                      PayloadErrorCase{"SecretLengthPastEntry", "\x0A\x02\x0A\x05"sv, Errc::MalformedProtobuf},
                      PayloadErrorCase{"TruncatedVersion", "\x10"sv, Errc::MalformedProtobuf},
                      PayloadErrorCase{"TruncatedCounter", "\x0A\x02\x38\x80"sv, Errc::MalformedProtobuf},
                      PayloadErrorCase{"OverlongVarint", "\x10\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x01"sv,
                                       Errc::MalformedProtobuf},
                      PayloadErrorCase{"VarintPast64Bits", "\x10\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F"sv,
                                       Errc::MalformedProtobuf},
                      PayloadErrorCase{"GroupInEntry", "\x0A\x02\x5B\x5C"sv, Errc::MalformedProtobuf},
                      PayloadErrorCase{"EndGroupAtTop", "\x0C"sv, Errc::MalformedProtobuf},
                      PayloadErrorCase{"WireType7", "\x17\x00"sv, Errc::MalformedProtobuf},
                      PayloadErrorCase{"FieldNumberZero", "\x00\x00"sv, Errc::MalformedProtobuf},
                      PayloadErrorCase{"FixedTruncated", "\x11\x00\x00"sv, Errc::MalformedProtobuf},
                      PayloadErrorCase{"NameNotUtf8", "\x0A\x04\x12\x02\xC3\x28"sv, Errc::InvalidUtf8},
                      PayloadErrorCase{"IssuerSurrogate", "\x0A\x05\x1A\x03\xED\xA0\x80"sv, Errc::InvalidUtf8},
                      PayloadErrorCase{"NameOverlong", "\x0A\x04\x12\x02\xC0\xAF"sv, Errc::InvalidUtf8}),
    ByName{});

TEST(Migration, NestingBombIsSkippedWithoutRecursion)
{
    // 20000 levels of an unknown field holding an unknown field...: never parsed, only skipped.
    protobuf::Writer inner;
    for (int level = 0; level < 20000; ++level) {
        protobuf::Writer outer;
        outer.bytes(9, inner.view());
        inner = std::move(outer);
    }
    protobuf::Writer entryWriter;
    entryWriter.bytes(9, inner.view());
    entryWriter.bytes(1, ascii("12345678901234567890"));
    protobuf::Writer w;
    w.bytes(9, inner.view());
    w.bytes(1, entryWriter.view());
    const auto p = decodeMigrationPayload(w.view());
    ASSERT_TRUE(p) << p.error().detail;
    EXPECT_EQ(p->entries.size(), 1U);
}

TEST(Migration, ErrorDetailsHoldNoSecretOrData)
{
    Bytes bytes = kKudusBytes;
    bytes.push_back(std::byte{0x0B}); // a group after the entry
    const std::string uri = uriFor(bytes);
    const std::string data = uri.substr(uri.find("data=") + 5);
    for (const auto& r :
         {parseMigration(uri), decodeMigrationPayload(bytes), parseMigration(uri.substr(0, uri.size() - 4) + "*AAA")}) {
        ASSERT_FALSE(r);
        const std::string& detail = r.error().detail;
        EXPECT_EQ(detail.find("12345"), std::string::npos) << detail;
        for (std::size_t at = 0; at + 6 <= data.size(); at += 3) {
            ASSERT_EQ(detail.find(data.substr(at, 6)), std::string::npos) << detail;
        }
    }
}

TEST(Migration, ExtremeValuesRoundTrip)
{
    MigrationPayload p;
    p.entries.push_back(entry("\x00\xFF"sv, "Ünïcödé 🔑", "Issuer", -1, std::numeric_limits<std::int32_t>::min(),
                              std::numeric_limits<std::int32_t>::max(), std::numeric_limits<std::uint64_t>::max()));
    p.entries.push_back(entry("", "", "", 0, 0, 0));
    p.version = -1;
    p.batchSize = std::numeric_limits<std::int32_t>::max();
    p.batchIndex = std::numeric_limits<std::int32_t>::min();
    p.batchId = -1;
    const auto back = parseMigration(serializeMigration(p));
    ASSERT_TRUE(back) << back.error().detail;
    expectSamePayload(*back, p);
}

MigrationEntry entryNamed(std::string name, std::string issuer, int type = 2)
{
    const std::byte bytes[]{std::byte{1}, std::byte{2}, std::byte{3}, std::byte{4}, std::byte{5}};
    MigrationEntry entry;
    entry.secret = SecretBytes(bytes);
    entry.name = std::move(name);
    entry.issuer = std::move(issuer);
    entry.type = type;
    return entry;
}

TEST(MigrationAccount, NameAndIssuerSplitAsInALabel)
{
    struct Case
    {
        std::string name, issuer, wantIssuer, wantAccount, wantLabelIssuer;
    };
    const std::vector<Case> cases{
        {"LPSE Kudus:ppk1", "LPSE Kudus", "LPSE Kudus", "ppk1", "LPSE Kudus"},
        {"LPSE Kudus:  ppk1", "", "LPSE Kudus", "ppk1", "LPSE Kudus"}, // prefix only; spaces go
        {"ppk1", "LPSE Kudus", "LPSE Kudus", "ppk1", ""},
        {"Acme:EU:alice", "Acme:EU", "Acme:EU", "alice", "Acme:EU"}, // an issuer with a colon
        {"Acme:EU:alice", "", "Acme", "EU:alice", "Acme"},           // without it: the first colon
        {"Old:bob", "New", "New", "bob", "Old"},                     // the issuer field wins
        {"", "Bank", "Bank", "", ""},
    };
    for (const auto& c : cases) {
        auto account = migrationEntryAccount(entryNamed(c.name, c.issuer));
        ASSERT_TRUE(account.has_value()) << c.name;
        EXPECT_EQ(account->issuer, c.wantIssuer) << c.name;
        EXPECT_EQ(account->account, c.wantAccount) << c.name;
        EXPECT_EQ(account->labelIssuer, c.wantLabelIssuer) << c.name;
        EXPECT_EQ(account->secret.size(), 5U);
    }
}

TEST(MigrationAccount, ParamsAndCounterComeAlong)
{
    auto entry = entryNamed("Bank:me", "Bank", 1);
    entry.counter = 42;
    entry.digits = 2;
    entry.algorithm = 2;
    auto account = migrationEntryAccount(std::move(entry));
    ASSERT_TRUE(account.has_value());
    EXPECT_EQ(account->params.type(), otp::Type::Hotp);
    EXPECT_EQ(account->params.digits(), 8);
    EXPECT_EQ(account->params.algorithm(), otp::Algorithm::Sha256);
    EXPECT_EQ(account->counter, 42U);
    EXPECT_TRUE(entry.secret.empty()); // NOLINT(bugprone-use-after-move): moved out, as documented
}

TEST(MigrationAccount, UnusableEntriesFailAndLoseTheirSecret)
{
    auto md5 = entryNamed("Bank:me", "Bank");
    md5.algorithm = 4;
    EXPECT_EQ(migrationEntryAccount(std::move(md5)).error().code, Errc::UnsupportedAlgorithm);
    EXPECT_TRUE(md5.secret.empty()); // NOLINT(bugprone-use-after-move)
    EXPECT_EQ(migrationEntryAccount(entryNamed("", "")).error().code, Errc::MissingLabel);
    EXPECT_EQ(migrationEntryAccount(entryNamed("x", "", 9)).error().code, Errc::UnsupportedMigrationEntry);
    auto empty = entryNamed("x", "");
    empty.secret = SecretBytes();
    EXPECT_EQ(migrationEntryAccount(std::move(empty)).error().code, Errc::EmptySecret);
}

} // namespace
} // namespace sandi::uri
