#pragma once
// A screenshot through the desktop portal (org.freedesktop.portal.Screenshot), the only way to
// see the screen on Wayland. Asks without a dialog first; if the desktop refuses, asks again with
// its interactive dialog. See
// https://flatpak.github.io/xdg-desktop-portal/docs/doc-org.freedesktop.portal.Screenshot.html

#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariantMap>

class QDBusPendingCallWatcher;

namespace sandi {

class PortalRequest;

class PortalScreenshot : public QObject
{
    Q_OBJECT
public:
    explicit PortalScreenshot(QObject* parent = nullptr);
    ~PortalScreenshot() override;

    // The window the portal's dialog belongs to, e.g. "x11:1a00007"; empty (the default) for none.
    void setParentWindow(const QString& handle);

    // Asks for a screenshot; the answer arrives as captured() or failed(). Ignored while busy.
    void request();
    // Forgets the running request and asks the portal to close its dialog; no signal follows.
    void cancel();
    [[nodiscard]] bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // The PNG the portal wrote. Sandi did not create it and leaves it where it is (it may be in the
    // user's Pictures folder); it holds whatever the screen showed.
    void captured(const QString& filePath);
    void failed(const QString& message); // translated

private:
    void call(bool interactive);
    void listen(const QString& requestPath);
    void callFinished(QDBusPendingCallWatcher* watcher, quint64 generation);
    void responded(uint response, const QVariantMap& results);
    void fail(const QString& message);
    void reset();

    QString m_parentWindow;
    bool m_busy = false;
    bool m_interactive = false;
    quint64 m_generation = 0;
    QPointer<PortalRequest> m_request;
};

} // namespace sandi
