#include "app/approval/approvalservice.h"

#include "app/approval/approvalservice_p.h"
#include "app/approval/approvaltext.h"
#include "app/keychain/secretstore.h"
#include "app/store/accountstore.h"

#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QSet>
#include <QSslCertificate>
#include <QSysInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApproval, "sandi.approval", QtWarningMsg)

namespace sandi {

ApprovalService::ApprovalService(AccountStore* store, SecretStore* secrets, std::function<qint64()> nowMs,
                                 QObject* parent)
    : QObject(parent), m_store(store), m_secrets(secrets), m_nowMs(std::move(nowMs)),
      m_timing(ApprovalTiming::system()), m_deviceName(u"Sandi on "_s + QSysInfo::machineHostName())
{
    qRegisterMetaType<sandi::ApprovalPrompt>();
    qRegisterMetaType<sandi::PromptEnd>();
    connect(m_store, &AccountStore::enrollmentOffered, this, &ApprovalService::enrollOffered);
    connect(m_store, &AccountStore::accountsChanged, this, &ApprovalService::sync);
    connect(m_store, &AccountStore::loaded, this, &ApprovalService::sync);
    // A secret arrived: the keychain works (again), so a device key that could not be read may now.
    connect(m_store, &AccountStore::secretLoaded, this, [this] {
        bool retry = false;
        for (auto it = m_overrides.begin(); it != m_overrides.end();) {
            if (it->detail == approvaltext::keychainUnavailable()) {
                it = m_overrides.erase(it);
                retry = true;
            } else {
                ++it;
            }
        }
        if (retry) {
            sync();
        }
    });
}

ApprovalService::~ApprovalService()
{
    m_devices.clear(); // loops and connections first: their callbacks point here
    qDeleteAll(m_prompts);
}

void ApprovalService::setTiming(ApprovalTiming timing)
{
    m_timing = std::move(timing);
}

void ApprovalService::start()
{
    if (m_running) {
        return;
    }
    m_running = true;
    checkClockJump();
    if (m_network == nullptr &&
        (QNetworkInformation::instance() != nullptr ||
         QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))) {
        m_network = new QObject(this);
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, m_network,
                [this](QNetworkInformation::Reachability reachability) {
                    qCInfo(lcApproval) << "network reachability changed:" << int(reachability);
                    if (reachability != QNetworkInformation::Reachability::Disconnected) {
                        reconnectNow();
                    }
                });
    }
    sync();
}

void ApprovalService::stop()
{
    m_running = false;
    for (auto& [id, device] : m_devices) {
        device->loop.reset();
    }
    delete m_network;
    m_network = nullptr;
}

std::optional<EnrollmentRecord> ApprovalService::recordOf(const QString& accountId) const
{
    const Account* account = m_store->find(accountId);
    return account ? EnrollmentRecord::fromJson(account->acceptor) : std::nullopt;
}

ApprovalState ApprovalService::state(const QString& accountId) const
{
    if (const auto it = m_overrides.constFind(accountId); it != m_overrides.cend()) {
        return it->state;
    }
    const auto record = recordOf(accountId);
    if (!record) {
        return ApprovalState::None;
    }
    switch (record->state) {
    case EnrollmentRecord::State::Active:
        return ApprovalState::Active;
    case EnrollmentRecord::State::Revoked:
        return ApprovalState::Revoked;
    case EnrollmentRecord::State::Failed:
        break;
    }
    return ApprovalState::EnrollFailed;
}

QString ApprovalService::stateDetail(const QString& accountId) const
{
    if (const auto it = m_overrides.constFind(accountId); it != m_overrides.cend()) {
        return it->detail;
    }
    const auto record = recordOf(accountId);
    if (!record) {
        return {};
    }
    return record->state == EnrollmentRecord::State::Active ? approvaltext::active()
                                                            : approvaltext::reason(record->reason);
}

void ApprovalService::setOverride(const QString& accountId, ApprovalState state, const QString& detail)
{
    m_overrides.insert(accountId, Override{state, detail});
    announce(accountId);
}

void ApprovalService::clearOverride(const QString& accountId)
{
    m_overrides.remove(accountId);
    announce(accountId);
}

PollLoop* ApprovalService::pollLoop(const QString& accountId) const
{
    const auto it = m_devices.find(accountId);
    return it == m_devices.end() ? nullptr : it->second->loop.get();
}

void ApprovalService::sync()
{
    QSet<QString> present;
    for (const Account& account : m_store->accounts()) {
        present.insert(account.id);
        const auto record = EnrollmentRecord::fromJson(account.acceptor);
        const bool active = record && record->state == EnrollmentRecord::State::Active;
        const auto it = m_devices.find(account.id);
        // Enrolled again (here or by sandi-cli): the old device and its key are gone.
        if (it != m_devices.end() && (!active || it->second->record.deviceId != record->deviceId)) {
            dropDevice(account.id);
        }
        // Not while enrolling, revoking, or after the device key turned out missing or unreadable.
        if (active && m_running && !m_overrides.contains(account.id)) {
            withDevice(account.id, [this](Device* device) {
                if (device != nullptr && m_running) {
                    startLoop(*device);
                }
            });
        }
    }
    std::vector<QString> gone;
    for (const auto& [id, device] : m_devices) {
        if (!present.contains(id)) {
            gone.push_back(id);
        }
    }
    for (const QString& id : gone) {
        dropDevice(id);
    }
    for (const PromptEntry* entry : QList<PromptEntry*>(m_prompts)) {
        if (!present.contains(entry->prompt.accountId)) {
            endPrompt(entry->prompt.id, PromptEnd::Failed,
                      approvaltext::answerFailed(approvaltext::AnswerProblem::NoDevice));
        }
    }
    // State changes that came from the file (this process or another) are announced too.
    for (const QString& id : present) {
        announce(id);
    }
    for (auto it = m_announced.begin(); it != m_announced.end();) {
        it = present.contains(it.key()) ? std::next(it) : m_announced.erase(it);
    }
}

void ApprovalService::announce(const QString& accountId)
{
    const QString now = QString::number(int(state(accountId))) + u'|' + stateDetail(accountId);
    if (m_announced.value(accountId) != now) {
        m_announced.insert(accountId, now);
        Q_EMIT stateChanged(accountId);
    }
}

void ApprovalService::withDevice(const QString& accountId, std::function<void(Device*)> next)
{
    if (const auto it = m_devices.find(accountId); it != m_devices.end()) {
        Device& device = *it->second;
        if (device.loading) {
            device.waiting.push_back(std::move(next));
        } else {
            next(&device);
        }
        return;
    }
    const auto record = recordOf(accountId);
    if (!record || record->state != EnrollmentRecord::State::Active) {
        next(nullptr);
        return;
    }
    auto device = std::make_unique<Device>();
    device->accountId = accountId;
    device->record = *record;
    device->loading = true;
    device->waiting.push_back(std::move(next));
    m_devices[accountId] = std::move(device);
    m_secrets->read(deviceKeyName(accountId), this, [this, accountId](const SecretResult& result, SecretBytes der) {
        const auto it = m_devices.find(accountId);
        if (it == m_devices.end()) {
            return; // removed meanwhile
        }
        std::unique_ptr<Device> loaded = std::move(it->second);
        m_devices.erase(it);
        auto key =
            result.ok() ? crypto::EcPrivateKey::fromPkcs8(der.view()) : tl::unexpected(Error{Errc::InvalidKey, {}});
        if (!key) {
            qCWarning(lcApproval) << "device key of" << accountId << "not usable:" << int(result.status)
                                  << result.message;
            const bool missing = result.ok() || result.status == SecretStatus::NotFound;
            setOverride(accountId, ApprovalState::EnrollFailed,
                        missing ? approvaltext::deviceKeyMissing() : approvaltext::keychainUnavailable());
            for (auto& waiter : loaded->waiting) {
                waiter(nullptr);
            }
            return;
        }
        loaded->key = std::move(*key);
        loaded->loading = false;
        loaded->connection = std::make_unique<AcceptorConnection>(
            loaded->record.acceptor, *loaded->record.pin, QSslCertificate::fromData(m_extraCa.join('\n'), QSsl::Pem));
        auto waiting = std::move(loaded->waiting);
        Device* raw = loaded.get();
        m_devices[accountId] = std::move(loaded);
        for (auto& waiter : waiting) {
            waiter(raw);
        }
    });
}

void ApprovalService::startLoop(Device& device)
{
    if (!device.loop) {
        const QString accountId = device.accountId;
        PollLoop::Handlers handlers;
        handlers.challenges = [this, accountId](const std::vector<std::string>& list) { received(accountId, list); };
        handlers.revoked = [this, accountId](approval::Rejection) {
            // Not from inside the loop's own callback: revoke() deletes the loop.
            QMetaObject::invokeMethod(
                this, [this, accountId] { revoke(accountId); }, Qt::QueuedConnection);
        };
        handlers.event = [this] { checkClockJump(); };
        handlers.stale = [this] { Q_EMIT clockCheckSuggested(); };
        device.loop = std::make_unique<PollLoop>(device.connection.get(), device.record.deviceId.toStdString(),
                                                 &*device.key, &m_timing, m_nowMs, std::move(handlers));
    }
    device.loop->start();
}

void ApprovalService::dropDevice(const QString& accountId)
{
    const auto it = m_devices.find(accountId);
    if (it == m_devices.end()) {
        return;
    }
    std::unique_ptr<Device> device = std::move(it->second);
    m_devices.erase(it);
    for (auto& next : device->waiting) {
        next(nullptr);
    }
    // The loop may be the caller (a callback of its reply): delete it from the event loop.
    if (device->loop) {
        device->loop->stop();
    }
    QMetaObject::invokeMethod(
        this, [d = std::shared_ptr<Device>(std::move(device))] {}, Qt::QueuedConnection);
}

void ApprovalService::reconnectNow()
{
    for (auto& [id, device] : m_devices) {
        if (device->connection) {
            device->connection->resetConnections();
        }
        if (device->loop) {
            device->loop->restartNow();
        }
    }
}

void ApprovalService::checkClockJump()
{
    const qint64 skew = m_timing.wallMs() - m_timing.monotonicMs();
    const bool jumped = m_clockSeen && std::abs(skew - m_lastSkewMs) > kClockJumpMs;
    m_lastSkewMs = skew;
    m_clockSeen = true;
    if (jumped) {
        qCInfo(lcApproval) << "the wall clock jumped (sleep/resume or a set clock): reconnecting";
        QMetaObject::invokeMethod(this, &ApprovalService::reconnectNow, Qt::QueuedConnection);
    }
}

void ApprovalService::approve(const QString& promptId, int number)
{
    answer(promptId, true, number);
}

void ApprovalService::deny(const QString& promptId)
{
    answer(promptId, false, 0);
}

} // namespace sandi
