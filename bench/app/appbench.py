#!/usr/bin/python3
"""Measures the Sandi window (cold start, memory, idle CPU) under Xvfb; bench/app/run.sh drives it.

  appbench.py measure --build DIR --accounts N --runs R --idle S --out FILE.json
      Inside a private HOME and an unlocked private Secret Service (run.sh sets both up): seeds N
      TOTP accounts with random secrets through `sandi-cli add -`, starts Xvfb and openbox, then
      starts the window R times and once more for the idle measurements. Writes FILE.json.
  appbench.py table [--markdown] FILE.json...
      Prints the tables.

Secrets are drawn from os.urandom, go to sandi-cli on standard input and are never printed. The
window reports its startup milestones through SANDI_REPORT_STARTUP (app/startupreport.h): times
on CLOCK_MONOTONIC, compared here with time.monotonic_ns() taken just before the process starts.
"""

import argparse
import base64
import glob
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


def log(message):
    print(f"appbench: {message}", file=sys.stderr, flush=True)


def loadavg():
    with open("/proc/loadavg") as f:
        return [float(x) for x in f.read().split()[:3]]


# --- /proc readings ---------------------------------------------------------------------------


def cpu_ticks(pid):
    """utime + stime of the whole process (all threads), in clock ticks."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # fields 14 and 15 of proc(5), counted after "(comm)"


def per_thread(pid):
    """{thread id: (ns on CPU from schedstat, context switches)} for every live thread."""
    threads = {}
    for task in glob.glob(f"/proc/{pid}/task/*"):
        try:
            with open(f"{task}/schedstat") as f:
                ns = int(f.read().split()[0])
            switches = 0
            with open(f"{task}/status") as f:
                for line in f:
                    if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                        switches += int(line.split()[1])
            threads[os.path.basename(task)] = (ns, switches)
        except (FileNotFoundError, ProcessLookupError):
            pass  # a thread that ended between glob and open
    return threads


def cpu_ns(pid):
    """Time on CPU of the live threads in nanoseconds (schedstat: finer than the 10 ms ticks)."""
    return sum(ns for ns, _ in per_thread(pid).values())


def minor_faults(pid):
    with open(f"/proc/{pid}/stat") as f:
        return int(f.read().rsplit(")", 1)[1].split()[7])  # field 10 of proc(5): minflt


def memory_kb(pid):
    values = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM", "RssAnon", "RssFile", "RssShmem"):
                values[key] = int(rest.split()[0])
    return values


def threads(pid):
    return len(os.listdir(f"/proc/{pid}/task"))


class Sample:
    def __init__(self, pid):
        self.pid = pid
        self.wall = time.monotonic_ns()
        self.ticks = cpu_ticks(pid)
        self.threads = per_thread(pid)

    def since(self, before):
        """CPU and wake-ups in between. A thread that ended in between (Qt's thread pool retires
        idle threads after 30 s) takes its nanoseconds with it; the tick count keeps them."""
        seconds = (self.wall - before.wall) / 1e9
        ns = switches = 0
        for tid, (now_ns, now_switches) in self.threads.items():
            then_ns, then_switches = before.threads.get(tid, (0, 0))
            ns += now_ns - then_ns
            switches += now_switches - then_switches
        return {
            "seconds": seconds,
            "cpu_percent_ticks": 100.0 * (self.ticks - before.ticks) / CLOCK_TICKS / seconds,
            "cpu_percent": 100.0 * ns / 1e9 / seconds,
            "cpu_ms": ns / 1e6,
            "wakeups_per_s": switches / seconds,
            "threads_before": len(before.threads),
            "threads_after": len(self.threads),
        }


# --- the X session ---------------------------------------------------------------------------


def start_xvfb():
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x1024x24", "-nolisten", "tcp", "-noreset"],
        pass_fds=[write_fd],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as f:
        number = f.readline().strip()
    if not number:
        raise RuntimeError("Xvfb did not start")
    os.environ["DISPLAY"] = f":{number}"
    return xvfb


def start_window_manager():
    """openbox, so that windows are managed (mapped, focused, minimized) as on a desktop."""
    if not shutil.which("openbox"):
        log("openbox not installed: no window manager, so no minimize measurement")
        return None
    wm = subprocess.Popen(["openbox", "--sm-disable"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        check = subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], capture_output=True, text=True)
        if "window id" in check.stdout:
            return wm
        time.sleep(0.05)
    raise RuntimeError("openbox did not start")


def window_of(pid):
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid), "--name", "Sandi"],
                               capture_output=True, text=True)
        ids = found.stdout.split()
        if ids:
            return ids[0]
        time.sleep(0.05)
    raise RuntimeError("the Sandi window did not appear")


def window_state(window):
    """The ICCCM state the window manager set: Normal or Iconic (minimized)."""
    out = subprocess.run(["xprop", "-id", window, "WM_STATE"], capture_output=True, text=True).stdout
    return "Iconic" if "Iconic" in out else ("Normal" if "Normal" in out else "unknown")


# --- the app ---------------------------------------------------------------------------------


def seed(build, count):
    cli = os.path.join(build, "app", "sandi-cli")
    for i in range(count):
        secret = base64.b32encode(os.urandom(20)).decode().rstrip("=")
        label = f"LPSE%20Kota%20Bench%20{i:03d}:pokja.{i:03d}"
        uri = f"otpauth://totp/{label}?secret={secret}&issuer=LPSE%20Kota%20Bench%20{i:03d}"
        done = subprocess.run([cli, "add", "-"], input=uri, text=True, capture_output=True)
        if done.returncode != 0:
            raise RuntimeError(f"sandi-cli add failed ({done.returncode}): {done.stderr.strip()}")


class Window:
    """One run of the sandi window with SANDI_REPORT_STARTUP set."""

    def __init__(self, build, report_dir, run):
        self.report = os.path.join(report_dir, f"startup-{run}.txt")
        env = dict(os.environ, SANDI_REPORT_STARTUP=self.report)
        self.started = time.monotonic_ns()
        self.process = subprocess.Popen([os.path.join(build, "app", "sandi")], env=env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)

    def wait_for_code(self, timeout=30):
        deadline = time.monotonic() + timeout
        while not os.path.exists(self.report):
            if self.process.poll() is not None:
                raise RuntimeError(f"sandi exited ({self.process.returncode}): {self.process.stderr.read()}")
            if time.monotonic() > deadline:
                raise RuntimeError("no code painted within the timeout")
            time.sleep(0.002)
        # The process's own work up to here, which the load of other processes does not inflate.
        pid = self.process.pid
        marks = {"cpu_ms": cpu_ns(pid) / 1e6, "page_faults": minor_faults(pid)}
        with open(self.report) as f:
            for line in f:
                name, value = line.split()
                marks[name.removesuffix("_ns")] = (int(value) - self.started) / 1e6
        return marks

    def quit(self):
        # Ctrl+Q through the window manager's focus, as a user quits; SIGTERM if that fails, after
        # which the next start finds a stale single-instance socket and takes it over.
        try:
            window = window_of(self.process.pid)
            subprocess.run(["xdotool", "windowactivate", "--sync", window, "key", "--clearmodifiers", "ctrl+q"],
                           capture_output=True, timeout=10)
            self.process.wait(timeout=5)
        except (RuntimeError, subprocess.TimeoutExpired):
            log("Ctrl+Q did not quit the window: SIGTERM")
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=10)
        self.process.stderr.close()


def idle(pid, xvfb_pid, seconds):
    before, xvfb_before = Sample(pid), Sample(xvfb_pid)
    time.sleep(seconds)
    after, xvfb_after = Sample(pid), Sample(xvfb_pid)
    result = after.since(before)
    result["xvfb_cpu_percent"] = xvfb_after.since(xvfb_before)["cpu_percent"]
    return result


def measure(args):
    result = {"accounts": args.accounts, "runs": [], "load_before": loadavg(), "nproc": os.cpu_count()}
    log(f"{args.accounts} account(s): seeding")
    seed(args.build, args.accounts)
    xvfb = start_xvfb()
    wm = None
    report_dir = tempfile.mkdtemp(prefix="sandi-appbench-")
    try:
        wm = start_window_manager()
        result["window_manager"] = "openbox" if wm else None
        for run in range(args.runs):
            window = Window(args.build, report_dir, run)
            marks = window.wait_for_code()
            marks["load1"] = loadavg()[0]
            result["runs"].append(marks)
            log(f"{args.accounts} account(s): start {run + 1}/{args.runs}: first code at {marks['code_painted']:.0f} ms")
            time.sleep(0.5)  # let the keychain answers and the first ticks finish before quitting
            window.quit()
            time.sleep(0.3)

        window = Window(args.build, report_dir, "idle")
        marks = window.wait_for_code()
        pid = window.process.pid
        result["rss_first_code_kb"] = memory_kb(pid)
        time.sleep(args.settle)  # every secret loaded, the list at rest
        result["threads"] = threads(pid)
        log(f"{args.accounts} account(s): idle {args.idle:.0f} s with the window shown")
        result["shown"] = idle(pid, xvfb.pid, args.idle)
        result["rss_after_idle_kb"] = memory_kb(pid)
        if wm:
            win = window_of(pid)
            subprocess.run(["xdotool", "windowminimize", "--sync", win], capture_output=True, timeout=10)
            time.sleep(1)
            result["minimized_state"] = window_state(win)
            log(f"{args.accounts} account(s): idle {args.idle:.0f} s minimized ({result['minimized_state']})")
            result["minimized"] = idle(pid, xvfb.pid, args.idle)
            subprocess.run(["xdotool", "windowactivate", "--sync", win], capture_output=True, timeout=10)
            time.sleep(1)
        result["rss_end_kb"] = memory_kb(pid)
        window.quit()
    finally:
        for process in (wm, xvfb):
            if process and process.poll() is None:
                process.terminate()
                process.wait(timeout=10)
        shutil.rmtree(report_dir, ignore_errors=True)
    result["load_after"] = loadavg()
    with open(args.out, "w") as f:
        json.dump(result, f, indent=1)


# --- the tables ------------------------------------------------------------------------------


def spread(values):
    return f"{statistics.median(values):.0f} ({min(values):.0f}–{max(values):.0f})"


def mb(kb):
    return f"{kb / 1024:.1f}"


def table(args):
    results = []
    for path in args.files:
        with open(path) as f:
            results.append(json.load(f))

    def emit(header, rows):
        if args.markdown:
            print("| " + " | ".join(header) + " |")
            print("|" + "|".join("---" if i == 0 else "--:" for i in range(len(header))) + "|")
            for row in rows:
                print("| " + " | ".join(row) + " |")
        else:
            widths = [max(len(str(c)) for c in column) for column in zip(header, *rows)]
            for row in [header, *rows]:
                print("  ".join(str(c).rjust(w) for c, w in zip(row, widths)))
        print()

    print("Start (ms from exec to the milestone; median, min–max over the runs; page cache warm):")
    header = ["accounts", "runs", "main()", "list painted", "first secret", "first code painted", "CPU ms to code",
              "page faults", "load (1 min)"]
    rows = []
    for r in results:
        runs = r["runs"]
        rows.append([str(r["accounts"]), str(len(runs)), spread([m["main_entered"] for m in runs]),
                     spread([m["row_painted"] for m in runs if "row_painted" in m]),
                     spread([m["secret_loaded"] for m in runs if "secret_loaded" in m]),
                     spread([m["code_painted"] for m in runs]), spread([m["cpu_ms"] for m in runs]),
                     f"{statistics.median([m['page_faults'] for m in runs]):.0f}",
                     f"{min(m['load1'] for m in runs):.1f}–{max(m['load1'] for m in runs):.1f}"])
    emit(header, rows)

    print("Memory (MB):")
    header = ["accounts", "RSS at first code", "RSS after idle", "peak RSS (VmHWM)", "anon RSS at end", "threads"]
    rows = [[str(r["accounts"]), mb(r["rss_first_code_kb"]["VmRSS"]), mb(r["rss_after_idle_kb"]["VmRSS"]),
             mb(r["rss_end_kb"]["VmHWM"]), mb(r["rss_end_kb"].get("RssAnon", 0)), str(r["threads"])] for r in results]
    emit(header, rows)

    print("Idle CPU (% of one core; wake-ups = context switches of all threads per second):")
    header = ["accounts", "window", "seconds", "CPU %", "CPU % (ticks)", "wake-ups/s", "Xvfb CPU %"]
    rows = []
    for r in results:
        for state in ("shown", "minimized"):
            if state in r:
                s = r[state]
                rows.append([str(r["accounts"]), state, f"{s['seconds']:.0f}", f"{s['cpu_percent']:.3f}",
                             f"{s['cpu_percent_ticks']:.2f}", f"{s['wakeups_per_s']:.1f}",
                             f"{s['xvfb_cpu_percent']:.3f}"])
    emit(header, rows)
    loads = [x for r in results for x in (r["load_before"][0], r["load_after"][0])]
    loads += [m["load1"] for r in results for m in r["runs"] if "load1" in m]
    print(f"Load average (1 min) around the runs: {min(loads):.2f} to {max(loads):.2f} on {results[0]['nproc']} CPUs")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    m = sub.add_parser("measure")
    m.add_argument("--build", required=True)
    m.add_argument("--accounts", type=int, required=True)
    m.add_argument("--runs", type=int, default=10)
    m.add_argument("--idle", type=float, default=60)
    m.add_argument("--settle", type=float, default=5)
    m.add_argument("--out", required=True)
    t = sub.add_parser("table")
    t.add_argument("--markdown", action="store_true")
    t.add_argument("files", nargs="+")
    args = parser.parse_args()
    if args.command == "measure":
        measure(args)
    else:
        table(args)


if __name__ == "__main__":
    main()
