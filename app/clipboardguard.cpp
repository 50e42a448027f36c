#include "app/clipboardguard.h"

#include <QClipboard>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace sandi {

namespace {

// Qt's Windows clipboard turns this MIME type into the registered clipboard format NAME.
QString windowsFormat(const char* name)
{
    return u"application/x-qt-windows-mime;value=\"%1\""_s.arg(QString::fromLatin1(name));
}

QByteArray dwordZero()
{
    return QByteArray(4, '\0'); // a little-endian DWORD 0 ("do not include / do not upload")
}

} // namespace

std::unique_ptr<QMimeData> secretMimeData(const QString& text, bool windowsFormats)
{
    auto data = std::make_unique<QMimeData>();
    data->setText(text);
    // KDE's convention, read by Klipper since Plasma 5.x: never store this in the history.
    data->setData(u"x-kde-passwordManagerHint"_s, QByteArrayLiteral("secret"));
    if (windowsFormats) {
        // learn.microsoft.com, "Clipboard formats": cloud clipboard and clipboard history formats.
        data->setData(windowsFormat("ExcludeClipboardContentFromMonitorProcessing"), QByteArrayLiteral("1"));
        data->setData(windowsFormat("CanIncludeInClipboardHistory"), dwordZero());
        data->setData(windowsFormat("CanUploadToCloudClipboard"), dwordZero());
    }
    return data;
}

ClipboardGuard::ClipboardGuard(QClipboard* clipboard, QObject* parent) : QObject(parent), m_clipboard(clipboard)
{
    m_timer.setParent(this); // a member and a child, so that tests can find it; destroyed as a member
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clearIfOurs);
}

ClipboardGuard::~ClipboardGuard()
{
    clearIfOurs();
}

void ClipboardGuard::setClearAfterSeconds(int seconds)
{
    m_clearAfterSeconds = seconds < 0 ? 0 : seconds;
    if (m_clearAfterSeconds == 0) {
        m_timer.stop();
    } else if (m_timer.isActive()) {
        m_timer.start(m_clearAfterSeconds * 1000);
    }
}

void ClipboardGuard::copy(const QString& code)
{
    m_code = code;
    m_clipboard->setMimeData(secretMimeData(code).release()); // the clipboard takes ownership
    if (m_clearAfterSeconds > 0) {
        m_timer.start(m_clearAfterSeconds * 1000);
    }
    Q_EMIT copied();
}

bool ClipboardGuard::holdsOurCode() const
{
    if (m_code.isEmpty()) {
        return false;
    }
    const QMimeData* data = m_clipboard->mimeData();
    return data && data->hasText() && data->text() == m_code;
}

void ClipboardGuard::clearIfOurs()
{
    m_timer.stop();
    if (holdsOurCode()) {
        m_clipboard->clear();
        m_code.clear();
        Q_EMIT cleared();
    }
    m_code.clear();
}

} // namespace sandi
