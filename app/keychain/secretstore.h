#pragma once
// Where account secrets live: an asynchronous key → bytes store. KeychainSecretStore talks to the
// OS keychain through QtKeychain; MemorySecretStore is the fake that tests use. Callers never
// block: each operation reports through a callback on the caller's thread.

#include "core/crypto/secretbytes.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <functional>

namespace sandi {

enum class SecretStatus
{
    Ok,
    NotFound,     // no item under this key
    AccessDenied, // the user refused access, or the keyring stayed locked
    Unavailable,  // no keychain service (e.g. Linux without a Secret Service)
    Failed,       // any other error; `message` says more
};

struct SecretResult
{
    SecretStatus status = SecretStatus::Ok;
    QString message; // backend text for logs; never contains the secret
    [[nodiscard]] bool ok() const noexcept { return status == SecretStatus::Ok; }
};

class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(SecretResult, SecretBytes)>;
    using DoneCallback = std::function<void(SecretResult)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    // Call from the store's own thread. Each call answers exactly once through its callback, later
    // (never from inside the call), on that thread, unless `context` is destroyed first; then the
    // callback is dropped. Operations complete in call order. The store keeps no copy of a
    // secret after the operation (the backend may: see docs/account-store.md).
    virtual void read(const QString& key, QObject* context, ReadCallback done) = 0;
    virtual void write(const QString& key, const SecretBytes& secret, QObject* context, DoneCallback done) = 0;
    // Removing a key that does not exist answers Ok (libsecret) or NotFound (MemorySecretStore).
    virtual void remove(const QString& key, QObject* context, DoneCallback done) = 0;
};

} // namespace sandi

Q_DECLARE_METATYPE(sandi::SecretResult)
