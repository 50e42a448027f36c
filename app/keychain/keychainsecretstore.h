#pragma once
// The OS keychain through QtKeychain: one item per account, service "Sandi", key = account id,
// never the insecure plain-text fallback. Jobs run one at a time in call order; each is
// asynchronous, so the calling (GUI) thread never waits. The only file that includes qt6keychain.

#include "app/keychain/secretstore.h"

#include <deque>
#include <functional>
#include <memory>

namespace sandi {

class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    // The service name every item is filed under (Secret Service attribute "service").
    static constexpr auto kService = u"Sandi";

    explicit KeychainSecretStore(QObject* parent = nullptr);
    ~KeychainSecretStore() override;

    void read(const QString& key, QObject* context, ReadCallback done) override;
    void write(const QString& key, const SecretBytes& secret, QObject* context, DoneCallback done) override;
    void remove(const QString& key, QObject* context, DoneCallback done) override;

    // Before the program ends: waits up to `timeoutMs`, in a local event loop, until every job
    // asked for has answered (a write must not be lost), then starts no more. QtKeychain's
    // libsecret backend answers into the job it started, so a job deleted while it runs would be
    // written to after it was freed. True when no job is left running.
    bool shutDown(int timeoutMs);

private:
    struct Operation;
    void enqueue(std::unique_ptr<Operation> operation);
    void startNext();
    void finish(Operation& operation, SecretResult result, SecretBytes value);

    std::deque<std::unique_ptr<Operation>> m_queue;
    bool m_running = false;
    bool m_shutDown = false;
    std::function<void()> m_drained; // while shutDown() waits: after each answer
};

} // namespace sandi
