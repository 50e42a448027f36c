#pragma once
// The key of Sandi's encrypted backups (docs/backup-format.md): a random 256-bit master key and
// the password slots that wrap it. The app creates it once from the backup password (scrypt takes
// a moment: call it off the GUI thread), keeps serialize()'s bytes in the OS keychain, and writes
// every later backup with it without asking for the password again.

#include "core/crypto/aead.h"
#include "core/crypto/kdf.h"
#include "core/crypto/secretbytes.h"
#include "core/import/importresult.h"
#include "core/result.h"

#include <span>
#include <string_view>
#include <vector>

namespace sandi::backup {

constexpr std::size_t kMasterKeySize = crypto::aead::kKeySize; // 32 bytes
constexpr std::size_t kSaltSize = 32;                          // scrypt salt of a password slot
// docs/backup-format.md §Parameters: what new keys use (OWASP's scrypt minimum, 128 MiB, a few tenths
// of a second on a desktop), and the least a writer may use (Aegis' parameters, 32 MiB).
inline constexpr crypto::ScryptParams kDefaultScrypt{std::uint64_t{1} << 17, 8, 1};
inline constexpr std::uint64_t kMinScryptN = std::uint64_t{1} << 15;

// A password slot: the master key encrypted (AES-256-GCM) under scrypt(password, salt, n, r, p).
// Not secret on its own: it is written into every backup file.
struct PasswordSlot
{
    crypto::ScryptParams params;
    std::vector<std::byte> salt;
    crypto::aead::Nonce nonce{};
    std::vector<std::byte> wrappedKey; // the encrypted master key, 32 bytes
    crypto::aead::Tag tag{};

    // Wraps `masterKey` under a key derived from `password` with these exact inputs. Only the
    // worked example and tests choose salt and nonce; BackupKey::create() draws them at random.
    // Errors: InvalidKdfParams, CryptoFailure.
    [[nodiscard]] static Result<PasswordSlot> wrap(std::span<const std::byte> masterKey, std::string_view password,
                                                   const crypto::ScryptParams& params, std::span<const std::byte> salt,
                                                   const crypto::aead::Nonce& nonce);

    // The master key, if `password` opens this slot. Errors: WrongPassword (the tag does not match:
    // a wrong password or a damaged slot), InvalidKdfParams (over `maxScryptMemory` or invalid),
    // CryptoFailure.
    [[nodiscard]] Result<SecretBytes> unwrap(std::string_view password, std::uint64_t maxScryptMemory) const;

    // Same parameters, salt, nonce, wrapped key and tag: the same slot.
    friend bool operator==(const PasswordSlot& a, const PasswordSlot& b) noexcept;
};

class BackupKey
{
public:
    // A new random master key and one password slot with a random salt and nonce. Errors:
    // InvalidKdfParams (N < 2^15, r < 8 or p < 1: backups are written with at least the format's
    // minimum cost; or over the limits of scrypt()), CryptoFailure.
    [[nodiscard]] static Result<BackupKey> create(std::string_view password,
                                                  const crypto::ScryptParams& params = kDefaultScrypt);

    // A key from known parts (the keychain, the worked example). Errors: InvalidBackupKey (master
    // key not 32 bytes, no slot, a slot with a salt or wrapped key of the wrong size).
    [[nodiscard]] static Result<BackupKey> fromParts(SecretBytes masterKey, std::vector<PasswordSlot> slots);

    // The key of an existing backup, opened with its password: later backups written with it open
    // with the same password. Errors: those of backup::readHeader() and PasswordSlot::unwrap().
    [[nodiscard]] static Result<BackupKey> unlock(std::string_view backupText, std::string_view password,
                                                  const importer::ReadLimits& limits = {});

    // For the keychain: JSON {"version":1,"masterKey":...,"slots":[...]}. Holds the master key.
    [[nodiscard]] SecretBytes serialize() const;
    // Errors: InvalidBackupKey (not what serialize() writes), UnsupportedFormatVersion.
    [[nodiscard]] static Result<BackupKey> deserialize(std::span<const std::byte> bytes);

    [[nodiscard]] std::span<const std::byte> masterKey() const noexcept { return m_masterKey.view(); }
    [[nodiscard]] const std::vector<PasswordSlot>& slots() const noexcept { return m_slots; }
    [[nodiscard]] BackupKey clone() const;

private:
    BackupKey(SecretBytes masterKey, std::vector<PasswordSlot> slots);
    SecretBytes m_masterKey;
    std::vector<PasswordSlot> m_slots;
};

} // namespace sandi::backup
