#!/usr/bin/python3
"""Black-box tests of sandi-cli over the account store and a real keychain.

Run through tests/app/run-with-keyring.sh (ctest does): it gives a private HOME, a private D-Bus
session and an unlocked headless gnome-keyring. Each test gets its own data folder
(XDG_DATA_HOME) under that HOME; the last check scans every file under HOME for the secrets the
tests used.

Usage: run-with-keyring.sh test_cli_store.py PATH/TO/sandi-cli
"""
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
from concurrent.futures import ThreadPoolExecutor

CLI = None
HOME = os.environ.get("HOME", "")
OATHTOOL = shutil.which("oathtool")
SECRET_TOOL = shutil.which("secret-tool")
NO_SECRET_SERVICE_CONF = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "app",
                                      "no-secret-service.conf")

# RFC 6238 Appendix B seeds (ASCII); every other secret is random.
SEEDS = {
    "SHA1": b"12345678901234567890",
    "SHA256": b"12345678901234567890123456789012",
    "SHA512": b"1234567890123456789012345678901234567890123456789012345678901234",
}
USED_SECRETS = set(SEEDS.values())


def b32(raw):
    return base64.b32encode(raw).decode().rstrip("=")


def new_secret(size=20):
    raw = os.urandom(size)
    USED_SECRETS.add(raw)
    return raw


def uri(issuer, account, raw, extra=""):
    label = issuer.replace(" ", "%20") + ":" + account
    return f"otpauth://totp/{label}?secret={b32(raw)}&issuer={issuer.replace(' ', '%20')}{extra}"


def oathtool(*args):
    if OATHTOOL is None:
        raise AssertionError("oathtool is not installed (Debian package oathtool)")
    return subprocess.run([OATHTOOL, *args], capture_output=True, text=True, check=True).stdout.strip()


class StoreTest(unittest.TestCase):
    def setUp(self):
        self.data_home = tempfile.mkdtemp(prefix="data-", dir=HOME)
        self.env = dict(os.environ, XDG_DATA_HOME=self.data_home)

    def cli(self, *args, stdin=None, no_secret_service=False):
        command = [CLI, *args]
        if no_secret_service:  # a private bus on which no Secret Service can start
            command = ["dbus-run-session", f"--config-file={NO_SECRET_SERVICE_CONF}", "--", *command]
        p = subprocess.run(command, input=stdin, capture_output=True, text=True, env=self.env, timeout=60)
        return p.returncode, p.stdout, p.stderr

    def ok(self, *args, stdin=None):
        rc, out, err = self.cli(*args, stdin=stdin)
        self.assertEqual(rc, 0, f"{args[0]}: {err}")
        return out

    def accounts_file(self):
        with open(os.path.join(self.data_home, "sandi", "accounts.json"), encoding="utf-8") as f:
            return json.load(f)


class AddListCodeRemove(StoreTest):
    def test_add_prints_issuer_and_account_and_list_shows_them_in_order(self):
        self.assertEqual(self.ok("list"), "")
        self.assertEqual(self.ok("add", uri("LPSE Kota", "ppk1", new_secret())), "LPSE Kota\tppk1\n")
        self.assertEqual(self.ok("add", "-", stdin=uri("ACME", "bob", new_secret()) + "\n"), "ACME\tbob\n")
        self.assertEqual(self.ok("list"), "LPSE Kota\tppk1\nACME\tbob\n")

    def test_code_of_a_saved_account_matches_rfc6238(self):
        for alg in SEEDS:
            self.ok("add", uri("RFC 6238", alg.lower(), SEEDS[alg], f"&algorithm={alg}&digits=8"))
        for alg, expected in (("sha1", "94287082"), ("sha256", "46119246"), ("sha512", "90693936")):
            self.assertEqual(self.ok("code", alg, "--time", "59"), expected + "\n")

    def test_code_from_the_store_equals_oathtool(self):
        raw = new_secret(32)
        self.ok("add", uri("Bank", "alice", raw, "&algorithm=SHA256&digits=8&period=60"))
        for t in (0, 59, 1111111109, 1700000000, 4102444800):
            peer = oathtool("--totp=sha256", "-d", "8", "-s", "60", "-N", f"@{t}", raw.hex())
            self.assertEqual(self.ok("code", "ALICE", f"--time={t}").strip(), peer, f"t={t}")

    def test_hotp_code_advances_the_saved_counter(self):
        raw = new_secret()
        self.ok("add", f"otpauth://hotp/ACME:counter?secret={b32(raw)}&issuer=ACME&counter=5")
        for counter in (5, 6, 7):
            self.assertEqual(self.ok("code", "counter").strip(), oathtool("--hotp", "-c", str(counter), raw.hex()))
        self.assertEqual(self.accounts_file()["accounts"][0]["counter"], "8")

    def test_remove_deletes_account_and_keychain_item(self):
        self.ok("add", uri("LPSE Kota", "ppk1", new_secret()))
        self.ok("add", uri("ACME", "bob", new_secret()))
        ids = {a["account"]: a["id"] for a in self.accounts_file()["accounts"]}
        self.assertEqual(self.ok("remove", "kota"), "LPSE Kota\tppk1\n")
        self.assertEqual(self.ok("list"), "ACME\tbob\n")
        if SECRET_TOOL:
            gone = subprocess.run([SECRET_TOOL, "lookup", "server", "Sandi", "user", ids["ppk1"]], capture_output=True)
            self.assertNotEqual(gone.returncode, 0)
        rc, out, err = self.cli("remove", "kota")
        self.assertEqual((rc, out), (3, ""))
        self.assertIn("no account matches", err)


class Queries(StoreTest):
    def setUp(self):
        super().setUp()
        self.ok("add", uri("LPSE Kota Bandung", "ppk1", new_secret()))
        self.ok("add", uri("LPSE Kabupaten Kudus", "ppk2", new_secret()))

    def test_ambiguous_query_lists_the_matches_and_exits_2(self):
        for command in (["code", "lpse"], ["remove", "ppk"]):
            rc, out, err = self.cli(*command)
            self.assertEqual((rc, out), (2, ""), command)
            self.assertIn("matches 2 accounts", err)
            self.assertIn("LPSE Kota Bandung\tppk1\t", err)
            self.assertIn("LPSE Kabupaten Kudus\tppk2\t", err)
        self.assertEqual(self.ok("list").count("\n"), 2)  # nothing was removed

    def test_query_is_a_case_insensitive_part_of_issuer_or_account(self):
        self.assertRegex(self.ok("code", "BANDUNG"), r"^\d{6}\n$")
        self.assertRegex(self.ok("code", "Ppk2"), r"^\d{6}\n$")

    def test_an_account_id_selects_exactly_one(self):
        account = self.accounts_file()["accounts"][1]
        self.assertEqual(self.ok("remove", account["id"]), "LPSE Kabupaten Kudus\tppk2\n")

    def test_no_match_exits_3(self):
        rc, out, err = self.cli("code", "surabaya")
        self.assertEqual((rc, out), (3, ""))
        self.assertIn('no account matches "surabaya"', err)

    def test_a_uri_argument_keeps_computing_from_the_uri(self):
        rc, out, _ = self.cli("code", uri("RFC", "x", SEEDS["SHA1"], "&digits=8"), "--time", "59")
        self.assertEqual((rc, out), (0, "94287082\n"))
        rc, _, err = self.cli("code", "https://example.org")
        self.assertEqual(rc, 2)
        self.assertIn("[NotOtpauthUri]", err)

    def test_bad_uri_is_not_added(self):
        rc, out, err = self.cli("add", "otpauth://totp/x")
        self.assertEqual((rc, out), (2, ""))
        self.assertIn("[MissingSecret]", err)
        self.assertEqual(self.ok("list").count("\n"), 2)


class KeychainUnavailable(StoreTest):
    def test_every_keychain_command_exits_2_and_says_how_to_fix_it(self):
        self.ok("add", uri("LPSE Kota", "ppk1", new_secret()))
        for command in (["code", "ppk1"], ["remove", "ppk1"], ["add", uri("ACME", "bob", new_secret())]):
            rc, out, err = self.cli(*command, no_secret_service=True)
            self.assertEqual((rc, out), (2, ""), f"{command}: {err}")
            self.assertIn("not available", err)
            self.assertIn("gnome-keyring", err)
        # The list needs no keychain, and nothing was changed.
        rc, out, _ = self.cli("list", no_secret_service=True)
        self.assertEqual((rc, out), (0, "LPSE Kota\tppk1\n"))


class Concurrency(StoreTest):
    def test_adding_while_lists_run_is_safe(self):
        names = [f"user{i}" for i in range(8)]
        with ThreadPoolExecutor(max_workers=12) as pool:
            adds = [pool.submit(self.cli, "add", uri("LPSE Paralel", name, new_secret())) for name in names]
            lists = [pool.submit(self.cli, "list") for _ in range(12)]
            for future in adds + lists:
                rc, out, err = future.result()
                self.assertEqual(rc, 0, err)
                for line in out.splitlines():  # every list saw a whole file
                    self.assertRegex(line, r"^LPSE Paralel\tuser\d$")
        self.assertEqual(sorted(self.ok("list").splitlines()), sorted(f"LPSE Paralel\t{n}" for n in names))


class Files(StoreTest):
    def test_metadata_in_the_file_secret_in_the_keychain(self):
        raw = new_secret()
        self.ok("add", uri("LPSE Kota", "ppk1", raw))
        document = self.accounts_file()
        self.assertEqual((document["format"], document["version"]), ("sandi-accounts", 1))
        account = document["accounts"][0]
        self.assertEqual((account["issuer"], account["account"], account["type"]), ("LPSE Kota", "ppk1", "totp"))
        if SECRET_TOOL is None:
            self.skipTest("secret-tool (package libsecret-tools) is not installed")
        found = subprocess.run([SECRET_TOOL, "lookup", "server", "Sandi", "user", account["id"]],
                               capture_output=True, text=True)
        self.assertEqual(found.returncode, 0)
        self.assertEqual(base64.b64decode(found.stdout.strip()), raw)

    def test_help_lists_the_store_commands(self):
        out = self.ok("--help")
        for text in ("add URI", "list", "code QUERY", "remove QUERY"):
            self.assertIn(text, out)
        # After a command too: the same help, never "Unknown option 'help'".
        for args in (("list", "--help"), ("remove", "x", "-h"), ("approve", "--help"), ("import", "--help")):
            self.assertEqual(self.ok(*args), out, args)


class NoSecretOnDisk(unittest.TestCase):
    """Runs last (see load_tests): no file under HOME holds a secret any test used."""

    def test_no_file_under_home_holds_a_secret(self):
        self.assertGreater(len(USED_SECRETS), len(SEEDS), "run after the other tests")
        scanned = 0
        for root, _, files in os.walk(HOME):
            for name in files:
                path = os.path.join(root, name)
                with open(path, "rb") as f:
                    data = f.read()
                lower = data.lower()
                scanned += 1
                for raw in USED_SECRETS:
                    self.assertNotIn(raw, data, f"{path}: raw secret")
                    self.assertNotIn(raw.hex().encode(), lower, f"{path}: secret in hex")
                    self.assertNotIn(b32(raw).lower().encode(), lower, f"{path}: secret in Base32")
                    self.assertNotIn(base64.b64encode(raw), data, f"{path}: secret in Base64")
        self.assertGreater(scanned, 0)


def load_tests(loader, tests, pattern):
    suite = unittest.TestSuite()
    for case in (AddListCodeRemove, Queries, KeychainUnavailable, Concurrency, Files, NoSecretOnDisk):
        suite.addTests(loader.loadTestsFromTestCase(case))
    return suite


if __name__ == "__main__":
    if os.environ.get("SANDI_TEST_KEYRING") != "running":
        print("test_cli_store.py: run through tests/app/run-with-keyring.sh", file=sys.stderr)
        sys.exit(77)
    CLI = sys.argv.pop(1)
    unittest.main(verbosity=2)
