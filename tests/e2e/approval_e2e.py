#!/usr/bin/python3
"""Login approval end to end: sandi-acceptor on 127.0.0.1 with TLS, a real Chromium window driven
over WebDriver, and the real `sandi` window on the same Xvfb display, driven with xdotool as a user
would (docs/approval-ui.md). run-e2e.sh gives it a fresh HOME, a private D-Bus session and an
unlocked gnome-keyring, so the device keys go to a real Secret Service.

  1. ppk1 logs in; Aktivasi shows the QR code; Sandi scans the screen (Ctrl+Shift+S) and the user
     confirms "Tambah akun?" with Enter; Sandi enrolls; the page goes on to Beranda by itself and
     the account row says "Persetujuan login aktif".
  2. Log out, log in: Sandi comes to the front with the prompt. Enter and Space pressed at once
     answer nothing (before and after the prompt is armed). The user types the number the browser
     shows and presses Alt+Y (Ya): "Login ppk1 diterima", then Beranda.
  3. Tidak (Alt+T): the page says the login was refused.
  4. A number the browser does not show, then Ya: refused ("angka yang dipilih tidak sesuai").
  5. No answer until the challenge expires (--challenge-lifetime 20): "Waktu habis" in the browser,
     the prompt closes itself with a note.
  6. Reset TOTP through the e-mail link: Sandi shows the device as no longer active.

Usage: approval_e2e.py SANDI SANDI_ACCEPTOR [SCREENSHOT_DIR]
SANDI_E2E_KEEP=1 keeps the temporary folder (logs, pictures) after a pass too.
Exit status 77 when chromium, chromedriver or xdotool is missing.
"""
import os
import re
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import e2elib as e2e  # noqa: E402

LIFETIME = 20  # seconds a challenge waits for the app (sandi-acceptor --challenge-lifetime)
ARMED_TIMEOUT = 10
ROWS = (640, 156)  # the top of Sandi's window: menu, toolbar, filter and the account's row


class Run:
    def __init__(self, sandi_bin, acceptor_bin, shots):
        self.tmp = tempfile.mkdtemp(prefix="sandi-e2e-")
        self.shots = shots
        self.server = e2e.start_acceptor(acceptor_bin, self.tmp, ["ppk1"], "--challenge-lifetime", str(LIFETIME))
        self.display = e2e.Display()
        self.browser = e2e.Browser(os.path.join(self.tmp, "chromium"))
        self.sandi = e2e.Sandi(sandi_bin, self.tmp)

    def close(self):
        for step in (self.sandi.quit, self.browser.quit, self.display.stop, self.server.stop):
            try:
                step()
            except Exception as error:  # keep closing the rest
                e2e.log("cleanup: %r" % error)

    # The README's pictures; the others stay in the temporary folder (SANDI_E2E_KEEP=1 keeps it).
    PUBLISHED = {"approval-desktop-prompt.png", "approval-prompt-id.png", "approval-active-id.png",
                 "approval-revoked-id.png", "acceptor-diterima-sandi.png", "acceptor-ditolak.png"}

    def shot(self, name, window=True, size=None):
        """Saves a picture of Sandi's window (or its top left corner of `size`), or of the browser's
        page, to SCREENSHOT_DIR if it is one of the README's, else to the temporary folder."""
        folder = self.shots if self.shots and name in self.PUBLISHED else self.tmp
        path = os.path.join(folder, name)
        if window:
            self.sandi.screenshot(path, size)
        else:
            self.browser.shot(path)
        return path

    # --- the steps -------------------------------------------------------------------------

    def activate(self):
        b, s = self.browser, self.sandi
        b.login(self.server.url, "ppk1", e2e.ta.PASSWORD)
        b.submit()
        b.wait_path("/aktivasi")
        self.display.screenshot(os.path.join(self.tmp, "desktop-aktivasi.png"))
        s.set_mark()
        s.focus()
        s.key("ctrl+shift+s")  # Pindai layar: Sandi steps aside, grabs the screen, asks "Tambah akun?"
        dialog = e2e.wait_for(lambda: e2e.xdotool("search", "--onlyvisible", "--name", "^Tambah akun\\?$"),
                              "the dialog Tambah akun?", timeout=20)
        e2e.xdotool("windowfocus", "--sync", dialog.split()[0])
        s.key("Return")  # "Tambahkan" is the dialog's default button
        match = s.wait_log(r"account state (\S+) Active row: (.*)", "the account row: approval active", timeout=30)
        assert match.group(2) == "Persetujuan login aktif", match.group(0)
        s.wait_log(r"enrollment finished \S+ ok", "the enrollment result")
        b.wait_path("/beranda", timeout=10)  # the Aktivasi page went on by itself
        time.sleep(0.5)  # painted
        self.shot("approval-active-id.png", size=ROWS)
        e2e.log("activated: Sandi enrolled ppk1 from the QR code on the screen")

    def login_for_prompt(self, fresh=True):
        """Logs in (or asks again) and waits for Sandi's prompt; returns (id, numbers, browser number)."""
        b, s = self.browser, self.sandi
        s.set_mark()
        if fresh:
            b.logout()
            b.login(self.server.url, "ppk1", e2e.ta.PASSWORD)
            b.submit()
        else:
            b.click("#again button")
        b.wait_path("/acceptor")
        number = int(e2e.wait_for(lambda: b.text("#number").strip(), "the number on Acceptor TOTP"))
        shown = s.wait_log(r"prompt shown (\S+) numbers (\d+) (\d+) (\d+) queued (\d+)", "Sandi's prompt")
        numbers = [int(shown.group(i)) for i in (2, 3, 4)]
        assert number in numbers, (number, numbers)
        return shown.group(1), numbers, number

    def wait_armed(self, prompt_id):
        self.sandi.wait_log(r"prompt armed " + re.escape(prompt_id), "the prompt armed", timeout=ARMED_TIMEOUT)

    def approve(self):
        b, s = self.browser, self.sandi
        prompt_id, numbers, number = self.login_for_prompt()
        # Sandi raised itself and took the focus. Stray keys at once (an impatient Enter after the
        # password) answer nothing.
        assert s.focused(), "Sandi did not take the keyboard focus when the request came"
        s.key("Return", "space", "KP_Enter")
        self.wait_armed(prompt_id)
        s.key("Return", "space")
        time.sleep(1.5)
        assert "answer" not in s.log_since_mark(), s.log_since_mark()
        assert "diterima" not in b.live(), b.live()
        # The user reads the number in the browser, types it in Sandi and presses Ya (Alt+Y).
        s.type("%02d" % number)
        time.sleep(0.3)
        self.shot("approval-prompt-id.png")
        self.display.screenshot(os.path.join(self.shots or self.tmp, "approval-desktop-prompt.png"), e2e.DESKTOP)
        s.key("alt+y")
        s.wait_log(r"answer approve %s %d" % (re.escape(prompt_id), number), "the approval sent")
        s.wait_log(r"prompt ended %s Approved" % re.escape(prompt_id), "the approval accepted")
        e2e.wait_for(lambda: "diterima" in b.live(), "Login diterima in the browser", timeout=5)
        assert b.live() == "Login ppk1 diterima, halaman akan direload ke beranda", b.live()
        self.shot("acceptor-diterima-sandi.png", window=False)
        self.shot("approval-approved-id.png")
        b.wait_path("/beranda", timeout=10)
        self.shot("acceptor-beranda.png", window=False)
        e2e.log("approved: Ya with the right number took the browser to Beranda")

    def deny(self):
        b, s = self.browser, self.sandi
        prompt_id, _, _ = self.login_for_prompt()
        self.wait_armed(prompt_id)
        s.focus()
        s.key("alt+t")  # Tidak
        s.wait_log(r"answer deny " + re.escape(prompt_id), "the denial sent")
        s.wait_log(r"prompt ended %s Denied" % re.escape(prompt_id), "the denial accepted")
        e2e.wait_for(lambda: b.live() == "Login ditolak", "Login ditolak in the browser", timeout=5)
        self.shot("acceptor-ditolak.png", window=False)
        e2e.log("denied: Tidak refused the login")

    def wrong_number(self):
        b, s = self.browser, self.sandi
        prompt_id, numbers, number = self.login_for_prompt(fresh=False)  # "Kirim ulang permintaan"
        wrong = next(n for n in numbers if n != number)
        self.wait_armed(prompt_id)
        s.focus()
        s.type("%02d" % wrong)
        s.key("alt+y")
        s.wait_log(r"answer approve %s %d" % (re.escape(prompt_id), wrong), "the wrong number sent")
        s.wait_log(r"prompt ended %s WrongNumber" % re.escape(prompt_id), "the wrong number refused")
        e2e.wait_for(lambda: "tidak sesuai" in b.live(), "the refusal in the browser", timeout=5)
        assert b.live() == "Login ditolak: angka yang dipilih tidak sesuai", b.live()
        time.sleep(0.3)
        self.shot("approval-wrong-number-id.png")
        e2e.log("wrong number: refused like a denial")

    def expire(self):
        b, s = self.browser, self.sandi
        prompt_id, _, _ = self.login_for_prompt(fresh=False)
        self.wait_armed(prompt_id)
        e2e.wait_for(lambda: b.live() == "Waktu habis", "Waktu habis in the browser", timeout=LIFETIME + 10)
        s.wait_log(r"prompt closed", "the expired prompt closing itself", timeout=15)
        note = s.text()[s.mark:]
        assert "answer" not in note, note
        e2e.log("expired: the browser said Waktu habis and the prompt closed itself")

    def reset_totp(self):
        b, s = self.browser, self.sandi
        outbox = os.path.join(self.server.data_dir, "outbox")
        before = set(os.listdir(outbox)) if os.path.isdir(outbox) else set()
        s.set_mark()
        b.go(self.server.url + "/reset-totp")
        b.type("#userid", "ppk1")
        b.type("#email", "ppk1@contoh.go.id")
        b.click("button.primary")
        mail = e2e.wait_for(lambda: sorted(set(os.listdir(outbox)) - before) if os.path.isdir(outbox) else None,
                            "the Reset TOTP e-mail in the outbox")
        with open(os.path.join(outbox, mail[0]), encoding="utf-8") as f:
            link = re.search(r"(https://\S+/reset-totp/konfirmasi\?\S+)", f.read()).group(1)
        b.go(link)
        b.click("button.primary")  # "Reset TOTP" on the confirmation page
        e2e.wait_for(lambda: "Aktivasi TOTP ulang" in b.source(), "the reset done page")
        match = s.wait_log(r"account state (\S+) Revoked row: (.*)", "the account row: device revoked", timeout=40)
        assert match.group(2) == "Perangkat ini tidak lagi aktif untuk akun ini; lakukan aktivasi ulang", match.group(0)
        time.sleep(0.3)
        self.shot("approval-revoked-id.png", size=ROWS)
        e2e.log("Reset TOTP: Sandi shows the device as no longer active")


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    missing = e2e.missing_tools()
    if missing:
        print("skipped: %s not installed" % ", ".join(missing))
        return 77
    for tool in ("Xvfb", "import"):
        if not shutil.which(tool):
            print("%s missing (xvfb, imagemagick)" % tool)
            return 1
    shots = os.path.abspath(sys.argv[3]) if len(sys.argv) > 3 else None
    run = Run(os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]), shots)
    ok = False
    try:
        run.activate()
        run.approve()
        run.deny()
        run.wrong_number()
        run.expire()
        run.reset_totp()
        ok = True
        print("e2e OK")
        return 0
    finally:
        if not ok:
            failure = os.path.join(run.tmp, "failure.png")
            try:
                run.display.screenshot(failure)
                e2e.log("screen at the failure: " + failure)
            except Exception:
                pass
            e2e.log("sandi's log:\n" + run.sandi.text()[-6000:])
            e2e.log("acceptor's log:\n" + run.server.logged()[-3000:])
        run.close()
        if ok and not os.environ.get("SANDI_E2E_KEEP"):
            shutil.rmtree(run.tmp, ignore_errors=True)
        else:
            e2e.log("kept " + run.tmp)


if __name__ == "__main__":
    sys.exit(main())
