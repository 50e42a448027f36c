#!/usr/bin/python3
"""Black-box tests of sandi-acceptor's device API (/api/v1/enroll, /poll, /answer;
docs/approval-protocol.md) over TLS on 127.0.0.1: a free port, a temporary data directory, the
device played by sandi-approval-client (core/approval only, pinning the acceptor key from the
QR code) and the browser by test_acceptor.py's Browser.

Usage: test_approval_api.py PATH/TO/sandi-acceptor PATH/TO/sandi-approval-client [unittest names]
Python 3 standard library, plus zbarimg and rsvg-convert (or ImageMagick) to read the QR code.
"""
import base64
import hashlib
import http.client
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_acceptor as ta  # noqa: E402

CLIENT = None
HOLD = 2  # --poll-hold: seconds before an idle poll gets 204


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class TestApprovalApi(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="sandi-approval-")
        cls.data = os.path.join(cls.tmp, "data")
        os.makedirs(cls.data)
        for user in ("ppk1", "ppk2", "ppk3", "ppk4", "ppk5", "ppk6", "ppk7"):
            ta.add_user(cls.data, user, user + "@contoh.go.id")
        cls.server = ta.Server(cls.data, "--poll-hold", str(HOLD))

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()
        shutil.rmtree(cls.tmp)

    # --- the device ---------------------------------------------------------------------------
    def client(self, *args, timeout=60):
        p = subprocess.run([CLIENT, *args], capture_output=True, text=True, timeout=timeout)
        self.assertIn(p.returncode, (0, 2), p.stderr)
        return p.returncode, [json.loads(line) for line in p.stdout.splitlines()]

    def state(self, name):
        return os.path.join(self.tmp, name + ".json")

    def enroll(self, user, state):
        """Logs in, reads the Aktivasi QR code, enrolls the device; returns the browser."""
        b = ta.Browser(self.server)
        status, body, path, _ = b.login(user)
        self.assertEqual(path, "/aktivasi", body)
        self.assertEqual(b.status("/aktivasi/status")["state"], "waiting")
        uri = ta.decode_qr(re.search(r"<svg.*?</svg>", body, re.S).group(0), self.tmp)
        q = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(uri).query))
        self.assertEqual(q["acceptor"], self.server.url)  # + /api/v1/... by the device (endpointUrl)
        self.assertEqual(q["pin"], self.server.pin)
        rc, out = self.client("enroll", uri, "--state", state, "--name", "test device")
        self.assertEqual(rc, 0, out)
        self.assertEqual(out[0]["account"], user)
        self.assertEqual(out[0]["site"], "LPSE Kota Demo")
        self.assertEqual(os.stat(state).st_mode & 0o777, 0o600)
        st = b.status("/aktivasi/status")  # the page turns active and goes on to Beranda
        self.assertEqual((st["state"], st["redirect"]), ("active", "/beranda"))
        b.post("/logout", {})
        return b, uri

    def login_to_challenge(self, b, user):
        """Logs in again: the Acceptor TOTP page; returns the number it shows."""
        status, body, path, _ = b.login(user)
        self.assertEqual((status, path), (200, "/acceptor"), body)
        return int(re.search(r'<div class="number" id="number">(\d\d)</div>', body).group(1))

    def poll_one(self, state):
        start = time.monotonic()
        rc, out = self.client("poll", "--state", state, "--once")
        self.assertEqual(rc, 0, out)
        self.assertEqual(len(out), 1, out)
        return out[0], time.monotonic() - start

    def answer(self, state, cid, decision, number=None, *extra):
        args = ["answer", "--state", state, cid, decision, *extra]
        if number is not None:
            args += ["--number", str(number)]
        rc, out = self.client(*args)
        return out[0]

    def raw(self, method, path, body=None, headers=None):
        conn = http.client.HTTPSConnection("127.0.0.1", int(self.server.url.rsplit(":", 1)[1]),
                                           context=self.server.context(), timeout=30)
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        data = resp.read()
        conn.close()
        is_json = resp.headers.get("Content-Type", "").startswith("application/json")
        return resp.status, json.loads(data) if is_json else data, resp.headers

    # --- the tests ---------------------------------------------------------------------------
    def test_enroll_poll_approve_and_replay(self):
        state = self.state("ppk1")
        b, uri = self.enroll("ppk1", state)
        # The token worked once.
        rc, out = self.client("enroll", uri, "--state", self.state("ppk1-again"))
        self.assertEqual((rc, out[0]), (2, {"status": 409, "error": "enroll_token_used"}))
        number = self.login_to_challenge(b, "ppk1")
        challenge, took = self.poll_one(state)
        self.assertLess(took, 1.0)
        self.assertEqual((challenge["account"], challenge["site"]), ("ppk1", "LPSE Kota Demo"))
        self.assertEqual((challenge["browser"], challenge["ip"]), ("test_acceptor.py", "127.0.0.1"))
        self.assertIn(number, challenge["numbers"])
        self.assertEqual(len(set(challenge["numbers"])), 3)
        self.assertAlmostEqual(challenge["exp"], time.time() + 120, delta=10)
        self.assertEqual(b.status("/acceptor/status")["state"], "pending")
        self.assertEqual(self.answer(state, challenge["id"], "approve", number), {"status": 204})
        st = b.status("/acceptor/status")
        self.assertEqual((st["state"], st["redirect"]), ("approved", "/beranda"))
        status, body, path, _ = b.get("/beranda")
        self.assertEqual((status, path), (200, "/beranda"))
        # Answering twice: a replay.
        self.assertEqual(self.answer(state, challenge["id"], "approve", number),
                         {"status": 409, "error": "already_answered"})
        self.assertEqual(self.answer(state, challenge["id"], "deny"), {"status": 409, "error": "already_answered"})

    def test_held_poll_gets_the_challenge_and_idle_poll_gets_204(self):
        state = self.state("ppk2")
        b, _ = self.enroll("ppk2", state)
        # Nothing pending: held for --poll-hold seconds, then 204 (no output).
        start = time.monotonic()
        rc, out = self.client("poll", "--state", state, "--once")
        self.assertEqual((rc, out), (0, []))
        self.assertGreater(time.monotonic() - start, HOLD - 0.5)
        # Held first, then the login creates the challenge: delivered at once.
        poller = subprocess.Popen([CLIENT, "poll", "--state", state, "--once"], stdout=subprocess.PIPE, text=True)
        time.sleep(0.5)
        started = time.monotonic()
        number = self.login_to_challenge(b, "ppk2")
        out, _ = poller.communicate(timeout=30)
        self.assertLess(time.monotonic() - started, 1.5)
        challenge = json.loads(out.splitlines()[0])
        self.assertIn(number, challenge["numbers"])
        self.assertEqual(self.answer(state, challenge["id"], "deny"), {"status": 204})
        self.assertEqual(b.status("/acceptor/status")["state"], "denied")

    def test_wrong_number_expired_and_tampered(self):
        state = self.state("ppk3")
        b, _ = self.enroll("ppk3", state)
        number = self.login_to_challenge(b, "ppk3")
        challenge, _ = self.poll_one(state)
        wrong = next(n for n in challenge["numbers"] if n != number)
        # A flipped byte in the signed answer: not signed by the device; nothing changes.
        self.assertEqual(self.answer(state, challenge["id"], "approve", number, "--tamper"),
                         {"status": 401, "error": "bad_signature"})
        self.assertEqual(b.status("/acceptor/status")["state"], "pending")
        self.assertEqual(self.answer(state, challenge["id"], "approve", wrong),
                         {"status": 422, "error": "wrong_number"})
        self.assertEqual(b.status("/acceptor/status")["state"], "wrong-number")
        self.assertEqual(self.answer(state, challenge["id"], "approve", number),
                         {"status": 409, "error": "already_answered"})  # closed
        # A new challenge that runs out: "expired" (the acceptor's clock, no skew).
        b.post("/acceptor/ulang", {})
        challenge, _ = self.poll_one(state)
        db = self.server.db()
        db.execute("UPDATE challenges SET exp = iat - 80, iat = iat - 200 WHERE challenge_id = ?", (challenge["id"],))
        db.commit()
        db.close()
        self.assertEqual(self.answer(state, challenge["id"], "deny"), {"status": 410, "error": "expired"})
        self.assertEqual(b.status("/acceptor/status")["state"], "expired")
        self.assertEqual(self.answer(state, "AAAAAAAAAAAAAAAAAAAAAA", "deny"),
                         {"status": 404, "error": "unknown_challenge"})

    def test_failed_answers_are_rate_limited(self):
        state = self.state("ppk7")
        b, _ = self.enroll("ppk7", state)
        number = self.login_to_challenge(b, "ppk7")
        challenge, _ = self.poll_one(state)
        for _ in range(5):  # the account's limit: 5 failures in 15 minutes
            self.assertEqual(self.answer(state, challenge["id"], "approve", number, "--tamper"),
                             {"status": 401, "error": "bad_signature"})
        self.assertEqual(self.answer(state, challenge["id"], "approve", number),
                         {"status": 429, "error": "too_many_requests"})
        self.assertEqual(b.status("/acceptor/status")["state"], "pending")

    def test_second_enrollment_revokes_the_first_device(self):
        first, second = self.state("ppk4-a"), self.state("ppk4-b")
        b, uri = self.enroll("ppk4", first)
        number = self.login_to_challenge(b, "ppk4")
        challenge, _ = self.poll_one(first)
        # A device that keeps polling: first the still pending challenge again, then held.
        poller = subprocess.Popen([CLIENT, "poll", "--state", first], stdout=subprocess.PIPE, text=True)
        time.sleep(0.5)
        # A new enrollment token, as a new Aktivasi QR code would carry (stored as its digest).
        token = b64url(secrets.token_bytes(16))
        db = self.server.db()
        db.execute("INSERT INTO enrollment_tokens (token_hash, user_id, created, expires) VALUES (?, 'ppk4', ?, ?)",
                   (b64url(hashlib.sha256(token.encode()).digest()), int(time.time()), int(time.time()) + 600))
        db.commit()
        db.close()
        uri2 = re.sub(r"enroll=[^&]+", "enroll=" + token, uri)
        rc, out = self.client("enroll", uri2, "--state", second)
        self.assertEqual(rc, 0, out)
        # The first device's held poll ends with 403 revoked_device, and so does its next one.
        out, _ = poller.communicate(timeout=10)
        self.assertEqual(poller.returncode, 2)
        lines = [json.loads(line) for line in out.splitlines()]
        self.assertEqual(lines[0]["id"], challenge["id"])
        self.assertEqual(lines[-1], {"status": 403, "error": "revoked_device"})
        self.assertEqual(self.client("poll", "--state", first, "--once"),
                         (2, [{"status": 403, "error": "revoked_device"}]))
        self.assertEqual(self.answer(first, challenge["id"], "approve", number),
                         {"status": 403, "error": "revoked_device"})
        self.assertEqual(b.status("/acceptor/status")["state"], "expired")  # its challenge was ended
        # The new device works.
        b.post("/acceptor/ulang", {})
        challenge, _ = self.poll_one(second)
        self.assertEqual(self.answer(second, challenge["id"], "deny"), {"status": 204})

    def test_reset_totp_revokes(self):
        state = self.state("ppk5")
        b, _ = self.enroll("ppk5", state)
        outbox = os.path.join(self.data, "outbox")
        before = set(os.listdir(outbox)) if os.path.isdir(outbox) else set()
        b.get("/reset-totp")
        b.post("/reset-totp", {"userid": "ppk5", "email": "ppk5@contoh.go.id", "tipe": "non-penyedia"})
        (mail,) = sorted(set(os.listdir(outbox)) - before)
        with open(os.path.join(outbox, mail), encoding="utf-8") as f:
            link = re.search(r"(https://\S+/reset-totp/konfirmasi\?\S+)", f.read()).group(1)
        token = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(link).query))["kode"]
        b.get(link[len(self.server.url):])
        status, body, _, _ = b.post("/reset-totp/konfirmasi", {"kode": token})
        self.assertIn("berhasil di-reset", body)
        self.assertEqual(self.client("poll", "--state", state, "--once"),
                         (2, [{"status": 403, "error": "revoked_device"}]))

    def test_bad_requests_get_the_reason(self):
        state = self.state("ppk6")
        self.enroll("ppk6", state)
        with open(state) as f:
            device = json.load(f)["device"]
        # No or garbage Authorization: malformed (400), as the spec's table says.
        for headers in ({}, {"Authorization": "Bearer x"}, {"Authorization": "Sandi not-a-jws"},
                        {"Authorization": "Sandi " + b64url(b'{"alg":"none"}') + "." + b64url(b"{}") + "."}):
            status, body, _ = self.raw("GET", "/api/v1/poll", headers=headers)
            self.assertEqual((status, body), (400, {"error": "malformed"}), headers)

        def token(dev, sig=None):
            payload = {"typ": "poll", "device": dev, "iat": int(time.time()), "jti": b64url(secrets.token_bytes(16))}
            return "Sandi %s.%s.%s" % (b64url(b'{"alg":"ES256"}'), b64url(json.dumps(payload).encode()),
                                       b64url(sig or secrets.token_bytes(64)))
        # Well formed but not signed by the device's key: 401 with the reason.
        status, body, hdrs = self.raw("GET", "/api/v1/poll", headers={"Authorization": token(device)})
        self.assertEqual((status, body), (401, {"error": "bad_signature"}))
        self.assertEqual(hdrs["WWW-Authenticate"], "Sandi")
        status, body, _ = self.raw("GET", "/api/v1/poll", headers={"Authorization": token(b64url(b"x" * 16))})
        self.assertEqual((status, body), (401, {"error": "unknown_device"}))
        # Bodies: JWS as application/jose only; garbage is malformed; methods and sizes.
        status, body, _ = self.raw("POST", "/api/v1/answer", "x.y.z", {"Content-Type": "application/jose"})
        self.assertEqual((status, body), (400, {"error": "malformed"}))
        status, body, _ = self.raw("POST", "/api/v1/enroll", "a.b.c", {"Content-Type": "text/plain"})
        self.assertEqual((status, body), (400, {"error": "malformed"}))
        status, _, _ = self.raw("GET", "/api/v1/answer")
        self.assertEqual(status, 405)
        status, _, _ = self.raw("POST", "/api/v1/enroll", "a" * (16 * 1024 + 1), {"Content-Type": "application/jose"})
        self.assertEqual(status, 413)


if __name__ == "__main__":
    ta.BIN = os.path.abspath(sys.argv.pop(1))
    CLIENT = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
