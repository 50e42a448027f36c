// libFuzzer target: the backup reader and the keychain form of a BackupKey never crash, and a file
// that opens with the password also opens with the key recovered from it.
#include "core/backup/backup.h"
#include "importlimits.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto limits = sandi::fuzz::cheapLimits();
    (void)sandi::backup::readHeader(text, limits);
    const auto read = sandi::backup::readBackup(text, "pw", limits);
    if (read) {
        auto key = sandi::backup::BackupKey::unlock(text, "pw", limits);
        if (!key || !sandi::backup::readBackup(text, *key, limits)) {
            std::abort();
        }
    }
    (void)sandi::backup::BackupKey::deserialize(std::as_bytes(std::span(text.data(), text.size())));
    return 0;
}
