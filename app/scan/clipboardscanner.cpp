#include "app/scan/clipboardscanner.h"

#include "app/scan/imagescan.h"
#include "app/scan/offthread.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QImage>
#include <QMimeData>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sandi {

namespace {

struct ScanText
{
    Q_DECLARE_TR_FUNCTIONS(sandi::Scan)
};

bool isOtpauthLink(QStringView word)
{
    return word.startsWith(u"otpauth://"_s, Qt::CaseInsensitive) ||
           word.startsWith(u"otpauth-migration://"_s, Qt::CaseInsensitive);
}

} // namespace

QStringList otpauthLinks(const QString& text)
{
    static const QRegularExpression space(u"\\s+"_s);
    QStringList links;
    const auto words = text.split(space, Qt::SkipEmptyParts);
    for (QString word : words) {
        // <otpauth://…> and "otpauth://…": the brackets and quotes never belong to the link
        // (they are not valid unescaped in a URI, RFC 3986 §2).
        while (!word.isEmpty() && (word.front() == u'<' || word.front() == u'"' || word.front() == u'\'')) {
            word.remove(0, 1);
        }
        while (!word.isEmpty() && (word.back() == u'>' || word.back() == u'"' || word.back() == u'\'')) {
            word.chop(1);
        }
        if (isOtpauthLink(word)) {
            links.append(word);
        }
    }
    return links;
}

ClipboardScanner::ClipboardScanner(QObject* parent) : QObject(parent) {}

void ClipboardScanner::start()
{
    scan(QGuiApplication::clipboard()->mimeData(QClipboard::Clipboard));
}

void ClipboardScanner::scan(const QMimeData* data)
{
    if (m_busy) {
        return;
    }
    m_busy = true;
    const quint64 generation = ++m_generation;
    auto deliver = [this, generation](const ScanResult& result) {
        if (generation != m_generation) {
            return; // cancelled
        }
        m_busy = false;
        Q_EMIT finished(result);
    };

    ScanResult links;
    if (data && data->hasText()) {
        for (const QString& link : otpauthLinks(data->text())) {
            links.codes.append(ScannedCode{link, {}});
        }
    }
    QImage image;
    if (links.codes.isEmpty() && data && data->hasImage()) {
        image = qvariant_cast<QImage>(data->imageData());
    }
    if (!links.codes.isEmpty() || image.isNull()) {
        if (links.codes.isEmpty()) {
            links.error = ScanText::tr("The clipboard holds neither a QR code picture nor an otpauth link.");
        }
        // Queued, so that finished() never arrives before scan() returns.
        QTimer::singleShot(0, this, [deliver, links] { deliver(links); });
        return;
    }
    runOffThread(
        this, [image, budget = m_budget] { return scanImage(image, budget); }, deliver);
}

void ClipboardScanner::cancel()
{
    m_busy = false;
    ++m_generation;
}

} // namespace sandi
