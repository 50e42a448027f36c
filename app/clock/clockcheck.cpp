#include "app/clock/clockcheck.h"

#include "app/errortext.h"
#include "core/clock/httpdate.h"
#include "core/clock/sntp.h"

#include <QNetworkAccessManager>
#include <QNetworkDatagram>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QRandomGenerator>
#include <QTimer>
#include <QUdpSocket>

#include <optional>

using namespace Qt::StringLiterals;

namespace sandi {

namespace {

std::int64_t nowUnixMicros()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

QString serverLabel(const ClockServer& server)
{
    return server.port == 123 ? server.host : u"%1:%2"_s.arg(server.host).arg(server.port);
}

qint64 toMs(std::int64_t micros)
{
    return qRound64(static_cast<double>(micros) / 1000.0);
}

} // namespace

struct ClockCheck::Probe
{
    ClockServer server;
    QUdpSocket* socket = nullptr; // children of the ClockCheck, deleted with the probe
    QTimer* timer = nullptr;
    int sent = 0;
    std::uint64_t originate = 0;
    bool answered = false; // any datagram at all came back
    bool done = false;
    std::vector<clock::SntpSample> samples;
    std::optional<Errc> lastError;

    ~Probe()
    {
        delete socket;
        delete timer;
    }
};

ClockCheck::ClockCheck(QObject* parent) : QObject(parent), m_servers(defaultServers()) {}

ClockCheck::~ClockCheck() = default;

QList<ClockServer> ClockCheck::defaultServers()
{
    return {{u"0.id.pool.ntp.org"_s, 123},
            {u"1.id.pool.ntp.org"_s, 123},
            {u"0.asia.pool.ntp.org"_s, 123},
            {u"0.pool.ntp.org"_s, 123}};
}

void ClockCheck::setServers(QList<ClockServer> servers)
{
    m_servers = std::move(servers);
}

void ClockCheck::setHttpsFallback(const QUrl& url)
{
    m_httpsFallback = url;
}

void ClockCheck::setTlsConfiguration(const QSslConfiguration& configuration)
{
    m_tls = std::make_unique<QSslConfiguration>(configuration);
}

void ClockCheck::setSamplesPerServer(int samples)
{
    m_samplesPerServer = qMax(1, samples);
}

void ClockCheck::setTimeouts(std::chrono::milliseconds perRequest, std::chrono::milliseconds total)
{
    m_perRequest = perRequest;
    m_total = total;
}

void ClockCheck::start()
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_probes.clear();
    if (!m_deadline) {
        m_deadline = new QTimer(this);
        m_deadline->setSingleShot(true);
        connect(m_deadline, &QTimer::timeout, this, &ClockCheck::finishSntp);
    }
    m_deadline->start(m_total);
    for (const ClockServer& server : std::as_const(m_servers)) {
        auto probe = std::make_unique<Probe>();
        probe->server = server;
        probe->socket = new QUdpSocket(this);
        probe->timer = new QTimer(this);
        probe->timer->setSingleShot(true);
        Probe* p = probe.get();
        connect(probe->timer, &QTimer::timeout, this, [this, p] { sendNext(*p); });
        connect(probe->socket, &QUdpSocket::connected, this, [this, p] { sendNext(*p); });
        connect(probe->socket, &QUdpSocket::readyRead, this, [this, p] { readAnswers(*p); });
        // Unknown host, network unreachable, ICMP port unreachable: this server is out.
        connect(probe->socket, &QUdpSocket::errorOccurred, this, [this, p] { probeDone(*p); });
        m_probes.push_back(std::move(probe));
    }
    // From the event loop, so that `finished` never comes before start() returns.
    QTimer::singleShot(0, this, [this] {
        for (const auto& probe : m_probes) {
            probe->socket->connectToHost(probe->server.host, probe->server.port);
        }
        if (m_probes.empty()) {
            finishSntp();
        }
    });
}

void ClockCheck::sendNext(Probe& probe)
{
    if (probe.done) {
        return;
    }
    if (probe.sent >= m_samplesPerServer) {
        return probeDone(probe);
    }
    // Random low bits (about 60 ns) make the originate timestamp the server must echo hard to guess.
    probe.originate = clock::ntpFromUnixMicros(nowUnixMicros()) ^ (QRandomGenerator::global()->generate() & 0xFFU);
    const auto request = clock::sntpRequest(probe.originate);
    probe.socket->write(reinterpret_cast<const char*>(request.data()), static_cast<qint64>(request.size()));
    ++probe.sent;
    probe.timer->start(m_perRequest);
}

void ClockCheck::readAnswers(Probe& probe)
{
    // probeDone() aborts the socket, which drops what is left.
    while (!probe.done && probe.socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = probe.socket->receiveDatagram();
        const std::int64_t received = nowUnixMicros();
        const QByteArray data = datagram.data();
        const auto bytes = std::as_bytes(std::span(data.constData(), static_cast<std::size_t>(data.size())));
        probe.answered = true;
        const auto sample = clock::parseSntpResponse(bytes, probe.originate, received);
        if (sample) {
            probe.samples.push_back(*sample);
            probe.timer->stop();
            sendNext(probe);
            continue;
        }
        probe.lastError = sample.error().code;
        if (sample.error().code == Errc::SntpKissOfDeath) {
            probeDone(probe); // RFC 4330 §8: stop asking a server that kissed us off
        } else if (sample.error().code != Errc::SntpOriginateMismatch) {
            probe.timer->stop(); // a broken answer to this request: try the next sample
            sendNext(probe);
        } // a stale or spoofed answer: keep waiting for the real one
    }
}

void ClockCheck::probeDone(Probe& probe)
{
    if (probe.done) {
        return;
    }
    probe.done = true;
    probe.timer->stop();
    probe.socket->abort();
    for (const auto& p : m_probes) {
        if (!p->done) {
            return;
        }
    }
    finishSntp();
}

void ClockCheck::finishSntp()
{
    if (!m_running || m_httpsPending) {
        return;
    }
    m_deadline->stop();
    std::vector<clock::SntpSample> samples;
    ClockResult result;
    result.method = u"sntp"_s;
    bool anyAnswer = false;
    std::optional<Errc> lastError;
    for (const auto& probe : m_probes) {
        probe->done = true;
        probe->timer->stop();
        probe->socket->abort();
        anyAnswer = anyAnswer || probe->answered;
        lastError = probe->lastError ? probe->lastError : lastError;
        if (!probe->samples.empty()) {
            samples.insert(samples.end(), probe->samples.begin(), probe->samples.end());
            result.serversUsed.append(serverLabel(probe->server));
        }
    }
    const auto offset = clock::combineOffsets(std::move(samples));
    if (offset) {
        result.measured = true;
        result.offsetMs = toMs(*offset);
        return finish(result);
    }
    if (!anyAnswer && !m_httpsFallback.isEmpty()) {
        return startHttps();
    }
    if (anyAnswer && lastError) {
        result.error = tr("The time servers answered, but no answer could be used: %1").arg(errorText(*lastError));
    } else {
        result.error = tr("No time server answered. Check the network connection; a firewall may block the "
                          "time protocol (NTP, UDP port 123).");
    }
    finish(result);
}

void ClockCheck::startHttps()
{
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
    }
    m_httpsPending = true;
    QNetworkRequest request(m_httpsFallback);
    request.setTransferTimeout(static_cast<int>(m_total.count()));
    if (m_tls) {
        request.setSslConfiguration(*m_tls);
    }
    const std::int64_t sent = nowUnixMicros();
    QNetworkReply* reply = m_network->head(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, sent] {
        const std::int64_t received = nowUnixMicros();
        reply->deleteLater();
        m_httpsPending = false;
        ClockResult result;
        result.method = u"https"_s;
        const QByteArray date = reply->rawHeader("Date");
        const auto seconds = clock::parseHttpDate(std::string_view(date.constData(), std::size_t(date.size())));
        if (reply->error() != QNetworkReply::NoError && date.isEmpty()) {
            result.error = tr("No time server answered, and %1 could not be reached: %2")
                               .arg(m_httpsFallback.host(), reply->errorString());
        } else if (!seconds) {
            result.error = tr("No time server answered, and %1 sent no usable date: %2")
                               .arg(m_httpsFallback.host(), errorText(seconds.error().code));
        } else {
            result.measured = true;
            result.offsetMs = toMs(clock::httpDateOffsetMicros(*seconds, sent, received));
            result.serversUsed.append(m_httpsFallback.host());
        }
        finish(result);
    });
}

void ClockCheck::finish(ClockResult result)
{
    // Queued: this may run inside a socket's signal, and a slot may start() again, which replaces
    // the probes and their sockets.
    QMetaObject::invokeMethod(
        this,
        [this, result = std::move(result)] {
            m_running = false;
            Q_EMIT finished(result);
        },
        Qt::QueuedConnection);
}

} // namespace sandi
