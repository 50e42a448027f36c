#pragma once
// QR codes from the clipboard: otpauth links copied as text are taken as they are (no decoding);
// a copied picture (a screenshot, an image copied from a browser) is decoded off the GUI thread.

#include "app/scan/scanresult.h"

#include <QObject>
#include <QStringList>

#include <chrono>

class QMimeData;

namespace sandi {

// Every otpauth:// and otpauth-migration:// link in `text` (scheme in any case), in order. Links
// are separated by white space; angle brackets or quotes around a link, as mail programs write
// them, are not part of it. Other words are ignored.
[[nodiscard]] QStringList otpauthLinks(const QString& text);

class ClipboardScanner : public QObject
{
    Q_OBJECT
public:
    explicit ClipboardScanner(QObject* parent = nullptr);

    void setBudget(std::chrono::milliseconds budget) { m_budget = budget; }
    [[nodiscard]] bool isBusy() const { return m_busy; }

public Q_SLOTS:
    // Scans what the system clipboard holds now. GUI thread. The result arrives as finished(),
    // never before this returns. Ignored while busy.
    void start();
    // The same for `data` (read at once; it need not outlive the call).
    void scan(const QMimeData* data);
    // Drops the running scan's result: no finished() follows.
    void cancel();

Q_SIGNALS:
    void finished(const sandi::ScanResult& result);

private:
    std::chrono::milliseconds m_budget{1500};
    bool m_busy = false;
    quint64 m_generation = 0;
};

} // namespace sandi
