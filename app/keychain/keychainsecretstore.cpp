#include "app/keychain/keychainsecretstore.h"

#include <QByteArray>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <cstddef>
#include <span>

namespace sandi {

namespace {

// DEBIAN-NOTES: without a Secret Service QtKeychain answers OtherError within milliseconds, not
// NoBackendAvailable; a missing item is EntryNotFound.
SecretResult mapError(QKeychain::Error error, const QString& text)
{
    switch (error) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return {SecretStatus::NotFound, text};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {SecretStatus::AccessDenied, text};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return {SecretStatus::Unavailable, text};
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return {SecretStatus::Failed, text};
}

// Zero-fills the buffer in place without detaching, so every QByteArray sharing it (the finished
// job's copy too) is wiped, then empties `data`. A QByteArray that held a secret ends here.
void wipe(QByteArray& data)
{
    if (!data.isEmpty()) {
        auto* bytes = reinterpret_cast<std::byte*>(const_cast<char*>(data.constData()));
        secureWipe(std::span<std::byte>(bytes, static_cast<std::size_t>(data.size())));
    }
    data.clear();
}

} // namespace

struct KeychainSecretStore::Operation
{
    enum class Kind
    {
        Read,
        Write,
        Remove,
    } kind = Kind::Read;
    QString key;
    QByteArray data; // Write only; wiped when the job is done
    QPointer<QObject> context;
    ReadCallback readDone;
    DoneCallback done;
};

KeychainSecretStore::KeychainSecretStore(QObject* parent) : SecretStore(parent) {}

KeychainSecretStore::~KeychainSecretStore()
{
    for (auto& operation : m_queue) {
        wipe(operation->data);
    }
}

void KeychainSecretStore::read(const QString& key, QObject* context, ReadCallback done)
{
    auto operation = std::make_unique<Operation>();
    operation->kind = Operation::Kind::Read;
    operation->key = key;
    operation->context = context;
    operation->readDone = std::move(done);
    enqueue(std::move(operation));
}

void KeychainSecretStore::write(const QString& key, const SecretBytes& secret, QObject* context, DoneCallback done)
{
    auto operation = std::make_unique<Operation>();
    operation->kind = Operation::Kind::Write;
    operation->key = key;
    const auto bytes = secret.view();
    operation->data = QByteArray(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()));
    operation->context = context;
    operation->done = std::move(done);
    enqueue(std::move(operation));
}

void KeychainSecretStore::remove(const QString& key, QObject* context, DoneCallback done)
{
    auto operation = std::make_unique<Operation>();
    operation->kind = Operation::Kind::Remove;
    operation->key = key;
    operation->context = context;
    operation->done = std::move(done);
    enqueue(std::move(operation));
}

void KeychainSecretStore::enqueue(std::unique_ptr<Operation> operation)
{
    m_queue.push_back(std::move(operation));
    // Start from the event loop, so that no answer can arrive inside read()/write()/remove().
    QMetaObject::invokeMethod(this, &KeychainSecretStore::startNext, Qt::QueuedConnection);
}

bool KeychainSecretStore::shutDown(int timeoutMs)
{
    if (!m_queue.empty()) {
        QEventLoop loop;
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        m_drained = [this, &loop] {
            if (m_queue.empty()) {
                loop.quit();
            }
        };
        loop.exec();
        m_drained = nullptr;
    }
    m_shutDown = true;
    return !m_running;
}

void KeychainSecretStore::startNext()
{
    if (m_running || m_queue.empty() || m_shutDown) {
        return;
    }
    m_running = true;
    Operation& operation = *m_queue.front();
    const QString service = QString::fromUtf16(kService);
    QKeychain::Job* job = nullptr;
    switch (operation.kind) {
    case Operation::Kind::Read:
        job = new QKeychain::ReadPasswordJob(service, this);
        break;
    case Operation::Kind::Write: {
        auto* writeJob = new QKeychain::WritePasswordJob(service, this);
        writeJob->setBinaryData(operation.data);
        job = writeJob;
        break;
    }
    case Operation::Kind::Remove:
        job = new QKeychain::DeletePasswordJob(service, this);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file: no keychain means read-only
    job->setKey(operation.key);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job* finished) {
        SecretBytes value;
        if (auto* readJob = qobject_cast<QKeychain::ReadPasswordJob*>(finished);
            readJob != nullptr && readJob->error() == QKeychain::NoError) {
            QByteArray data = readJob->binaryData();
            value = SecretBytes(std::as_bytes(std::span<const char>(data.constData(), std::size_t(data.size()))));
            wipe(data);
        }
        std::unique_ptr<Operation> done = std::move(m_queue.front());
        m_queue.pop_front();
        m_running = false;
        finish(*done, mapError(finished->error(), finished->errorString()), std::move(value));
        startNext();
        if (m_drained) {
            m_drained();
        }
    });
    job->start();
}

void KeychainSecretStore::finish(Operation& operation, SecretResult result, SecretBytes value)
{
    wipe(operation.data);
    if (!operation.context) {
        return;
    }
    if (operation.readDone) {
        operation.readDone(std::move(result), std::move(value));
    } else if (operation.done) {
        operation.done(std::move(result));
    }
}

} // namespace sandi
