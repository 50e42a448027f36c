#!/usr/bin/python3
"""Login approval in the window: latency and idle cost (docs/performance.md, "Login approval in
the window"). bench/approval/run.sh runs it inside a private HOME, D-Bus session and unlocked
gnome-keyring.

  approvalbench.py --build DIR [--logins 50] [--idle 120] [--out FILE.json]

1. Five sandi-acceptor servers on 127.0.0.1 (TLS), one user each (ppk1 … ppk5 at "LPSE Bench 1" …
   "LPSE Bench 5"), a real Chromium window (WebDriver) and the sandi window on one Xvfb display, as
   in the end-to-end test (tests/e2e/e2elib.py). Sandi activates all five by scanning the screen.
2. Latency, LOGINS times: the browser submits ppk1's password; the clock starts just before the
   WebDriver click is sent (time.monotonic_ns(), CLOCK_MONOTONIC) and stops at the time Sandi logs
   for the prompt's first paint (sandi.approval.ui "prompt painted … monotonic_ns T", noted from
   the event loop once the paint was flushed). Each login is then approved from the window (the
   number typed, Alt+Y) and the browser logs out; the next login starts once the prompt closed.
   So each latency includes the browser's form post, the acceptor's scrypt password check, the
   challenge, the held long poll's answer, the challenge's verification and the prompt's paint.
3. Idle: IDLE seconds with the window shown, then Sandi restarted with --hidden (start at login;
   a tray is provided by tests/ui/faketray) and IDLE seconds hidden, all five accounts polling.
   CPU from the threads' schedstat, wake-ups = context switches of all threads (bench/app's way).
   The baseline, in the same run: before step 1, the same five accounts without login approval
   (added by sandi-cli with the same issuer and user ID; the scan then replaces each), IDLE seconds
   with the window shown.
"""
import argparse
import base64
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tests", "e2e"))
sys.path.insert(0, os.path.join(ROOT, "bench", "app"))
import appbench  # noqa: E402  (Sample: schedstat CPU and context switches)
import e2elib as e2e  # noqa: E402

USERS = 5


def loadavg():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


def activate(browser, sandi, server, user):
    browser.login(server.url, user, e2e.ta.PASSWORD)
    browser.submit()
    browser.wait_path("/aktivasi")
    sandi.set_mark()
    sandi.focus()
    sandi.key("ctrl+shift+s")
    dialog = e2e.wait_for(lambda: e2e.xdotool("search", "--onlyvisible", "--name", "^Tambah akun\\?$"),
                          "the dialog Tambah akun?", timeout=20)
    e2e.xdotool("windowfocus", "--sync", dialog.split()[0])
    sandi.key("Return")  # "Ganti": the account added by seed() is replaced by the activated one
    sandi.wait_log(r"account state \S+ Active", "approval active for " + user, timeout=30)
    browser.wait_path("/beranda", timeout=10)
    browser.logout()


def seed(build, count):
    """The accounts without login approval, as if added earlier by typing their keys."""
    cli = os.path.join(build, "app", "sandi-cli")
    for i in range(1, count + 1):
        secret = base64.b32encode(os.urandom(20)).decode().rstrip("=")
        uri = "otpauth://totp/LPSE%%20Bench%%20%d:ppk%d?secret=%s&issuer=LPSE%%20Bench%%20%d" % (i, i, secret, i)
        done = subprocess.run([cli, "add", "-"], input=uri, text=True, capture_output=True)
        if done.returncode != 0:
            raise RuntimeError("sandi-cli add failed: " + done.stderr.strip())


def one_login(browser, sandi, server):
    """Milliseconds from the password submit to the prompt's first paint in Sandi, and to the
    browser's Acceptor TOTP page loaded (for comparison: the browser's own round trip)."""
    browser.login(server.url, "ppk1", e2e.ta.PASSWORD)
    sandi.set_mark()
    started = time.monotonic_ns()
    browser.submit()  # WebDriver returns once the browser has loaded the page the form led to
    page_ms = (time.monotonic_ns() - started) / 1e6
    painted = sandi.wait_log(r"prompt painted (\S+) monotonic_ns (\d+)", "the prompt painted", timeout=20)
    latency_ms = (int(painted.group(2)) - started) / 1e6
    prompt_id = painted.group(1)
    browser.wait_path("/acceptor")
    number = int(browser.text("#number"))
    sandi.wait_log(r"prompt armed " + re.escape(prompt_id), "the prompt armed")
    sandi.focus()
    sandi.type("%02d" % number)
    sandi.key("alt+y")
    sandi.wait_log(r"prompt ended %s Approved" % re.escape(prompt_id), "the approval")
    browser.wait_path("/beranda", timeout=10)
    browser.logout()
    sandi.wait_log(r"prompt closed", "the prompt closed", timeout=15)  # the list again, as between logins
    return latency_ms, page_ms


def idle(pid, xvfb_pid, seconds):
    before, xvfb_before = appbench.Sample(pid), appbench.Sample(xvfb_pid)
    time.sleep(seconds)
    after, xvfb_after = appbench.Sample(pid), appbench.Sample(xvfb_pid)
    result = after.since(before)
    result["xvfb_cpu_percent"] = xvfb_after.since(xvfb_before)["cpu_percent"]
    result["wakeups_per_min"] = result["wakeups_per_s"] * 60
    return result


def percentile(values, fraction):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, int(round(fraction * len(ordered) + 0.5)) - 1))
    return ordered[index]  # nearest rank


def measure(args):
    tmp = tempfile.mkdtemp(prefix="sandi-approvalbench-")
    sandi_bin = os.path.join(args.build, "app", "sandi")
    acceptor_bin = os.path.join(args.build, "server", "sandi-acceptor")
    faketray_bin = os.path.join(args.build, "tests", "ui", "faketray")
    servers, browser, sandi, display, tray = [], None, None, None, None
    result = {"logins": [], "load_before": loadavg(), "nproc": os.cpu_count()}
    try:
        for i in range(1, USERS + 1):
            folder = os.path.join(tmp, "acceptor%d" % i)
            os.makedirs(folder)
            e2e.ta.BIN = acceptor_bin
            data = os.path.join(folder, "data")
            os.makedirs(data)
            e2e.ta.add_user(data, "ppk%d" % i, "ppk%d@contoh.go.id" % i)
            servers.append(e2e.ta.Server(data, "--site-name", "LPSE Bench %d" % i))
        display = e2e.Display()
        if os.access(faketray_bin, os.X_OK):
            tray = subprocess.Popen([faketray_bin], stdout=subprocess.PIPE, text=True)
            tray.stdout.readline()  # "ready"
        seed(args.build, USERS)
        browser = e2e.Browser(os.path.join(tmp, "chromium"))
        sandi = e2e.Sandi(sandi_bin, tmp)
        time.sleep(5)
        e2e.log("idle %.0f s with the window shown, %d accounts without login approval" % (args.idle, USERS))
        result["shown_plain"] = idle(sandi.proc.pid, display.proc.pid, args.idle)
        for i, server in enumerate(servers, start=1):
            activate(browser, sandi, server, "ppk%d" % i)
            e2e.log("activated ppk%d" % i)
        for n in range(args.logins):
            latency, page = one_login(browser, sandi, servers[0])
            result["logins"].append({"ms": latency, "page_ms": page, "load1": loadavg()})
            e2e.log("login %d/%d: prompt painted %.0f ms after the submit (browser page: %.0f ms)" %
                    (n + 1, args.logins, latency, page))
        time.sleep(5)
        e2e.log("idle %.0f s with the window shown" % args.idle)
        result["shown"] = idle(sandi.proc.pid, display.proc.pid, args.idle)
        sandi.quit()
        if tray:
            hidden = e2e.Sandi.__new__(e2e.Sandi)
            hidden.log_path = os.path.join(tmp, "sandi-hidden.log")
            hidden.log_file = open(hidden.log_path, "w")
            env = dict(os.environ, LANG="id_ID.UTF-8", LC_ALL="id_ID.UTF-8", QT_QPA_PLATFORM="xcb",
                       QT_LOGGING_RULES="sandi.approval*.debug=true")
            hidden.proc = subprocess.Popen([sandi_bin, "--hidden"], env=env, stdout=hidden.log_file,
                                           stderr=subprocess.STDOUT)
            hidden.mark = 0
            time.sleep(10)  # loaded, keys read from the keychain, five polls held
            assert hidden.alive(), hidden.text()
            visible = e2e.xdotool("search", "--onlyvisible", "--pid", str(hidden.proc.pid), "--name", "^Sandi$")
            assert not visible, "sandi --hidden showed its window"
            e2e.log("idle %.0f s hidden in the tray" % args.idle)
            result["hidden"] = idle(hidden.proc.pid, display.proc.pid, args.idle)
            hidden.quit()
            sandi = None
        else:
            e2e.log("no %s (ninja faketray): no idle measurement hidden in the tray" % faketray_bin)
    finally:
        for step in ([sandi.quit] if sandi else []) + ([browser.quit] if browser else []) + \
                [s.stop for s in servers]:
            try:
                step()
            except Exception as error:
                e2e.log("cleanup: %r" % error)
        if tray:
            tray.terminate()
            tray.wait(timeout=10)
        if display:
            display.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    result["load_after"] = loadavg()
    return result


def report(result, markdown):
    ms = [login["ms"] for login in result["logins"]]
    rows = [("logins", str(len(ms))), ("median ms", "%.0f" % statistics.median(ms)),
            ("p95 ms", "%.0f" % percentile(ms, 0.95)), ("min ms", "%.0f" % min(ms)), ("max ms", "%.0f" % max(ms))]
    pages = [login["page_ms"] for login in result["logins"]]
    rows.append(("browser's Acceptor TOTP page loaded: median / p95 ms",
                 "%.0f / %.0f" % (statistics.median(pages), percentile(pages, 0.95))))
    for state in ("shown_plain", "shown", "hidden"):
        if state in result:
            s = result[state]
            rows.append(("idle %s: CPU %% of a core (%.0f s)" % (state, s["seconds"]), "%.3f" % s["cpu_percent"]))
            rows.append(("idle %s: wake-ups per minute" % state, "%.0f" % s["wakeups_per_min"]))
            rows.append(("idle %s: Xvfb CPU %%" % state, "%.3f" % s["xvfb_cpu_percent"]))
    loads = [result["load_before"], result["load_after"]] + [login["load1"] for login in result["logins"]]
    rows.append(("load average (1 min)", "%.1f–%.1f on %d CPUs" % (min(loads), max(loads), result["nproc"])))
    if markdown:
        print("| Figure | Result |\n|---|--:|")
        for name, value in rows:
            print("| %s | %s |" % (name, value))
    else:
        for name, value in rows:
            print("%-45s %s" % (name, value))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", required=True)
    parser.add_argument("--logins", type=int, default=50)
    parser.add_argument("--idle", type=float, default=120)
    parser.add_argument("--out")
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    args.build = os.path.abspath(args.build)
    missing = e2e.missing_tools()
    if missing:
        print("missing: " + ", ".join(missing))
        return 2
    result = measure(args)
    if args.out:
        with open(args.out, "w") as f:
            json.dump(result, f, indent=1)
    report(result, args.markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
