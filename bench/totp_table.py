#!/usr/bin/env python3
"""Reads bench_totp's JSON output and prints TOTP codes/s per hash with the ratios
sandi/bare and sandi/liboath, from the median of the repetitions.

    bench/totp_table.py build-bench/bench/bench_totp.json [--markdown]
"""
import json
import sys

HASHES = ("SHA1", "SHA256", "SHA512")
MAIN = ("sandi", "bare", "liboath")
# Targets from the issue, checked for SHA1.
TARGET_BARE = 0.8
TARGET_LIBOATH = 2.0


def load(path):
    """Returns (context, {(contender, hash): {aggregate: items_per_second}}, repetitions)."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    rates = {}
    repetitions = 0
    for row in data["benchmarks"]:
        if row.get("run_type") != "aggregate" or "items_per_second" not in row:
            continue
        _, contender, hash_name = row["run_name"].split("/")
        rates.setdefault((contender, hash_name), {})[row["aggregate_name"]] = row["items_per_second"]
        repetitions = max(repetitions, row.get("repetitions", 0))
    if not rates:
        sys.exit("totp_table: no aggregates in %s (run with --benchmark_repetitions > 1)" % path)
    return data["context"], rates, repetitions


def cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


def median(rates, contender, hash_name):
    return rates.get((contender, hash_name), {}).get("median")


def cell(rates, contender, hash_name):
    value = median(rates, contender, hash_name)
    if value is None:
        return "n/a"
    cv = rates[(contender, hash_name)].get("cv")
    spread = " ±%.0f%%" % (cv * 100) if cv is not None else ""
    return "{:,.0f}{}".format(value, spread)


def ratio(rates, a, b, hash_name):
    x, y = median(rates, a, hash_name), median(rates, b, hash_name)
    return x / y if x and y else None


def fmt_ratio(value):
    return "n/a" if value is None else "%.2f" % value


def print_table(header, rows, markdown):
    if markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "|".join("---" if i == 0 else "--:" for i in range(len(header))) + "|")
        for row in rows:
            print("| " + " | ".join(row) + " |")
        return
    widths = [max(len(r[i]) for r in [header] + rows) for i in range(len(header))]
    for row in [header] + rows:
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))))


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    markdown = "--markdown" in argv[2:]
    context, rates, repetitions = load(argv[1])

    print("TOTP codes/s, 6 digits, median of %d repetitions (± coefficient of variation)" % repetitions)
    print("%s, %s CPUs; %s; liboath %s; load average %s" % (
        cpu_model(), context.get("num_cpus", "?"), context.get("openssl", "OpenSSL ?"),
        context.get("liboath", "?"), " ".join("%.2f" % x for x in context.get("load_avg", []))))
    print()
    header = ["hash", "sandi codes/s", "bare codes/s", "liboath codes/s", "sandi/bare", "sandi/liboath"]
    rows = [[h] + [cell(rates, c, h) for c in MAIN] +
            [fmt_ratio(ratio(rates, "sandi", "bare", h)), fmt_ratio(ratio(rates, "sandi", "liboath", h))]
            for h in HASHES]
    print_table(header, rows, markdown)

    others = sorted({c for c, _ in rates} - set(MAIN))
    if others:
        print()
        print("Other ways through OpenSSL 3, codes/s relative to bare:")
        print()
        rows = [[c] + [fmt_ratio(ratio(rates, c, "bare", h)) for h in HASHES] for c in others]
        print_table(["way"] + list(HASHES), rows, markdown)

    print()
    to_bare = ratio(rates, "sandi", "bare", "SHA1")
    to_oath = ratio(rates, "sandi", "liboath", "SHA1")
    for name, value, target in (("sandi/bare", to_bare, TARGET_BARE), ("sandi/liboath", to_oath, TARGET_LIBOATH)):
        verdict = "n/a" if value is None else ("met" if value >= target else "missed")
        print("target SHA1 %s >= %.1f: %s (%s)" % (name, target, verdict, fmt_ratio(value)))


if __name__ == "__main__":
    main(sys.argv)
