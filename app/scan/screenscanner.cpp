#include "app/scan/screenscanner.h"

#include "app/scan/filescanner.h"
#include "app/scan/imagescan.h"
#include "app/scan/offthread.h"
#include "app/scan/portalscreenshot.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPixmap>
#include <QScreen>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace sandi {

namespace {

struct ScanText
{
    Q_DECLARE_TR_FUNCTIONS(sandi::Scan)
};

// Windows that are still mapped after the settle delay get this much longer, then the grab runs
// anyway: a window system that never reports the unmap must not stall the scan.
constexpr auto kMaxSettle = 1000ms;
constexpr auto kSettlePoll = 20ms;

// A picked region is decoded as it is first: the crop drops the page around the code, which is what
// helps (1.2 px modules at a half-pixel offset on a busy page: not found on the whole screen, found
// in the crop). Magnifying first gained nothing in the same measurements (1–2 px modules, aligned
// and at half-pixel offsets): the core already magnifies QR-like regions, and nearest-neighbour 3×
// even lost the 1.2 px codes. So a small crop is magnified only when the plain one gave nothing,
// twice and smoothly, as a last try.
constexpr int kRetryMagnifiedBelow = 512;

// Decodes `image` magnified `factor` times, corners in `image`'s pixels.
ScanResult scanMagnified(const QImage& image, int factor, std::chrono::milliseconds budget)
{
    ScanResult result =
        scanImage(image.scaled(image.size() * factor, Qt::IgnoreAspectRatio, Qt::SmoothTransformation), budget);
    for (auto& code : result.codes) {
        for (QPoint& corner : code.corners) {
            corner =
                QPoint(int(std::lround(corner.x() / double(factor))), int(std::lround(corner.y() / double(factor))));
        }
    }
    return result;
}

// XWayland gives X11 clients a black (or no) picture of the Wayland desktop.
bool isBlank(const QImage& image)
{
    if (image.isNull()) {
        return true;
    }
    constexpr int kSamples = 32;
    for (int j = 0; j < kSamples; ++j) {
        for (int i = 0; i < kSamples; ++i) {
            const int x = i * (image.width() - 1) / (kSamples - 1);
            const int y = j * (image.height() - 1) / (kSamples - 1);
            if ((image.pixel(x, y) & 0xffffffu) != 0) {
                return false;
            }
        }
    }
    return true;
}

bool allBlank(const QList<ScreenGrab>& grabs)
{
    return std::all_of(grabs.begin(), grabs.end(), [](const ScreenGrab& grab) { return isBlank(grab.image); });
}

bool isWaylandSession()
{
    return qEnvironmentVariable("XDG_SESSION_TYPE") == u"wayland"_s || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

void moveCorners(ScanResult& result, QPoint offset)
{
    for (auto& code : result.codes) {
        code.corners.translate(offset);
    }
}

// One result for all screens: an error only when no screen could be decoded at all.
ScanResult combine(const QList<ScanResult>& results)
{
    ScanResult combined;
    QString firstError;
    bool anyRan = false;
    for (const auto& result : results) {
        combined.codes.append(result.codes);
        combined.timedOut = combined.timedOut || result.timedOut;
        if (result.ok()) {
            anyRan = true;
        } else if (firstError.isEmpty()) {
            firstError = result.error;
        }
    }
    if (!anyRan) {
        combined.error = firstError.isEmpty() ? ScanText::tr("Sandi could not take a screenshot.") : firstError;
    }
    return combined;
}

} // namespace

QList<ScreenGrab> grabScreens()
{
    QList<ScreenGrab> grabs;
    const auto screens = QGuiApplication::screens();
    for (QScreen* screen : screens) {
        QImage image = screen->grabWindow(0).toImage();
        image.setDevicePixelRatio(1);
        // QScreen::geometry() keeps the native top-left corner and divides only the size by the
        // scale factor; the grab has the native size.
        grabs.append(
            {screen->name(), QRect(screen->geometry().topLeft(), image.size()), image, screen->devicePixelRatio()});
    }
    return grabs;
}

ScanResult scanGrab(const ScreenGrab& grab, std::chrono::milliseconds budget)
{
    ScanResult result = scanImage(grab.image, budget);
    moveCorners(result, grab.geometry.topLeft());
    return result;
}

ScanResult scanGrabRegion(const QList<ScreenGrab>& grabs, const QRect& region, std::chrono::milliseconds budget)
{
    ScanResult result;
    if (grabs.isEmpty()) {
        result.error = ScanText::tr("There is no screenshot to pick an area from yet.");
        return result;
    }
    const ScreenGrab* best = nullptr;
    QRect area;
    for (const auto& grab : grabs) {
        const QRect overlap = grab.geometry.intersected(region.normalized());
        if (!overlap.isEmpty() &&
            (!best || qint64{overlap.width()} * overlap.height() > qint64{area.width()} * area.height())) {
            best = &grab;
            area = overlap;
        }
    }
    if (!best) {
        result.error = ScanText::tr("The chosen area is not on any screen.");
        return result;
    }
    const QImage crop = best->image.copy(area.translated(-best->geometry.topLeft()));
    result = scanImage(crop, budget);
    const auto left = budget - std::chrono::milliseconds{result.elapsedMs};
    if (result.ok() && result.codes.isEmpty() && std::max(crop.width(), crop.height()) < kRetryMagnifiedBelow &&
        left > std::chrono::milliseconds{0}) {
        const qint64 spent = result.elapsedMs;
        result = scanMagnified(crop, 2, left);
        result.elapsedMs += spent;
    }
    moveCorners(result, area.topLeft());
    return result;
}

ScreenScanner::ScreenScanner(QObject* parent) : QObject(parent)
{
    m_settleTimer.setSingleShot(true);
    m_settleTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    connect(&m_settleTimer, &QTimer::timeout, this, &ScreenScanner::settle);
}

ScreenScanner::~ScreenScanner()
{
    cancel(); // never leave the user's windows hidden
}

void ScreenScanner::setGrabber(ScreenGrabber grabber)
{
    m_grabber = std::move(grabber);
}

void ScreenScanner::setMethod(Method method)
{
    m_method = method;
}

void ScreenScanner::setHideOwnWindows(bool hide)
{
    m_hideOwnWindows = hide;
}

void ScreenScanner::setSettleDelay(std::chrono::milliseconds delay)
{
    m_settleDelay = delay;
}

void ScreenScanner::setBudget(std::chrono::milliseconds budget)
{
    m_budget = budget;
}

void ScreenScanner::start()
{
    if (isBusy()) {
        return;
    }
    m_state = State::Hiding;
    m_scanTime.start();
    m_portalFile.clear();
    if (m_hideOwnWindows) {
        m_hider.hideAll();
    }
    m_hideTime.start();
    m_settleTimer.start(m_hider.isHiding() ? m_settleDelay : 0ms);
}

void ScreenScanner::settle()
{
    if (m_hider.anyStillExposed() && std::chrono::milliseconds{m_hideTime.elapsed()} < kMaxSettle) {
        m_settleTimer.start(kSettlePoll);
        return;
    }
    capture();
}

ScreenScanner::Method ScreenScanner::effectiveMethod() const
{
    if (m_method != Method::Automatic) {
        return m_method;
    }
    return QGuiApplication::platformName() == u"wayland"_s ? Method::Portal : Method::Qt;
}

void ScreenScanner::capture()
{
    if (effectiveMethod() == Method::Portal) {
        usePortal();
        return;
    }
    QList<ScreenGrab> grabs = m_grabber ? m_grabber() : grabScreens();
    if (m_method == Method::Automatic && isWaylandSession() && allBlank(grabs)) {
        usePortal();
        return;
    }
    m_hider.restore();
    decode(std::move(grabs));
}

void ScreenScanner::usePortal()
{
    m_state = State::Portal;
    if (!m_portal) {
        m_portal = new PortalScreenshot(this);
        connect(m_portal, &PortalScreenshot::captured, this, &ScreenScanner::portalCaptured);
        connect(m_portal, &PortalScreenshot::failed, this, &ScreenScanner::portalFailed);
    }
    m_portal->request();
}

void ScreenScanner::portalCaptured(const QString& filePath)
{
    m_hider.restore();
    m_portalFile = filePath; // the portal saved it (often under ~/Pictures): the GUI offers to delete it
    m_state = State::Decoding;
    const quint64 generation = m_generation;
    runOffThread(
        this, [filePath] { return loadImageFile(filePath); },
        [this, generation](LoadedImage loaded) {
            if (generation != m_generation) {
                return;
            }
            if (!loaded.error.isEmpty()) {
                ScanResult failed;
                failed.error = loaded.error;
                finish(failed);
                return;
            }
            // The portal's picture covers the whole desktop as the compositor composed it.
            const QRect geometry(QPoint(0, 0), loaded.image.size());
            decode({ScreenGrab{QString(), geometry, std::move(loaded.image), 1}});
        });
}

void ScreenScanner::portalFailed(const QString& message)
{
    m_hider.restore();
    ScanResult failed;
    failed.error = message;
    finish(failed);
}

void ScreenScanner::decode(QList<ScreenGrab> grabs)
{
    m_state = State::Decoding;
    m_lastGrab = grabs;
    if (grabs.isEmpty()) {
        finish(combine({}));
        return;
    }
    const quint64 generation = m_generation;
    const auto budget = m_budget;
    // One task per screen: each is decoded at its own resolution, in parallel (docs/architecture.md).
    auto work =
        QtConcurrent::mapped(std::move(grabs), [budget](const ScreenGrab& grab) { return scanGrab(grab, budget); });
    whenFinished(this, std::move(work), [this, generation](QFuture<ScanResult> done) {
        if (generation == m_generation) {
            finish(combine(done.results()));
        }
    });
}

void ScreenScanner::scanRegion(const QRect& region)
{
    if (isBusy()) {
        return;
    }
    m_state = State::Decoding;
    m_scanTime.start();
    const quint64 generation = m_generation;
    const auto work = [grabs = m_lastGrab, region, budget = m_budget] { return scanGrabRegion(grabs, region, budget); };
    runOffThread(this, work, [this, generation](const ScanResult& result) {
        if (generation == m_generation) {
            finish(result);
        }
    });
}

void ScreenScanner::finish(ScanResult result)
{
    m_state = State::Idle;
    result.elapsedMs = m_scanTime.elapsed();
    result.imageFile = m_portalFile;
    Q_EMIT finished(result);
}

void ScreenScanner::cancel()
{
    if (!isBusy()) {
        return;
    }
    m_settleTimer.stop();
    if (m_portal) {
        m_portal->cancel();
    }
    m_hider.restore();
    ++m_generation;
    m_state = State::Idle;
}

} // namespace sandi
