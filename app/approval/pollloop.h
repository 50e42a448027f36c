#pragma once
// One enrolled account's long poll (docs/approval-protocol.md §7): GET /api/v1/poll with a fresh
// poll token each time, held by the acceptor until a challenge exists or about 25 s passed; again
// at once after 200/204 (but never two starts within kMinPollSpacingMs); after a failure,
// exponential backoff with full jitter and Retry-After as a minimum; stops for good on
// revoked_device/unknown_device. Between polls nothing runs but one single-shot wait.

#include "app/approval/acceptorconnection.h"
#include "app/approval/approvaltiming.h"
#include "core/approval/rules.h"
#include "core/crypto/ecdsa.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <string>
#include <vector>

class QNetworkReply;

namespace sandi {

class PollLoop : public QObject
{
    Q_OBJECT
public:
    struct Handlers
    {
        // Every open challenge (unverified JWS texts) after a 200; none after a 204.
        std::function<void(std::vector<std::string> challenges)> challenges;
        std::function<void(approval::Rejection why)> revoked; // the loop has stopped for good
        std::function<void()> event; // an answer or a wait ended (the service looks for a clock jump)
        std::function<void()> stale; // 401 stale_request: this computer's clock may be off (§7)
    };

    // `connection`, `key` and `timing` outlive the loop. `nowMs`: Sandi's corrected clock.
    PollLoop(AcceptorConnection* connection, std::string deviceId, const crypto::EcPrivateKey* key,
             const ApprovalTiming* timing, std::function<qint64()> nowMs, Handlers handlers, QObject* parent = nullptr);
    ~PollLoop() override;

    void start();      // polls now, unless running
    void stop();       // drops the request or the wait
    void restartNow(); // a network change or a resume: drops the held poll and the backoff, polls now

    [[nodiscard]] bool running() const { return m_running; }
    [[nodiscard]] bool polling() const { return !m_reply.isNull(); }
    [[nodiscard]] bool waiting() const { return !m_wait.isNull(); }
    [[nodiscard]] int failures() const { return m_failures; }                  // consecutive; the backoff's attempt
    [[nodiscard]] qint64 lastDelayMs() const { return m_lastDelayMs; }         // the last wait chosen
    [[nodiscard]] int polls() const { return m_polls; }                        // requests started
    [[nodiscard]] const QString& lastProblem() const { return m_lastProblem; } // English, for logs

private:
    void poll();
    void handle(const HttpOutcome& outcome);
    void again();
    void failed(const QString& problem, qint64 retryAfterMs);
    void waitThenPoll(qint64 delayMs);
    void cancelWait();

    AcceptorConnection* m_connection;
    std::string m_deviceId;
    const crypto::EcPrivateKey* m_key;
    const ApprovalTiming* m_timing;
    std::function<qint64()> m_nowMs;
    Handlers m_handlers;
    QPointer<QNetworkReply> m_reply;
    QPointer<QObject> m_wait; // deleting it cancels the scheduled poll
    bool m_running = false;
    int m_failures = 0;
    int m_polls = 0;
    qint64 m_lastDelayMs = 0;
    qint64 m_lastStartMs = 0; // monotonic
    bool m_started = false;
    QString m_lastProblem;
};

} // namespace sandi
