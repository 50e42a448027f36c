#pragma once
// Shared by the import and export tests: a loaded account store over the in-memory keychain in a
// folder of its own, driving FileImport to the end, and the store's accounts in the compact form
// of tests/core/importtestutil.h ("type alg digits period counter|issuer|account|SECRET").

#include "app/keychain/memorysecretstore.h"
#include "app/store/accountsnapshot.h"
#include "app/store/accountstore.h"
#include "app/transfer/fileimport.h"
#include "importtestutil.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <string>
#include <vector>

namespace sandi::test {

inline constexpr int kTransferWait = 60000; // scrypt at N = 2^17 takes seconds on a loaded machine

// A store with its own keychain in `dir`, loaded with every secret.
struct StoreUnderTest
{
    std::unique_ptr<MemorySecretStore> secrets = std::make_unique<MemorySecretStore>();
    std::unique_ptr<AccountStore> store;

    explicit StoreUnderTest(const QString& dir)
    {
        QDir().mkpath(dir);
        store = std::make_unique<AccountStore>(dir, secrets.get());
        QSignalSpy loaded(store.get(), &AccountStore::loaded);
        store->load(SecretLoading::All);
        if (!loaded.wait(kTransferWait)) {
            store.reset();
        }
    }

    // Adds the account of `uri`; false when the store refused.
    bool add(const std::string& uri)
    {
        auto parsed = uri::parseOtpauth(uri);
        if (!parsed) {
            return false;
        }
        bool ok = false;
        bool done = false;
        store->add(std::move(*parsed), [&](const StoreResult& result) {
            ok = result.ok();
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, kTransferWait) && ok;
    }

    [[nodiscard]] std::vector<std::string> described() const
    {
        std::vector<std::string> out;
        for (const Account& account : store->accounts()) {
            auto secret = store->secret(account.id);
            out.push_back(secret ? describe(toOtpauthUri(account, std::move(*secret))) : "<no secret>");
        }
        return out;
    }

    // The account file's bytes and the keychain's size: what "nothing changed" compares.
    [[nodiscard]] QByteArray fileBytes() const
    {
        QFile file(QDir(store->dataDir()).filePath(QStringLiteral("accounts.json")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

// How opening a file ended: "ready", "wrongPassword", "passwordNeeded" or "failed: MESSAGE".
inline QString openAndWait(FileImport& import, const QString& path, const QString& password = {})
{
    QString outcome;
    const auto connections = {
        QObject::connect(&import, &FileImport::ready, [&] { outcome = QStringLiteral("ready"); }),
        QObject::connect(&import, &FileImport::wrongPassword, [&] { outcome = QStringLiteral("wrongPassword"); }),
        QObject::connect(&import, &FileImport::failed,
                         [&](const QString& message) { outcome = QStringLiteral("failed: ") + message; }),
        QObject::connect(&import, &FileImport::passwordNeeded,
                         [&] {
                             if (password.isEmpty()) {
                                 outcome = QStringLiteral("passwordNeeded");
                             } else {
                                 import.unlock(password);
                             }
                         }),
    };
    import.open(path);
    if (!QTest::qWaitFor([&] { return !outcome.isEmpty(); }, kTransferWait)) {
        outcome = QStringLiteral("timed out");
    }
    for (const auto& connection : connections) {
        QObject::disconnect(connection);
    }
    return outcome;
}

inline FileImportReport addAndWait(FileImport& import, const QList<bool>& checked)
{
    QSignalSpy finished(&import, &FileImport::finished);
    import.add(checked);
    if (!finished.wait(kTransferWait)) {
        return {};
    }
    return finished.first().first().value<FileImportReport>();
}

inline QString writeFile(const QString& path, const std::string& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return {};
    }
    file.write(bytes.data(), qint64(bytes.size()));
    return path;
}

inline std::vector<std::string> describedEntries(const FileImport& import)
{
    std::vector<std::string> out;
    for (const ImportEntry& entry : import.entries()) {
        out.push_back(describe(entry.account));
    }
    return out;
}

} // namespace sandi::test
