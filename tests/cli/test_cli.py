#!/usr/bin/python3
"""Black-box tests of sandi-cli: output, exit statuses, and agreement with oathtool.

Usage: test_cli.py PATH/TO/sandi-cli
"""
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

CLI = None
OATHTOOL = shutil.which("oathtool")

# RFC 6238 Appendix B seeds (ASCII) and vectors: time -> (SHA1, SHA256, SHA512), 8 digits.
SEEDS = {
    "SHA1": b"12345678901234567890",
    "SHA256": b"12345678901234567890123456789012",
    "SHA512": b"1234567890123456789012345678901234567890123456789012345678901234",
}
RFC6238 = {
    59: ("94287082", "46119246", "90693936"),
    1111111109: ("07081804", "68084774", "25091201"),
    1111111111: ("14050471", "67062674", "99943326"),
    1234567890: ("89005924", "91819424", "93441116"),
    2000000000: ("69279037", "90698825", "38618901"),
    20000000000: ("65353130", "77737706", "47863826"),
}
RFC4226 = ["755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"]


def b32(raw):
    return base64.b32encode(raw).decode().rstrip("=")


def totp_uri(alg, digits=8, period=30):
    return (f"otpauth://totp/RFC%206238:{alg}?secret={b32(SEEDS[alg])}&issuer=RFC%206238"
            f"&algorithm={alg}&digits={digits}&period={period}")


# English unless a test asks otherwise, and never the user's own language setting.
CONFIG_HOME = tempfile.mkdtemp(prefix="sandi-cli-config-")
ENGLISH = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8", XDG_CONFIG_HOME=CONFIG_HOME)


def run(*args, stdin=None, env=None):
    p = subprocess.run([CLI, *args], input=stdin, capture_output=True, text=True, timeout=30,
                       env=env or ENGLISH)
    return p.returncode, p.stdout, p.stderr


def oathtool(*args):
    if OATHTOOL is None:
        raise AssertionError("oathtool is not installed (Debian package oathtool)")
    return subprocess.run([OATHTOOL, *args], capture_output=True, text=True, check=True).stdout.strip()


class Code(unittest.TestCase):
    def test_rfc6238_vectors_all_hashes(self):
        for t, codes in RFC6238.items():
            for alg, expected in zip(("SHA1", "SHA256", "SHA512"), codes):
                rc, out, err = run("code", totp_uri(alg), "--time", str(t))
                self.assertEqual((rc, out, err), (0, expected + "\n", ""), f"{alg} t={t}")

    def test_rfc6238_vectors_agree_with_oathtool(self):
        for t in RFC6238:
            for alg in ("SHA1", "SHA256", "SHA512"):
                peer = oathtool(f"--totp={alg.lower()}", "-d", "8", "-N", f"@{t}", SEEDS[alg].hex())
                rc, out, _ = run("code", totp_uri(alg), f"--time={t}")
                self.assertEqual(out.strip(), peer, f"{alg} t={t}")

    def test_rfc4226_hotp_counter_from_uri(self):
        for counter, expected in enumerate(RFC4226):
            uri = f"otpauth://hotp/RFC%204226?secret={b32(SEEDS['SHA1'])}&counter={counter}"
            rc, out, _ = run("code", uri)
            self.assertEqual((rc, out.strip()), (0, expected))
            self.assertEqual(out.strip(), oathtool("--hotp", "-c", str(counter), SEEDS["SHA1"].hex()))

    def test_times_before_1970_and_after_2038(self):
        for t in (-1, -86400 * 365 * 30, 2**31, 4102444800, 253402300799):
            peer_time = t if t >= 0 or t % 30 == 0 else t - 30  # oathtool truncates, Sandi floors
            peer = oathtool("--totp", "-d", "6", "-N", f"@{peer_time}", SEEDS["SHA1"].hex())
            rc, out, _ = run("code", totp_uri("SHA1", digits=6), "--time", str(t))
            self.assertEqual((rc, out.strip()), (0, peer), f"t={t}")

    def test_current_time_agrees_with_oathtool(self):
        before = int(time.time())
        rc, out, _ = run("code", totp_uri("SHA1", digits=6))
        after = int(time.time())
        peers = {oathtool("--totp", "-N", f"@{t}", SEEDS["SHA1"].hex()) for t in range(before, after + 1)}
        self.assertEqual(rc, 0)
        self.assertIn(out.strip(), peers)

    def test_steam_code(self):
        uri = "otpauth://totp/Steam:x?secret=63BEDWCQZKTQWPESARIERL5DTTQFCJTK&issuer=Steam&encoder=steam"
        rc, out, _ = run("code", uri, "--time", "1511200518")
        self.assertEqual((rc, out.strip()), (0, "FR8RV"))

    def test_uri_from_standard_input(self):
        rc, out, _ = run("code", "-", "--time", "59", stdin=totp_uri("SHA1") + "\n")
        self.assertEqual((rc, out.strip()), (0, "94287082"))


class Inspect(unittest.TestCase):
    def test_otpauth_fields_without_secret(self):
        secret = b32(SEEDS["SHA256"])
        uri = (f"otpauth://totp/LPSE%20Kabupaten%20Kudus:ppk1?secret={secret}&issuer=LPSE%20Kabupaten%20Kudus"
               "&algorithm=SHA256&digits=8&period=60&image=https%3A%2F%2Fexample.org%2Fi.png")
        rc, out, err = run("inspect", uri)
        self.assertEqual(rc, 0, err)
        obj = json.loads(out)
        self.assertEqual(list(obj), ["type", "issuer", "account", "algorithm", "digits", "period", "counter",
                                     "secret_bytes", "unknown_params"])
        self.assertEqual(obj["type"], "totp")
        self.assertEqual(obj["issuer"], "LPSE Kabupaten Kudus")
        self.assertEqual(obj["account"], "ppk1")
        self.assertEqual(obj["algorithm"], "SHA256")
        self.assertEqual((obj["digits"], obj["period"], obj["counter"]), (8, 60, None))
        self.assertEqual(obj["secret_bytes"], 32)
        self.assertEqual(obj["unknown_params"], {"image": "https://example.org/i.png"})
        self.assertNotIn(secret, out + err)
        self.assertNotIn(SEEDS["SHA256"].hex(), out + err)

    def test_hotp_counter(self):
        rc, out, _ = run("inspect", f"otpauth://hotp/x?secret={b32(SEEDS['SHA1'])}&counter=18446744073709551615")
        obj = json.loads(out)
        self.assertEqual((rc, obj["type"], obj["counter"], obj["period"]), (0, "hotp", 18446744073709551615, None))

    def test_migration_uri_lists_every_account(self):
        def field(number, payload):
            return bytes([number << 3 | 2, len(payload)]) + payload

        def varint_field(number, value):
            return bytes([number << 3 | 0, value])

        entry1 = (field(1, SEEDS["SHA1"]) + field(2, b"LPSE Kota:ppk1") + field(3, b"LPSE Kota")
                  + varint_field(4, 1) + varint_field(5, 1) + varint_field(6, 2))
        entry2 = (field(1, b"abcdefghij") + field(2, b"pokja") + varint_field(4, 2) + varint_field(5, 2)
                  + varint_field(6, 1) + varint_field(7, 5))
        payload = field(1, entry1) + field(1, entry2) + varint_field(2, 1) + varint_field(3, 1) + varint_field(4, 0)
        data = base64.b64encode(payload).decode()
        uri = "otpauth-migration://offline?data=" + data.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
        rc, out, err = run("inspect", uri)
        self.assertEqual(rc, 0, err)
        arr = json.loads(out)
        self.assertEqual(len(arr), 2)
        self.assertEqual((arr[0]["issuer"], arr[0]["account"], arr[0]["type"]), ("LPSE Kota", "ppk1", "totp"))
        self.assertEqual((arr[0]["secret_bytes"], arr[0]["digits"], arr[0]["algorithm"]), (20, 6, "SHA1"))
        self.assertEqual((arr[1]["type"], arr[1]["counter"], arr[1]["digits"]), ("hotp", 5, 8))
        self.assertEqual(arr[1]["algorithm"], "SHA256")


class BadInput(unittest.TestCase):
    SECRET = "JBSWY3DPEHPK3PXP"

    def assert_bad(self, args, code, stdin=None):
        rc, out, err = run(*args, stdin=stdin)
        self.assertEqual(rc, code, f"{args}: {err}")
        self.assertEqual(out, "")
        self.assertTrue(err.startswith("sandi-cli: "), err)
        self.assertNotIn(self.SECRET, err)
        return err

    def test_invalid_uris_exit_2_with_a_reason(self):
        cases = {
            "https://example.org": "NotOtpauthUri",
            "otpauth://totp/x": "MissingSecret",
            f"otpauth://hotp/x?secret={self.SECRET}": "MissingCounter",
            f"otpauth://totp/x?secret={self.SECRET}&digits=11": "InvalidDigits",
            f"otpauth://totp/x?secret={self.SECRET}&period=0": "InvalidPeriod",
            f"otpauth://totp/x?secret={self.SECRET}&algorithm=MD5": "UnsupportedAlgorithm",
            "otpauth://totp/x?secret=JBSWY3DPEHPK3PX1": "InvalidSecret",
            f"otpauth://totp/a%ZZ?secret={self.SECRET}": "InvalidPercentEncoding",
            f"otpauth://yubikey/x?secret={self.SECRET}": "UnsupportedOtpType",
        }
        for uri, name in cases.items():
            for command in ("code", "inspect"):
                err = self.assert_bad([command, uri], 2)
                self.assertIn(f"[{name}]", err, uri)

    def test_messages_follow_the_system_language(self):
        uri = f"otpauth://totp/x?secret={self.SECRET}&digits=11"
        status, _, err = run("code", uri, env=dict(ENGLISH, LC_ALL="id_ID.UTF-8", LANG="id_ID.UTF-8"))
        self.assertEqual(status, 2)
        self.assertIn("Jumlah digit harus antara 6 dan 10.", err)
        status, _, err = run("code", uri)
        self.assertIn("The number of digits must be between 6 and 10.", err)

    def test_broken_migration_exits_2(self):
        self.assert_bad(["inspect", "otpauth-migration://offline?data=%%%"], 2)
        self.assert_bad(["inspect", "otpauth-migration://offline?data=CgUKAxIB"], 2)

    def test_usage_errors_exit_1(self):
        uri = f"otpauth://totp/x?secret={self.SECRET}"
        self.assert_bad([], 1)
        self.assert_bad(["frobnicate"], 1)
        self.assert_bad(["code"], 1)
        self.assert_bad(["code", uri, "extra"], 1)
        self.assert_bad(["code", uri, "--time", "soon"], 1)
        self.assert_bad(["code", uri, "--time"], 1)
        self.assert_bad(["code", uri, "--colour"], 1)

    def test_garbage_never_crashes(self):
        for junk in ["", " ", "otpauth://", "otpauth:///", "otpauth://totp", "otpauth://totp/?",
                     "otpauth://totp/%", "\u00ff\u00fe", "otpauth://totp/x?secret=" + "A" * 100000,
                     "otpauth://totp/x?" + "&" * 5000, "otpauth-migration://", "otpauth-migration://offline?data="]:
            rc, _, err = run("inspect", "-", stdin=junk)
            self.assertIn(rc, (0, 2), f"{junk[:40]!r}: {err}")


class Meta(unittest.TestCase):
    def test_version_and_help(self):
        rc, out, _ = run("--version")
        self.assertEqual(rc, 0)
        self.assertRegex(out, r"^sandi-cli \d+\.\d+\.\d+\n$")
        rc, out, _ = run("--help")
        self.assertEqual(rc, 0)
        self.assertIn("code URI", out)


if __name__ == "__main__":
    CLI = sys.argv.pop(1)
    unittest.main(verbosity=2)
