// For tests/diff/backup_oracle.py: `sandi_backup_tool write PASSWORD` prints a fresh backup (new
// random master key, salt and nonces; the default scrypt parameters) of the accounts of docs/backup-format.md's worked
// example.
#include "core/backup/backup.h"

#include <iostream>
#include <string_view>
#include <vector>

int main(int argc, char** argv)
{
    if (argc != 3 || std::string_view(argv[1]) != "write") {
        std::cerr << "usage: sandi_backup_tool write PASSWORD\n";
        return 2;
    }
    std::vector<sandi::uri::OtpauthUri> accounts;
    for (const char* text :
         {"otpauth://totp/LPSE%20Kota%20Kudus:ppk1?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=LPSE%20Kota%20Kudus",
          "otpauth://hotp/budi%40example.id?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA&algorithm="
          "SHA256&digits=8&counter=1"}) {
        auto account = sandi::uri::parseOtpauth(text);
        if (!account) {
            return 1;
        }
        accounts.push_back(std::move(*account));
    }
    auto key = sandi::backup::BackupKey::create(argv[2]);
    auto written = key ? sandi::backup::writeBackup(accounts, *key) : tl::unexpected(key.error());
    if (!written) {
        std::cerr << written.error().detail << "\n";
        return 1;
    }
    std::cout << *written;
    return 0;
}
