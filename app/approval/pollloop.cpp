#include "app/approval/pollloop.h"

#include "core/approval/challenge.h"
#include "core/approval/polltoken.h"

#include <QLoggingCategory>
#include <QNetworkReply>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPoll, "sandi.approval.poll", QtWarningMsg)

namespace sandi {

PollLoop::PollLoop(AcceptorConnection* connection, std::string deviceId, const crypto::EcPrivateKey* key,
                   const ApprovalTiming* timing, std::function<qint64()> nowMs, Handlers handlers, QObject* parent)
    : QObject(parent), m_connection(connection), m_deviceId(std::move(deviceId)), m_key(key), m_timing(timing),
      m_nowMs(std::move(nowMs)), m_handlers(std::move(handlers))
{}

PollLoop::~PollLoop()
{
    stop();
}

void PollLoop::start()
{
    if (m_running) {
        return;
    }
    m_running = true;
    poll();
}

void PollLoop::stop()
{
    m_running = false;
    cancelWait();
    AcceptorConnection::cancel(m_reply);
    m_reply.clear();
}

void PollLoop::restartNow()
{
    if (!m_running) {
        return;
    }
    cancelWait();
    AcceptorConnection::cancel(m_reply);
    m_reply.clear();
    m_failures = 0;
    m_started = false; // no spacing: the old connection is gone
    poll();
}

void PollLoop::cancelWait()
{
    delete m_wait.data();
    m_wait.clear();
}

void PollLoop::poll()
{
    if (!m_running || m_reply) {
        return;
    }
    m_lastStartMs = m_timing->monotonicMs();
    m_started = true;
    ++m_polls;
    auto token = approval::newPollToken(m_deviceId, m_nowMs() / 1000);
    auto header = token ? approval::authorizationValue(*m_key, *token) : tl::unexpected(token.error());
    if (!header) {
        failed(u"cannot sign a poll token: "_s + QString::fromStdString(header.error().detail), -1);
        return;
    }
    RequestOptions options;
    options.maxBodyBytes = qint64(approval::kMaxPollBodySize);
    m_reply = m_connection->get(
        approval::kPollPath, QByteArray::fromStdString(*header),
        [this](const HttpOutcome& outcome) {
            m_reply.clear();
            handle(outcome);
        },
        options);
}

void PollLoop::handle(const HttpOutcome& outcome)
{
    if (m_handlers.event) {
        m_handlers.event();
    }
    if (!m_running) {
        return; // the event handler stopped or restarted the loop
    }
    if (outcome.isStatus(204)) {
        m_failures = 0;
        if (m_handlers.challenges) {
            m_handlers.challenges({}); // none open (§7)
        }
        return again();
    }
    if (outcome.isStatus(200)) {
        auto list =
            approval::readPollResponse(std::string_view(outcome.body.constData(), std::size_t(outcome.body.size())));
        if (!list) {
            return failed(u"the poll answer is not a challenge list: "_s + QString::fromStdString(list.error().detail),
                          -1);
        }
        m_failures = 0;
        if (m_handlers.challenges) {
            m_handlers.challenges(std::move(*list));
        }
        return again();
    }
    const auto rejection = outcome.rejection();
    if (rejection == approval::Rejection::RevokedDevice || rejection == approval::Rejection::UnknownDevice) {
        m_running = false;
        m_lastProblem = QString::fromLatin1(approval::wireName(*rejection));
        qCInfo(lcPoll) << "device" << QString::fromStdString(m_deviceId) << "is" << m_lastProblem << ": polling stops";
        if (m_handlers.revoked) {
            m_handlers.revoked(*rejection);
        }
        return;
    }
    if (rejection == approval::Rejection::StaleRequest && m_handlers.stale) {
        m_handlers.stale();
    }
    QString problem = outcome.detail;
    if (outcome.kind == HttpOutcome::Kind::Response) {
        problem = u"HTTP %1 %2"_s.arg(outcome.status)
                      .arg(rejection ? QString::fromLatin1(approval::wireName(*rejection)) : QString());
    }
    failed(problem, outcome.retryAfterMs);
}

void PollLoop::again()
{
    const qint64 sinceStart = m_timing->monotonicMs() - m_lastStartMs;
    const qint64 wait = m_started ? std::max<qint64>(0, kMinPollSpacingMs - sinceStart) : 0;
    if (wait == 0) {
        m_lastDelayMs = 0;
        poll();
    } else {
        waitThenPoll(wait);
    }
}

void PollLoop::failed(const QString& problem, qint64 retryAfterMs)
{
    m_lastProblem = problem;
    const qint64 delay = backoffDelayMs(m_failures, m_timing->random(), retryAfterMs);
    ++m_failures;
    qCInfo(lcPoll) << "poll failed (" << problem << "); attempt" << m_failures << "waits" << delay << "ms";
    waitThenPoll(delay);
}

void PollLoop::waitThenPoll(qint64 delayMs)
{
    cancelWait();
    m_lastDelayMs = delayMs;
    auto* wait = new QObject(this);
    m_wait = wait;
    m_timing->schedule(delayMs, wait, [this, wait] {
        if (m_wait == wait) {
            m_wait.clear();
            wait->deleteLater();
        }
        if (m_handlers.event) {
            m_handlers.event();
        }
        poll();
    });
}

} // namespace sandi
