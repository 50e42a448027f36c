#!/usr/bin/python3
"""Black-box tests of sandi-cli's login approval against sandi-acceptor (TLS on 127.0.0.1, a free
port, a temporary data directory) and a real keychain: add with an activation link enrolls the
device; approvals lists a waiting login; approve and deny answer it; the browser (test_acceptor.py's
Browser) sees the outcome.

Run through tests/app/run-with-keyring.sh (ctest does): a private HOME, D-Bus session and
gnome-keyring.

Usage: run-with-keyring.sh test_cli_approval.py PATH/TO/sandi-cli PATH/TO/sandi-acceptor
Needs zbarimg and rsvg-convert (or ImageMagick) to read the activation QR code; exits 77 without.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "server"))
import test_acceptor as ta  # noqa: E402

CLI = None
HOME = os.environ.get("HOME", "")
SITE = "LPSE Kota Demo"


class ApprovalCli(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="acceptor-", dir=HOME)
        cls.data = os.path.join(cls.tmp, "data")
        os.makedirs(cls.data)
        for user in ("ppk1", "ppk2", "ppk3", "ppk4", "ppk5"):
            ta.add_user(cls.data, user, user + "@contoh.go.id")
        cls.server = ta.Server(cls.data)  # the real 25 s poll hold

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()
        shutil.rmtree(cls.tmp)

    def setUp(self):
        self.data_home = tempfile.mkdtemp(prefix="data-", dir=HOME)
        self.env = dict(os.environ, XDG_DATA_HOME=self.data_home, LANG="C", LANGUAGE="en")

    def cli(self, *args, env=None):
        p = subprocess.run([CLI, *args], capture_output=True, text=True, env=env or self.env, timeout=60)
        return p.returncode, p.stdout, p.stderr

    def activation(self, user):
        """Logs in as `user` up to the Aktivasi page; returns the browser and the QR code's link."""
        b = ta.Browser(self.server)
        status, body, path, _ = b.login(user)
        self.assertEqual(path, "/aktivasi", body)
        return b, ta.decode_qr(re.search(r"<svg.*?</svg>", body, re.S).group(0), self.tmp)

    def enrolled(self, user):
        """Adds the activation link with sandi-cli (which enrolls), logs out; returns the browser."""
        b, uri = self.activation(user)
        rc, out, err = self.cli("add", uri)
        self.assertEqual(rc, 0, err)
        self.assertEqual(out.splitlines(), [f"{SITE}\t{user}", f"Login approval is active for {user} at {SITE}."])
        st = b.status("/aktivasi/status")
        self.assertEqual((st["state"], st["redirect"]), ("active", "/beranda"))
        b.post("/logout", {})
        return b

    def challenge(self, b, user):
        """Logs in again up to the Acceptor TOTP page; returns the number it shows and the
        request as sandi-cli approvals --json lists it."""
        status, body, path, _ = b.login(user)
        self.assertEqual((status, path), (200, "/acceptor"), body)
        number = int(re.search(r'<div class="number" id="number">(\d\d)</div>', body).group(1))
        rc, out, err = self.cli("approvals", "--json")
        self.assertEqual(rc, 0, err)
        listed = json.loads(out)
        self.assertEqual(listed["problems"], [])
        self.assertEqual(len(listed["approvals"]), 1, out)
        return number, listed["approvals"][0]

    def accounts(self):
        with open(os.path.join(self.data_home, "sandi", "accounts.json"), encoding="utf-8") as f:
            return json.load(f)["accounts"]

    def test_add_enrolls_lists_and_approves(self):
        b = self.enrolled("ppk1")
        (account,) = self.accounts()
        self.assertEqual(account["acceptor"]["state"], "active")
        self.assertEqual(account["acceptor"]["account"], "ppk1")
        self.assertNotIn("key", json.dumps(account["acceptor"]).replace("acceptorKey", ""))
        # The device key is in the keychain, next to the account's secret.
        key = subprocess.run(["secret-tool", "lookup", "server", "Sandi", "user", account["id"] + "/approval-device-key"],
                             capture_output=True, text=True)
        self.assertEqual(key.returncode, 0, key.stderr)
        self.assertGreater(len(key.stdout.strip()), 100)

        # Nothing waiting: answered well before the acceptor's 25 s hold.
        start = time.monotonic()
        rc, out, err = self.cli("approvals")
        self.assertLess(time.monotonic() - start, 10)
        self.assertEqual((rc, out), (0, ""), err)
        self.assertIn("No login request is waiting", err)

        number, request = self.challenge(b, "ppk1")
        self.assertEqual((request["account"], request["site"]), ("ppk1", SITE))
        self.assertEqual((request["browser"], request["ip"]), ("test_acceptor.py", "127.0.0.1"))
        self.assertEqual(request["account_id"], account["id"])
        self.assertIn(number, request["numbers"])
        self.assertTrue(100 < request["seconds_left"] <= 120, request)
        # The text form: one tab-separated line.
        rc, out, err = self.cli("approvals")
        self.assertEqual(rc, 0, err)
        fields = out.rstrip("\n").split("\t")
        self.assertEqual(fields[:3], [request["id"], SITE, "ppk1"])
        self.assertEqual(fields[3], " ".join(str(n) for n in request["numbers"]))
        self.assertEqual(fields[5:], ["127.0.0.1", "test_acceptor.py"])

        # Usage errors and a number that is not offered send nothing.
        rc, out, err = self.cli("approve", request["id"])
        self.assertEqual(rc, 1, err)
        not_offered = next(n for n in range(10, 100) if n not in request["numbers"])
        rc, out, err = self.cli("approve", request["id"], "--number", str(not_offered))
        self.assertEqual(rc, 2, err)
        self.assertIn("not one of the numbers offered", err)
        self.assertEqual(b.status("/acceptor/status")["state"], "pending")

        rc, out, err = self.cli("approve", request["id"], "--number", str(number))
        self.assertEqual((rc, out), (0, "Login approved.\n"), err)
        st = b.status("/acceptor/status")
        self.assertEqual((st["state"], st["redirect"]), ("approved", "/beranda"))
        # Answered: no longer waiting.
        rc, out, err = self.cli("deny", request["id"])
        self.assertEqual(rc, 3, err)

    def test_deny_with_a_short_id(self):
        b = self.enrolled("ppk2")
        _, request = self.challenge(b, "ppk2")
        rc, out, err = self.cli("deny", request["id"][:6])
        self.assertEqual((rc, out), (0, "Login refused.\n"), err)
        self.assertEqual(b.status("/acceptor/status")["state"], "denied")
        # Ids are base64url: one that begins with "-" is an id, never options ("Unknown options: n, z").
        for args in (("deny", "-nz7NG"), ("approve", "--number", "12", "-nz7NG"), ("deny", "--nz7N")):
            rc, out, err = self.cli(*args)
            self.assertEqual(rc, 3, err)
            self.assertIn('no login request "%s" is waiting' % args[-1], err)

    def test_wrong_number_refuses_the_login(self):
        b = self.enrolled("ppk3")
        number, request = self.challenge(b, "ppk3")
        wrong = next(n for n in request["numbers"] if n != number)
        rc, out, err = self.cli("approve", request["id"], "--number", str(wrong))
        self.assertEqual(rc, 2, err)
        self.assertIn("did not match the one in the browser", err)
        self.assertEqual(b.status("/acceptor/status")["state"], "wrong-number")

    def test_used_activation_code_still_adds_the_account(self):
        _, uri = self.activation("ppk4")
        rc, out, err = self.cli("add", uri)
        self.assertEqual(rc, 0, err)
        other = dict(self.env, XDG_DATA_HOME=tempfile.mkdtemp(prefix="data-", dir=HOME))  # another computer
        rc, out, err = self.cli("add", uri, env=other)
        self.assertEqual(rc, 2, err)
        self.assertEqual(out, f"{SITE}\tppk4\n")
        self.assertIn("already used", err)
        rc, out, err = self.cli("list", env=other)
        self.assertEqual((rc, out), (0, f"{SITE}\tppk4\n"), err)
        rc, out, err = self.cli("code", "ppk4", env=other)
        self.assertEqual(rc, 0, err)
        self.assertRegex(out, r"^\d{6}\n$")
        rc, out, err = self.cli("approvals", env=other)
        self.assertEqual(rc, 3, err)

    def test_unreachable_acceptor(self):
        self.enrolled("ppk5")
        # The acceptor goes away (another instance keeps serving the other tests).
        (account,) = self.accounts()
        path = os.path.join(self.data_home, "sandi", "accounts.json")
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        doc["accounts"][0]["acceptor"]["acceptor"] = "https://127.0.0.1:%d" % ta.free_port()
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f)
        rc, out, err = self.cli("approvals", "--json")
        self.assertEqual(rc, 2, err)
        listed = json.loads(out) if out else {"approvals": [], "problems": []}
        self.assertEqual(listed["approvals"], [])
        self.assertIn("could not be reached", err)

    def test_nothing_enrolled(self):
        rc, out, err = self.cli("approvals")
        self.assertEqual(rc, 3, err)
        self.assertIn("no account has login approval active", err)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: test_cli_approval.py PATH/TO/sandi-cli PATH/TO/sandi-acceptor")
    CLI = os.path.abspath(sys.argv.pop(1))
    ta.BIN = os.path.abspath(sys.argv.pop(1))
    if os.environ.get("SANDI_TEST_KEYRING") != "running":
        print("needs run-with-keyring.sh (a private Secret Service)", file=sys.stderr)
        sys.exit(77)
    for tool in ("zbarimg", "secret-tool"):
        if shutil.which(tool) is None:
            print(f"{tool} is missing", file=sys.stderr)
            sys.exit(77)
    unittest.main()
