#pragma once
// What a scan found: the text of every QR code, where it was, and how long it took. Every scan
// source (screen, camera frame, image file, clipboard) ends in one of these, handed to the GUI
// thread; the GUI decides what each text means (an account, a migration part, something else).

#include <QList>
#include <QPolygon>
#include <QString>

namespace sandi {

struct ScannedCode
{
    // The code's content. For an activation QR this is an otpauth:// URI holding the secret: the
    // receiver parses it at once and does not log, store or show it.
    QString text;
    // The symbol's corners in the scanned image's pixels (for the screen: virtual desktop
    // coordinates in device pixels): top-left, top-right, bottom-right, bottom-left as it reads.
    QPolygon corners;
};

struct ScanResult
{
    QList<ScannedCode> codes;
    // Why the scan could not run, in the user's language; empty when it ran (found or not).
    QString error;
    // The time budget ran out before every decoding pass had run (codes may still be found).
    bool timedOut = false;
    qint64 elapsedMs = 0;
    // A file on disk that holds the scanned picture: the image file, or the screenshot the
    // Wayland portal saved. It holds the secret of an activation code: the GUI offers to delete it.
    QString imageFile;

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

} // namespace sandi
