#!/usr/bin/python3
"""Differential test: Sandi's HOTP/TOTP (sandi_core, through otp_batch) against oathtool and pyotp.

Run by CTest as diff.otp (tests/diff/CMakeLists.txt):
    /usr/bin/python3 otp_differential.py --batch build/tests/diff/otp_batch --oathtool /usr/bin/oathtool

Cases: edge cases (RFC 4226/6238 vectors, period and int64 boundaries) plus random ones, from a fixed seed.
Random keys of 10..64 bytes, SHA1/SHA256/SHA512, 6..10 digits, periods 1..86400 s (30 and 60 weighted),
T0 and times over the whole int64 range, HOTP counters over the whole uint64 range. Sandi gets each key in
Base32 (decoded by the core), oathtool in hex, pyotp in Base32 (decoded by Python's base64).
Environment: SANDI_OTP_DIFF_SEED (integer, or "random"), SANDI_OTP_DIFF_CASES (default 10000),
SANDI_OTP_DIFF_JOBS (oathtool processes at once, default 2..4).

Every case is compared with every peer that accepts it; a missing peer fails the test, and so does a
peer refusing a case that the ranges below say it accepts. Zero mismatches are allowed.

What the peers accept, found empirically on Debian 12 (oathtool 2.6.7 / liboath 2.6.7, pyotp 2.6.0):
- oathtool --totp[=SHA1|SHA256|SHA512] -s Ns -S @T0 -N @t -d D HEXKEY
  * t and T0: the whole int64 range EXCEPT -1: "@-1" is refused ("cannot parse time"), as a date too,
    because it equals (time_t)-1. "@-2", "@-9223372036854775808" and "@9223372036854775807" work.
  * liboath computes (t - T0) / X in time_t, so t - T0 must fit in int64: outside it wraps (T0 = INT64_MIN,
    t = 0 gives the code of step -307445734561825860 instead of +307445734561825860). Such cases are skipped.
  * -d: only 6, 7 and 8 ("only digits 6, 7 and 8 are supported").
  * -s: 1..86400 s all accepted (0 means the default 30 s; >= 2^32 wraps).
- oathtool --hotp -c C -d D HEXKEY: SHA1 only, C over the whole 0..2^64-1. HOTP with SHA256/SHA512 is
  compared through TOTP with a 1 s period, which feeds t - T0 to HMAC unchanged:
  --totp=ALG -s 1s -S @0 -N @C (C read as a signed int64); C = 2^64-1 (-1) uses -S @1 -N @0 instead.
- pyotp.TOTP(b32, digits, digest, interval).at(t): no T0 (compared only when T0 = 0). at() goes through
  datetime.fromtimestamp() and time.mktime() in local time (TZ=UTC here), so t in 0001-01-02..9999-12-31,
  i.e. -62135510400 <= t <= 253402300799; but generate_otp() raises ValueError for a negative step, so only
  0 <= t <= 253402300799 can be compared (see below for -X < t < 0). Digits 6..10 all fine.
- pyotp.HOTP(b32, digits, digest).at(C): the whole 0..2^64-1, every algorithm, digits 6..10.

Negative time steps. Sandi follows RFC 6238 §4.2: T = floor((t - T0) / X), fed to HMAC as a 64-bit two's
complement. liboath and pyotp truncate toward zero instead (checked below by probe_peers(): oathtool -v
prints counter 0 for t = -29, -1 for t = -30 and -31; pyotp's timecode(-29) is 0). They agree with floor
whenever t - T0 >= 0 or t - T0 is a multiple of X. For d = t - T0 < 0 and not a multiple of X the test
asks the peer at t' = t - X instead: trunc((d - X) / X) = floor(d / X) for such d (write d = -qX - r with
0 < r < X: floor is -q-1, and d - X = -(q+1)X - r truncates to -(q+1)). t' must itself be in the peer's
range (t' != -1, t' - T0 in int64). So times before 1970 (and before T0) are compared honestly with
oathtool. pyotp cannot take them at all: the mapped step is negative and generate_otp() refuses it; for
-X < t < 0 pyotp would answer with step 0, which is not Sandi's (correct) step -1.

Sandi clamps a step outside int64 (X = 1 and |t - T0| >= 2^63); no peer can express those, so they are
only checked not to fail.
"""

import os
import time

os.environ["TZ"] = "UTC"  # pyotp converts a timestamp to local time and back
time.tzset()

import argparse  # noqa: E402
import base64  # noqa: E402
import hashlib  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from concurrent.futures import ThreadPoolExecutor  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from typing import Optional  # noqa: E402

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
UINT64_MAX = 2**64 - 1
ALGORITHMS = ("SHA1", "SHA256", "SHA512")
OATH_DIGITS = (6, 7, 8)
PYOTP_MAX_TIME = 253402300799  # 9999-12-31T23:59:59Z, datetime's last second
YEAR1 = -62135596800  # 0001-01-01T00:00:00Z
DEFAULT_SEED = 6238
DEFAULT_CASES = 10000
MAX_REPORTED = 10


@dataclass(frozen=True)
class Case:
    key: bytes
    algorithm: str
    digits: int
    period: int
    t0: int
    time: Optional[int] = None  # TOTP
    counter: Optional[int] = None  # HOTP (period and T0 are then ignored by Sandi, but still validated)

    def b32(self) -> str:
        return base64.b32encode(self.key).decode().rstrip("=")

    def describe(self) -> str:
        what = f"hotp counter={self.counter}" if self.counter is not None else f"totp t={self.time}"
        return (f"{what} {self.algorithm} digits={self.digits} period={self.period} t0={self.t0} "
                f"key={self.key.hex()}")


def trunc_div(a: int, b: int) -> int:
    """C division (toward zero), as liboath and pyotp compute the step."""
    return -((-a) // b) if a < 0 else a // b


# ---- case generation -------------------------------------------------------------------------------------

def pick_period(rng: random.Random) -> int:
    kind = rng.choices(("30", "60", "small", "any", "day"), weights=(30, 15, 10, 40, 5))[0]
    return {"30": 30, "60": 60, "day": 86400}.get(kind) or (
        rng.randint(1, 10) if kind == "small" else rng.randint(1, 86400))


def pick_t0(rng: random.Random) -> int:
    kind = rng.choices(("zero", "int32", "1e12", "int64"), weights=(60, 15, 10, 15))[0]
    bound = {"zero": 0, "int32": 2**31, "1e12": 10**12}.get(kind)
    return rng.randint(INT64_MIN, INT64_MAX) if bound is None else rng.randint(-bound, bound)


def pick_time(rng: random.Random, period: int, t0: int) -> int:
    kind = rng.choices(("epoch", "calendar", "boundary", "near_t0", "int64", "extreme"),
                       weights=(30, 20, 15, 10, 15, 10))[0]
    if kind == "epoch":  # 1970..2106, the times people use
        t = rng.randint(0, 2**32)
    elif kind == "calendar":  # years 1..9999
        t = rng.randint(YEAR1, PYOTP_MAX_TIME)
    elif kind == "boundary":  # on a step boundary, or one second either side
        base = rng.randint(YEAR1, PYOTP_MAX_TIME)
        t = t0 + (base - t0) // period * period + rng.choice((-1, 0, 1))
    elif kind == "near_t0":  # the first steps either side of T0
        t = t0 + rng.randint(-20 * period, 20 * period)
    elif kind == "int64":
        t = rng.randint(INT64_MIN, INT64_MAX)
    else:
        t = rng.choice((INT64_MIN + rng.randint(0, 10**6), INT64_MAX - rng.randint(0, 10**6)))
    return min(max(t, INT64_MIN), INT64_MAX)


def pick_counter(rng: random.Random) -> int:
    kind = rng.choices(("small", "uint32", "uint64", "edge"), weights=(25, 25, 30, 20))[0]
    if kind == "small":
        return rng.randint(0, 1000)
    if kind == "uint32":
        return rng.randint(0, 2**32 - 1)
    if kind == "uint64":
        return rng.randint(0, UINT64_MAX)
    edge = rng.choice((2**31, 2**32, 2**63, 2**64))
    return min(max(edge + rng.randint(-100, 100), 0), UINT64_MAX)


def random_case(rng: random.Random) -> Case:
    key = rng.randbytes(rng.randint(10, 64))
    algorithm = rng.choice(ALGORITHMS)
    digits = rng.choices((6, 7, 8, 9, 10), weights=(35, 15, 20, 15, 15))[0]
    period = pick_period(rng)
    t0 = pick_t0(rng)
    if rng.random() < 0.2:
        return Case(key, algorithm, digits, period, t0, counter=pick_counter(rng))
    return Case(key, algorithm, digits, period, t0, time=pick_time(rng, period, t0))


def rfc_cases() -> list:
    """RFC 4226 Appendix D and RFC 6238 Appendix B: anchors with published answers."""
    seeds = {"SHA1": b"12345678901234567890", "SHA256": b"12345678901234567890123456789012",
             "SHA512": b"1234567890123456789012345678901234567890123456789012345678901234"}
    cases = [Case(seeds["SHA1"], "SHA1", 6, 30, 0, counter=c) for c in range(10)]
    for t in (59, 1111111109, 1111111111, 1234567890, 2000000000, 20000000000):
        cases += [Case(seed, algorithm, 8, 30, 0, time=t) for algorithm, seed in seeds.items()]
    return cases


def edge_cases(rng: random.Random) -> list:
    times = (0, 1, -1, -2, 29, 30, 31, -29, -30, -31, 2**31 - 1, 2**31, 2**32, -(2**31), PYOTP_MAX_TIME,
             PYOTP_MAX_TIME + 1, YEAR1, INT64_MIN, INT64_MIN + 1, INT64_MIN + 29, INT64_MAX, INT64_MAX - 1,
             INT64_MAX - 29)
    digit_cycle = (6, 8, 7, 6, 8, 10, 9)
    cases = rfc_cases()
    for t in times:
        for period in (1, 30, 86400):
            for t0 in (0, -1, 1, INT64_MIN, INT64_MAX, t, min(t + 1, INT64_MAX)):
                digits = digit_cycle[len(cases) % len(digit_cycle)]
                cases.append(Case(rng.randbytes(rng.randint(10, 64)), rng.choice(ALGORITHMS), digits, period, t0,
                                  time=t))
    for counter in (0, 1, 2**31 - 1, 2**31, 2**32 - 1, 2**32, 2**63 - 1, 2**63, 2**64 - 2, UINT64_MAX):
        for algorithm in ALGORITHMS:
            digits = digit_cycle[len(cases) % len(digit_cycle)]
            cases.append(Case(rng.randbytes(rng.randint(10, 64)), algorithm, digits, 30, 0, counter=counter))
    return cases


def make_cases(seed: int, count: int) -> list:
    rng = random.Random(seed)
    cases = edge_cases(rng)
    cases += [random_case(rng) for _ in range(max(0, count - len(cases)))]
    return cases[:count]


# ---- peers -----------------------------------------------------------------------------------------------

def oathtool_args(case: Case) -> Optional[list]:
    """oathtool's options for this case (key excluded), or None where oathtool cannot express it."""
    if case.digits not in OATH_DIGITS:
        return None
    digits = f"--digits={case.digits}"
    if case.counter is not None:
        if case.algorithm == "SHA1":
            return ["--hotp", f"--counter={case.counter}", digits]
        signed = case.counter - 2**64 if case.counter > INT64_MAX else case.counter
        start, now = (1, 0) if signed == -1 else (0, signed)
        return [f"--totp={case.algorithm}", "--time-step-size=1s", f"--start-time=@{start}", f"--now=@{now}",
                digits]
    delta = case.time - case.t0
    now = case.time - case.period if delta < 0 and delta % case.period else case.time
    if case.t0 == -1 or now == -1 or now < INT64_MIN or not INT64_MIN <= now - case.t0 <= INT64_MAX:
        return None
    assert trunc_div(now - case.t0, case.period) == delta // case.period, case.describe()
    return [f"--totp={case.algorithm}", f"--time-step-size={case.period}s", f"--start-time=@{case.t0}",
            f"--now=@{now}", digits]


def run_oathtool(oathtool: str, args: list, key: bytes) -> str:
    proc = subprocess.run([oathtool, *args, key.hex()], capture_output=True, text=True, timeout=60)
    if proc.returncode != 0:
        return f"<oathtool exit {proc.returncode}: {proc.stderr.strip()}>"
    return proc.stdout.strip()


def pyotp_code(pyotp, case: Case) -> Optional[str]:
    """pyotp's code, or None where pyotp cannot express the case."""
    digest = getattr(hashlib, case.algorithm.lower())
    if case.counter is not None:
        return pyotp.HOTP(case.b32(), digits=case.digits, digest=digest).at(case.counter)
    if case.t0 != 0 or not 0 <= case.time <= PYOTP_MAX_TIME:
        return None
    return pyotp.TOTP(case.b32(), digits=case.digits, digest=digest, interval=case.period).at(case.time)


def probe_peers(oathtool: str, pyotp) -> list:
    """Checks the peer behaviour the mappings rely on; returns the problems found."""
    key = b"12345678901234567890".hex()
    problems = []
    for now, expected in ((-29, 0), (-30, -1), (-31, -1), (-61, -2), (59, 1)):
        out = subprocess.run([oathtool, "-v", "--totp", f"--now=@{now}", key], capture_output=True, text=True)
        match = re.search(r"Counter: 0x[0-9A-F]+ \((-?\d+)\)", out.stdout)
        if not match or int(match.group(1)) != expected:
            problems.append(f"oathtool -v --totp --now=@{now}: expected counter {expected} (truncation), "
                            f"got {out.stdout.strip()!r} {out.stderr.strip()!r}")
    for args in (["--totp", "--now=@-1"], ["--totp", "--start-time=@-1", "--now=@5"], ["--digits=9"]):
        if subprocess.run([oathtool, *args, key], capture_output=True).returncode == 0:
            problems.append(f"oathtool {' '.join(args)} now succeeds: widen the accepted range")
    import datetime
    totp = pyotp.TOTP(base64.b32encode(b"12345678901234567890").decode())
    if totp.timecode(datetime.datetime.fromtimestamp(-29)) != 0:
        problems.append("pyotp no longer truncates timecode(-29) to 0")
    try:
        totp.at(-31)
        problems.append("pyotp now accepts a negative step: widen its range")
    except ValueError:
        pass
    return problems


# ---- driver ----------------------------------------------------------------------------------------------

def run_sandi(batch: str, cases: list) -> list:
    lines = []
    for case in cases:
        last = f"hotp:{case.counter}" if case.counter is not None else str(case.time)
        lines.append(f"{case.b32()} {case.algorithm} {case.digits} {case.period} {case.t0} {last}")
    proc = subprocess.run([batch], input="\n".join(lines) + "\n", capture_output=True, text=True, timeout=300)
    if proc.returncode != 0:
        sys.exit(f"otp differential: FAIL: {batch} exited {proc.returncode}: {proc.stderr.strip()}")
    codes = proc.stdout.splitlines()
    if len(codes) != len(cases):
        sys.exit(f"otp differential: FAIL: {len(cases)} cases but {len(codes)} codes from {batch}")
    return codes


def settings() -> tuple:
    seed_text = os.environ.get("SANDI_OTP_DIFF_SEED", str(DEFAULT_SEED))
    seed = random.SystemRandom().randrange(2**32) if seed_text == "random" else int(seed_text)
    count = int(os.environ.get("SANDI_OTP_DIFF_CASES", DEFAULT_CASES))
    jobs = int(os.environ.get("SANDI_OTP_DIFF_JOBS", max(2, min(4, os.cpu_count() or 2))))
    return seed, count, jobs


def load_peers(oathtool: str):
    if not os.path.isfile(oathtool) or not os.access(oathtool, os.X_OK):
        sys.exit(f"otp differential: FAIL: oathtool not found ({oathtool!r}); apt install oathtool")
    try:
        import pyotp
    except ImportError:
        sys.exit(f"otp differential: FAIL: no pyotp for {sys.executable}; apt install python3-pyotp "
                 "(and run this script with /usr/bin/python3)")
    problems = probe_peers(oathtool, pyotp)
    if problems:
        sys.exit("otp differential: FAIL: peer semantics differ from this script's header:\n  "
                 + "\n  ".join(problems))
    return pyotp


def compare(cases: list, sandi: list, oathtool: str, pyotp, jobs: int) -> tuple:
    queries = [(i, oathtool_args(case)) for i, case in enumerate(cases)]
    queries = [(i, args) for i, args in queries if args is not None]
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        oath_codes = list(pool.map(lambda q: run_oathtool(oathtool, q[1], cases[q[0]].key), queries))
    failures = [(cases[i], sandi[i], "oathtool " + " ".join(args), got)
                for (i, args), got in zip(queries, oath_codes) if got != sandi[i]]
    compared_by = [0] * len(cases)
    for i, _ in queries:
        compared_by[i] += 1
    pyotp_count = 0
    for i, case in enumerate(cases):
        try:
            got = pyotp_code(pyotp, case)
        except (ValueError, OverflowError, OSError) as error:
            got = f"<pyotp {type(error).__name__}: {error}>"
        if got is None:
            continue
        pyotp_count += 1
        compared_by[i] += 1
        if got != sandi[i]:
            failures.append((case, sandi[i], "pyotp", got))
    details = oathtool_details([cases[i] for i, _ in queries])
    uncompared = [i for i, n in enumerate(compared_by) if n == 0]
    for i in uncompared:  # no peer: Sandi must at least produce a code
        if not re.fullmatch(r"\d{%d}" % cases[i].digits, sandi[i]):
            failures.append((cases[i], sandi[i], "format", f"{cases[i].digits} digits"))
    return len(queries), pyotp_count, len(uncompared), details, failures


def oathtool_details(compared: list) -> str:
    """What the oathtool comparisons covered, so that a generator drifting away from an area shows."""
    totp = [case for case in compared if case.counter is None]
    mapped = sum(1 for case in totp if (case.time - case.t0) < 0 and (case.time - case.t0) % case.period)
    before_1970 = sum(1 for case in totp if case.time < 0)
    beyond_9999 = sum(1 for case in totp if case.time > PYOTP_MAX_TIME or case.time < YEAR1)
    hotp_wide = sum(1 for case in compared if case.counter is not None and case.algorithm != "SHA1")
    return (f"oathtool covered {mapped} TOTP before T0 through t-X, {before_1970} with t < 0, {beyond_9999} outside "
            f"years 1..9999, {hotp_wide} HOTP SHA256/SHA512 through a 1 s TOTP")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", required=True, help="the otp_batch executable")
    parser.add_argument("--oathtool", required=True, help="the oathtool executable")
    options = parser.parse_args()
    seed, count, jobs = settings()
    print(f"otp differential: seed {seed} (SANDI_OTP_DIFF_SEED), {count} cases (SANDI_OTP_DIFF_CASES)",
          flush=True)
    pyotp = load_peers(options.oathtool)
    started = time.monotonic()
    cases = make_cases(seed, count)
    sandi = run_sandi(options.batch, cases)
    oath_count, pyotp_count, uncompared, details, failures = compare(cases, sandi, options.oathtool, pyotp, jobs)
    for case, ours, peer, theirs in failures[:MAX_REPORTED]:
        print(f"MISMATCH {case.describe()}: sandi {ours!r}, {peer}: {theirs!r}")
    print(f"otp differential: {len(cases)} cases, oathtool compared {oath_count}, pyotp compared {pyotp_count}, "
          f"{uncompared} outside both peers' ranges, {len(failures)} mismatches ({time.monotonic() - started:.1f} s)")
    print(f"otp differential: {details}")
    if failures:
        print(f"reproduce: SANDI_OTP_DIFF_SEED={seed} SANDI_OTP_DIFF_CASES={count} ctest -R '^diff.otp$'")
        return 1
    if count >= 1000 and (oath_count < count // 2 or pyotp_count < count // 4):
        print("otp differential: FAIL: too few cases reach a peer; check the generator's weights")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
