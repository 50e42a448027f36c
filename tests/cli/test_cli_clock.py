#!/usr/bin/python3
"""Black-box tests of `sandi-cli clock`: SNTP servers on 127.0.0.1, answered by a thread in this
test (a clock 90 s ahead) or silent; output format, exit statuses and usage errors.

Usage: test_cli_clock.py PATH/TO/sandi-cli [unittest names]
Python 3 standard library only.
"""
import base64
import hashlib
import hmac
import re
import socket
import struct
import subprocess
import sys
import threading
import time
import unittest

CLI = None
NTP_TO_UNIX = 2208988800  # seconds from 1900 to 1970 (RFC 868)


def run(*args, timeout=30):
    start = time.monotonic()
    p = subprocess.run([CLI, *args], capture_output=True, timeout=timeout)
    return p.returncode, p.stdout.decode(), p.stderr.decode(), time.monotonic() - start


def ntp_timestamp(unix_seconds):
    seconds = int(unix_seconds)
    fraction = int((unix_seconds - seconds) * 2**32)
    return struct.pack("!II", (seconds + NTP_TO_UNIX) % 2**32, fraction)


class Responder:
    """An SNTP server (RFC 4330) on 127.0.0.1 whose clock is `offset` seconds from ours; with
    silent=True it reads the requests and never answers."""

    def __init__(self, offset=0.0, silent=False):
        self.offset = offset
        self.silent = silent
        self.requests = 0
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.stopping = False
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self):
        while not self.stopping:
            try:
                data, peer = self.sock.recvfrom(512)
            except socket.timeout:
                continue
            self.requests += 1
            if self.silent or len(data) < 48:
                continue
            received = ntp_timestamp(time.time() + self.offset)
            header = bytes([(0 << 6) | (4 << 3) | 4, 2, 0, 0]) + bytes(8) + b"LOCL"  # LI 0, VN 4, server
            reply = header + bytes(8) + data[40:48] + received + ntp_timestamp(time.time() + self.offset)
            self.sock.sendto(reply, peer)

    def close(self):
        self.stopping = True
        self.thread.join()
        self.sock.close()


URI = "otpauth://totp/LPSE%20Demo:ppk1?secret=JBSWY3DPEHPK3PXP&issuer=LPSE%20Demo"


def totp(secret_b32, unix_seconds, digits=6, period=30):
    """RFC 6238 with HMAC-SHA1, computed here independently of Sandi."""
    key = base64.b32decode(secret_b32)
    mac = hmac.new(key, struct.pack("!Q", int(unix_seconds) // period), hashlib.sha1).digest()
    offset = mac[-1] & 0x0F
    value = struct.unpack("!I", mac[offset:offset + 4])[0] & 0x7FFFFFFF
    return str(value % 10**digits).zfill(digits)


class CodeWithServer(unittest.TestCase):
    def test_code_follows_a_server_90_s_ahead(self):
        server = Responder(offset=90.0)
        self.addCleanup(server.close)
        before = time.time()
        status, out, err, _ = run("code", URI, "--server", f"127.0.0.1:{server.port}")
        after = time.time()
        self.assertEqual(status, 0, err)
        self.assertEqual(err, "")
        # The true time is 90 s later than ours; a step boundary may pass while the CLI runs.
        expected = {totp("JBSWY3DPEHPK3PXP", before + 90), totp("JBSWY3DPEHPK3PXP", after + 90)}
        self.assertIn(out.strip(), expected)
        self.assertNotIn(out.strip(), {totp("JBSWY3DPEHPK3PXP", before), totp("JBSWY3DPEHPK3PXP", after)} - expected)

    def test_option_before_the_uri_and_with_equals(self):
        server = Responder(offset=-120.0)
        self.addCleanup(server.close)
        before = time.time()
        status, out, err, _ = run("code", f"--server=127.0.0.1:{server.port}", URI)
        after = time.time()
        self.assertEqual(status, 0, err)
        self.assertIn(out.strip(), {totp("JBSWY3DPEHPK3PXP", before - 120), totp("JBSWY3DPEHPK3PXP", after - 120)})

    def test_silent_server_falls_back_to_this_clock_and_says_so(self):
        server = Responder(silent=True)
        self.addCleanup(server.close)
        before = time.time()
        status, out, err, _ = run("code", URI, "--server", f"127.0.0.1:{server.port}")
        after = time.time()
        self.assertEqual(status, 0, err)
        self.assertIn("the code uses this computer's clock", err)
        self.assertIn(out.strip(), {totp("JBSWY3DPEHPK3PXP", before), totp("JBSWY3DPEHPK3PXP", after)})

    def test_usage_errors(self):
        for args in (["--server", "nonsense::x"], ["--server", "127.0.0.1:0"], ["--server"],
                     ["--server", "127.0.0.1", "--time", "59"], ["--time=59", "--server", "127.0.0.1"]):
            with self.subTest(args=args):
                status, out, err, _ = run("code", URI, *args)
                self.assertEqual(status, 1, (out, err))
                self.assertEqual(out, "")
                self.assertTrue(err.startswith("sandi-cli: "), err)


class Clock(unittest.TestCase):
    def test_reports_a_clock_90_s_behind_the_server(self):
        server = Responder(offset=90.0)
        self.addCleanup(server.close)
        status, out, err, _ = run("clock", "--server", f"127.0.0.1:{server.port}")
        self.assertEqual(status, 0, err)
        lines = out.splitlines()
        self.assertEqual(len(lines), 2, out)
        m = re.fullmatch(r"([+-]\d+\.\d) s", lines[0])
        self.assertIsNotNone(m, lines[0])
        self.assertAlmostEqual(float(m.group(1)), 90.0, delta=1.0)
        self.assertEqual(lines[1], f"servers: 127.0.0.1:{server.port}")
        self.assertEqual(server.requests, 3)

    def test_silent_server_exits_2_within_the_bound(self):
        server = Responder(silent=True)
        self.addCleanup(server.close)
        status, out, err, elapsed = run("clock", "--server", f"127.0.0.1:{server.port}")
        self.assertEqual(status, 2, out)
        self.assertEqual(out, "")
        self.assertIn("No time server answered", err)
        self.assertLess(elapsed, 8.0)
        self.assertGreaterEqual(server.requests, 1)

    def test_good_server_wins_over_a_silent_one(self):
        silent = Responder(silent=True)
        good = Responder(offset=-45.0)
        self.addCleanup(silent.close)
        self.addCleanup(good.close)
        status, out, err, _ = run("clock", "--server", f"127.0.0.1:{silent.port}", "--server",
                                  f"127.0.0.1:{good.port}")
        self.assertEqual(status, 0, err)
        self.assertAlmostEqual(float(out.splitlines()[0].split()[0]), -45.0, delta=1.0)
        self.assertEqual(out.splitlines()[1], f"servers: 127.0.0.1:{good.port}")

    def test_usage_errors(self):
        for args in (["--server", "127.0.0.1:0"], ["--server", "127.0.0.1:70000"], ["--server", "host:x"],
                     ["--server", "nonsense::x"], ["--server", "[::1"], ["--server", "bad host"],
                     ["--server"], ["extra"], ["--bogus"]):
            with self.subTest(args=args):
                status, out, err, _ = run("clock", *args)
                self.assertEqual(status, 1, (out, err))
                self.assertTrue(err.startswith("sandi-cli: "), err)

    def test_help_mentions_clock(self):
        status, out, _, _ = run("--help")
        self.assertEqual(status, 0)
        self.assertIn("clock [--server HOST[:PORT]]", out)


if __name__ == "__main__":
    CLI = sys.argv.pop(1)
    unittest.main(verbosity=2)
