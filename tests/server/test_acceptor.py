#!/usr/bin/python3
"""Black-box tests of sandi-acceptor over TLS on 127.0.0.1: a free port, a temporary data
directory, a client that trusts only the certificate the server made on its first start.

First start (key, certificate, pin checked against openssl), plain HTTP refused, login in two
steps, wrong passwords counted and limited, Aktivasi's QR decoded with zbarimg, activation by a
typed code, Acceptor TOTP, typed codes once only, Reset TOTP through the outbox link, 413, 404.
The approval page is driven by writing a device and the challenge's answer straight into the
SQLite file, standing in for the device API (/api/v1) that is wired separately.

Usage: test_acceptor.py PATH/TO/sandi-acceptor [unittest names]
Python 3 standard library, plus the openssl, zbarimg and rsvg-convert (or ImageMagick) programs.
"""
import base64
import hashlib
import hmac
import http.client
import http.cookiejar
import json
import os
import re
import shutil
import socket
import sqlite3
import ssl
import struct
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.error
import urllib.parse
import urllib.request

BIN = None
PASSWORD = "Rahasia-123!"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def totp(secret_b32, t):
    """RFC 6238 TOTP, SHA-1, 6 digits, 30 s."""
    secret = secret_b32.replace(" ", "").upper()
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    mac = hmac.new(key, struct.pack(">Q", int(t // 30)), hashlib.sha1).digest()
    offset = mac[-1] & 0x0F
    value = struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF
    return "%06d" % (value % 1000000)


def away_from_step_edge():
    """Waits while the current 30 s step ends within 3 s, so codes computed now stay in the
    server's window for the few requests that follow."""
    left = 30 - time.time() % 30
    if left < 3:
        time.sleep(left + 0.2)


def add_user(data_dir, user, email):
    pw_file = os.path.join(data_dir, "..", "pw-" + user)
    with open(pw_file, "w") as f:
        f.write(PASSWORD + "\n")
    p = subprocess.run([BIN, "add-user", user, "--password-file", pw_file, "--email", email,
                        "--data-dir", data_dir], capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    return p.stdout


class Server:
    def __init__(self, data_dir, *args):
        self.data_dir = data_dir
        self.port = free_port()
        # The log goes to a file: a pipe nobody reads could fill up and stall the server.
        self.log_path = os.path.join(os.path.dirname(os.path.abspath(data_dir)), "server-%d.log" % self.port)
        self.log = open(self.log_path, "w")
        self.proc = subprocess.Popen([BIN, "--data-dir", data_dir, "--listen", "127.0.0.1:%d" % self.port, *args],
                                     stdout=subprocess.PIPE, stderr=self.log, text=True)
        self.lines = []
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))
            if line.startswith("Data: "):
                break
        info = dict(l.split(": ", 1) for l in self.lines if re.match(r"^(URL|Pin|Data): ", l))
        if "URL" not in info:
            self.proc.kill()
            self.proc.wait(timeout=10)
            raise AssertionError("server did not start: %s %s" % (self.lines, open(self.log_path).read()))
        self.url, self.pin = info["URL"], info["Pin"]
        self.cert = os.path.join(data_dir, "cert.pem")

    def context(self):
        ctx = ssl.create_default_context(cafile=self.cert)  # verifies the name 127.0.0.1 too
        return ctx

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=10)
        self.proc.stdout.close()
        self.log.close()

    def logged(self):
        with open(self.log_path) as f:
            return f.read()

    def db(self):
        return sqlite3.connect(os.path.join(self.data_dir, "acceptor.sqlite"), timeout=10)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class Browser:
    """A cookie-keeping client; follows redirects like a browser, remembers the last form's CSRF
    token and returns (status, body, final path, headers) without raising on 4xx."""

    def __init__(self, server, follow=True):
        self.server = server
        self.jar = http.cookiejar.CookieJar()
        handlers = [urllib.request.HTTPCookieProcessor(self.jar),
                    urllib.request.HTTPSHandler(context=server.context())]
        if not follow:
            handlers.append(NoRedirect())
        self.opener = urllib.request.build_opener(*handlers)
        self.csrf = None

    def request(self, path, data=None, headers=None):
        req = urllib.request.Request(self.server.url + path, data=data, headers=headers or {})
        req.add_header("User-Agent", "test_acceptor.py")
        try:
            resp = self.opener.open(req, timeout=30)
            status, body, url, hdrs = resp.status, resp.read().decode(), resp.url, resp.headers
        except urllib.error.HTTPError as e:
            status, body, url, hdrs = e.code, e.read().decode(), e.url, e.headers
        m = re.search(r'name="csrf" value="([^"]+)"', body)
        if m:
            self.csrf = m.group(1)
        return status, body, urllib.parse.urlsplit(url).path, hdrs

    def get(self, path):
        return self.request(path)

    def post(self, path, fields, csrf=True):
        fields = dict(fields)
        if csrf:
            fields["csrf"] = self.csrf
        return self.request(path, urllib.parse.urlencode(fields).encode(),
                            {"Content-Type": "application/x-www-form-urlencoded"})

    def status(self, path):
        status, body, _, _ = self.get(path)
        assert status == 200, (status, body)
        return json.loads(body)

    def login(self, user, password=PASSWORD):
        self.get("/login")
        status, body, path, _ = self.post("/login", {"userid": user})
        assert path == "/login/password", (status, path, body)
        return self.post("/login/password", {"userid": user, "password": password})


def decode_qr(svg, workdir):
    svg_path = os.path.join(workdir, "qr.svg")
    png_path = os.path.join(workdir, "qr.png")
    with open(svg_path, "w") as f:
        f.write(svg)
    if shutil.which("rsvg-convert"):
        subprocess.run(["rsvg-convert", "-w", "400", "-o", png_path, svg_path], check=True)
    else:
        subprocess.run(["convert", "-density", "300", svg_path, png_path], check=True)
    p = subprocess.run(["zbarimg", "-q", "--raw", png_path], capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    return p.stdout.strip()


class TestStartup(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="sandi-acceptor-")
        self.data = os.path.join(self.tmp, "data")

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def test_first_start_makes_certificate_and_prints_pin(self):
        server = Server(self.data)
        try:
            self.assertTrue(any(l.startswith("Made a new key") for l in server.lines), server.lines)
            self.assertEqual(server.url, "https://127.0.0.1:%d" % server.port)
            self.assertEqual(os.stat(os.path.join(self.data, "key.pem")).st_mode & 0o777, 0o600)
            # The pin, computed independently: openssl x509 -pubkey | openssl pkey -pubin -outform DER | sha256.
            pub = subprocess.run(["openssl", "x509", "-in", server.cert, "-pubkey", "-noout"],
                                 capture_output=True, check=True).stdout
            der = subprocess.run(["openssl", "pkey", "-pubin", "-outform", "DER"], input=pub,
                                 capture_output=True, check=True).stdout
            digest = hashlib.sha256(der).digest()
            self.assertEqual(server.pin, "sha256/" + base64.urlsafe_b64encode(digest).decode().rstrip("="))
            text = subprocess.run(["openssl", "x509", "-in", server.cert, "-noout", "-text"],
                                  capture_output=True, text=True, check=True).stdout
            self.assertIn("prime256v1", text)
            self.assertIn("IP Address:127.0.0.1", text)
            self.assertIn("DNS:localhost", text)
            # TLS with only that certificate trusted, host name checked.
            status, body, _, _ = Browser(server).get("/login")
            self.assertEqual(status, 200)
            self.assertIn("User ID", body)
        finally:
            server.stop()
        again = Server(self.data)
        try:
            self.assertFalse(any(l.startswith("Made a new key") for l in again.lines))
            self.assertEqual(again.pin, server.pin)
        finally:
            again.stop()

    def test_plain_http_refused(self):
        server = Server(self.data)
        try:
            conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
            with self.assertRaises((http.client.HTTPException, ConnectionError, socket.timeout)):
                conn.request("GET", "/login")
                conn.getresponse().read()
            conn.close()
        finally:
            server.stop()
        p = subprocess.run([BIN, "--data-dir", self.data, "--listen", "0.0.0.0:%d" % free_port(), "--dev-http"],
                           capture_output=True, text=True, timeout=30)
        self.assertEqual(p.returncode, 2)
        self.assertIn("--dev-http", p.stderr)
        self.assertIn("127.0.0.1", p.stderr)

    def test_dev_http_on_loopback(self):
        server = Server(self.data, "--dev-http")
        try:
            self.assertTrue(server.url.startswith("http://127.0.0.1:"))
            conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
            conn.request("GET", "/login")
            resp = conn.getresponse()
            self.assertEqual(resp.status, 200)
            self.assertNotIn("Secure", resp.getheader("Set-Cookie"))
            conn.close()
        finally:
            server.stop()

    def test_refuses_bad_arguments(self):
        p = subprocess.run([BIN, "--data-dir", self.data, "--listen", "nonsense"], capture_output=True, text=True)
        self.assertEqual(p.returncode, 2)
        self.assertIn("--listen", p.stderr)
        weak = os.path.join(self.tmp, "weak")
        with open(weak, "w") as f:
            f.write("password\n")
        p = subprocess.run([BIN, "add-user", "ppk9", "--password-file", weak, "--data-dir", self.data],
                           capture_output=True, text=True)
        self.assertEqual(p.returncode, 2)
        self.assertIn("10 characters", p.stderr)


class TestSite(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="sandi-acceptor-")
        cls.data = os.path.join(cls.tmp, "data")
        os.makedirs(cls.data)
        for user in ("ppk1", "ppk2", "ppk3", "pp1"):
            add_user(cls.data, user, user + "@contoh.go.id")
        cls.server = Server(cls.data)

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()
        shutil.rmtree(cls.tmp)

    def activate(self, browser, user):
        """Password right, Aktivasi: returns the secret after activating with a typed code of the
        previous step (so the current step's code is still unused)."""
        status, body, path, _ = browser.login(user)
        self.assertEqual(path, "/aktivasi", body)
        secret = re.search(r'<code id="secret">([A-Z2-7 ]+)</code>', body).group(1).replace(" ", "")
        away_from_step_edge()
        status, body, path, _ = browser.post("/aktivasi", {"code": totp(secret, time.time() - 30)})
        self.assertEqual((status, path), (200, "/beranda"), body)
        return secret

    def test_session_cookie_changes_when_the_login_advances(self):
        b = Browser(self.server)
        b.get("/login")
        first = {c.name: c.value for c in b.jar}["sandi_sid"]
        b.post("/login", {"userid": "ppk1"})
        self.assertEqual({c.name: c.value for c in b.jar}["sandi_sid"], first)  # nothing proven yet
        status, body, path, _ = b.post("/login/password", {"password": PASSWORD})
        self.assertIn(path, ("/aktivasi", "/acceptor"))
        second = {c.name: c.value for c in b.jar}["sandi_sid"]
        self.assertNotEqual(second, first)
        # The old cookie is worth nothing now.
        old = Browser(self.server, follow=False)
        old.jar.set_cookie(next(c for c in b.jar if c.name == "sandi_sid"))
        for c in old.jar:
            c.value = first
        status, _, _, hdrs = old.get("/aktivasi")
        self.assertEqual(status, 303)
        self.assertIn("sandi_sid=", hdrs["Set-Cookie"])  # a fresh anonymous session instead

    def test_login_steps_and_wrong_password(self):
        b = Browser(self.server)
        status, body, path, hdrs = b.get("/")
        self.assertEqual((status, path), (200, "/login"))
        self.assertIn('name="userid"', body)
        self.assertNotIn('name="password"', body)
        status, body, path, _ = b.post("/login", {"userid": "ppk1"})
        self.assertEqual((status, path), (200, "/login/password"))
        self.assertIn('name="password"', body)
        self.assertIn("ppk1", body)
        status, body, path, _ = b.post("/login/password", {"password": "Salah-123!"})
        self.assertEqual(status, 401)
        self.assertIn("User ID atau password salah", body)
        db = self.server.db()
        rows = db.execute("SELECT ok FROM login_attempts WHERE user_id = 'ppk1' AND kind = 'password'").fetchall()
        db.close()
        self.assertIn((0,), rows)

    def test_wrong_passwords_are_rate_limited(self):
        b = Browser(self.server)
        b.get("/login")
        b.post("/login", {"userid": "ppk3"})
        for _ in range(5):
            status, body, _, _ = b.post("/login/password", {"password": "Salah-123!"})
            self.assertEqual(status, 401)
        status, body, _, _ = b.post("/login/password", {"password": PASSWORD})  # right, but too late
        self.assertEqual(status, 429)
        self.assertIn("Terlalu banyak percobaan", body)

    def test_activation_login_typed_codes_and_reset(self):
        b = Browser(self.server)
        status, body, path, _ = b.login("ppk2")
        self.assertEqual((status, path), (200, "/aktivasi"), body)
        self.assertIn("Aktivasi TOTP", body)
        self.assertEqual(b.status("/aktivasi/status")["state"], "waiting")
        svg = re.search(r"<svg.*?</svg>", body, re.S).group(0)
        uri = decode_qr(svg, self.tmp)
        parts = urllib.parse.urlsplit(uri)
        self.assertEqual((parts.scheme, parts.netloc), ("otpauth", "totp"))
        self.assertEqual(urllib.parse.unquote(parts.path), "/LPSE Kota Demo:ppk2")
        q = dict(urllib.parse.parse_qsl(parts.query))
        secret = re.search(r'<code id="secret">([A-Z2-7 ]+)</code>', body).group(1).replace(" ", "")
        self.assertEqual(q["secret"], secret)
        self.assertEqual(len(secret), 32)
        self.assertEqual(q["issuer"], "LPSE Kota Demo")
        self.assertEqual(q["acceptor"], self.server.url)  # endpointUrl() adds /api/v1/...
        self.assertEqual(q["pin"], self.server.pin)
        self.assertRegex(q["enroll"], r"^[A-Za-z0-9_-]{22,}$")
        self.assertAlmostEqual(int(q["enroll_exp"]), time.time() + 600, delta=30)
        db = self.server.db()
        stored = [r[0] for r in db.execute("SELECT token_hash FROM enrollment_tokens")]
        db.close()
        # Stored as the protocol's tokenDigest(): base64url of SHA-256, no padding.
        digest = base64.urlsafe_b64encode(hashlib.sha256(q["enroll"].encode()).digest()).rstrip(b"=").decode()
        self.assertIn(digest, stored)
        self.assertNotIn(q["enroll"], stored)

        # A wrong code is refused; the right one (previous step: in the window) activates.
        away_from_step_edge()
        now = time.time()
        window = {totp(secret, now + d) for d in (-30, 0, 30)}
        wrong = next(c for c in ("000000", "111111", "222222", "333333") if c not in window)
        status, body, path, _ = b.post("/aktivasi", {"code": wrong})
        self.assertEqual((status, path), (401, "/aktivasi"))
        self.assertIn("Kode OTP salah", body)
        status, body, path, _ = b.post("/aktivasi", {"code": totp(secret, now - 30)})
        self.assertEqual((status, path), (200, "/beranda"), body)
        self.assertIn("Beranda", body)
        self.assertIn("LOGOUT", body)
        status, body, path, _ = b.post("/logout", {})
        self.assertEqual(path, "/login")

        # Second login: Acceptor TOTP (no device yet: the typed code only).
        status, body, path, _ = b.login("ppk2")
        self.assertEqual((status, path), (200, "/acceptor"), body)
        self.assertIn("Acceptor", body)
        self.assertIn("Status TOTP", body)
        self.assertIn("Aktif", body)
        self.assertNotIn('id="number"', body)
        self.assertEqual(b.status("/acceptor/status")["state"], "none")
        code = totp(secret, now)
        status, body, path, _ = b.post("/acceptor", {"code": code})
        self.assertEqual((status, path), (200, "/beranda"), body)
        b.post("/logout", {})

        # The same code again: refused as used; a wrong one: refused; the next step's: accepted.
        b.login("ppk2")
        status, body, path, _ = b.post("/acceptor", {"code": code})
        self.assertEqual((status, path), (401, "/acceptor"))
        self.assertIn("sudah digunakan", body)
        status, body, path, _ = b.post("/acceptor", {"code": wrong})
        self.assertEqual(status, 401)
        self.assertIn("Kode OTP salah", body)
        status, body, path, _ = b.post("/acceptor", {"code": "12345"})
        self.assertEqual(status, 400)
        status, body, path, _ = b.post("/acceptor", {"code": totp(secret, now + 30)})
        self.assertEqual((status, path), (200, "/beranda"), body)
        b.post("/logout", {})

        # Reset TOTP: a wrong e-mail sends nothing (the page says the same); the right one writes
        # the confirmation to the outbox; the link resets once; the next login is Aktivasi again.
        outbox = os.path.join(self.data, "outbox")
        before = set(os.listdir(outbox)) if os.path.isdir(outbox) else set()
        b.get("/reset-totp")
        status, body, _, _ = b.post("/reset-totp", {"userid": "ppk2", "email": "lain@contoh.go.id", "tipe": "non-penyedia"})
        self.assertEqual(status, 200)
        self.assertIn("Email untuk Reset TOTP sudah terkirim ke: lain@contoh.go.id", body)
        self.assertEqual(set(os.listdir(outbox)) if os.path.isdir(outbox) else set(), before)
        status, body, _, _ = b.post("/reset-totp", {"userid": "ppk2", "email": "ppk2@contoh.go.id", "tipe": "non-penyedia"})
        self.assertIn("Email untuk Reset TOTP sudah terkirim ke: ppk2@contoh.go.id", body)
        new = sorted(set(os.listdir(outbox)) - before)
        self.assertEqual(len(new), 1)
        with open(os.path.join(outbox, new[0]), encoding="utf-8") as f:
            mail = f.read()
        self.assertIn("Subject: Konfirmasi Permintaan Reset TOTP", mail)
        self.assertIn("To: ppk2@contoh.go.id", mail)
        link = re.search(r"(https://\S+/reset-totp/konfirmasi\?\S+)", mail).group(1)
        self.assertIn(link, self.server.logged())  # the log has it too
        path_q = link[len(self.server.url):]
        status, body, _, _ = b.get(path_q)
        self.assertEqual(status, 200)
        self.assertIn("Reset TOTP", body)
        token = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(link).query))["kode"]
        status, body, _, _ = b.post("/reset-totp/konfirmasi", {"kode": token})
        self.assertEqual(status, 200)
        self.assertIn("berhasil di-reset", body)
        status, body, _, _ = b.post("/reset-totp/konfirmasi", {"kode": token})
        self.assertEqual(status, 400)
        status, body, _, _ = b.get(path_q)
        self.assertEqual(status, 400)
        status, body, path, _ = b.login("ppk2")
        self.assertEqual(path, "/aktivasi")
        new_secret = re.search(r'<code id="secret">([A-Z2-7 ]+)</code>', body).group(1).replace(" ", "")
        self.assertNotEqual(new_secret, secret)
        status, body, _, _ = b.post("/aktivasi", {"code": totp(secret, time.time())})  # the old device's code
        self.assertEqual(status, 401)

    def test_acceptor_page_follows_the_challenge(self):
        b = Browser(self.server)
        self.activate(b, "pp1")
        b.post("/logout", {})
        # Stands in for /api/v1/enroll: a device row, as bindDevice() writes it.
        db = self.server.db()
        db.execute("INSERT INTO devices (device_id, user_id, public_key, status, created) "
                   "VALUES ('dev-pp1', 'pp1', x'3059', 'active', strftime('%s','now'))")
        db.commit()
        status, body, path, _ = b.login("pp1")
        self.assertEqual(path, "/acceptor")
        number = int(re.search(r'<div class="number" id="number">(\d\d)</div>', body).group(1))
        row = db.execute("SELECT number, options, exp - iat, state, user_agent, ip FROM challenges "
                         "WHERE user_id = 'pp1' AND state = 'pending'").fetchone()
        self.assertEqual(row[0], number)
        options = [int(x) for x in row[1].split(",")]
        self.assertEqual(len(set(options)), 3)
        self.assertIn(number, options)
        self.assertEqual(row[2], 120)
        self.assertEqual(row[4:], ("test_acceptor.py", "127.0.0.1"))
        st = b.status("/acceptor/status")
        self.assertEqual(st["state"], "pending")
        self.assertTrue(0 < st["left"] <= 120)
        # Stands in for /api/v1/answer: the device approved with the right number.
        db.execute("UPDATE challenges SET state = 'approved' WHERE user_id = 'pp1' AND state = 'pending'")
        db.commit()
        st = b.status("/acceptor/status")
        self.assertEqual(st["state"], "approved")
        self.assertEqual(st["message"], "Login pp1 diterima, halaman akan direload ke beranda")
        self.assertEqual(st["redirect"], "/beranda")
        status, body, path, _ = b.get("/beranda")
        self.assertEqual((status, path), (200, "/beranda"))
        self.assertIn("Persetujuan login aktif", body)
        b.post("/logout", {})

        b.login("pp1")
        db.execute("UPDATE challenges SET state = 'denied' WHERE user_id = 'pp1' AND state = 'pending'")
        db.commit()
        st = b.status("/acceptor/status")
        self.assertEqual((st["state"], st["message"]), ("denied", "Login ditolak"))
        status, body, path, _ = b.get("/beranda")
        self.assertEqual(path, "/acceptor")  # not logged in: back to the waiting page
        status, body, path, _ = b.post("/acceptor/ulang", {})
        self.assertEqual(path, "/acceptor")
        db.execute("UPDATE challenges SET exp = iat + 120 - 200, iat = iat - 200 "
                   "WHERE user_id = 'pp1' AND state = 'pending'")
        db.commit()
        st = b.status("/acceptor/status")
        self.assertEqual((st["state"], st["message"]), ("expired", "Waktu habis"))
        db.close()

    def test_bad_requests(self):
        b = Browser(self.server)
        status, body, _, _ = b.get("/tidak-ada")
        self.assertEqual(status, 404)
        status, body, _, hdrs = b.get("/logout")
        self.assertEqual(status, 405)
        self.assertIn("POST", hdrs["Allow"])
        b.get("/login")
        status, body, _, _ = b.request("/login", b"userid=" + b"a" * 20000,
                                       {"Content-Type": "application/x-www-form-urlencoded"})
        self.assertEqual(status, 413)
        status, body, _, _ = b.post("/login", {"userid": "ppk1"}, csrf=False)
        self.assertEqual(status, 403)
        status, body, _, _ = b.post("/login", {"userid": "ppk1", "csrf": "salah"}, csrf=False)
        self.assertEqual(status, 403)
        status, body, _, _ = Browser(self.server).post("/login", {"userid": "ppk1", "csrf": b.csrf}, csrf=False)
        self.assertEqual(status, 403)  # no session cookie
        status, body, _, _ = b.post("/login", {"userid": "<script>"})
        self.assertEqual(status, 400)
        self.assertNotIn("<script>", body)
        status, body, _, _ = b.get("/acceptor/status")  # without a session cookie it is 403, with one:
        self.assertEqual(json.loads(body)["state"], "none")

    def raw(self, head):
        with socket.create_connection(("127.0.0.1", self.server.port), timeout=10) as sock:
            with self.server.context().wrap_socket(sock, server_hostname="127.0.0.1") as tls:
                tls.sendall(head)
                data = b""
                while True:
                    chunk = tls.recv(4096)
                    if not chunk:
                        return data.decode()
                    data += chunk

    def test_oversized_body_refused_before_it_is_sent(self):
        # Only the headers go out: the 413 must come without the server waiting for 10 MB.
        start = time.monotonic()
        reply = self.raw(b"POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                         b"Content-Length: 10000000\r\n\r\nuserid=")
        self.assertTrue(reply.startswith("HTTP/1.1 413"), reply)
        self.assertIn("terlalu besar", reply)
        self.assertLess(time.monotonic() - start, 5)
        reply = self.raw(b"POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nuseri\r\n")
        self.assertTrue(reply.startswith("HTTP/1.1 413"), reply)
        # Within the limit the same server answers as usual.
        status, _, _, _ = Browser(self.server).get("/login")
        self.assertEqual(status, 200)

    def test_security_headers_and_cookie(self):
        b = Browser(self.server, follow=False)
        status, body, _, hdrs = b.get("/login")
        self.assertEqual(status, 200)
        csp = hdrs["Content-Security-Policy"]
        self.assertIn("script-src 'self'", csp)
        self.assertNotIn("unsafe-inline", csp)
        self.assertIn("frame-ancestors 'none'", csp)
        self.assertEqual(hdrs["X-Content-Type-Options"], "nosniff")
        cookie = hdrs["Set-Cookie"]
        for flag in ("HttpOnly", "Secure", "SameSite=Strict"):
            self.assertIn(flag, cookie)
        self.assertNotRegex(body, r"<script>|<style>| style=\"")
        status, js, _, hdrs = b.get("/static/app.js")
        self.assertEqual(status, 200)
        self.assertIn("javascript", hdrs["Content-Type"])
        status, _, _, _ = b.post("/login", {"userid": "ppk1"})
        self.assertEqual(status, 303)


if __name__ == "__main__":
    BIN = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
