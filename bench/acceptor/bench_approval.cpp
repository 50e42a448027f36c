// bench_approval: the acceptor's long-poll delivery (docs/performance.md, "Login approval").
//
//   bench_approval PATH/TO/sandi-acceptor [CHALLENGES=1000] [POLLERS=2000]
//
// 1. Latency, in one process over TLS on loopback: a device holds a poll; the clock starts at
//    Acceptor::createChallenge() (store, signal, ES256 signature, TLS write) and stops when the
//    whole 200 answer has arrived at the device's socket. Median and p99 over CHALLENGES.
// 2. Held polls in a separate sandi-acceptor process: POLLERS devices are bound in its database
//    before it starts, then each holds one poll over its own TLS connection; the server's VmRSS
//    before and after gives the memory per held poll.
#include "rawpoller.h"
#include "server/acceptor.h"
#include "server/acceptorserver.h"
#include "server/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace sandi;

namespace {

void waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
}

QByteArray spkiOf(const crypto::EcPrivateKey& key)
{
    const auto spki = key.publicKey().spki();
    return {reinterpret_cast<const char*>(spki.data()), static_cast<qsizetype>(spki.size())};
}

void addUser(server::Database& db, const QString& userId)
{
    QSqlQuery q(db.connection());
    q.prepare(u"INSERT INTO users (user_id, email, password_hash, created) VALUES (?, 'x@example', '-', 0)"_s);
    q.addBindValue(userId);
    q.exec();
}

long rssKiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

int latency(int challenges)
{
    QTemporaryDir dir;
    server::ServerOptions options;
    options.dataDir = dir.filePath(u"data"_s);
    options.port = 0;
    server::AcceptorServer acceptorServer(options);
    QString error;
    if (!acceptorServer.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    auto key = crypto::EcPrivateKey::generate();
    addUser(acceptorServer.database(), u"bench"_s);
    const QString deviceId = acceptorServer.acceptor().bindDevice(u"bench"_s, spkiOf(*key));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({acceptorServer.identity().certificate()});
    testing::RawPoller poller({deviceId.toStdString(), std::move(*key)}, tls);
    QElapsedTimer clock;
    clock.start();
    qint64 arrived = 0;
    QObject::connect(&poller.socket(), &QSslSocket::readyRead, &poller, [&] {
        if (poller.done() && arrived == 0)
            arrived = clock.nsecsElapsed();
    });
    std::vector<double> micros;
    for (int i = 0; i < challenges; ++i) {
        poller.poll(acceptorServer.port());
        waitUntil([&] { return acceptorServer.api().heldPolls() == 1; }, 10'000);
        arrived = 0;
        const qint64 start = clock.nsecsElapsed();
        const auto c = acceptorServer.acceptor().createChallenge(u"bench"_s, u"bench"_s, u"127.0.0.1"_s, {});
        waitUntil([&] { return arrived != 0; }, 10'000);
        if (!c || poller.status() != 200) {
            std::fprintf(stderr, "challenge %d not delivered (status %d)\n", i, poller.status());
            return 1;
        }
        micros.push_back(static_cast<double>(arrived - start) / 1000.0);
        acceptorServer.acceptor().expireChallenge(c->challengeId);
    }
    std::sort(micros.begin(), micros.end());
    const auto at = [&](double q) {
        return micros[static_cast<std::size_t>(q * static_cast<double>(micros.size() - 1))];
    };
    std::printf("delivery latency over %d challenges: median %.0f us, p99 %.0f us, max %.0f us\n", challenges, at(0.5),
                at(0.99), micros.back());
    return 0;
}

int heldPolls(const QString& acceptorBinary, int pollers)
{
    QTemporaryDir dir;
    const QString data = dir.filePath(u"data"_s);
    QDir().mkpath(data);
    std::vector<testing::RawPoller::Device> devices;
    {
        server::Database db(QDir(data).filePath(u"acceptor.sqlite"_s));
        server::Acceptor acceptor(db, server::systemClock());
        db.connection().transaction();
        for (int i = 0; i < pollers; ++i) {
            auto key = crypto::EcPrivateKey::generate();
            addUser(db, u"u%1"_s.arg(i));
            const QString id = acceptor.bindDevice(u"u%1"_s.arg(i), spkiOf(*key));
            devices.push_back({id.toStdString(), std::move(*key)});
        }
        db.connection().commit();
    }
    quint16 port = 0;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        port = probe.serverPort();
    }
    QProcess server;
    server.setProcessChannelMode(QProcess::SeparateChannels);
    server.start(acceptorBinary,
                 {u"--data-dir"_s, data, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port), u"--poll-hold"_s, u"25"_s});
    waitUntil([&] { return server.canReadLine() && server.readAll().contains("Data: "); }, 30'000);
    QThread::msleep(500);
    const long before = rssKiB(server.processId());
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    QFile cert(QDir(data).filePath(u"cert.pem"_s));
    cert.open(QIODevice::ReadOnly);
    tls.setCaCertificates(QSslCertificate::fromData(cert.readAll()));
    std::vector<std::unique_ptr<testing::RawPoller>> held;
    QElapsedTimer t;
    t.start();
    for (auto& d : devices) {
        held.push_back(std::make_unique<testing::RawPoller>(std::move(d), tls));
        held.back()->poll(port);
        if (held.size() % 50 == 0)
            waitUntil([] { return false; }, 20); // let handshakes proceed
    }
    // Every connection encrypted and its request written; then give the server a moment.
    waitUntil(
        [&] { return std::all_of(held.begin(), held.end(), [](const auto& p) { return p->socket().isEncrypted(); }); },
        20'000);
    waitUntil([] { return false; }, 1500);
    const qint64 setup = t.elapsed();
    const auto finished = std::count_if(held.begin(), held.end(), [](const auto& p) { return p->done(); });
    const long after = rssKiB(server.processId());
    std::printf("held polls: %d (set up in %lld ms, %lld answered early); server RSS %ld KiB before, %ld KiB after: "
                "%.1f KiB per held poll\n",
                pollers - static_cast<int>(finished), static_cast<long long>(setup), static_cast<long long>(finished),
                before, after, static_cast<double>(after - before) / pollers);
    held.clear();
    server.terminate();
    server.waitForFinished(10'000);
    return finished == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_approval PATH/TO/sandi-acceptor [CHALLENGES] [POLLERS]\n");
        return 2;
    }
    const int challenges = args.size() > 2 ? args[2].toInt() : 1000;
    const int pollers = args.size() > 3 ? args[3].toInt() : 2000;
    rlimit files{};
    getrlimit(RLIMIT_NOFILE, &files);
    files.rlim_cur = files.rlim_max; // one socket per poller, here and in the server (inherited)
    setrlimit(RLIMIT_NOFILE, &files);
    if (const int r = latency(challenges); r != 0)
        return r;
    return heldPolls(args[1], pollers);
}
