#!/usr/bin/python3
"""Round trip of a Sandi backup through sandi-cli, across two machines' worth of state.

Phase "export", in one fresh HOME and keychain (tests/app/run-with-keyring.sh): import every
sample file (all formats, the unusual entries included), add SPSE-like accounts, export an
encrypted backup, and write down every account's code at several times. Phase "import", in
another fresh HOME and keychain: the store is empty; import the backup; every code is equal.

Usage: test_cli_roundtrip.py PATH/TO/sandi-cli PATH/TO/sandi_import_samples PATH/TO/run-with-keyring.sh
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

PASSWORD = "Pindah-Laptop-2026!"
TIMES = ["59", "1111111109", "4102444800"]
SPSE = [
    "otpauth://totp/LPSE%20Kota%20Kudus:ppk1?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=LPSE%20Kota%20Kudus",
    "otpauth://totp/LPSE%20Provinsi%20Nusa%20Tenggara%20Timur:penyedia%20%C3%A0?secret=JBSWY3DPEHPK3PXQ"
    "&issuer=LPSE%20Provinsi%20Nusa%20Tenggara%20Timur&digits=8&algorithm=SHA256",
]


def run(cli, *args, stdin=None):
    p = subprocess.run([cli, *args], input=stdin, capture_output=True, text=True, timeout=300)
    if p.returncode != 0:
        raise SystemExit(f"sandi-cli {' '.join(args)}: exit {p.returncode}: {p.stderr}")
    return p.stdout


def codes(cli):
    """Every saved account with its codes, by id (ids differ between stores; order does not)."""
    path = os.path.join(os.environ["XDG_DATA_HOME"], "sandi", "accounts.json")
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        accounts = json.load(f)["accounts"]
    out = []
    for account in accounts:
        # HOTP: the first code for the saved counter (it advances the counter, the same on both sides).
        values = [run(cli, "code", account["id"], "--time", t).strip() for t in TIMES]
        out.append({"issuer": account["issuer"], "account": account["account"], "codes": values})
    return out


def phase_export(cli, samples_tool, folder):
    samples = os.path.join(folder, "samples")
    os.mkdir(samples)
    subprocess.run([samples_tool, samples], check=True)
    with open(os.path.join(samples, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    for sample in manifest:
        run(cli, "import", os.path.join(samples, sample["file"]), "--password-file", "-", stdin=sample["password"])
    for uri in SPSE:
        run(cli, "add", uri)
    run(cli, "export", os.path.join(folder, "backup.sandi"), "--format", "sandi", "--password-file", "-",
        stdin=PASSWORD + "\n")
    with open(os.path.join(folder, "before.json"), "w", encoding="utf-8") as f:
        json.dump(codes(cli), f, ensure_ascii=False)


def phase_import(cli, folder):
    if codes(cli):
        raise SystemExit("the second HOME already has accounts")
    out = run(cli, "import", os.path.join(folder, "backup.sandi"), "--password-file", "-", stdin=PASSWORD + "\n")
    with open(os.path.join(folder, "after.json"), "w", encoding="utf-8") as f:
        json.dump({"summary": out, "codes": codes(cli)}, f, ensure_ascii=False)


class RoundTrip(unittest.TestCase):
    def test_every_code_is_equal_after_a_restore_on_a_fresh_home_and_keychain(self):
        folder = tempfile.mkdtemp(prefix="sandi-roundtrip-")
        me = os.path.abspath(__file__)
        for phase in (["export", CLI, SAMPLES_TOOL, folder], ["import", CLI, folder]):
            p = subprocess.run([KEYRING, sys.executable, me, "--phase", *phase], capture_output=True, text=True,
                               timeout=600)
            if p.returncode == 77:
                self.skipTest(p.stderr)
            self.assertEqual(p.returncode, 0, p.stderr)
        with open(os.path.join(folder, "before.json"), encoding="utf-8") as f:
            before = json.load(f)
        with open(os.path.join(folder, "after.json"), encoding="utf-8") as f:
            after = json.load(f)
        self.assertGreaterEqual(len(before), 15)
        self.assertEqual(after["summary"], f"imported {len(before)}, skipped 0 duplicates, 0 unusable\n")
        self.assertEqual(after["codes"], before)
        names = {a["account"] for a in before}
        for unusual in ("gamer", "李四@例子.中国", "Ñandú", "pokja3", "penyedia à", "tanpa penerbit"):
            self.assertIn(unusual, names)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--phase":
        if os.environ.get("SANDI_TEST_KEYRING") != "running":
            sys.exit(77)
        if sys.argv[2] == "export":
            phase_export(*sys.argv[3:6])
        else:
            phase_import(*sys.argv[3:5])
        sys.exit(0)
    CLI, SAMPLES_TOOL, KEYRING = sys.argv[1:4]
    del sys.argv[1:4]
    unittest.main(verbosity=2)
