#include "app/singleinstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QLocalServer>
#include <QLocalSocket>

#include <utility>

using namespace Qt::StringLiterals;

namespace sandi {

namespace {

constexpr quint32 kMagic = 0x53414e31; // "SAN1": format version of the message
constexpr char kAck = 'k';

QString userName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty()) {
        name = qEnvironmentVariable("USERNAME"); // Windows
    }
    return name;
}

} // namespace

SingleInstance::SingleInstance(QString key, QObject* parent) : QObject(parent), m_serverName(std::move(key))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(kConnectTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        // A running instance that does not answer: take over rather than leave the user with nothing.
        if (m_client) {
            m_client->abort();
        }
        listen();
    });
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultKey(const QString& dataDir)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(userName().toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(dataDir.toUtf8());
    return u"sandi-"_s + QString::fromLatin1(hash.result().toHex().left(24));
}

void SingleInstance::start(const QStringList& arguments)
{
    m_arguments = arguments;
    m_client = new QLocalSocket(this);
    connect(m_client, &QLocalSocket::connected, this, &SingleInstance::sendArguments);
    connect(m_client, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError) {
        if (!m_decided) {
            listen(); // nobody listens (or a stale socket file from a crash)
        }
    });
    connect(m_client, &QLocalSocket::readyRead, this, [this] {
        if (!m_decided && m_client->read(1) == QByteArray(1, kAck)) {
            m_decided = true;
            m_timeout.stop();
            m_client->disconnectFromServer();
            Q_EMIT forwarded();
        }
    });
    m_timeout.start();
    m_client->connectToServer(m_serverName);
}

void SingleInstance::sendArguments()
{
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << kMagic << m_arguments;
    QDataStream frame(m_client);
    frame.setVersion(QDataStream::Qt_6_0);
    frame << message;
}

void SingleInstance::listen()
{
    if (m_decided) {
        return;
    }
    m_decided = true;
    m_timeout.stop();
    if (m_client) {
        m_client->deleteLater();
        m_client = nullptr;
    }
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption); // only this user may connect
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnection);
    if (!m_server->listen(m_serverName)) {
        // On Unix a socket file left by a crashed instance: nobody answered on it, so remove it.
        QLocalServer::removeServer(m_serverName);
        m_server->listen(m_serverName);
    }
    Q_EMIT becamePrimary();
}

void SingleInstance::acceptConnection()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        socket->setReadBufferSize(kMaxMessageBytes + 16);
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readMessage(socket); });
        if (socket->bytesAvailable() > 0) {
            readMessage(socket);
        }
    }
}

void SingleInstance::readMessage(QLocalSocket* socket)
{
    QDataStream frame(socket);
    frame.setVersion(QDataStream::Qt_6_0);
    frame.startTransaction();
    QByteArray message;
    frame >> message;
    if (!frame.commitTransaction()) {
        if (socket->bytesAvailable() > kMaxMessageBytes) {
            socket->abort();
        }
        return; // wait for the rest
    }
    QDataStream in(message);
    in.setVersion(QDataStream::Qt_6_0);
    quint32 magic = 0;
    QStringList arguments;
    in >> magic >> arguments;
    if (magic != kMagic || in.status() != QDataStream::Ok) {
        socket->abort();
        return;
    }
    socket->write(QByteArray(1, kAck));
    socket->flush();
    Q_EMIT argumentsReceived(arguments);
}

} // namespace sandi
