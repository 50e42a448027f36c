#include "core/backup/backup.h"

#include "core/backup/backupjson.h"
#include "core/encoding/json.h"

#include <algorithm>

namespace sandi::backup {

namespace {

constexpr std::string_view kFormatName = "sandi-backup";
constexpr std::string_view kCipher = "AES-256-GCM";

std::span<const std::byte> bytesOf(std::string_view text)
{
    return std::as_bytes(std::span(text.data(), text.size()));
}

// The authenticated data: the canonical JSON (compact, members sorted by name; RFC 8785 for the
// subset the format allows) of the whole file without its "payload" and "tag" members.
std::string associatedData(json::Value file)
{
    file.erase("payload");
    file.erase("tag");
    return json::dump(file);
}

struct Parsed
{
    Header header;
    std::string aad;
    std::vector<std::byte> ciphertext;
    crypto::aead::Tag tag{};
};

bool looksLikeSandiBackup(std::string_view text)
{
    return text.substr(0, 256).find("\"sandi-backup\"") != std::string_view::npos;
}

Result<json::Value> parseFile(std::string_view text, const importer::ReadLimits& limits)
{
    if (text.size() > limits.maxFileBytes) {
        return fail(Errc::FileTooLarge, std::to_string(text.size()) + " bytes");
    }
    auto value = json::parse(text, {limits.maxFileBytes, 64});
    if (!value) {
        if (looksLikeSandiBackup(text)) {
            return fail(Errc::CorruptedFile, "the backup is truncated or damaged: " + value.error().detail);
        }
        return fail(value.error().code == Errc::JsonTooDeep ? Errc::JsonTooDeep : Errc::UnknownFileFormat,
                    value.error().detail);
    }
    if (json::string(*value, "format") != kFormatName) {
        return fail(Errc::UnknownFileFormat, "not a Sandi backup");
    }
    const auto version = json::integer(*value, "version");
    if (version && *version > kFormatVersion) {
        return fail(Errc::UnsupportedFormatVersion, "backup format version " + std::to_string(*version));
    }
    if (version != kFormatVersion) {
        return fail(Errc::CorruptedFile, "the backup has no valid version");
    }
    return value;
}

Result<Parsed> parse(std::string_view text, const importer::ReadLimits& limits)
{
    auto file = parseFile(text, limits);
    if (!file) {
        return tl::unexpected(file.error());
    }
    Parsed out;
    out.aad = associatedData(*file);
    const json::Value* header = json::member(*file, "header");
    const json::Value* slots = header != nullptr ? json::member(*header, "slots") : nullptr;
    auto nonce = header != nullptr ? detail::bytesMember(*header, "nonce", crypto::aead::kNonceSize) : std::nullopt;
    auto tag = detail::bytesMember(*file, "tag", crypto::aead::kTagSize);
    auto payload = detail::bytesMember(*file, "payload", 0, limits.maxFileBytes);
    if (header == nullptr || json::string(*header, "cipher") != kCipher || slots == nullptr || !slots->is_array() ||
        !nonce || !tag || !payload || !detail::canonicalSubset(*file)) {
        return fail(Errc::CorruptedFile, "a field of the backup is missing or malformed");
    }
    if (slots->size() > limits.maxKeySlots) {
        return fail(Errc::CorruptedFile, "the backup has more key slots than allowed");
    }
    for (const auto& s : *slots) {
        auto slot = detail::slotFromJson(s, Errc::CorruptedFile);
        if (!slot) {
            return tl::unexpected(slot.error());
        }
        if (*slot) {
            out.header.slots.push_back(std::move(**slot));
        }
    }
    if (out.header.slots.empty()) {
        return fail(Errc::CorruptedFile, "the backup has no password slot");
    }
    std::copy(nonce->view().begin(), nonce->view().end(), out.header.payloadNonce.begin());
    std::copy(tag->view().begin(), tag->view().end(), out.tag.begin());
    out.ciphertext.assign(payload->view().begin(), payload->view().end());
    return out;
}

// Decrypts the payload with the master key; `keyKnownGood` decides what a bad tag means.
Result<importer::ImportResult> openPayload(const Parsed& parsed, std::span<const std::byte> masterKey,
                                           bool keyKnownGood)
{
    auto plain =
        crypto::aead::open(masterKey, parsed.header.payloadNonce, parsed.ciphertext, parsed.tag, bytesOf(parsed.aad));
    if (!plain) {
        if (plain.error().code == Errc::DecryptionFailed && keyKnownGood) {
            return fail(Errc::CorruptedFile, "the header or the accounts were changed after the backup was written");
        }
        return tl::unexpected(plain.error());
    }
    const std::string_view text(reinterpret_cast<const char*>(plain->view().data()), plain->size());
    return detail::accountsFromText(text);
}

} // namespace

Result<std::string> writeBackupWithNonce(std::span<const uri::OtpauthUri> accounts, const BackupKey& key,
                                         const crypto::aead::Nonce& nonce)
{
    json::Value slots = json::Value::array();
    for (const auto& slot : key.slots()) {
        slots.push_back(detail::slotToJson(slot));
    }
    json::Value file{{"format", kFormatName},
                     {"version", kFormatVersion},
                     {"header", {{"cipher", kCipher}, {"nonce", detail::b64(nonce)}, {"slots", std::move(slots)}}}};
    const std::string aad = associatedData(file);
    std::string plain = detail::accountsToText(accounts);
    auto sealed = crypto::aead::seal(key.masterKey(), nonce, bytesOf(plain), bytesOf(aad));
    secureWipe(plain);
    if (!sealed) {
        return tl::unexpected(sealed.error());
    }
    file["payload"] = detail::b64(sealed->ciphertext);
    file["tag"] = detail::b64(sealed->tag);
    return file.dump(4) + "\n";
}

Result<std::string> writeBackup(std::span<const uri::OtpauthUri> accounts, const BackupKey& key)
{
    auto random = crypto::randomBytes(crypto::aead::kNonceSize);
    if (!random) {
        return tl::unexpected(random.error());
    }
    crypto::aead::Nonce nonce{};
    std::copy(random->view().begin(), random->view().end(), nonce.begin());
    return writeBackupWithNonce(accounts, key, nonce);
}

Result<Header> readHeader(std::string_view text, const importer::ReadLimits& limits)
{
    auto parsed = parse(text, limits);
    if (!parsed) {
        return tl::unexpected(parsed.error());
    }
    return std::move(parsed->header);
}

Result<importer::ImportResult> readBackup(std::string_view text, std::string_view password,
                                          const importer::ReadLimits& limits)
{
    auto parsed = parse(text, limits);
    if (!parsed) {
        return tl::unexpected(parsed.error());
    }
    std::optional<Error> costly;
    for (const PasswordSlot& slot : parsed->header.slots) {
        auto master = slot.unwrap(password, limits.maxScryptMemory);
        if (master) {
            return openPayload(*parsed, master->view(), true);
        }
        if (master.error().code != Errc::WrongPassword) {
            costly = master.error();
        }
    }
    if (costly) {
        return tl::unexpected(*costly);
    }
    return fail(Errc::WrongPassword, "no password slot opens with this password");
}

Result<importer::ImportResult> readBackup(std::string_view text, const BackupKey& key,
                                          const importer::ReadLimits& limits)
{
    auto parsed = parse(text, limits);
    if (!parsed) {
        return tl::unexpected(parsed.error());
    }
    const auto& mine = key.slots();
    const bool sameSeries =
        std::any_of(parsed->header.slots.begin(), parsed->header.slots.end(),
                    [&](const PasswordSlot& s) { return std::find(mine.begin(), mine.end(), s) != mine.end(); });
    return openPayload(*parsed, key.masterKey(), sameSeries);
}

} // namespace sandi::backup
