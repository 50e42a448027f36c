#pragma once
// Measures how far the system clock is off (issue #8): SNTP (RFC 4330) over UDP to a few servers,
// several samples each, the median of the good answers; if no server answers at all, the Date
// header of an HTTPS HEAD request. Everything is asynchronous; `finished` reports the outcome once
// per start(), always from the event loop.

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <memory>
#include <vector>

class QNetworkAccessManager;
class QSslConfiguration;
class QTimer;

namespace sandi {

struct ClockServer
{
    QString host;
    quint16 port = 123;
};

struct ClockResult
{
    bool measured = false;
    qint64 offsetMs = 0;     // server time minus ours: positive when our clock is behind
    QStringList serversUsed; // "host" or "host:port", those that gave a usable sample
    QString error;           // translated; empty when measured
    QString method;          // "sntp" or "https"
};

class ClockCheck : public QObject
{
    Q_OBJECT
public:
    explicit ClockCheck(QObject* parent = nullptr);
    ~ClockCheck() override;

    // The pool.ntp.org zones, Indonesia's first (https://www.ntppool.org/zone/id).
    [[nodiscard]] static QList<ClockServer> defaultServers();

    void setServers(QList<ClockServer> servers);
    // A URL to ask with HEAD when no SNTP server answers; empty (the default) for none.
    void setHttpsFallback(const QUrl& url);
    // The TLS settings of that request (e.g. to trust one certificate); the system's by default.
    void setTlsConfiguration(const QSslConfiguration& configuration);
    void setSamplesPerServer(int samples);
    // Each SNTP request waits this long for its answer; the SNTP stage ends after `total`.
    void setTimeouts(std::chrono::milliseconds perRequest, std::chrono::milliseconds total);

    [[nodiscard]] bool isRunning() const { return m_running; }

    // Starts a check; ignored while one runs.
    void start();

Q_SIGNALS:
    void finished(const sandi::ClockResult& result);

private:
    struct Probe;

    void sendNext(Probe& probe);
    void readAnswers(Probe& probe);
    void probeDone(Probe& probe);
    void finishSntp();
    void startHttps();
    void finish(ClockResult result);

    QList<ClockServer> m_servers;
    QUrl m_httpsFallback;
    int m_samplesPerServer = 3;
    std::chrono::milliseconds m_perRequest{1500};
    std::chrono::milliseconds m_total{5000};
    bool m_running = false;
    bool m_httpsPending = false;
    std::vector<std::unique_ptr<Probe>> m_probes;
    QTimer* m_deadline = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    std::unique_ptr<QSslConfiguration> m_tls;
};

} // namespace sandi
