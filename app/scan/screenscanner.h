#pragma once
// Scans the screen for QR codes: hides Sandi's own windows, grabs every monitor at its native
// resolution (or asks the desktop portal for a screenshot on Wayland), shows the windows again and
// decodes off the GUI thread. Keeps the last grab so the user can pick a region of it afterwards.

#include "app/scan/scanresult.h"
#include "app/scan/windowhider.h"

#include <QElapsedTimer>
#include <QImage>
#include <QList>
#include <QObject>
#include <QRect>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>

namespace sandi {

class PortalScreenshot;

// One monitor's picture.
struct ScreenGrab
{
    QString screenName; // QScreen::name(); empty for a portal screenshot
    // Where the image lies on the virtual desktop, in device pixels: its top-left pixel and its size
    // (the image's own size). Qt keeps a screen's position native and scales only its size.
    QRect geometry;
    QImage image;               // device pixels
    qreal devicePixelRatio = 1; // the screen's, to show the image at its real size in a region picker
};

using ScreenGrabber = std::function<QList<ScreenGrab>()>;

// Every screen of the running QGuiApplication, through QScreen::grabWindow(0). GUI thread only.
[[nodiscard]] QList<ScreenGrab> grabScreens();

// Decodes each grab and maps the corners of its codes to virtual desktop coordinates. Synchronous
// (for a worker thread); the scanner itself decodes the screens in parallel.
[[nodiscard]] ScanResult scanGrab(const ScreenGrab& grab, std::chrono::milliseconds budget);

// Decodes `region` (virtual desktop device pixels) of the grab it overlaps most, and once more
// magnified when a small region gave nothing; corners in virtual desktop coordinates. Synchronous,
// for a worker thread.
[[nodiscard]] ScanResult scanGrabRegion(const QList<ScreenGrab>& grabs, const QRect& region,
                                        std::chrono::milliseconds budget);

class ScreenScanner : public QObject
{
    Q_OBJECT
public:
    enum class Method
    {
        Automatic, // Qt's grab; the portal on Wayland, or when a Wayland session gives black grabs
        Qt,        // QScreen::grabWindow (or the injected grabber)
        Portal,    // org.freedesktop.portal.Screenshot
    };

    explicit ScreenScanner(QObject* parent = nullptr);
    ~ScreenScanner() override;

    // Replaces grabScreens(), e.g. with fixed images in tests.
    void setGrabber(ScreenGrabber grabber);
    void setMethod(Method method);
    // Whether start() hides this process's visible windows during the grab (default: yes).
    void setHideOwnWindows(bool hide);
    // How long to wait after hiding before grabbing: the window system unmaps at once, but
    // compositors fade windows out for 150–250 ms. Default 200 ms.
    void setSettleDelay(std::chrono::milliseconds delay);
    // Decoding time per screen (default 1500 ms).
    void setBudget(std::chrono::milliseconds budget);

    [[nodiscard]] bool isBusy() const { return m_state != State::Idle; }
    // The screens as last grabbed by start(); empty before the first grab.
    [[nodiscard]] const QList<ScreenGrab>& lastGrab() const { return m_lastGrab; }

public Q_SLOTS:
    // Grabs and decodes; the result arrives as finished(). Ignored while a scan runs.
    void start();
    // Decodes `region` (virtual desktop device pixels) of the last grab; the result arrives as
    // finished(). Ignored while a scan runs.
    void scanRegion(const QRect& region);
    // Stops the running scan: windows come back at once, and no finished() follows.
    void cancel();

Q_SIGNALS:
    // The scan's outcome; elapsedMs counts from start() or scanRegion(), hiding and grabbing included.
    void finished(const sandi::ScanResult& result);

private:
    enum class State
    {
        Idle,
        Hiding,
        Portal,
        Decoding,
    };

    void settle();
    void capture();
    void usePortal();
    void portalCaptured(const QString& filePath);
    void portalFailed(const QString& message);
    void decode(QList<ScreenGrab> grabs);
    void finish(ScanResult result);
    [[nodiscard]] Method effectiveMethod() const;

    ScreenGrabber m_grabber;
    Method m_method = Method::Automatic;
    bool m_hideOwnWindows = true;
    std::chrono::milliseconds m_settleDelay{200};
    std::chrono::milliseconds m_budget{1500};

    State m_state = State::Idle;
    quint64 m_generation = 0; // results of a cancelled run carry an older number and are dropped
    WindowHider m_hider;
    QTimer m_settleTimer;
    QElapsedTimer m_hideTime;
    QElapsedTimer m_scanTime;
    PortalScreenshot* m_portal = nullptr; // child, created on first use
    QList<ScreenGrab> m_lastGrab;
    QString m_portalFile; // the portal's screenshot of the scan running or last run
};

} // namespace sandi
