#include "core/backup/backupkey.h"

#include "core/backup/backup.h"
#include "core/backup/backupjson.h"
#include "core/encoding/json.h"

#include <algorithm>

namespace sandi::backup {

namespace {

std::span<const std::byte> bytesOf(std::string_view text)
{
    return std::as_bytes(std::span(text.data(), text.size()));
}

// The key that wraps the master key: scrypt(password, salt) → 32 bytes.
Result<SecretBytes> slotKey(std::string_view password, const PasswordSlot& slot)
{
    return crypto::scrypt(bytesOf(password), slot.salt, slot.params, crypto::aead::kKeySize);
}

bool validSlot(const PasswordSlot& slot)
{
    return !slot.salt.empty() && slot.wrappedKey.size() == kMasterKeySize;
}

} // namespace

Result<PasswordSlot> PasswordSlot::wrap(std::span<const std::byte> masterKey, std::string_view password,
                                        const crypto::ScryptParams& params, std::span<const std::byte> salt,
                                        const crypto::aead::Nonce& nonce)
{
    PasswordSlot slot;
    slot.params = params;
    slot.salt.assign(salt.begin(), salt.end());
    slot.nonce = nonce;
    auto key = slotKey(password, slot);
    if (!key) {
        return tl::unexpected(key.error());
    }
    auto sealed = crypto::aead::seal(key->view(), slot.nonce, masterKey);
    if (!sealed) {
        return tl::unexpected(sealed.error());
    }
    slot.wrappedKey = std::move(sealed->ciphertext);
    slot.tag = sealed->tag;
    return slot;
}

Result<SecretBytes> PasswordSlot::unwrap(std::string_view password, std::uint64_t maxScryptMemory) const
{
    // 128·N·r·p bytes is scrypt's memory and, to a constant factor, its time. Checked before any
    // multiplication can overflow (scrypt() itself refuses N > 2^22, r > 32, p > 16).
    if (params.n > (std::uint64_t{1} << 22) || params.r > 32 || params.p > 16 ||
        128 * params.n * params.r * params.p > maxScryptMemory) {
        return fail(Errc::InvalidKdfParams, "the password slot asks for more scrypt work than allowed");
    }
    auto key = slotKey(password, *this);
    if (!key) {
        return tl::unexpected(key.error());
    }
    auto master = crypto::aead::open(key->view(), nonce, wrappedKey, tag);
    if (!master) {
        if (master.error().code == Errc::DecryptionFailed) {
            return fail(Errc::WrongPassword, "the password does not open the key slot");
        }
        return tl::unexpected(master.error());
    }
    return std::move(*master);
}

bool operator==(const PasswordSlot& a, const PasswordSlot& b) noexcept
{
    return a.params.n == b.params.n && a.params.r == b.params.r && a.params.p == b.params.p && a.salt == b.salt &&
           a.nonce == b.nonce && a.wrappedKey == b.wrappedKey && a.tag == b.tag;
}

BackupKey::BackupKey(SecretBytes masterKey, std::vector<PasswordSlot> slots)
    : m_masterKey(std::move(masterKey)), m_slots(std::move(slots))
{}

Result<BackupKey> BackupKey::create(std::string_view password, const crypto::ScryptParams& params)
{
    // docs/backup-format.md §Parameters: the minimum cost a writer uses.
    if (params.n < kMinScryptN || params.r < 8 || params.p < 1) {
        return fail(Errc::InvalidKdfParams, "backups are written with at least N=2^15, r=8, p=1");
    }
    auto master = crypto::randomBytes(kMasterKeySize);
    auto salt = crypto::randomBytes(kSaltSize);
    auto nonce = crypto::randomBytes(crypto::aead::kNonceSize);
    if (!master || !salt || !nonce) {
        return fail(Errc::CryptoFailure, "no random bytes");
    }
    crypto::aead::Nonce n{};
    std::copy(nonce->view().begin(), nonce->view().end(), n.begin());
    auto slot = PasswordSlot::wrap(master->view(), password, params, salt->view(), n);
    if (!slot) {
        return tl::unexpected(slot.error());
    }
    std::vector<PasswordSlot> slots;
    slots.push_back(std::move(*slot));
    return BackupKey(std::move(*master), std::move(slots));
}

Result<BackupKey> BackupKey::fromParts(SecretBytes masterKey, std::vector<PasswordSlot> slots)
{
    if (masterKey.size() != kMasterKeySize || slots.empty() ||
        !std::all_of(slots.begin(), slots.end(), [](const PasswordSlot& s) { return validSlot(s); })) {
        return fail(Errc::InvalidBackupKey, "a backup key is a 32-byte master key and at least one password slot");
    }
    return BackupKey(std::move(masterKey), std::move(slots));
}

Result<BackupKey> BackupKey::unlock(std::string_view backupText, std::string_view password,
                                    const importer::ReadLimits& limits)
{
    auto header = readHeader(backupText, limits);
    if (!header) {
        return tl::unexpected(header.error());
    }
    Error last{Errc::WrongPassword, "no password slot"};
    for (const PasswordSlot& slot : header->slots) {
        auto master = slot.unwrap(password, limits.maxScryptMemory);
        if (master) {
            return fromParts(std::move(*master), std::move(header->slots));
        }
        last = master.error();
    }
    return tl::unexpected(last);
}

SecretBytes BackupKey::serialize() const
{
    json::Value slots = json::Value::array();
    for (const auto& slot : m_slots) {
        slots.push_back(detail::slotToJson(slot));
    }
    json::Value value{{"version", 1}, {"masterKey", detail::b64(m_masterKey.view())}, {"slots", std::move(slots)}};
    std::string text = json::dump(value);
    secureWipe(value["masterKey"].get_ref<std::string&>());
    SecretBytes out(bytesOf(text));
    secureWipe(text);
    return out;
}

Result<BackupKey> BackupKey::deserialize(std::span<const std::byte> bytes)
{
    const std::string_view text(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    auto value = json::parse(text, {1u << 20, 8});
    if (!value || !value->is_object()) {
        return fail(Errc::InvalidBackupKey, "not a stored backup key");
    }
    const auto version = json::integer(*value, "version");
    if (version && *version > 1) {
        return fail(Errc::UnsupportedFormatVersion, "a backup key of a newer version");
    }
    auto master = detail::bytesMember(*value, "masterKey", kMasterKeySize);
    if (const json::Value* m = json::member(*value, "masterKey"); m != nullptr && m->is_string()) {
        secureWipe((*value)["masterKey"].get_ref<std::string&>());
    }
    const json::Value* list = json::member(*value, "slots");
    if (version != 1 || !master || list == nullptr || !list->is_array()) {
        return fail(Errc::InvalidBackupKey, "not a stored backup key");
    }
    std::vector<PasswordSlot> slots;
    for (const auto& s : *list) {
        auto slot = detail::slotFromJson(s, Errc::InvalidBackupKey);
        if (!slot) {
            return tl::unexpected(slot.error());
        }
        if (*slot) {
            slots.push_back(std::move(**slot));
        }
    }
    return fromParts(std::move(*master), std::move(slots));
}

BackupKey BackupKey::clone() const
{
    return BackupKey(m_masterKey.clone(), m_slots);
}

} // namespace sandi::backup
