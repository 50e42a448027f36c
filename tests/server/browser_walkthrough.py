#!/usr/bin/python3
"""Walks through the demo site in headless Chromium (WebDriver over chromedriver, stdlib only) as a
user would, checks that the pages update themselves, and saves screenshots.

The README's walk-through: login (User ID, then password), Aktivasi (the QR code read from a
screenshot with zbarimg, the device enrolled with `sandi-approval-client enroll`; the page goes on to
Beranda by itself), logout, login again: the Acceptor TOTP page shows the number; `poll` receives
the challenge, `answer ... approve --number N` turns the page to "Login … diterima" and the
browser lands on Beranda by itself.

Usage: browser_walkthrough.py PATH/TO/sandi-acceptor PATH/TO/sandi-approval-client [SCREENSHOT_DIR]
Exit status 77 when chromium or chromedriver is missing.
"""
import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_acceptor as ta  # noqa: E402  (Server, add_user, totp)


class WebDriver:
    def __init__(self, port):
        self.base = "http://127.0.0.1:%d" % port
        caps = {"capabilities": {"alwaysMatch": {"goog:chromeOptions": {
            "binary": shutil.which("chromium"),
            "args": ["--headless=new", "--no-sandbox", "--ignore-certificate-errors", "--window-size=1000,860",
                     "--disable-gpu", "--lang=id", "--force-device-scale-factor=1"]}}}}
        self.session = self.call("POST", "/session", caps)["sessionId"]

    def call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=60) as resp:
            return json.loads(resp.read())["value"]

    def s(self, method, path, body=None):
        return self.call(method, "/session/%s%s" % (self.session, path), body)

    def go(self, url):
        self.s("POST", "/url", {"url": url})

    def find(self, css):
        el = self.s("POST", "/element", {"using": "css selector", "value": css})
        return list(el.values())[0]

    def type(self, css, text):
        self.s("POST", "/element/%s/value" % self.find(css), {"text": text})

    def click(self, css):
        self.s("POST", "/element/%s/click" % self.find(css), {})

    def text(self, css):
        return self.s("GET", "/element/%s/text" % self.find(css))

    def url(self):
        return self.s("GET", "/url")

    def source(self):
        return self.s("GET", "/source")

    def shot(self, path):
        with open(path, "wb") as f:
            f.write(base64.b64decode(self.s("GET", "/screenshot")))
        print("saved", path)

    def wait(self, predicate, what, timeout=10):
        end = time.time() + timeout
        while time.time() < end:
            if predicate():
                return
            time.sleep(0.1)
        raise AssertionError("timed out waiting for " + what + " at " + self.url())

    def quit(self):
        self.s("DELETE", "")


def main():
    ta.BIN = os.path.abspath(sys.argv[1])
    client = os.path.abspath(sys.argv[2])
    out = os.path.abspath(sys.argv[3]) if len(sys.argv) > 3 else None
    if not shutil.which("chromium") or not shutil.which("chromedriver") or not shutil.which("zbarimg"):
        print("chromium, chromedriver or zbarimg missing")
        return 77
    tmp = tempfile.mkdtemp(prefix="sandi-walk-")
    data = os.path.join(tmp, "data")
    os.makedirs(data)
    ta.add_user(data, "ppk1", "ppk1@contoh.go.id")
    server = ta.Server(data)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        driver_port = sock.getsockname()[1]
    chromedriver = subprocess.Popen(["chromedriver", "--port=%d" % driver_port], stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
    wd = None
    try:
        for _ in range(50):
            try:
                urllib.request.urlopen("http://127.0.0.1:%d/status" % driver_port, timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        wd = WebDriver(driver_port)
        wd.go(server.url + "/")
        assert wd.url().endswith("/login"), wd.url()
        if out:
            wd.shot(os.path.join(out, "acceptor-login.png"))
        wd.type("#userid", "ppk1")
        wd.click("button.primary")
        wd.wait(lambda: wd.url().endswith("/login/password"), "the password step")
        wd.type("#password", ta.PASSWORD)
        wd.click("button.primary")
        wd.wait(lambda: wd.url().endswith("/aktivasi"), "Aktivasi")
        assert "<svg" in wd.source()
        if out:
            wd.shot(os.path.join(out, "acceptor-aktivasi.png"))
        # The device: the QR code from the screen, enrolled with the test client.
        qr = os.path.join(tmp, "aktivasi.png")
        wd.shot(qr)
        uri = subprocess.run(["zbarimg", "-q", "--raw", qr], capture_output=True, text=True,
                             check=True).stdout.strip()
        assert uri.startswith("otpauth://totp/"), uri
        state = os.path.join(tmp, "ppk1-device.json")
        enrolled = json.loads(subprocess.run([client, "enroll", uri, "--state", state], capture_output=True,
                                             text=True, check=True).stdout)
        assert enrolled["account"] == "ppk1", enrolled
        wd.wait(lambda: wd.url().endswith("/beranda"), "Beranda after the device enrolled")
        wd.click("nav button")
        wd.wait(lambda: wd.url().endswith("/login"), "the login page after LOGOUT")

        wd.type("#userid", "ppk1")
        wd.click("button.primary")
        wd.wait(lambda: wd.url().endswith("/login/password"), "the password step")
        wd.type("#password", ta.PASSWORD)
        wd.click("button.primary")
        wd.wait(lambda: wd.url().endswith("/acceptor"), "Acceptor TOTP")
        number = wd.text("#number")
        assert len(number) == 2 and number.isdigit(), number
        time.sleep(1.2)  # the countdown has moved: the page polls by itself
        left = int(wd.text("#left"))
        assert left < 120, left
        if out:
            wd.shot(os.path.join(out, "acceptor-number.png"))
        polled = subprocess.run([client, "poll", "--state", state, "--once"], capture_output=True, text=True,
                                check=True).stdout
        challenge = json.loads(polled.splitlines()[0])
        assert int(number) in challenge["numbers"], (number, challenge)
        subprocess.run([client, "answer", "--state", state, challenge["id"], "approve", "--number", number],
                       check=True, capture_output=True)
        wd.wait(lambda: "diterima" in wd.text("#live"), "the approval message", timeout=5)
        assert wd.text("#live") == "Login ppk1 diterima, halaman akan direload ke beranda", wd.text("#live")
        if out:
            wd.shot(os.path.join(out, "acceptor-diterima.png"))
        wd.wait(lambda: wd.url().endswith("/beranda"), "Beranda after approval", timeout=5)
        if out:
            wd.shot(os.path.join(out, "acceptor-beranda.png"))
        print("walkthrough OK")
        return 0
    finally:
        if wd:
            wd.quit()
        chromedriver.terminate()
        chromedriver.wait(timeout=10)
        server.stop()
        shutil.rmtree(tmp)


if __name__ == "__main__":
    sys.exit(main())
