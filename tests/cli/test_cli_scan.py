#!/usr/bin/python3
"""Black-box tests of `sandi-cli scan`: texts, exit statuses, JSON shape, files, standard input and
the screen.

Usage: test_cli_scan.py PATH/TO/sandi-cli PATH/TO/sandi-test-showimage [unittest names, e.g. Files]

The codes are drawn by the qrencode program. The Screen tests need an X display (ctest runs them
through tests/run-under-xvfb.sh); sandi-test-showimage shows a code there from another process.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

CLI = None
SHOWIMAGE = None
QRENCODE = shutil.which("qrencode")

# Fake accounts; the secrets are RFC 4648 test strings, not real keys.
LINK = "otpauth://totp/LPSE%20Kudus:ppk1?secret=JBSWY3DPEHPK3PXP&issuer=LPSE%20Kudus"
OTHER = "otpauth://totp/LPSE%20NTT:pokja2?secret=KRSXG5CTMVRXEZLU&issuer=LPSE%20NTT"


def run(*args, stdin=None, env=None):
    p = subprocess.run([CLI, *args], input=stdin, capture_output=True, timeout=60, env=env)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def qrencode_png(path, text, module=3, margin=4):
    if QRENCODE is None:
        raise AssertionError("qrencode is not installed (Debian package qrencode)")
    subprocess.run([QRENCODE, "-s", str(module), "-m", str(margin), "-o", path, text], check=True)


def qr_matrix(text):
    """The code's modules as rows of booleans (True: dark), from qrencode's ASCII output."""
    out = subprocess.run([QRENCODE, "-t", "ASCII", "-m", "0", text], capture_output=True, text=True,
                         check=True).stdout
    return [[line[i] == "#" for i in range(0, len(line), 2)] for line in out.splitlines() if line]


def write_pgm(path, width, height, codes, module=4):
    """A light grey 8-bit PGM with each (text, x, y) code drawn at (x, y), `module` px per module,
    with a white quiet zone of 4 modules around it."""
    pixels = bytearray([0xe0] * (width * height))
    for text, x0, y0 in codes:
        matrix = qr_matrix(text)
        n = len(matrix) + 8
        for my in range(n):
            for mx in range(n):
                inside = 4 <= mx < n - 4 and 4 <= my < n - 4
                dark = inside and matrix[my - 4][mx - 4]
                for dy in range(module):
                    row = (y0 + my * module + dy) * width
                    for dx in range(module):
                        pixels[row + x0 + mx * module + dx] = 0 if dark else 255
    with open(path, "wb") as f:
        f.write(b"P5\n%d %d\n255\n" % (width, height) + bytes(pixels))


def close(corner, expected, tolerance=2):
    return abs(corner[0] - expected[0]) + abs(corner[1] - expected[1]) <= tolerance


class Files(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)

    def path(self, name):
        return os.path.join(self.dir.name, name)

    def test_one_code(self):
        qrencode_png(self.path("a.png"), LINK)
        self.assertEqual(run("scan", self.path("a.png")), (0, LINK + "\n", ""))

    def test_files_in_order(self):
        qrencode_png(self.path("a.png"), LINK)
        qrencode_png(self.path("b.png"), OTHER)
        self.assertEqual(run("scan", self.path("b.png"), self.path("a.png")), (0, OTHER + "\n" + LINK + "\n", ""))

    def test_two_codes_in_one_image(self):
        write_pgm(self.path("two.pgm"), 900, 400, [(LINK, 20, 30), (OTHER, 480, 60)])
        rc, out, err = run("scan", self.path("two.pgm"))
        self.assertEqual((rc, err), (0, ""))
        self.assertEqual(sorted(out.splitlines()), sorted([LINK, OTHER]))

    def test_utf8_text(self):
        text = "LPSE Nusa Tenggara Timur — Kupang ✓"
        qrencode_png(self.path("u.png"), text)
        self.assertEqual(run("scan", self.path("u.png")), (0, text + "\n", ""))

    def test_standard_input(self):
        qrencode_png(self.path("a.png"), LINK)
        with open(self.path("a.png"), "rb") as f:
            self.assertEqual(run("scan", "-", stdin=f.read()), (0, LINK + "\n", ""))
        rc, out, err = run("scan", "-", stdin=b"not a picture")
        self.assertEqual((rc, out), (2, ""))
        self.assertIn("standard input", err)

    def test_no_code_found(self):
        write_pgm(self.path("blank.pgm"), 300, 200, [])
        rc, out, err = run("scan", self.path("blank.pgm"))
        self.assertEqual((rc, out), (3, ""))
        self.assertEqual(err, "sandi-cli: no QR code found\n")

    def test_not_an_image(self):
        with open(self.path("notes.txt"), "w") as f:
            f.write(LINK + "\n")
        rc, out, err = run("scan", self.path("notes.txt"))
        self.assertEqual((rc, out), (2, ""))
        self.assertIn(self.path("notes.txt"), err)
        self.assertIn("is not an image", err)

    def test_missing_file(self):
        rc, out, err = run("scan", self.path("missing.png"))
        self.assertEqual((rc, out), (2, ""))
        self.assertEqual(err, f"sandi-cli: The file “{self.path('missing.png')}” does not exist.\n")

    def test_found_and_missing(self):
        # What was found is printed, but the status says a file could not be read.
        qrencode_png(self.path("a.png"), LINK)
        rc, out, err = run("scan", self.path("a.png"), self.path("missing.png"))
        self.assertEqual((rc, out), (2, LINK + "\n"))
        self.assertIn("missing.png", err)

    def test_usage_errors(self):
        for args in (["scan"], ["scan", "--bogus", "x.png"], ["scan", "--json"]):
            rc, out, err = run(*args)
            self.assertEqual((rc, out), (1, ""), args)
            self.assertTrue(err.startswith("sandi-cli: "), args)

    def test_json(self):
        write_pgm(self.path("qr.pgm"), 640, 480, [(LINK, 100, 60)], module=4)
        rc, out, err = run("scan", "--json", self.path("qr.pgm"), self.path("missing.png"))
        self.assertEqual((rc, err), (2, ""))
        self.assertTrue(out.endswith("\n") and out.count("\n") == 1)
        doc = json.loads(out)
        self.assertIsInstance(doc, list)
        self.assertEqual(len(doc), 2)
        found, missing = doc
        self.assertEqual(list(found), ["source", "file", "codes", "elapsed_ms", "timed_out", "error"])
        self.assertEqual((found["source"], found["file"], found["error"], found["timed_out"]),
                         ("file", self.path("qr.pgm"), None, False))
        self.assertIsInstance(found["elapsed_ms"], int)
        self.assertGreaterEqual(found["elapsed_ms"], 0)
        self.assertEqual(len(found["codes"]), 1)
        code = found["codes"][0]
        self.assertEqual(code["text"], LINK)
        self.assertEqual(len(code["corners"]), 4)
        # Module (0, 0) starts after the 4-module quiet zone of 4 px modules.
        size = len(qr_matrix(LINK)) * 4
        origin = (100 + 16, 60 + 16)
        expected = [origin, (origin[0] + size, origin[1]), (origin[0] + size, origin[1] + size),
                    (origin[0], origin[1] + size)]
        for corner, want in zip(code["corners"], expected):
            self.assertTrue(close(corner, want), f"{corner} vs {want}")
        self.assertEqual((missing["source"], missing["codes"]), ("file", []))
        self.assertIn("does not exist", missing["error"])

    def test_json_nothing_found(self):
        write_pgm(self.path("blank.pgm"), 300, 200, [])
        rc, out, err = run("scan", "--json", self.path("blank.pgm"))
        self.assertEqual((rc, err), (3, ""))
        self.assertEqual(json.loads(out)[0]["codes"], [])

    def test_json_standard_input(self):
        qrencode_png(self.path("a.png"), LINK)
        with open(self.path("a.png"), "rb") as f:
            rc, out, _ = run("scan", "--json", "-", stdin=f.read())
        self.assertEqual(rc, 0)
        entry = json.loads(out)[0]
        self.assertEqual((entry["source"], entry["file"], entry["codes"][0]["text"]), ("stdin", "-", LINK))

    def test_screen_without_a_display(self):
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
        rc, out, err = run("scan", "--screen", env=env)
        self.assertEqual((rc, out, err), (2, "", "sandi-cli: --screen needs a graphical session.\n"))

    def test_help_mentions_scan(self):
        rc, out, _ = run("--help")
        self.assertEqual(rc, 0)
        self.assertIn("scan [--screen] [--json] FILE...", out)


@unittest.skipUnless(os.environ.get("DISPLAY"), "needs an X display (tests/run-under-xvfb.sh)")
class Screen(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)
        self.png = os.path.join(self.dir.name, "qr.png")
        qrencode_png(self.png, LINK, module=3, margin=4)

    def show(self, x, y):
        shown = subprocess.Popen([SHOWIMAGE, self.png, "--at", f"{x},{y}"], stdout=subprocess.PIPE)
        self.addCleanup(shown.stdout.close)
        self.addCleanup(shown.wait)
        self.addCleanup(shown.kill)
        self.assertEqual(shown.stdout.readline(), b"ready\n")

    def test_nothing_on_the_screen(self):
        rc, out, err = run("scan", "--screen")
        self.assertEqual((rc, out, err), (3, "", "sandi-cli: no QR code found\n"))

    def test_code_on_the_screen(self):
        self.show(200, 150)
        self.assertEqual(run("scan", "--screen"), (0, LINK + "\n", ""))

    def test_json_screen_and_file(self):
        self.show(300, 250)
        rc, out, err = run("scan", "--screen", "--json", self.png)
        self.assertEqual((rc, err), (0, ""))
        screen, file = json.loads(out)
        self.assertEqual((screen["source"], screen["file"], screen["error"]), ("screen", None, None))
        self.assertEqual([c["text"] for c in screen["codes"]], [LINK])
        # qrencode -s 3 -m 4: module (0, 0) is 12 px inside the window at (300, 250).
        self.assertTrue(close(screen["codes"][0]["corners"][0], (312, 262)), screen["codes"][0]["corners"])
        self.assertEqual((file["source"], file["file"], [c["text"] for c in file["codes"]]),
                         ("file", self.png, [LINK]))


if __name__ == "__main__":
    CLI = sys.argv.pop(1)
    SHOWIMAGE = sys.argv.pop(1)
    unittest.main(verbosity=2)
