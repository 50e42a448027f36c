#pragma once
// Shared by the automatic backup tests: a store, a fake keychain, settings and a BackupService on
// one temporary folder, and checks of what the backup files hold.

#include "app/backup/backupfiles.h"
#include "app/backup/backupservice.h"
#include "app/keychain/memorysecretstore.h"
#include "app/settings.h"
#include "app/store/accountsnapshot.h"
#include "app/store/accountstore.h"
#include "core/backup/backup.h"

#include "storetestsupport.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace sandi::test {

inline constexpr int kWait = 30000; // ms; scrypt on a busy two-core machine can take seconds
inline const QString kPassword = QStringLiteral("Kata-Sandi-Cadangan-2026!");

// The backup format's least scrypt cost: a key in a tenth of a second, a real key all the same.
inline BackupService::Options fastOptions()
{
    BackupService::Options options;
    options.scrypt = {backup::kMinScryptN, 8, 1};
    options.delay = std::chrono::milliseconds(0);
    options.maxDelay = std::chrono::milliseconds(0);
    return options;
}

// Everything one Sandi window has for backups, on folders under `root`.
struct BackupRig
{
    BackupRig(const QString& root, SecretStore* secrets, BackupService::Options options = fastOptions())
        : settings(root + QStringLiteral("/sandi.ini")), store(root + QStringLiteral("/data"), secrets),
          backup(&store, secrets, &settings, options)
    {}

    // Loads the store and starts the service; false if the store did not load.
    bool start()
    {
        QSignalSpy loaded(&store, &AccountStore::loaded);
        backup.start();
        store.load(SecretLoading::All);
        return loaded.wait(kWait) && QTest::qWaitFor([&] { return !secretsPending(store); }, kWait);
    }

    StoreResult run(const std::function<void(AccountStore::Done)>& operation)
    {
        std::optional<StoreResult> result;
        operation([&](StoreResult answer) { result = std::move(answer); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, kWait)) {
            return StoreResult{StoreError::KeychainFailed, {}, QStringLiteral("no answer")};
        }
        return *result;
    }

    StoreResult add(const QString& uriText)
    {
        return run([&](AccountStore::Done done) { store.add(parseUri(uriText), std::move(done)); });
    }

    Settings settings;
    AccountStore store;
    BackupService backup;
};

// The newest of Sandi's backups in `folder`, or an empty string.
inline QString newestBackup(const QString& folder)
{
    const auto backups = listBackups(folder);
    return backups.isEmpty() ? QString() : QDir(folder).filePath(backups.first().name);
}

// Opens the backup at `path` with `password` (scrypt, as a restore would) and compares it with
// the store's accounts, secrets included. Empty when equal, else what differs.
inline QString differenceFromStore(const QString& path, const QString& password, const AccountStore& store)
{
    const QByteArray text = readAll(path);
    const QByteArray utf8 = password.toUtf8();
    const auto read = backup::readBackup(std::string_view(text.constData(), std::size_t(text.size())),
                                         std::string_view(utf8.constData(), std::size_t(utf8.size())));
    if (!read) {
        return QStringLiteral("does not open: ") + QString::fromStdString(read.error().detail);
    }
    const auto expected = accountSnapshot(store);
    if (!expected) {
        return QStringLiteral("the store has no snapshot");
    }
    if (!read->unusable.empty()) {
        return QStringLiteral("unusable entries");
    }
    if (!sameAccounts(read->accounts, *expected)) {
        return QStringLiteral("%1 accounts in the backup, %2 in the store, or some differ")
            .arg(read->accounts.size())
            .arg(expected->size());
    }
    return {};
}

} // namespace sandi::test
