#pragma once
// The demo site's HTML, in Indonesian with SPSE's words (seed 004): plain server-rendered pages
// using /static/style.css and /static/app.js only, so the Content-Security-Policy allows no inline
// script or style. Every value put into a page goes through esc().

#include <QString>

namespace sandi::server::pages {

[[nodiscard]] QString esc(const QString& text);

struct Frame
{
    QString siteName;
    QString title;
    QString userId;   // shown in the header with LOGOUT when logged in (Beranda)
    QString csrf;     // for the logout form
    QString pageName; // data-page of <body>, picked up by app.js
};

// The whole document: header with the LPSE's name, the card with `content`, the footer.
[[nodiscard]] QString document(const Frame& frame, const QString& content, const QString& bodyData = {});
[[nodiscard]] QString message(const QString& kind, const QString& text); // kind: error, info, ok
[[nodiscard]] QString csrfField(const QString& csrf);

[[nodiscard]] QString loginUserId(const QString& csrf, const QString& error);
[[nodiscard]] QString loginPassword(const QString& csrf, const QString& userId, const QString& error);

struct AktivasiView
{
    QString userId;
    QString qrSvg;
    QString secret; // Base32, grouped for reading
    QString expiresAt;
    QString csrf;
    QString error;
};
[[nodiscard]] QString aktivasi(const AktivasiView& view);

struct AcceptorView
{
    QString userId;
    bool deviceActive = false; // without a device only the typed code is offered
    int number = 0;            // the pending challenge's number, 0 when none is pending
    qint64 secondsLeft = 0;
    QString csrf;
    QString error;
    QString notice;
};
[[nodiscard]] QString acceptor(const AcceptorView& view);

[[nodiscard]] QString beranda(const QString& userId, const QString& siteName, bool deviceActive,
                              const QString& deviceSince);
[[nodiscard]] QString resetRequest(const QString& csrf, const QString& error);
[[nodiscard]] QString resetSent(const QString& email);
[[nodiscard]] QString resetConfirm(const QString& csrf, const QString& userId, const QString& token);
[[nodiscard]] QString resetDone(const QString& userId);

} // namespace sandi::server::pages
