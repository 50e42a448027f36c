"""Pieces of the login approval end-to-end test and benchmark (Python 3 standard library only):
an X display (Xvfb), a real Chromium with a window on it driven over WebDriver (chromedriver), the
reference acceptor (tests/server/test_acceptor.py's Server), and the real `sandi` window driven
with xdotool as a user would: keys to the focused window, never a back door into the app.

What Sandi shows is read from its log category sandi.approval.ui (ui/mainwindowapproval.cpp), which
notes each prompt shown, armed, painted and ended, each answer and each account row's state, and
from screenshots of its window.
"""
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "server"))
import browser_walkthrough as bw  # noqa: E402  (WebDriver over chromedriver)
import test_acceptor as ta  # noqa: E402  (Server, add_user)

SCREEN = (1920, 1080)
BROWSER_GEOMETRY = (0, 0, 1040, 1000)  # x, y, width, height: the page and its QR code on the left
SANDI_GEOMETRY = (1060, 0, 640, 900)  # Sandi's window on the right, as a user would place it
DESKTOP = (1700, 1000)  # the part of the screen the two windows cover


def missing_tools():
    return [tool for tool in ("chromium", "chromedriver", "xdotool") if not shutil.which(tool)]


def log(message):
    print("e2e: " + message, flush=True)


def wait_for(predicate, what, timeout=15.0, interval=0.05):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError("timed out after %.0f s waiting for %s" % (timeout, what))


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Display:
    """Xvfb on the first free display number; DISPLAY is set for everything started afterwards."""

    def __init__(self):
        read_fd, write_fd = os.pipe()
        self.proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "%dx%dx24" % SCREEN, "-nolisten", "tcp"],
            pass_fds=[write_fd], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write_fd)
        with os.fdopen(read_fd) as f:
            number = f.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        os.environ["DISPLAY"] = ":" + number

    def screenshot(self, path, size=None):
        """The screen, or its top left corner of `size` (width, height)."""
        crop = ["-crop", "%dx%d+0+0" % size, "+repage"] if size else []
        subprocess.run(["import", "-window", "root", *crop, path], check=True)

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=10)


def xdotool(*args):
    return subprocess.run(["xdotool", *args], capture_output=True, text=True, timeout=30).stdout.strip()


class Browser(bw.WebDriver):
    """Chromium with a real window on the Xvfb display (not headless), over chromedriver."""

    def __init__(self, profile):
        self.driver_port = free_port()
        self.chromedriver = subprocess.Popen(["chromedriver", "--port=%d" % self.driver_port],
                                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(self._driver_up, "chromedriver", timeout=20)
        self.base = "http://127.0.0.1:%d" % self.driver_port
        x, y, width, height = BROWSER_GEOMETRY
        args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--no-default-browser-check", "--password-store=basic", "--ignore-certificate-errors",
                "--disable-features=Translate,MediaRouter", "--lang=id", "--force-device-scale-factor=1",
                "--window-position=%d,%d" % (x, y), "--window-size=%d,%d" % (width, height),
                "--user-data-dir=" + profile]
        caps = {"capabilities": {"alwaysMatch": {"goog:chromeOptions": {
            "binary": shutil.which("chromium"), "args": args}}}}
        self.session = self.call("POST", "/session", caps)["sessionId"]

    def _driver_up(self):
        try:
            urllib.request.urlopen("http://127.0.0.1:%d/status" % self.driver_port, timeout=1)
            return True
        except OSError:
            return False

    def wait_path(self, path, timeout=15):
        wait_for(lambda: self.url().split("?")[0].endswith(path), "the browser at " + path, timeout)

    def live(self):
        try:
            return self.text("#live")
        except Exception:  # the page is reloading
            return ""

    def login(self, url, user, password):
        """User ID, then password, as on SPSE."""
        self.go(url + "/login")
        self.wait_path("/login")
        self.type("#userid", user)
        self.click("button.primary")
        self.wait_path("/login/password")
        self.type("#password", password)

    def submit(self):
        self.click("button.primary")

    def logout(self):
        self.click("nav button")
        self.wait_path("/login")

    def quit(self):
        try:
            super().quit()
        finally:
            self.chromedriver.terminate()
            self.chromedriver.wait(timeout=10)


class Sandi:
    """The sandi window, started like a user starts it, with its approval log in a file."""

    def __init__(self, binary, workdir, language="id", extra_env=None):
        self.log_path = os.path.join(workdir, "sandi-%d.log" % time.time_ns())
        self.log_file = open(self.log_path, "w")
        lang = "id_ID.UTF-8" if language == "id" else "en_US.UTF-8"
        env = dict(os.environ, LANG=lang, LC_ALL=lang, LANGUAGE=language, QT_QPA_PLATFORM="xcb",
                   QT_LOGGING_RULES="sandi.approval*.debug=true",
                   **(extra_env or {}))
        self.proc = subprocess.Popen([binary], env=env, stdout=self.log_file, stderr=subprocess.STDOUT)
        self.window = wait_for(self._find_window, "the Sandi window", timeout=30)
        x, y, width, height = SANDI_GEOMETRY
        xdotool("windowsize", "--sync", self.window, str(width), str(height))
        xdotool("windowmove", "--sync", self.window, str(x), str(y))
        self.mark = 0

    def _find_window(self):
        ids = xdotool("search", "--onlyvisible", "--pid", str(self.proc.pid), "--name", "^Sandi$").split()
        return ids[0] if ids else None

    def text(self):
        with open(self.log_path, encoding="utf-8", errors="replace") as f:
            return f.read()

    def wait_log(self, pattern, what, timeout=15, since=None):
        """The first match of `pattern` in the log after position `since` (default: the mark)."""
        start = self.mark if since is None else since
        regex = re.compile(pattern)

        def found():
            return regex.search(self.text(), start)

        match = wait_for(found, what + " (log: /" + pattern + "/)", timeout)
        return match

    def set_mark(self):
        """From here on, wait_log only looks at new lines."""
        self.mark = len(self.text())

    def log_since_mark(self):
        return self.text()[self.mark:]

    def focus(self):
        """Gives the keyboard to Sandi's window (no window manager: X input focus)."""
        xdotool("windowraise", self.window)
        xdotool("windowfocus", "--sync", self.window)

    def focused(self):
        return xdotool("getwindowfocus") == self.window

    @staticmethod
    def key(*keys):
        xdotool("key", "--delay", "60", *keys)

    @staticmethod
    def type(text):
        xdotool("type", "--delay", "90", text)

    def screenshot(self, path, size=None):
        """The window, or its top left corner of `size` (width, height)."""
        crop = ["-crop", "%dx%d+0+0" % size, "+repage"] if size else []
        subprocess.run(["import", "-window", self.window, *crop, path], check=True)

    def alive(self):
        return self.proc.poll() is None

    def quit(self):
        if self.alive():
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self.log_file.close()


def start_acceptor(binary, workdir, users, *args):
    """sandi-acceptor on 127.0.0.1 with TLS (its own self-signed certificate) and the given users."""
    ta.BIN = os.path.abspath(binary)
    data = os.path.join(workdir, "acceptor")
    os.makedirs(data, exist_ok=True)
    for user in users:
        ta.add_user(data, user, user + "@contoh.go.id")
    return ta.Server(data, "--site-name", "LPSE Kota Demo", *args)
