#pragma once
// Login approval, the device side (docs/approval-protocol.md; docs/architecture.md, "The device
// side of login approval"): enrolls accounts whose activation link carries acceptor parameters,
// keeps one long poll per enrolled account while Sandi runs (window shown or hidden), verifies
// each challenge with the core and offers it as an ApprovalPrompt, and sends the user's answer.
// Lives on the GUI thread and never blocks it: network and keychain work are asynchronous, and
// the crypto (one P-256 signature or verification) takes microseconds.
//
// Enrollment data is Account::acceptor (EnrollmentRecord, no secret); each device key is PKCS#8
// in the SecretStore under deviceKeyName(accountId), never on disk. Removing an account removes
// its device key (AccountStore::remove()).

#include "app/approval/approvalprompt.h"
#include "app/approval/approvaltiming.h"
#include "app/approval/enrollmentrecord.h"
#include "core/approval/enrollment.h"
#include "core/result.h"

#include <QByteArrayList>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <map>
#include <memory>

namespace sandi {

class AccountStore;
struct EnrollmentOffer;
class PollLoop;
class SecretStore;
struct HttpOutcome;

class ApprovalService : public QObject
{
    Q_OBJECT
public:
    // `store` and `secrets` outlive the service. nowMs: Sandi's corrected clock (ms since 1970).
    // The service listens to the store: an account added from a link with acceptor parameters is
    // enrolled (AccountStore::enrollmentOffered), removed accounts stop polling.
    ApprovalService(AccountStore* store, SecretStore* secrets, std::function<qint64()> nowMs,
                    QObject* parent = nullptr);
    ~ApprovalService() override;

    // Polls every active enrollment, now and as the store changes (call after the store loaded).
    // Also follows network changes (QNetworkInformation, where a backend exists).
    void start();
    void stop();
    // After an account was added from a URI that carries acceptor parameters: makes the key,
    // enrolls, saves. Result via enrollmentFinished (and stateChanged).
    void enroll(const QString& accountId, const approval::Enrollment& enrollment);
    [[nodiscard]] ApprovalState state(const QString& accountId) const;
    // Translated: why enrollment failed or was revoked (with what to do: "…; activate again"),
    // "Login approval is active." when Active, "Activating login approval…" while Enrolling,
    // empty for None.
    [[nodiscard]] QString stateDetail(const QString& accountId) const;
    [[nodiscard]] QList<ApprovalPrompt> pending() const; // oldest first
    // The number must be one of the prompt's; the acceptor decides whether it is the browser's.
    void approve(const QString& promptId, int number);
    void deny(const QString& promptId);

    // --- Additions to the contract ---

    // Drops every held poll and backoff and polls at once: the network changed or the computer
    // resumed. Called by the service itself on QNetworkInformation changes and clock jumps.
    void reconnectNow();
    // One poll per active enrollment without holding on (sandi-cli approvals; the protocol has no
    // poll that does not wait): a pending challenge comes back at once, so a poll the acceptor
    // still holds `quietMs` after the connection is up means nothing is pending, and is dropped.
    // `done` gets one translated line per account that could not be asked. Prompts arrive
    // through promptAdded. Not for a running service: its held polls make the acceptor end them.
    void pollOnce(int quietMs, std::function<void(QStringList problems)> done);
    // Whether an answer for the prompt is on its way.
    [[nodiscard]] bool answering(const QString& promptId) const;

    // Tests and development. Set before start()/enroll().
    void setTiming(ApprovalTiming timing);
    void setUrlPolicy(approval::UrlPolicy policy) { m_policy = policy; } // http:// to loopback (unsafe)
    // Certificates (PEM) trusted besides the system CAs: a private CA, or a test server's.
    void setExtraCaCertificates(QByteArrayList pem) { m_extraCa = std::move(pem); }
    void setDeviceName(QString name) { m_deviceName = std::move(name); } // default "Sandi on <host>"
    // Inspection for tests: the account's poll loop, or nullptr when it is not polling.
    [[nodiscard]] PollLoop* pollLoop(const QString& accountId) const;

Q_SIGNALS:
    void promptAdded(const sandi::ApprovalPrompt& prompt);
    void promptEnded(const QString& promptId, sandi::PromptEnd end, const QString& detail); // detail: translated
    void stateChanged(const QString& accountId);                                            // state()/stateDetail()
    void enrollmentFinished(const QString& accountId, bool ok, const QString& detail);      // detail: translated
    // Addition: an acceptor refused a poll as stale_request (§7: the clock may be off). Connect
    // to ClockService::checkNow; the poll retries with backoff and the corrected clock.
    void clockCheckSuggested();

private:
    struct Device;
    struct PromptEntry;

    void sync();
    void enrollOffered(const QString& accountId, const EnrollmentOffer& offer);
    void enrollFailed(const QString& accountId, EnrollmentReason reason, const QString& acceptor);
    void enrollSend(const QString& accountId, const approval::Enrollment& enrollment,
                    std::shared_ptr<crypto::EcPrivateKey> key);
    void enrollSucceeded(const QString& accountId, EnrollmentRecord record);
    void withDevice(const QString& accountId, std::function<void(Device*)> next);
    void startLoop(Device& device);
    void dropDevice(const QString& accountId);
    void received(const QString& accountId, const std::vector<std::string>& challenges);
    void addPrompt(const ApprovalPrompt& prompt);
    // pollOnce(): what one poll answer means; a translated problem, or empty when all is well.
    QString pollProblem(const HttpOutcome& outcome, const QString& accountId);
    void revoke(const QString& accountId);
    void answer(const QString& promptId, bool approve, int number);
    void endPrompt(const QString& promptId, PromptEnd end, const QString& detail);
    void checkClockJump();
    void setOverride(const QString& accountId, ApprovalState state, const QString& detail);
    void clearOverride(const QString& accountId);
    void announce(const QString& accountId); // stateChanged when state()/stateDetail() differ from last time
    [[nodiscard]] std::optional<EnrollmentRecord> recordOf(const QString& accountId) const;

    AccountStore* m_store;
    SecretStore* m_secrets;
    std::function<qint64()> m_nowMs;
    ApprovalTiming m_timing;
    approval::UrlPolicy m_policy;
    QByteArrayList m_extraCa; // PEM
    QString m_deviceName;
    bool m_running = false;
    std::map<QString, std::unique_ptr<Device>> m_devices; // accounts whose key is loaded (or loading)
    QList<PromptEntry*> m_prompts;                        // oldest first; owned
    QHash<QString, qint64> m_seen;                        // challenge id → expiry (ms): shown once, never again
    struct Override
    {
        ApprovalState state;
        QString detail;
    };
    QHash<QString, Override> m_overrides; // Enrolling, and problems not kept in the file
    QHash<QString, QString> m_announced;  // state and detail last announced by stateChanged
    qint64 m_lastSkewMs = 0;              // wall − monotonic at the last look
    bool m_clockSeen = false;
    QObject* m_network = nullptr; // QNetworkInformation connections' context
};

} // namespace sandi
