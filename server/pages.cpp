#include "server/pages.h"

using namespace Qt::Literals::StringLiterals;

namespace sandi::server::pages {

QString esc(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\'', u"&#39;"_s);
}

QString csrfField(const QString& csrf)
{
    return u"<input type=\"hidden\" name=\"csrf\" value=\"%1\">"_s.arg(esc(csrf));
}

QString message(const QString& kind, const QString& text)
{
    if (text.isEmpty())
        return {};
    return u"<p class=\"msg msg-%1\" role=\"alert\">%2</p>"_s.arg(kind, esc(text));
}

QString document(const Frame& frame, const QString& content, const QString& bodyData)
{
    QString nav;
    if (!frame.userId.isEmpty())
        nav = u"<nav><a href=\"/beranda\">BERANDA</a><span class=\"who\">%1</span>"
              "<form method=\"post\" action=\"/logout\">%2<button class=\"link\">LOGOUT</button></form></nav>"_s.arg(
                  esc(frame.userId), csrfField(frame.csrf));
    return uR"(<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>%1 · %2</title><link rel="stylesheet" href="/static/style.css"><script src="/static/app.js" defer></script>
</head><body data-page="%3"%4>
<header><div class="bar"><div class="brand"><span class="logo">LPSE</span><div><strong>%2</strong>
<small>Sistem Pengadaan Secara Elektronik</small></div></div>%5</div></header>
<main>%6</main>
<footer>Situs demo <strong>sandi-acceptor</strong>: penerima persetujuan login untuk aplikasi Sandi. Bukan SPSE asli.</footer>
</body></html>
)"_s.arg(esc(frame.title), esc(frame.siteName), esc(frame.pageName), bodyData, nav, content);
}

QString loginUserId(const QString& csrf, const QString& error)
{
    return uR"(<section class="card narrow"><h1>Login</h1><p class="sub">Penyedia / Non Penyedia</p>%1
<form method="post" action="/login">%2
<label for="userid">User ID</label><input id="userid" name="userid" autocomplete="username" autofocus required maxlength="64">
<button class="primary">Login</button></form>
<p class="aside"><a href="/reset-totp">Reset TOTP?</a></p></section>)"_s.arg(message(u"error"_s, error),
                                                                             csrfField(csrf));
}

QString loginPassword(const QString& csrf, const QString& userId, const QString& error)
{
    return uR"(<section class="card narrow"><h1>Login</h1>%1
<table class="kv"><tr><th>User ID</th><td>%2</td></tr></table>
<form method="post" action="/login/password">%3<input type="hidden" name="userid" value="%2" autocomplete="username">
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" autofocus required maxlength="256">
<button class="primary">Login</button></form>
<p class="aside"><a href="/login?ganti=1">Ganti User ID</a> · <a href="/reset-totp">Reset TOTP?</a></p></section>)"_s
        .arg(message(u"error"_s, error), esc(userId), csrfField(csrf));
}

QString aktivasi(const AktivasiView& v)
{
    return uR"(<section class="card"><h1>Aktivasi TOTP</h1><p class="sub">Time-based One-time Password</p>%1
<table class="kv"><tr><th>User ID</th><td>%2</td></tr><tr><th>Status TOTP</th><td>Belum aktif</td></tr></table>
<div class="steps"><div class="qrbox">%3</div><ol>
<li>Buka aplikasi authenticator (Sandi, SPSE Authenticator, Google Authenticator, FreeOTP) lalu pindai kode QR ini.</li>
<li>Jika aplikasi menanyakan <em>Tambah akun?</em>, pilih <strong>OK</strong>.</li>
<li>Aplikasi yang mendukung persetujuan login akan mengaktifkan TOTP dengan sendirinya. Aplikasi lain: masukkan kode OTP 6 digit di bawah.</li>
</ol></div>
<p class="secret">Tidak bisa memindai? Masukkan kunci ini secara manual:<br><code id="secret">%4</code></p>
<p class="small">Kode QR berlaku untuk persetujuan login sampai %5. Muat ulang halaman untuk kode baru.</p>
<p id="live" class="msg msg-info" aria-live="polite" hidden></p>
<form method="post" action="/aktivasi" id="codeform">%6
<label for="code">Kode OTP</label><div class="row"><input id="code" name="code" inputmode="numeric" pattern="[0-9]{6}" maxlength="6" autocomplete="one-time-code" required>
<button class="primary">Aktifkan</button></div></form></section>)"_s.arg(
        message(u"error"_s, v.error), esc(v.userId), v.qrSvg, esc(v.secret), esc(v.expiresAt), csrfField(v.csrf));
}

QString acceptor(const AcceptorView& v)
{
    QString approval;
    if (v.deviceActive && v.number == 0)
        approval = uR"(<div class="approval"><p>Permintaan persetujuan tidak sedang menunggu.</p>
<form method="post" action="/acceptor/ulang">%1<button>Kirim permintaan ke aplikasi</button></form></div>
<p class="or">atau</p>)"_s.arg(csrfField(v.csrf));
    if (v.deviceActive && v.number > 0)
        approval =
            uR"(<div class="approval"><p>Buka aplikasi Sandi, pilih akun ini, lalu pilih angka berikut dan tekan <strong>Ya</strong>:</p>
<div class="number" id="number">%1</div>
<p id="live" class="msg msg-info" aria-live="polite">Menunggu persetujuan dari aplikasi… (<span id="left">%2</span> detik)</p>
<form method="post" action="/acceptor/ulang" id="again" hidden>%3<button>Kirim ulang permintaan</button></form></div>
<p class="or" id="or">atau</p>)"_s.arg(v.number)
                .arg(v.secondsLeft)
                .arg(csrfField(v.csrf));
    return uR"(<section class="card narrow"><h1>Acceptor</h1><p class="sub">Time-based One-time Password</p>%1%2
<table class="kv"><tr><th>User ID</th><td>%3</td></tr><tr><th>Status TOTP</th><td><span class="badge">Aktif</span></td></tr></table>
%4<form method="post" action="/acceptor" id="codeform">%5
<label for="code">Kode OTP</label><div class="row"><input id="code" name="code" inputmode="numeric" pattern="[0-9]{6}" maxlength="6" autocomplete="one-time-code" required>
<button class="primary">Login</button></div></form>
<p class="aside"><a href="/reset-totp">Reset TOTP?</a></p></section>)"_s.arg(
        message(u"error"_s, v.error), message(u"info"_s, v.notice), esc(v.userId), approval, csrfField(v.csrf));
}

QString beranda(const QString& userId, const QString& siteName, bool deviceActive, const QString& deviceSince)
{
    const QString device = deviceActive ? u"Persetujuan login aktif sejak %1"_s.arg(esc(deviceSince))
                                        : u"Kode OTP (tanpa persetujuan login)"_s;
    return uR"(<section class="card"><h1>Beranda</h1><p>Selamat datang, <strong>%1</strong>, di %2.</p>
<table class="kv"><tr><th>User ID</th><td>%1</td></tr><tr><th>Status TOTP</th><td><span class="badge">Aktif</span></td></tr>
<tr><th>Perangkat</th><td>%3</td></tr></table>
<p class="small">Ini halaman demo: tidak ada paket pengadaan di sini.</p></section>)"_s.arg(esc(userId), esc(siteName),
                                                                                            device);
}

QString resetRequest(const QString& csrf, const QString& error)
{
    return uR"(<section class="card narrow"><h1>Reset TOTP</h1>%1
<p class="small">Untuk perangkat yang hilang, diganti, atau aplikasi yang terhapus. Tautan konfirmasi dikirim ke email akun.</p>
<form method="post" action="/reset-totp">%2
<label for="userid">User ID</label><input id="userid" name="userid" required maxlength="64">
<label for="email">Email</label><input id="email" name="email" type="email" required maxlength="254">
<fieldset><legend>Tipe User</legend><label class="inline"><input type="radio" name="tipe" value="penyedia"> Penyedia</label>
<label class="inline"><input type="radio" name="tipe" value="non-penyedia" checked> Non Penyedia</label></fieldset>
<button class="primary">Kirim</button></form><p class="aside"><a href="/login">Kembali ke Login</a></p></section>)"_s
        .arg(message(u"error"_s, error), csrfField(csrf));
}

QString resetSent(const QString& email)
{
    return uR"(<section class="card narrow"><h1>Reset TOTP</h1>%1
<p class="small">Periksa email dengan subjek <em>Konfirmasi Permintaan Reset TOTP</em> dan buka tautannya.
(Di situs demo ini email ditulis ke folder <code>outbox</code> dan log server.)</p>
<p class="aside"><a href="/login">Kembali ke Login</a></p></section>)"_s.arg(
        message(u"ok"_s, u"Email untuk Reset TOTP sudah terkirim ke: %1"_s.arg(email)));
}

QString resetConfirm(const QString& csrf, const QString& userId, const QString& token)
{
    return uR"(<section class="card narrow"><h1>Reset TOTP</h1>
<table class="kv"><tr><th>User ID</th><td>%1</td></tr></table>
<p>Setelah direset, kode dan persetujuan login di perangkat lama tidak bisa digunakan lagi. Anda harus melakukan Aktivasi TOTP ulang.</p>
<form method="post" action="/reset-totp/konfirmasi">%2<input type="hidden" name="kode" value="%3">
<button class="primary danger">Reset TOTP</button></form></section>)"_s.arg(esc(userId), csrfField(csrf), esc(token));
}

QString resetDone(const QString& userId)
{
    return uR"(<section class="card narrow"><h1>Reset TOTP</h1>%1
<p>Silakan login kembali dan lakukan Aktivasi TOTP ulang.</p><p><a class="button primary" href="/login">Login</a></p></section>)"_s
        .arg(message(u"ok"_s, u"TOTP %1 berhasil di-reset."_s.arg(userId)));
}

} // namespace sandi::server::pages
