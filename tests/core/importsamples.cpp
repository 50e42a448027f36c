#include "importsamples.h"

#include "core/crypto/aead.h"
#include "core/crypto/kdf.h"
#include "core/encoding/base64.h"
#include "core/uri/migration.h"
#include "hexutil.h"

namespace sandi::test::samples {

using json::Value;

// ---- Aegis: docs/vault.md of beemdevelopment/Aegis ----

namespace {

Value aegisEntry(const char* type, const char* issuer, const char* name, Value info)
{
    return {{"type", type},
            {"uuid", "01234567-89ab-cdef-0123-456789abcdef"},
            {"name", name},
            {"issuer", issuer},
            {"note", "catatan"},
            {"favorite", true},
            {"icon", "/9j/4AAQSkZJRgABAQ=="},
            {"icon_mime", "image/jpeg"},
            {"groups", {"a3b4c5d6-0000-4000-8000-000000000000"}},
            {"info", std::move(info)}};
}

} // namespace

// Every kind of entry Aegis writes, the unusual ones included.
Value aegisContents()
{
    Value entries = Value::array();
    entries.push_back(
        aegisEntry("totp", "Google", "Bob",
                   {{"secret", "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"}, {"algo", "SHA1"}, {"digits", 6}, {"period", 30}}));
    entries.push_back(aegisEntry("hotp", "LPSE Kab. Sikka", "pokja3",
                                 {{"secret", "JBSWY3DPEHPK3PXP"}, {"algo", "SHA256"}, {"digits", 8}, {"counter", 42}}));
    entries.push_back(aegisEntry("steam", "Steam", "gamer",
                                 {{"secret", "JBSWY3DPEHPK3PXP"}, {"algo", "SHA1"}, {"digits", 5}, {"period", 30}}));
    entries.push_back(aegisEntry("totp", "", "李四@例子.中国",
                                 {{"secret", "JBSWY3DPEHPK3PXP"}, {"algo", "SHA512"}, {"digits", 8}, {"period", 60}}));
    entries.push_back(aegisEntry(
        "yandex", "Yandex", "ivan",
        {{"secret", "JBSWY3DPEHPK3PXP"}, {"algo", "SHA256"}, {"digits", 8}, {"period", 30}, {"pin", "1234"}}));
    entries.push_back(aegisEntry("motp", "Old", "m",
                                 {{"secret", "JBSWY3DPEHPK3PXP"}, {"algo", "MD5"}, {"digits", 6}, {"period", 10}}));
    entries.push_back(aegisEntry("totp", "Broken", "b",
                                 {{"secret", "not base32!"}, {"algo", "SHA1"}, {"digits", 6}, {"period", 30}}));
    entries.push_back(aegisEntry("totp", "Odd", "o",
                                 {{"secret", "JBSWY3DPEHPK3PXP"}, {"algo", "MD5"}, {"digits", 6}, {"period", 30}}));
    return {{"version", 3},
            {"entries", std::move(entries)},
            {"groups", {{{"uuid", "a3b4c5d6-0000-4000-8000-000000000000"}, {"name", "Kerja"}}}}};
}

const std::vector<std::string> kAegisAccounts = {
    "totp SHA1 6 30 0|Google|Bob|ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
    "hotp SHA256 8 30 42|LPSE Kab. Sikka|pokja3|JBSWY3DPEHPK3PXP",
    "steam SHA1 5 30 0|Steam|gamer|JBSWY3DPEHPK3PXP",
    "totp SHA512 8 60 0||李四@例子.中国|JBSWY3DPEHPK3PXP",
};
const std::vector<std::string> kAegisUnusable = {
    "4|Yandex: ivan|UnsupportedOtpType",
    "5|Old: m|UnsupportedOtpType",
    "6|Broken: b|InvalidSecret",
    "7|Odd: o|UnsupportedAlgorithm",
};

std::string aegisPlainVault()
{
    return json::dump({{"version", 1}, {"header", {{"slots", nullptr}, {"params", nullptr}}}, {"db", aegisContents()}});
}

// docs/vault.md: a random master key encrypts the contents; a password slot holds it encrypted
// under scrypt(password, salt). Small N keeps the tests fast; Aegis itself writes N = 2^15.
std::string aegisEncryptedVault(std::string_view contentsText)
{
    const auto master = unhex("000102030405060708090a0b0c0d0e0f000102030405060708090a0b0c0d0e0f");
    const auto salt = unhex("a0a1a2a3a4a5a6a7a8a9aaabacadaeafa0a1a2a3a4a5a6a7a8a9aaabacadaeaf");
    const auto slotNonce = unhex("b0b1b2b3b4b5b6b7b8b9babb");
    const auto dbNonce = unhex("c0c1c2c3c4c5c6c7c8c9cacb");
    const auto kek = crypto::scrypt(bytes(kAegisPassword), salt, {1024, 8, 1}, 32);
    const auto wrapped = crypto::aead::seal(kek->view(), slotNonce, master);
    const auto db = crypto::aead::seal(master, dbNonce, bytes(contentsText));
    const Value biometric = {
        {"type", 2},
        {"uuid", "11111111-89ab-cdef-0123-456789abcdef"},
        {"key", hex(master)},
        {"key_params", {{"nonce", "000000000000000000000000"}, {"tag", "00000000000000000000000000000000"}}}};
    const Value password = {{"type", 1},
                            {"uuid", "01234567-89ab-cdef-0123-456789abcdef"},
                            {"key", hex(wrapped->ciphertext)},
                            {"key_params", {{"nonce", hex(slotNonce)}, {"tag", hex(wrapped->tag)}}},
                            {"n", 1024},
                            {"r", 8},
                            {"p", 1},
                            {"salt", hex(salt)},
                            {"repaired", true},
                            {"is_backup", false}};
    return json::dump(
        {{"version", 1},
         {"header", {{"slots", {biometric, password}}, {"params", {{"nonce", hex(dbNonce)}, {"tag", hex(db->tag)}}}}},
         {"db", base64::encode(db->ciphertext)}});
}

// ---- 2FAS: the layout 2FAS writes (services, schemaVersion 4) ----

namespace {

Value twoFasService(const char* name, const char* secret, Value otp)
{
    return {{"name", name},
            {"secret", secret},
            {"updatedAt", 1700000000000},
            {"otp", std::move(otp)},
            {"order", {{"position", 0}}},
            {"icon", {{"selected", "Label"}, {"label", {{"text", "GO"}, {"backgroundColor", "Orange"}}}}},
            {"groupId", "5f1e0000-0000-4000-8000-000000000000"}};
}

// servicesEncrypted = Base64(ciphertext ‖ tag):Base64(salt):Base64(IV), PBKDF2-HMAC-SHA256 (10,000).
std::string twoFasSealed(std::string_view plain, std::span<const std::byte> salt, std::string_view ivHex)
{
    const auto key = crypto::pbkdf2(crypto::HashAlgorithm::Sha256, bytes(kTwoFasPassword), salt, 10000, 32);
    const auto iv = unhex(ivHex);
    auto s = crypto::aead::seal(key->view(), iv, bytes(plain));
    s->ciphertext.insert(s->ciphertext.end(), s->tag.begin(), s->tag.end());
    return base64::encode(s->ciphertext) + ":" + base64::encode(salt) + ":" + base64::encode(iv);
}

} // namespace

Value twoFasServices()
{
    Value list = Value::array();
    list.push_back(twoFasService("Google", "JBSWY3DPEHPK3PXP",
                                 {{"label", "Google:bob"},
                                  {"account", "bob"},
                                  {"issuer", "Google"},
                                  {"digits", 6},
                                  {"period", 30},
                                  {"algorithm", "SHA1"},
                                  {"tokenType", "TOTP"},
                                  {"source", "Link"}}));
    list.push_back(twoFasService("LPSE Kota Kupang", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
                                 {{"account", "penyedia01"},
                                  {"digits", 8},
                                  {"period", 60},
                                  {"algorithm", "SHA512"},
                                  {"tokenType", "TOTP"},
                                  {"source", "Manual"}}));
    list.push_back(twoFasService("Steam", "JBSWY3DPEHPK3PXP",
                                 {{"account", "gamer"},
                                  {"issuer", "Steam"},
                                  {"digits", 5},
                                  {"period", 30},
                                  {"algorithm", "SHA1"},
                                  {"tokenType", "STEAM"}}));
    list.push_back(twoFasService("Bank", "JBSWY3DPEHPK3PXP",
                                 {{"account", "Ñandú"},
                                  {"issuer", "Bank"},
                                  {"digits", 6},
                                  {"counter", 7},
                                  {"algorithm", "SHA256"},
                                  {"tokenType", "HOTP"}}));
    list.push_back(twoFasService("Other", "JBSWY3DPEHPK3PXP", {{"account", "x"}, {"tokenType", "MOTP"}}));
    list.push_back(twoFasService("Bad", "01", {{"account", "y"}, {"tokenType", "TOTP"}}));
    return list;
}

const std::vector<std::string> kTwoFasAccounts = {
    "totp SHA1 6 30 0|Google|bob|JBSWY3DPEHPK3PXP",
    "totp SHA512 8 60 0|LPSE Kota Kupang|penyedia01|GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
    "steam SHA1 5 30 0|Steam|gamer|JBSWY3DPEHPK3PXP",
    "hotp SHA256 6 30 7|Bank|Ñandú|JBSWY3DPEHPK3PXP",
};
const std::vector<std::string> kTwoFasUnusable = {"4|Other: x|UnsupportedOtpType", "5|Bad: y|InvalidSecret"};

std::string twoFasPlainFile()
{
    return json::dump({{"services", twoFasServices()}, {"groups", Value::array()}, {"schemaVersion", 4}});
}

std::string twoFasEncryptedFile(std::string_view servicesText)
{
    std::vector<std::byte> salt(256);
    for (std::size_t i = 0; i < salt.size(); ++i) {
        salt[i] = static_cast<std::byte>(i);
    }
    return json::dump({{"services", Value::array()},
                       {"groups", Value::array()},
                       {"updatedAt", 1700000000000},
                       {"schemaVersion", 4},
                       {"appVersionCode", 5000012},
                       {"appVersionName", "5.3.0"},
                       {"appOrigin", "android"},
                       {"servicesEncrypted", twoFasSealed(servicesText, salt, "0102030405060708090a0b0c")},
                       {"reference", twoFasSealed("reference text", salt, "1112131415161718191a1b1c")}});
}

// ---- andOTP: the plain JSON list and the encrypted .json.aes (EncryptionHelper) ----

Value andOtpEntries()
{
    const Value tags = {"kantor"};
    return {
        {{"secret", "JBSWY3DPEHPK3PXP"},
         {"issuer", "GitHub"},
         {"label", "octocat"},
         {"digits", 6},
         {"type", "TOTP"},
         {"algorithm", "SHA1"},
         {"thumbnail", "Default"},
         {"last_used", 1700000000000},
         {"used_frequency", 3},
         {"period", 30},
         {"tags", tags}},
        {{"secret", "JBSWY3DPEHPK3PXP"},
         {"issuer", ""},
         {"label", "tanpa penerbit"},
         {"digits", 8},
         {"type", "TOTP"},
         {"algorithm", "SHA512"},
         {"period", 60},
         {"tags", Value::array()}},
        {{"secret", "JBSWY3DPEHPK3PXP"},
         {"issuer", "Server"},
         {"label", "ssh"},
         {"digits", 6},
         {"type", "HOTP"},
         {"algorithm", "SHA256"},
         {"counter", 5},
         {"tags", Value::array()}},
        {{"secret", "JBSWY3DPEHPK3PXP"},
         {"issuer", "Steam"},
         {"label", "gamer"},
         {"digits", 5},
         {"type", "STEAM"},
         {"algorithm", "SHA1"},
         {"period", 30}},
        {{"secret", "JBSWY3DPEHPK3PXP"},
         {"label", "Lama - pengguna"},
         {"digits", 6},
         {"type", "TOTP"},
         {"algorithm", "SHA1"},
         {"period", 30}},
        {{"secret", "JBSWY3DPEHPK3PXP"},
         {"issuer", "X"},
         {"label", "m"},
         {"digits", 6},
         {"type", "MOTP"},
         {"algorithm", "MD5"},
         {"period", 10}},
        {{"issuer", "NoSecret"}, {"label", "n"}, {"digits", 6}, {"type", "TOTP"}},
    };
}

const std::vector<std::string> kAndOtpAccounts = {
    "totp SHA1 6 30 0|GitHub|octocat|JBSWY3DPEHPK3PXP", "totp SHA512 8 60 0||tanpa penerbit|JBSWY3DPEHPK3PXP",
    "hotp SHA256 6 30 5|Server|ssh|JBSWY3DPEHPK3PXP",   "steam SHA1 5 30 0|Steam|gamer|JBSWY3DPEHPK3PXP",
    "totp SHA1 6 30 0|Lama|pengguna|JBSWY3DPEHPK3PXP",
};
const std::vector<std::string> kAndOtpUnusable = {"5|X: m|UnsupportedOtpType", "6|NoSecret: n|MissingSecret"};

// iterations (4 bytes, big-endian) ‖ salt (12) ‖ nonce (12) ‖ ciphertext ‖ tag, PBKDF2-HMAC-SHA1.
std::string andOtpEncrypted(std::string_view plain, std::uint32_t iterations)
{
    const auto salt = unhex("0102030405060708090a0b0c");
    const auto nonce = unhex("a1a2a3a4a5a6a7a8a9aaabac");
    const auto key = crypto::pbkdf2(crypto::HashAlgorithm::Sha1, bytes(kAndOtpPassword), salt, iterations, 32);
    const auto sealed = crypto::aead::seal(key->view(), nonce, bytes(plain));
    std::string out;
    for (int shift = 24; shift >= 0; shift -= 8) {
        out += static_cast<char>((iterations >> shift) & 0xff);
    }
    for (const auto* part : {&salt, &nonce}) {
        out.append(reinterpret_cast<const char*>(part->data()), part->size());
    }
    out.append(reinterpret_cast<const char*>(sealed->ciphertext.data()), sealed->ciphertext.size());
    out.append(reinterpret_cast<const char*>(sealed->tag.data()), sealed->tag.size());
    return out;
}

// ---- FreeOTP+: "tokens" with secrets as lists of signed Java bytes, "tokenOrder" ----

std::string freeOtpPlusExport()
{
    // "Hello!\xDE\xAD\xBE\xEF" = JBSWY3DPEHPK3PXP: bytes over 127 are written negative by Java.
    const Value secret = {72, 101, 108, 108, 111, 33, -34, -83, -66, -17};
    Value tokens = Value::array();
    tokens.push_back({{"algo", "SHA1"},
                      {"counter", 0},
                      {"digits", 6},
                      {"issuerExt", "GitLab"},
                      {"issuerInt", "GitLab"},
                      {"label", "dev"},
                      {"period", 30},
                      {"secret", secret},
                      {"type", "TOTP"},
                      {"imagePath", "x.png"}});
    tokens.push_back({{"algo", "SHA256"},
                      {"counter", 9},
                      {"digits", 8},
                      {"issuerExt", "VPN"},
                      {"label", "ops"},
                      {"period", 30},
                      {"secret", secret},
                      {"type", "HOTP"}});
    tokens.push_back({{"algo", "SHA512"},
                      {"counter", 0},
                      {"digits", 6},
                      {"issuerExt", ""},
                      {"label", "Ğüç"},
                      {"period", 60},
                      {"secret", secret},
                      {"type", "TOTP"}});
    tokens.push_back(
        {{"algo", "SHA1"}, {"digits", 6}, {"issuerExt", "Bad"}, {"label", "b"}, {"secret", {300}}, {"type", "TOTP"}});
    tokens.push_back(
        {{"algo", "MD5"}, {"digits", 6}, {"issuerExt", "Old"}, {"label", "o"}, {"secret", secret}, {"type", "TOTP"}});
    return json::dump({{"tokenOrder", {"GitLab:dev", "VPN:ops"}}, {"tokens", tokens}});
}

const std::vector<std::string> kFreeOtpPlusAccounts = {
    "totp SHA1 6 30 0|GitLab|dev|JBSWY3DPEHPK3PXP",
    "hotp SHA256 8 30 9|VPN|ops|JBSWY3DPEHPK3PXP",
    "totp SHA512 6 60 0||Ğüç|JBSWY3DPEHPK3PXP",
};
const std::vector<std::string> kFreeOtpPlusUnusable = {"3|Bad: b|InvalidSecret", "4|Old: o|UnsupportedAlgorithm"};

// ---- A list of otpauth:// links (Ente Auth, Bitwarden, scripts) ----

std::string migrationLine()
{
    uri::MigrationPayload payload;
    payload.version = 1;
    payload.batchSize = 1;
    uri::MigrationEntry a;
    a.secret = SecretBytes(bytes("12345678901234567890"));
    a.name = "LPSE Kota Kudus:ppk2";
    a.algorithm = 1;
    a.digits = 1;
    a.type = 2;
    payload.entries.push_back(std::move(a));
    uri::MigrationEntry md5;
    md5.secret = SecretBytes(bytes("12345678901234567890"));
    md5.name = "md5";
    md5.issuer = "Legacy";
    md5.algorithm = 4;
    md5.type = 2;
    payload.entries.push_back(std::move(md5));
    return uri::serializeMigration(payload);
}

std::string otpauthList()
{
    return "\xEF\xBB\xBF# exported by Ente Auth\r\n"
           "otpauth://totp/LPSE%20Kota%20Kudus:ppk1?secret=JBSWY3DPEHPK3PXP&issuer=LPSE%20Kota%20Kudus\r\n"
           "\r\n"
           "   otpauth://hotp/Server:ssh?secret=JBSWY3DPEHPK3PXP&counter=3&digits=8  \n"
           "otpauth://motp/x?secret=JBSWY3DPEHPK3PXP\n"
           "https://example.org/not-a-uri\n"
           "otpauth://totp/NoSecret\n" +
           migrationLine() + "\n" + "OTPAUTH://STEAM/Steam:gamer?secret=JBSWY3DPEHPK3PXP";
}

const std::vector<std::string> kOtpauthListAccounts = {
    "totp SHA1 6 30 0|LPSE Kota Kudus|ppk1|JBSWY3DPEHPK3PXP",
    "hotp SHA1 8 30 3|Server|ssh|JBSWY3DPEHPK3PXP",
    "totp SHA1 6 30 0|LPSE Kota Kudus|ppk2|GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
    "steam SHA1 5 30 0|Steam|gamer|JBSWY3DPEHPK3PXP",
};
// Line numbers, 1-based; the migration line's bad entry keeps its line and its label.
const std::vector<std::string> kOtpauthListUnusable = {
    "5||UnsupportedOtpType",
    "6||NotOtpauthUri",
    "7||MissingSecret",
    "8|Legacy: md5|UnsupportedAlgorithm",
};

std::vector<Sample> allSamples()
{
    std::vector<Sample> out;
    const auto add = [&](std::string name, std::string text, std::string_view password,
                         const std::vector<std::string>& accounts, const std::vector<std::string>& unusable) {
        out.push_back({std::move(name), std::move(text), std::string(password), accounts, unusable});
    };
    add("aegis-plain.json", aegisPlainVault(), {}, kAegisAccounts, kAegisUnusable);
    add("aegis-encrypted.json", aegisEncryptedVault(json::dump(aegisContents())), kAegisPassword, kAegisAccounts,
        kAegisUnusable);
    add("2fas-plain.2fas", twoFasPlainFile(), {}, kTwoFasAccounts, kTwoFasUnusable);
    add("2fas-encrypted.2fas", twoFasEncryptedFile(json::dump(twoFasServices())), kTwoFasPassword, kTwoFasAccounts,
        kTwoFasUnusable);
    add("andotp-plain.json", json::dump(andOtpEntries()), {}, kAndOtpAccounts, kAndOtpUnusable);
    add("andotp-encrypted.json.aes", andOtpEncrypted(json::dump(andOtpEntries())), kAndOtpPassword, kAndOtpAccounts,
        kAndOtpUnusable);
    add("freeotpplus.json", freeOtpPlusExport(), {}, kFreeOtpPlusAccounts, kFreeOtpPlusUnusable);
    add("otpauth-list.txt", otpauthList(), {}, kOtpauthListAccounts, kOtpauthListUnusable);
    return out;
}

} // namespace sandi::test::samples
