#include "app/scan/portalscreenshot.h"

#include <QCoreApplication>
#include <QDBusAbstractInterface>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace sandi {

namespace {

const QString kService = u"org.freedesktop.portal.Desktop"_s;
const QString kDesktopPath = u"/org/freedesktop/portal/desktop"_s;
const QString kScreenshotInterface = u"org.freedesktop.portal.Screenshot"_s;
const QString kRequestInterface = u"org.freedesktop.portal.Request"_s;

// org.freedesktop.portal.Request::Response codes.
constexpr uint kResponseSuccess = 0;
constexpr uint kResponseCancelled = 1;

// The Request object path the portal will use for `token`: the caller's unique name without the
// leading ':' and with '.' as '_' (the portal documentation, org.freedesktop.portal.Request).
QString requestPath(const QDBusConnection& bus, const QString& token)
{
    QString sender = bus.baseService();
    sender.remove(0, 1).replace(u'.', u'_');
    return u"/org/freedesktop/portal/desktop/request/%1/%2"_s.arg(sender, token);
}

} // namespace

// A proxy for one org.freedesktop.portal.Request object, so that its Response signal connects
// like any Qt signal (QDBusConnection::connect only takes SLOT() strings).
class PortalRequest : public QDBusAbstractInterface
{
    Q_OBJECT
public:
    PortalRequest(const QString& path, QObject* parent)
        : QDBusAbstractInterface(kService, path, "org.freedesktop.portal.Request", QDBusConnection::sessionBus(),
                                 parent)
    {}

Q_SIGNALS:
    void Response(uint response, const QVariantMap& results);
};

PortalScreenshot::PortalScreenshot(QObject* parent) : QObject(parent) {}

PortalScreenshot::~PortalScreenshot()
{
    cancel();
}

void PortalScreenshot::setParentWindow(const QString& handle)
{
    m_parentWindow = handle;
}

void PortalScreenshot::request()
{
    if (m_busy) {
        return;
    }
    m_busy = true;
    if (!QDBusConnection::sessionBus().isConnected()) {
        fail(tr("Sandi cannot reach the desktop's screenshot service: there is no D-Bus session."));
        return;
    }
    call(false);
}

void PortalScreenshot::cancel()
{
    if (!m_busy) {
        return;
    }
    if (m_request) {
        // Closes the portal's dialog if it shows one; nobody waits for the answer.
        auto close = QDBusMessage::createMethodCall(kService, m_request->path(), kRequestInterface, u"Close"_s);
        QDBusConnection::sessionBus().send(close);
    }
    reset();
}

void PortalScreenshot::call(bool interactive)
{
    m_interactive = interactive;
    const quint64 generation = ++m_generation;
    QDBusConnection bus = QDBusConnection::sessionBus();
    const QString token = u"sandi%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(generation);
    // Listen before calling, so a Response sent before the call returns is not lost.
    listen(requestPath(bus, token));

    auto message = QDBusMessage::createMethodCall(kService, kDesktopPath, kScreenshotInterface, u"Screenshot"_s);
    const QVariantMap options{{u"handle_token"_s, token}, {u"interactive"_s, interactive}};
    message << m_parentWindow << options;
    // The call returns at once with the Request path; an interactive answer can take minutes, but
    // that comes later as the Response signal.
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(message), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, generation](QDBusPendingCallWatcher* w) { callFinished(w, generation); });
}

void PortalScreenshot::listen(const QString& requestPath)
{
    if (m_request) {
        if (m_request->path() == requestPath) {
            return;
        }
        m_request->disconnect(this);
        m_request->deleteLater();
    }
    m_request = new PortalRequest(requestPath, this);
    connect(m_request, &PortalRequest::Response, this, &PortalScreenshot::responded);
}

void PortalScreenshot::callFinished(QDBusPendingCallWatcher* watcher, quint64 generation)
{
    watcher->deleteLater();
    if (!m_busy || generation != m_generation) {
        return;
    }
    const QDBusPendingReply<QDBusObjectPath> reply = *watcher;
    if (reply.isError()) {
        fail(tr("The desktop has no screenshot service that Sandi can use (%1).").arg(reply.error().name()));
        return;
    }
    // Portals older than version 0.9 ignore handle_token and pick their own path.
    listen(reply.value().path());
}

void PortalScreenshot::responded(uint response, const QVariantMap& results)
{
    if (!m_busy) {
        return;
    }
    if (response != kResponseSuccess) {
        if (!m_interactive) {
            call(true); // the desktop wants the user to confirm: ask with its dialog
            return;
        }
        fail(response == kResponseCancelled ? tr("The screenshot was cancelled.")
                                            : tr("The desktop refused to take a screenshot for Sandi."));
        return;
    }
    const QUrl uri(results.value(u"uri"_s).toString());
    if (!uri.isLocalFile()) {
        fail(tr("The desktop's screenshot service gave no picture that Sandi can open."));
        return;
    }
    const QString path = uri.toLocalFile();
    reset();
    Q_EMIT captured(path);
}

void PortalScreenshot::fail(const QString& message)
{
    reset();
    Q_EMIT failed(message);
}

void PortalScreenshot::reset()
{
    m_busy = false;
    ++m_generation;
    if (m_request) {
        m_request->disconnect(this);
        m_request->deleteLater();
        m_request = nullptr;
    }
}

} // namespace sandi

#include "portalscreenshot.moc"
