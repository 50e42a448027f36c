#include "app/keychain/memorysecretstore.h"

#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sandi {

struct MemorySecretStore::Operation
{
    enum class Kind
    {
        Read,
        Write,
        Remove,
    } kind = Kind::Read;
    QString key;
    SecretBytes secret; // Write only
    QPointer<QObject> context;
    ReadCallback readDone;
    DoneCallback done;
};

MemorySecretStore::MemorySecretStore(QObject* parent) : SecretStore(parent) {}

MemorySecretStore::~MemorySecretStore() = default;

void MemorySecretStore::read(const QString& key, QObject* context, ReadCallback done)
{
    auto operation = std::make_unique<Operation>();
    operation->kind = Operation::Kind::Read;
    operation->key = key;
    operation->context = context;
    operation->readDone = std::move(done);
    enqueue(std::move(operation));
}

void MemorySecretStore::write(const QString& key, const SecretBytes& secret, QObject* context, DoneCallback done)
{
    auto operation = std::make_unique<Operation>();
    operation->kind = Operation::Kind::Write;
    operation->key = key;
    operation->secret = secret.clone();
    operation->context = context;
    operation->done = std::move(done);
    enqueue(std::move(operation));
}

void MemorySecretStore::remove(const QString& key, QObject* context, DoneCallback done)
{
    auto operation = std::make_unique<Operation>();
    operation->kind = Operation::Kind::Remove;
    operation->key = key;
    operation->context = context;
    operation->done = std::move(done);
    enqueue(std::move(operation));
}

void MemorySecretStore::setKeyFault(const QString& key, SecretStatus status)
{
    if (status == SecretStatus::Ok) {
        m_keyFaults.remove(key);
    } else {
        m_keyFaults.insert(key, status);
    }
}

void MemorySecretStore::release()
{
    m_held = false;
    pump();
}

SecretBytes MemorySecretStore::secret(const QString& key) const
{
    const auto it = m_items.find(key);
    return it == m_items.end() ? SecretBytes{} : it->second.clone();
}

void MemorySecretStore::enqueue(std::unique_ptr<Operation> operation)
{
    m_queue.push_back(std::move(operation));
    pump();
}

void MemorySecretStore::pump()
{
    if (m_held || m_busy || m_queue.empty()) {
        return;
    }
    // One answer at a time, always from the event loop: never from inside the caller's call.
    m_busy = true;
    QTimer::singleShot(m_latency, this, &MemorySecretStore::answer);
}

SecretStatus MemorySecretStore::faultFor(const QString& key) const
{
    return m_keyFaults.value(key, m_fault);
}

void MemorySecretStore::answer()
{
    m_busy = false;
    if (m_held || m_queue.empty()) {
        return;
    }
    const std::unique_ptr<Operation> operation = std::move(m_queue.front());
    m_queue.pop_front();
    const SecretStatus fault = faultFor(operation->key);
    SecretResult result{fault, fault == SecretStatus::Ok ? QString() : u"simulated fault"_s};
    SecretBytes value;
    switch (operation->kind) {
    case Operation::Kind::Read:
        m_log.append(u"read "_s + operation->key);
        if (result.ok()) {
            const auto it = m_items.find(operation->key);
            if (it == m_items.end()) {
                result = SecretResult{SecretStatus::NotFound, u"no such item"_s};
            } else {
                value = it->second.clone();
            }
        }
        break;
    case Operation::Kind::Write:
        m_log.append(u"write "_s + operation->key);
        if (result.ok()) {
            m_items[operation->key] = std::move(operation->secret);
        }
        break;
    case Operation::Kind::Remove:
        m_log.append(u"remove "_s + operation->key);
        if (result.ok() && m_items.erase(operation->key) == 0) {
            result = SecretResult{SecretStatus::NotFound, u"no such item"_s};
        }
        break;
    }
    if (operation->context) {
        if (operation->readDone) {
            operation->readDone(result, std::move(value));
        } else if (operation->done) {
            operation->done(result);
        }
    }
    pump();
}

} // namespace sandi
