#!/usr/bin/python3
"""Import and export of many accounts through sandi-cli, against keepassxc-cli; run.sh drives it.

  transferbench.py make --accounts N --out DIR
      Writes DIR/links.txt (N TOTP accounts as otpauth:// links, random secrets from os.urandom)
      and DIR/keepass.xml (the same accounts as KeePass 2 XML entries with an "otp" attribute).
  transferbench.py sandi-a --cli CLI --dir DIR        (in a fresh HOME and keychain)
      Times: import links.txt (every account new), the same again (every account a duplicate),
      export --format uris, export --format sandi (writes DIR/backup.sandi).
  transferbench.py sandi-b --cli CLI --dir DIR        (in another fresh HOME and keychain)
      Times: import backup.sandi (every account new), the same again (every account a duplicate).
  transferbench.py keychain --dir DIR                 (in a fresh HOME and keychain)
      Times: `secret-tool store` once per account of links.txt: the keychain's own share of an
      import (gnome-keyring rewrites its keyring file for every item), plus a process start each.
  transferbench.py keepassxc --dir DIR
      Times: keepassxc-cli import (XML to a new encrypted database), export -f xml and -f csv.
  transferbench.py table [--markdown] DIR
      Prints the results.

Each step appends {"step", "seconds", "cpu"} to DIR/results.jsonl: wall time and the CPU time
(user + system) of the command itself (not of gnome-keyring-daemon, which does the keychain's
share). Secrets never leave DIR, a temporary folder run.sh removes.
"""
import argparse
import base64
import json
import os
import resource
import statistics
import subprocess
import sys
import time
import uuid

PASSWORD = "bench-password-2026"


def timed(step, args, out_dir, stdin=None, stdout=subprocess.DEVNULL):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    p = subprocess.run(args, input=stdin, stdout=stdout, stderr=subprocess.PIPE, text=True)
    seconds = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode != 0:
        sys.exit(f"transferbench: {step}: exit {p.returncode}: {p.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    with open(os.path.join(out_dir, "results.jsonl"), "a", encoding="utf-8") as f:
        f.write(json.dumps({"step": step, "seconds": seconds, "cpu": cpu}) + "\n")
    print(f"transferbench: {step}: {seconds:.2f} s wall, {cpu:.2f} s CPU", file=sys.stderr, flush=True)


def make(count, out_dir):
    entries = []
    with open(os.path.join(out_dir, "links.txt"), "w", encoding="utf-8") as links:
        for i in range(count):
            secret = base64.b32encode(os.urandom(20)).decode().rstrip("=")
            uri = f"otpauth://totp/LPSE%20Bench%20{i}:user{i}?secret={secret}&issuer=LPSE%20Bench%20{i}"
            links.write(uri + "\n")
            entry_id = base64.b64encode(uuid.uuid4().bytes).decode()
            entries.append(f"<Entry><UUID>{entry_id}</UUID><String><Key>Title</Key><Value>LPSE Bench {i}</Value>"
                           f"</String><String><Key>UserName</Key><Value>user{i}</Value></String><String><Key>otp"
                           f"</Key><Value ProtectInMemory=\"True\">{uri.replace('&', '&amp;')}</Value></String>"
                           f"</Entry>")
    group = base64.b64encode(uuid.uuid4().bytes).decode()
    with open(os.path.join(out_dir, "keepass.xml"), "w", encoding="utf-8") as xml:
        xml.write('<?xml version="1.0" encoding="utf-8" standalone="yes"?><KeePassFile><Meta><Generator>'
                  "sandi-bench</Generator><DatabaseName>bench</DatabaseName></Meta><Root><Group><UUID>"
                  f"{group}</UUID><Name>Root</Name>{''.join(entries)}</Group></Root></KeePassFile>")


def sandi_a(cli, out_dir):
    links = os.path.join(out_dir, "links.txt")
    timed("sandi import links (new)", [cli, "import", links], out_dir)
    timed("sandi import links (all duplicates)", [cli, "import", links], out_dir)
    timed("sandi export uris", [cli, "export", os.path.join(out_dir, "export.txt"), "--format", "uris"], out_dir)
    backup = os.path.join(out_dir, "backup.sandi")
    timed("sandi export sandi (scrypt N=2^17)",
          [cli, "export", backup, "--format", "sandi", "--password-file", "-"], out_dir, stdin=PASSWORD + "\n")


def sandi_b(cli, out_dir):
    backup = os.path.join(out_dir, "backup.sandi")
    args = [cli, "import", backup, "--password-file", "-"]
    timed("sandi import backup (new)", args, out_dir, stdin=PASSWORD + "\n")
    timed("sandi import backup (all duplicates)", args, out_dir, stdin=PASSWORD + "\n")


def keychain(out_dir):
    with open(os.path.join(out_dir, "links.txt"), encoding="utf-8") as f:
        secrets = [line.split("secret=")[1].split("&")[0] for line in f]
    script = ("import subprocess, sys\n"
              "for i, secret in enumerate(sys.stdin.read().split()):\n"
              "    subprocess.run(['secret-tool', 'store', '--label=bench', 'server', 'SandiBench', 'user', str(i)],"
              " input=secret.encode(), check=True)\n")
    timed(f"secret-tool store x{len(secrets)} (keychain alone)", [sys.executable, "-c", script], out_dir,
          stdin="\n".join(secrets))


def keepassxc(out_dir):
    db = os.path.join(out_dir, "bench.kdbx")
    if os.path.exists(db):
        os.remove(db)
    # KeePassXC's default key derivation (Argon2, tuned to about 1 s on this machine).
    timed("keepassxc-cli import xml (new database)", ["keepassxc-cli", "import", "-q", "-p",
                                                       os.path.join(out_dir, "keepass.xml"), db], out_dir,
          stdin=f"{PASSWORD}\n{PASSWORD}\n")
    for fmt in ("xml", "csv"):
        with open(os.path.join(out_dir, f"export.{fmt}"), "w", encoding="utf-8") as out:
            timed(f"keepassxc-cli export -f {fmt}", ["keepassxc-cli", "export", "-q", "-f", fmt, db], out_dir,
                  stdin=PASSWORD + "\n", stdout=out)


def table(out_dir, markdown):
    rows = {}
    with open(os.path.join(out_dir, "results.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            rows.setdefault(r["step"], []).append(r)
    with open(os.path.join(out_dir, "links.txt"), encoding="utf-8") as f:
        count = sum(1 for _ in f)
    header = ["step", "runs", "wall s (median)", "wall s (min–max)", "CPU s of the command (median)"]
    lines = []
    for step, results in rows.items():
        walls = sorted(r["seconds"] for r in results)
        cpus = [r["cpu"] for r in results]
        lines.append([step, str(len(results)), f"{statistics.median(walls):.2f}", f"{walls[0]:.2f}–{walls[-1]:.2f}",
                      f"{statistics.median(cpus):.2f}"])
    print(f"{count} accounts")
    if markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for line in lines:
            print("| " + " | ".join(line) + " |")
    else:
        for line in [header] + lines:
            print(f"{line[0]:<42} {line[1]:>4} {line[2]:>16} {line[3]:>16} {line[4]:>12}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=["make", "sandi-a", "sandi-b", "keychain", "keepassxc", "table"])
    parser.add_argument("--accounts", type=int, default=1000)
    parser.add_argument("--dir", "--out", dest="dir", required=True)
    parser.add_argument("--cli")
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    if args.what == "make":
        make(args.accounts, args.dir)
    elif args.what == "sandi-a":
        sandi_a(args.cli, args.dir)
    elif args.what == "sandi-b":
        sandi_b(args.cli, args.dir)
    elif args.what == "keychain":
        keychain(args.dir)
    elif args.what == "keepassxc":
        keepassxc(args.dir)
    else:
        table(args.dir, args.markdown)


if __name__ == "__main__":
    main()
