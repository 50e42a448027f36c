#include "core/backup/backup.h"

#include "core/encoding/json.h"
#include "core/otp/otp.h"
#include "hexutil.h"
#include "testfiles.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace sandi::backup {
namespace {

using importer::ImportResult;
using importer::ReadLimits;

// docs/backup-format.md §Worked example: the inputs.
constexpr std::string_view kExamplePassword = "Sandi-Contoh-2026!";

std::vector<std::byte> counting(int from, int count)
{
    std::vector<std::byte> out;
    for (int i = 0; i < count; ++i) {
        out.push_back(static_cast<std::byte>(from + i));
    }
    return out;
}

crypto::aead::Nonce nonceFrom(int from)
{
    crypto::aead::Nonce n{};
    const auto bytes = counting(from, 12);
    std::copy(bytes.begin(), bytes.end(), n.begin());
    return n;
}

uri::OtpauthUri account(std::string_view text)
{
    auto parsed = uri::parseOtpauth(text);
    EXPECT_TRUE(parsed) << text;
    return std::move(*parsed);
}

std::vector<uri::OtpauthUri> exampleAccounts()
{
    std::vector<uri::OtpauthUri> out;
    out.push_back(account("otpauth://totp/LPSE%20Kota%20Kudus:ppk1?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=LPSE%"
                          "20Kota%20Kudus"));
    out.push_back(account("otpauth://hotp/budi%40example.id?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA"
                          "&algorithm=SHA256&digits=8&counter=1"));
    return out;
}

// The accounts Sandi and other apps produce that a backup must carry unchanged.
std::vector<uri::OtpauthUri> unusualAccounts()
{
    std::vector<uri::OtpauthUri> out = exampleAccounts();
    out.push_back(account("otpauth://steam/Steam:gamer?secret=JBSWY3DPEHPK3PXP"));
    out.push_back(account("otpauth://totp/gamer2?secret=JBSWY3DPEHPK3PXP&encoder=steam&issuer=Steam"));
    out.push_back(account("otpauth://totp/Bank:x?secret=JBSWY3DPEHPK3PXP&algorithm=SHA512&digits=8&period=60"));
    out.push_back(account("otpauth://totp/Dinas%20Pekerjaan%20Umum%20%E2%80%94%20Kab.%20Sik%C3%A0:%E6%9D%8E%E5%9B%9B?"
                          "secret=JBSWY3DPEHPK3PXP&image=https%3A%2F%2Fexample.org%2Fi.png&t0=-30"));
    out.push_back(account("otpauth://totp/:only-account?secret=JBSWY3DPEHPK3PXP&issuer="));
    return out;
}

// A key with scrypt N=16 so that tests can read hundreds of variants of a file quickly.
BackupKey cheapKey()
{
    auto master = SecretBytes(counting(0x40, 32));
    auto slot = PasswordSlot::wrap(master.view(), "pw", {16, 1, 1}, counting(0, 32), nonceFrom(0x20));
    EXPECT_TRUE(slot);
    std::vector<PasswordSlot> slots{*slot};
    return *BackupKey::fromParts(std::move(master), std::move(slots));
}

void expectSameAccounts(const std::vector<uri::OtpauthUri>& expected, const ImportResult& got)
{
    ASSERT_EQ(got.accounts.size(), expected.size());
    EXPECT_TRUE(got.unusable.empty());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_TRUE(uri::equivalent(expected[i], got.accounts[i])) << i << " " << uri::serializeOtpauth(expected[i]);
    }
}

TEST(WorkedExample, DecryptsToTheDocumentedAccounts)
{
    const std::string text = test::readSourceFile("tests/core/data/backup-example.sandi");
    ASSERT_FALSE(text.empty());
    const auto read = readBackup(text, kExamplePassword);
    ASSERT_TRUE(read) << read.error().detail;
    expectSameAccounts(exampleAccounts(), *read);
    // RFC 6238 Appendix B, T = 59 s, SHA-1 (last 6 of 94287082).
    EXPECT_EQ(*otp::totpAt(read->accounts[0].secret.view(), read->accounts[0].params, 59), "287082");
}

TEST(WorkedExample, ReencryptsByteForByte)
{
    const std::string text = test::readSourceFile("tests/core/data/backup-example.sandi");
    auto slot = PasswordSlot::wrap(counting(0x40, 32), kExamplePassword, {}, counting(0, 32), nonceFrom(0x20));
    ASSERT_TRUE(slot);
    auto key = BackupKey::fromParts(SecretBytes(counting(0x40, 32)), {*slot});
    ASSERT_TRUE(key);
    const auto written = writeBackupWithNonce(exampleAccounts(), *key, nonceFrom(0x60));
    ASSERT_TRUE(written);
    EXPECT_EQ(*written, text);
}

TEST(WorkedExample, IsVerbatimInTheSpecification)
{
    const std::string text = test::readSourceFile("tests/core/data/backup-example.sandi");
    const std::string spec = test::readSourceFile("docs/backup-format.md");
    EXPECT_NE(spec.find("```json\n" + text + "```"), std::string::npos);
}

TEST(Backup, RoundTripWithPasswordKeyAndKeychainForm)
{
    auto key = BackupKey::create("Rahasia#Kantor2026", {kMinScryptN, 8, 1}); // the default, 2^17, is slow under ASan
    ASSERT_TRUE(key) << key.error().detail;
    ASSERT_EQ(key->slots().size(), 1u);
    EXPECT_EQ(key->slots()[0].params.n, 32768u);
    EXPECT_EQ(key->slots()[0].salt.size(), kSaltSize);
    const auto accounts = unusualAccounts();
    const auto text = writeBackup(accounts, *key);
    ASSERT_TRUE(text);
    EXPECT_EQ(text->find("JBSWY3DP"), std::string::npos); // no secret in clear
    EXPECT_EQ(text->find("ppk1"), std::string::npos);     // nor any name
    auto byPassword = readBackup(*text, "Rahasia#Kantor2026");
    ASSERT_TRUE(byPassword) << byPassword.error().detail;
    expectSameAccounts(accounts, *byPassword);

    // The app keeps the key in the keychain and writes the next backups without the password.
    const SecretBytes stored = key->serialize();
    auto restored = BackupKey::deserialize(stored.view());
    ASSERT_TRUE(restored) << restored.error().detail;
    EXPECT_TRUE(constantTimeEquals(restored->masterKey(), key->masterKey()));
    const auto next = writeBackup(accounts, *restored);
    ASSERT_TRUE(next);
    EXPECT_NE(*next, *text); // a fresh payload nonce
    auto byKey = readBackup(*next, *key);
    ASSERT_TRUE(byKey);
    expectSameAccounts(accounts, *byKey);
    auto again = readBackup(*next, "Rahasia#Kantor2026");
    ASSERT_TRUE(again);
    expectSameAccounts(accounts, *again);

    // After a restore, unlock() gives the same key back from the file and the password.
    auto unlocked = BackupKey::unlock(*next, "Rahasia#Kantor2026");
    ASSERT_TRUE(unlocked);
    EXPECT_TRUE(constantTimeEquals(unlocked->masterKey(), key->masterKey()));
    EXPECT_EQ(unlocked->slots(), key->slots());
    EXPECT_EQ(BackupKey::unlock(*next, "rahasia#kantor2026").error().code, Errc::WrongPassword);
}

TEST(Backup, EmptyListRoundTrips)
{
    const BackupKey key = cheapKey();
    const auto text = writeBackup({}, key);
    ASSERT_TRUE(text);
    const auto read = readBackup(*text, "pw");
    ASSERT_TRUE(read);
    EXPECT_TRUE(read->accounts.empty());
}

TEST(Backup, WrongPasswordIsItsOwnError)
{
    const auto text = writeBackup(exampleAccounts(), cheapKey());
    ASSERT_TRUE(text);
    for (std::string_view wrong : {"", "PW", "pw ", "pw\n"}) {
        const auto read = readBackup(*text, wrong);
        ASSERT_FALSE(read);
        EXPECT_EQ(read.error().code, Errc::WrongPassword);
    }
}

TEST(Backup, CreateRefusesWeakParameters)
{
    EXPECT_EQ(BackupKey::create("pw", {1u << 14, 8, 1}).error().code, Errc::InvalidKdfParams);
    EXPECT_EQ(BackupKey::create("pw", {1u << 15, 4, 1}).error().code, Errc::InvalidKdfParams);
}

std::string replaced(std::string text, std::string_view from, std::string_view to)
{
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return text.replace(at, from.size(), to);
}

// One changed byte anywhere in the file is an error, never an account: every position, one bit.
TEST(Backup, EveryFlippedByteFails)
{
    const BackupKey key = cheapKey();
    const auto text = writeBackupWithNonce(exampleAccounts(), key, nonceFrom(0x60));
    ASSERT_TRUE(text);
    for (std::size_t i = 0; i < text->size(); ++i) {
        for (const auto bit : {0x01}) {
            std::string changed = *text;
            changed[i] = static_cast<char>(changed[i] ^ bit);
            const auto read = readBackup(changed, "pw");
            ASSERT_FALSE(read) << "byte " << i << " bit " << bit;
            const auto byKey = readBackup(changed, key);
            ASSERT_FALSE(byKey) << "byte " << i << " bit " << bit;
        }
    }
}

struct Part
{
    const char* name;
    std::string_view field; // the member whose value is changed
    Errc expected;
};

// Which error each part gives: a slot cannot tell damage from a wrong password; once the slot
// opens, damage anywhere else is CorruptedFile.
TEST(Backup, FlippedPartsGiveTheirErrors)
{
    const BackupKey key = cheapKey();
    const auto text = writeBackupWithNonce(exampleAccounts(), key, nonceFrom(0x60));
    ASSERT_TRUE(text);
    const json::Value file = *json::parse(*text);
    const Part parts[] = {
        {"slot salt", "salt", Errc::WrongPassword},      {"slot nonce", "nonce", Errc::WrongPassword},
        {"slot key", "key", Errc::WrongPassword},        {"slot tag", "tag", Errc::WrongPassword},
        {"payload nonce", "nonce", Errc::CorruptedFile}, {"payload", "payload", Errc::CorruptedFile},
        {"payload tag", "tag", Errc::CorruptedFile},
    };
    for (const Part& part : parts) {
        json::Value changed = file;
        const bool inSlot = std::string_view(part.name).starts_with("slot");
        json::Value& holder = inSlot                  ? changed["header"]["slots"][0]
                              : part.field == "nonce" ? changed["header"]
                                                      : changed;
        std::string value = holder[std::string(part.field)].get<std::string>();
        value[1] = value[1] == 'A' ? 'B' : 'A'; // another byte, still canonical Base64
        holder[std::string(part.field)] = value;
        const auto read = readBackup(changed.dump(4), "pw");
        ASSERT_FALSE(read) << part.name;
        EXPECT_EQ(read.error().code, part.expected) << part.name << ": " << read.error().detail;
    }
    // A header field that is not Base64: changed cipher name, an added member.
    EXPECT_EQ(readBackup(replaced(*text, "AES-256-GCM", "AES-128-GCM"), "pw").error().code, Errc::CorruptedFile);
    json::Value extra = file;
    extra["header"]["comment"] = "added";
    EXPECT_EQ(readBackup(extra.dump(4), "pw").error().code, Errc::CorruptedFile);
    extra = file;
    extra["header"]["slots"][0]["n"] = 32;
    EXPECT_EQ(readBackup(extra.dump(4), "pw").error().code, Errc::WrongPassword);
}

TEST(Backup, KeyOfAnotherSeriesIsNotCorruption)
{
    const auto text = writeBackup(exampleAccounts(), cheapKey());
    ASSERT_TRUE(text);
    auto otherSlot = PasswordSlot::wrap(counting(1, 32), "pw", {16, 1, 1}, counting(0, 32), nonceFrom(0x20));
    auto other = BackupKey::fromParts(SecretBytes(counting(1, 32)), {*otherSlot});
    ASSERT_TRUE(other);
    EXPECT_EQ(readBackup(*text, *other).error().code, Errc::DecryptionFailed);
}

TEST(Backup, TruncatedFileIsOneErrorAtEveryLength)
{
    const auto text = writeBackup(exampleAccounts(), cheapKey());
    ASSERT_TRUE(text);
    for (std::size_t n = 0; n < text->size() - 1; ++n) { // the last byte is the final newline
        const auto read = readBackup(std::string_view(*text).substr(0, n), "pw");
        ASSERT_FALSE(read) << n;
        const bool named = text->substr(0, n).find("\"sandi-backup\"") != std::string::npos;
        EXPECT_EQ(read.error().code, named ? Errc::CorruptedFile : Errc::UnknownFileFormat) << n;
    }
}

TEST(Backup, NewerVersionIsRefusedBeforeAnyPassword)
{
    const auto text = writeBackup(exampleAccounts(), cheapKey());
    ASSERT_TRUE(text);
    const auto newer = replaced(*text, "\"version\": 1", "\"version\": 2");
    EXPECT_EQ(readBackup(newer, "wrong").error().code, Errc::UnsupportedFormatVersion);
    EXPECT_EQ(readHeader(newer).error().code, Errc::UnsupportedFormatVersion);
    EXPECT_EQ(readBackup(replaced(*text, "\"version\": 1", "\"version\": 0"), "pw").error().code, Errc::CorruptedFile);
}

TEST(Backup, HostileFilesFailFast)
{
    const std::string big(50u << 20, ' ');
    EXPECT_EQ(readBackup(big, "pw").error().code, Errc::FileTooLarge);
    const std::string deep = std::string(10000, '[') + std::string(10000, ']');
    EXPECT_EQ(readBackup(deep, "pw").error().code, Errc::JsonTooDeep);
    EXPECT_EQ(readBackup("{\"format\":\"sandi-backup\"," + std::string(10000, '['), "pw").error().code,
              Errc::CorruptedFile);
    EXPECT_EQ(readBackup("{\"format\":\"aegis\"}", "pw").error().code, Errc::UnknownFileFormat);

    // A slot that asks for more scrypt work than the limits allow is refused before running it.
    const std::string example = test::readSourceFile("tests/core/data/backup-example.sandi");
    ReadLimits cheap;
    cheap.maxScryptMemory = 1u << 20;
    EXPECT_EQ(readBackup(example, kExamplePassword, cheap).error().code, Errc::InvalidKdfParams);
    json::Value costly = *json::parse(example);
    costly["header"]["slots"][0]["n"] = std::uint64_t{1} << 40;
    EXPECT_EQ(readBackup(costly.dump(4), kExamplePassword).error().code, Errc::InvalidKdfParams);
}

TEST(BackupKey, KeychainFormIsChecked)
{
    const auto stored = cheapKey().serialize();
    std::string text(reinterpret_cast<const char*>(stored.view().data()), stored.size());
    EXPECT_TRUE(BackupKey::deserialize(test::bytes(text)));
    EXPECT_EQ(BackupKey::deserialize(test::bytes("{}")).error().code, Errc::InvalidBackupKey);
    EXPECT_EQ(BackupKey::deserialize(test::bytes("not json")).error().code, Errc::InvalidBackupKey);
    EXPECT_EQ(BackupKey::deserialize(test::bytes(replaced(text, "\"version\":1", "\"version\":2"))).error().code,
              Errc::UnsupportedFormatVersion);
    EXPECT_EQ(BackupKey::deserialize(test::bytes(replaced(text, "\"slots\":[", "\"slots\":[],\"x\":["))).error().code,
              Errc::InvalidBackupKey);
    secureWipe(text);
    EXPECT_EQ(BackupKey::fromParts(SecretBytes(counting(0, 16)), cheapKey().slots()).error().code,
              Errc::InvalidBackupKey);
}

} // namespace
} // namespace sandi::backup
