#pragma once
// One window per user: the first `sandi` listens on a local socket named after the user and the
// data folder; a later launch hands its arguments to it (an otpauth:// link opens the add dialog
// there) and exits. Nothing blocks: the outcome arrives as a signal.

#include <QObject>
#include <QStringList>
#include <QTimer>

class QLocalServer;
class QLocalSocket;

namespace sandi {

class SingleInstance : public QObject
{
    Q_OBJECT
public:
    static constexpr int kConnectTimeoutMs = 3000;
    static constexpr qint64 kMaxMessageBytes = 64 * 1024;

    // `key` tells instances apart: one per user and data folder (see defaultKey()).
    explicit SingleInstance(QString key, QObject* parent = nullptr);
    ~SingleInstance() override;

    // A key for the current user and `dataDir`: a hash, so that it is a valid socket name everywhere.
    [[nodiscard]] static QString defaultKey(const QString& dataDir);
    [[nodiscard]] QString serverName() const { return m_serverName; }

    // Looks for a running instance. Emits forwarded() once it took `arguments`, or becamePrimary()
    // once this process listens (there was none, or it did not answer in time). Either may come
    // before start() returns (e.g. when no socket exists at all).
    void start(const QStringList& arguments);
    [[nodiscard]] bool isPrimary() const { return m_server != nullptr; }

Q_SIGNALS:
    void becamePrimary();
    void forwarded();
    // In the primary: another launch passed these arguments (without the program name).
    void argumentsReceived(const QStringList& arguments);

private:
    void sendArguments();
    void listen();
    void acceptConnection();
    void readMessage(QLocalSocket* socket);

    QString m_serverName;
    QStringList m_arguments;
    QLocalServer* m_server = nullptr;
    QLocalSocket* m_client = nullptr;
    QTimer m_timeout;
    bool m_decided = false;
};

} // namespace sandi
