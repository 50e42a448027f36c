#pragma once
// An in-memory SecretStore for tests, with switches that simulate what real keychains do: no
// service, a refusal, a missing item, slow or held answers. Answers come from the event loop in
// call order, like the real store's.

#include "app/keychain/secretstore.h"

#include <QHash>
#include <QStringList>

#include <chrono>
#include <deque>
#include <map>
#include <memory>

namespace sandi {

class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject* parent = nullptr);
    ~MemorySecretStore() override;

    void read(const QString& key, QObject* context, ReadCallback done) override;
    void write(const QString& key, const SecretBytes& secret, QObject* context, DoneCallback done) override;
    void remove(const QString& key, QObject* context, DoneCallback done) override;

    // Every operation answers `status` (Ok: no fault), e.g. Unavailable for "no Secret Service",
    // AccessDenied for "the user clicked Deny".
    void setFault(SecretStatus status) { m_fault = status; }
    // Operations on `key` answer `status` (Ok clears it); wins over setFault().
    void setKeyFault(const QString& key, SecretStatus status);
    // Each answer waits this long on a timer (0: next event loop pass).
    void setLatency(std::chrono::milliseconds latency) { m_latency = latency; }
    // While held, answers queue up; release() lets them through in order.
    void hold() { m_held = true; }
    void release();

    // Test inspection and setup; a real keychain has no such calls.
    [[nodiscard]] bool contains(const QString& key) const { return m_items.count(key) != 0; }
    [[nodiscard]] std::size_t size() const noexcept { return m_items.size(); }
    [[nodiscard]] SecretBytes secret(const QString& key) const;
    void insert(const QString& key, const SecretBytes& secret) { m_items[key] = secret.clone(); }
    void erase(const QString& key) { m_items.erase(key); }
    // "write KEY", "read KEY", "remove KEY" in the order the operations were answered.
    [[nodiscard]] const QStringList& log() const noexcept { return m_log; }
    [[nodiscard]] std::size_t pending() const noexcept { return m_queue.size(); }

private:
    struct Operation;
    void enqueue(std::unique_ptr<Operation> operation);
    void pump();
    void answer();
    [[nodiscard]] SecretStatus faultFor(const QString& key) const;

    std::map<QString, SecretBytes> m_items;
    QHash<QString, SecretStatus> m_keyFaults;
    SecretStatus m_fault = SecretStatus::Ok;
    std::chrono::milliseconds m_latency{0};
    bool m_held = false;
    bool m_busy = false;
    std::deque<std::unique_ptr<Operation>> m_queue;
    QStringList m_log;
};

} // namespace sandi
