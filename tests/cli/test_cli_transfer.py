#!/usr/bin/python3
"""Black-box tests of sandi-cli import and export over the account store and a real keychain.

Run through tests/app/run-with-keyring.sh (ctest does). The import files are the ones the core
tests check field by field (tests/core/importsamples.h), written by sandi_import_samples with a
manifest of what each holds: every format, plain and encrypted, with Steam, HOTP, 8 digits,
SHA512, period 60, empty issuers, non-ASCII names, icons, notes and groups.

Usage: run-with-keyring.sh test_cli_transfer.py PATH/TO/sandi-cli PATH/TO/sandi_import_samples
"""
import base64
import json
import os
import stat
import subprocess
import sys
import tempfile
import unittest
import urllib.parse

CLI = None
SAMPLES_TOOL = None
HOME = os.environ.get("HOME", "")
SUMMARY = "imported {}, skipped {} duplicates, {} unusable\n"


def describe_uri(uri):
    """The compact form of tests/core/importtestutil.h for an otpauth:// URI Sandi wrote."""
    parsed = urllib.parse.urlsplit(uri)
    kind = parsed.netloc.lower()
    label = urllib.parse.unquote(parsed.path[1:])
    query = dict(urllib.parse.parse_qsl(parsed.query))
    issuer = query.get("issuer", label.split(":", 1)[0] if ":" in label else "")
    account = label.split(":", 1)[1] if ":" in label else label
    digits = query.get("digits", "5" if kind == "steam" else "6")
    return (f"{kind} {query.get('algorithm', 'SHA1')} {digits} {query.get('period', '30')} "
            f"{query.get('counter', '0')}|{issuer}|{account}|{query['secret']}")


class TransferTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.samples = tempfile.mkdtemp(prefix="samples-", dir=HOME)
        subprocess.run([SAMPLES_TOOL, cls.samples], check=True)
        with open(os.path.join(cls.samples, "manifest.json"), encoding="utf-8") as f:
            cls.manifest = json.load(f)

    def setUp(self):
        self.data_home = tempfile.mkdtemp(prefix="data-", dir=HOME)
        self.env = dict(os.environ, XDG_DATA_HOME=self.data_home)
        self.work = tempfile.mkdtemp(prefix="work-", dir=HOME)

    def cli(self, *args, stdin=None):
        p = subprocess.run([CLI, *args], input=stdin, capture_output=True, text=True, env=self.env, timeout=120)
        return p.returncode, p.stdout, p.stderr

    def ok(self, *args, stdin=None):
        rc, out, err = self.cli(*args, stdin=stdin)
        self.assertEqual(rc, 0, f"{args}: {err}")
        return out, err

    def sample(self, name):
        return next(s for s in self.manifest if s["file"] == name)

    def password_file(self, password):
        path = os.path.join(self.work, "password")
        with open(path, "w", encoding="utf-8") as f:
            f.write(password + "\n")
        return path

    def import_sample(self, sample):
        args = ["import", os.path.join(self.samples, sample["file"])]
        if sample["password"]:
            args += ["--password-file", self.password_file(sample["password"])]
        return self.ok(*args)

    def saved(self):
        """Every saved account in the compact form, through an export of links."""
        path = os.path.join(self.work, "links.txt")
        self.ok("export", path, "--format", "uris")
        with open(path, encoding="utf-8") as f:
            return [describe_uri(line.strip()) for line in f if line.strip()]

    def store_file(self):
        path = os.path.join(self.data_home, "sandi", "accounts.json")
        if not os.path.exists(path):
            return None
        with open(path, "rb") as f:
            return f.read()


class ImportEachFormat(TransferTest):
    def test_every_sample_imports_its_usable_accounts_and_lists_the_rest(self):
        for sample in self.manifest:
            with self.subTest(sample["file"]):
                self.setUp()
                out, err = self.import_sample(sample)
                self.assertEqual(out, SUMMARY.format(len(sample["accounts"]), 0, len(sample["unusable"])))
                lines = err.splitlines()
                self.assertEqual(len(lines), len(sample["unusable"]), err)
                for line, expected in zip(lines, sample["unusable"]):
                    index, label, code = expected.split("|")
                    where = f"line {index}" if sample["file"].endswith(".txt") else f"entry {int(index) + 1}"
                    self.assertTrue(line.startswith(f"  {where}"), line)
                    if label:
                        self.assertIn(f"“{label}”", line)
                    self.assertTrue(line.endswith(f"[{code}]"), line)
                self.assertEqual(self.saved(), sample["accounts"])

    def test_importing_again_skips_every_duplicate(self):
        sample = self.sample("2fas-encrypted.2fas")
        self.import_sample(sample)
        out, _ = self.import_sample(sample)
        self.assertEqual(out, SUMMARY.format(0, len(sample["accounts"]), len(sample["unusable"])))
        self.assertEqual(self.saved(), sample["accounts"])

    def test_a_key_the_keychain_lost_is_restored_in_place(self):
        kudus = "otpauth://totp/LPSE%20Kota%20Kudus:ppk1?secret=JBSWY3DPEHPK3PXP&issuer=LPSE%20Kota%20Kudus"
        other = "otpauth://totp/Other:x?secret=JBSWY3DPEHPK3PXQ&issuer=Other"
        self.ok("add", kudus)
        self.ok("add", other)
        with open(os.path.join(self.data_home, "sandi", "accounts.json"), encoding="utf-8") as f:
            lost = json.load(f)["accounts"][0]["id"]
        subprocess.run(["secret-tool", "clear", "server", "Sandi", "user", lost], check=True)
        links = os.path.join(self.work, "backup.txt")
        with open(links, "w", encoding="utf-8") as f:
            f.write(kudus + "\n" + other + "\n")
        out, _ = self.ok("import", links)
        self.assertEqual(out, SUMMARY.format(1, 1, 0) + "restored the lost key of 1 account already listed\n")
        with open(os.path.join(self.data_home, "sandi", "accounts.json"), encoding="utf-8") as f:
            accounts = json.load(f)["accounts"]
        self.assertEqual([a["issuer"] for a in accounts], ["LPSE Kota Kudus", "Other"])  # in its old place
        self.assertNotIn(lost, [a["id"] for a in accounts])
        self.assertEqual(self.ok("code", "Kudus", "--time", "59")[0], "996554\n")

    def test_password_from_standard_input(self):
        sample = self.sample("andotp-encrypted.json.aes")
        path = os.path.join(self.samples, sample["file"])
        out, _ = self.ok("import", path, "--password-file", "-", stdin=sample["password"] + "\n")
        self.assertTrue(out.startswith(f"imported {len(sample['accounts'])},"), out)

    def test_help_names_import_and_export(self):
        out, _ = self.ok("--help")
        self.assertIn("import FILE [--password-file F]", out)
        self.assertIn("export FILE --format sandi --password-file F", out)


class Refusals(TransferTest):
    """A file Sandi cannot use: exit 2, one message, nothing imported, nothing changed."""

    def setUp(self):
        super().setUp()
        self.ok("add", "otpauth://totp/ACME:kept?secret=JBSWY3DPEHPK3PXP&issuer=ACME")
        self.before = self.store_file()

    def refused(self, path, *extra, stdin=None, message=None):
        rc, out, err = self.cli("import", path, *extra, stdin=stdin)
        self.assertEqual(rc, 2, err)
        self.assertEqual(out, "")
        self.assertEqual(len(err.splitlines()), 1, err)
        self.assertTrue(err.startswith("sandi-cli: "), err)
        if message:
            self.assertIn(message, err)
        self.assertEqual(self.store_file(), self.before)
        self.assertEqual(self.ok("list")[0], "ACME\tkept\n")
        return err

    def write(self, name, data):
        path = os.path.join(self.work, name)
        with open(path, "wb") as f:
            f.write(data)
        return path

    def test_wrong_or_missing_password(self):
        sample = self.sample("aegis-encrypted.json")
        path = os.path.join(self.samples, sample["file"])
        self.refused(path, "--password-file", self.password_file("wrong"), message="The password is wrong.")
        # Issue 11: the message names the file and what it is, and says how to give the password.
        err = self.refused(path)
        self.assertEqual(err, f"sandi-cli: “{path}” is an encrypted Aegis vault: give its password with "
                              "--password-file FILE (or - for standard input)\n")
        self.refused(path, "--password-file", os.path.join(self.work, "missing"), message="could not be read")

    def test_one_changed_character_in_each_part_of_a_backup(self):
        backup = os.path.join(self.work, "backup.sandi")
        self.ok("export", backup, "--format", "sandi", "--password-file", self.password_file("Sandi-Contoh-2026!"))
        with open(backup, encoding="utf-8") as f:
            good = json.load(f)
        parts = [("format",), ("version",), ("header", "cipher"), ("header", "nonce"), ("payload",), ("tag",)]
        parts += [("header", "slots", 0, key) for key in ("n", "r", "p", "salt", "nonce", "key", "tag")]
        password = self.password_file("Sandi-Contoh-2026!")
        for part in parts:
            with self.subTest(part):
                changed = json.loads(json.dumps(good))
                holder = changed
                for key in part[:-1]:
                    holder = holder[key]
                value = holder[part[-1]]
                if isinstance(value, int):
                    holder[part[-1]] = value + 1
                else:
                    middle = len(value) // 2
                    holder[part[-1]] = value[:middle] + ("B" if value[middle] == "A" else "A") + value[middle + 1:]
                self.refused(self.write("changed.sandi", json.dumps(changed).encode()), "--password-file", password)

    def test_truncated_newer_huge_deep_and_unknown_files(self):
        sample = self.sample("aegis-encrypted.json")
        with open(os.path.join(self.samples, sample["file"]), "rb") as f:
            data = f.read()
        password = self.password_file(sample["password"])
        self.refused(self.write("cut.json", data[: len(data) // 2]), "--password-file", password,
                     message="damaged or incomplete")
        newer = json.loads(data)
        newer["version"] = 2
        self.refused(self.write("newer.json", json.dumps(newer).encode()), "--password-file", password,
                     message="newer version")
        self.refused(self.write("huge.json", b"[" * (50 << 20)), message="too large")
        self.refused(self.write("deep.json", b"[" * 10000 + b"]" * 10000), message="nested too deeply")
        self.refused(self.write("note.txt", "Catatan rapat\n".encode()), message="not a backup or export")

    def test_issue_11_a_damaged_file_is_refused_before_its_password(self):
        backup = os.path.join(self.work, "backup.sandi")
        self.ok("export", backup, "--format", "sandi", "--password-file", self.password_file("Sandi-Contoh-2026!"))
        with open(backup, "rb") as f:
            data = f.read()
        for cut in (len(data) // 2, len(data) - 2):
            with self.subTest(cut=cut):
                err = self.refused(self.write("trunc.sandi", data[:cut]), message="damaged or incomplete")
                self.assertNotIn("password", err)
        with open(os.path.join(self.samples, "2fas-plain.2fas"), "rb") as f:
            zero_first = b"\0\1garbage" + f.read()[10:]
        self.refused(self.write("x", zero_first), message="not a backup or export")
        self.refused(self.write("x", zero_first), "--password-file", self.password_file("pw"),
                     message="not a backup or export")


class Export(TransferTest):
    def test_backup_and_links_are_owner_only_and_a_short_password_is_refused(self):
        self.import_sample(self.sample("aegis-plain.json"))
        backup = os.path.join(self.work, "b.sandi")
        out, _ = self.ok("export", backup, "--format", "sandi", "--password-file", self.password_file("Panjang-sekali-2026"))
        self.assertIn("exported 4", out)
        self.assertEqual(stat.S_IMODE(os.stat(backup).st_mode), 0o600)
        with open(backup, encoding="utf-8") as f:
            self.assertEqual(json.load(f)["format"], "sandi-backup")
        links = os.path.join(self.work, "l.txt")
        _, err = self.ok("export", links, "--format", "uris")
        self.assertIn("unencrypted", err)
        self.assertEqual(stat.S_IMODE(os.stat(links).st_mode), 0o600)
        rc, _, err = self.cli("export", os.path.join(self.work, "s.sandi"), "--format", "sandi",
                              "--password-file", self.password_file("pendek"))
        self.assertEqual(rc, 2, err)
        self.assertFalse(os.path.exists(os.path.join(self.work, "s.sandi")))

    def test_usage_errors(self):
        for args in (["export", "x"], ["export", "x", "--format", "csv"], ["export", "x", "--format", "sandi"],
                     ["export", "x", "--format", "uris", "--password-file", "-"], ["import"]):
            with self.subTest(args):
                rc, _, _ = self.cli(*args)
                self.assertEqual(rc, 1)


class NoPasswordOnTheCommandLine(unittest.TestCase):
    def test_password_option_is_a_file(self):
        p = subprocess.run([CLI, "import", "x", "--password", "secret"], capture_output=True, text=True, timeout=60)
        self.assertEqual(p.returncode, 1)


if __name__ == "__main__":
    if os.environ.get("SANDI_TEST_KEYRING") != "running":
        print("test_cli_transfer.py: run through tests/app/run-with-keyring.sh", file=sys.stderr)
        sys.exit(77)
    CLI = sys.argv.pop(1)
    SAMPLES_TOOL = sys.argv.pop(1)
    unittest.main(verbosity=2)
