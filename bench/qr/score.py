#!/usr/bin/env python3
"""Scores sandi_qr_scan, zbarimg and ZXingReader side by side on the corpus of make_corpus.sh.

    score.py SANDI_QR_SCAN CORPUS_DIR [--runs N] [--markdown] [--filter SUBSTRING]

An image counts as read when a tool prints exactly its expected texts: every code found and
nothing else (so an image without a code is read when nothing is printed). Cases are the images
that differ only in their instance number (-0, -1, -2). Times are medians over every image of a
case and every run:
  sandi decode   in-process decodeQr() time of the first call in a fresh process (cold caches
                 and fresh memory, as for the app's first scan)
  sandi warm     in-process median of 5 calls on the same image in one process (the app's
                 later scans, with its memory already mapped)
  … process      the whole command, from start to exit (process start, image file decoding and
                 writing the output included): the only time available for zbarimg and ZXingReader.
All three tools look for QR codes only.
"""
import argparse
import collections
import pathlib
import re
import statistics
import subprocess
import time

ZBAR = ["zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable"]
ZXING = ["ZXingReader", "-1", "-format", "QRCode"]
ZXING_LINE = re.compile(r'^\S+ QRCode "(.*)"$')


def run(command):
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, errors="replace")
    return time.perf_counter() - start, done


def fields(stderr):
    return dict(f.split("=", 1) for f in stderr.split() if "=" in f)


def sandi(tool, image, runs):
    texts, process, cold, stats = None, [], [], {}
    ppm = str(image.with_suffix(".ppm"))
    for i in range(runs):
        seconds, done = run([tool, ppm])
        process.append(seconds * 1000)
        cold.append(float(fields(done.stderr).get("decode_ms", "nan")))
        if i == 0:
            texts, stats = done.stdout.splitlines(), fields(done.stderr)
    _, done = run([tool, "--repeat", "5", ppm])
    warm = [float(fields(done.stderr).get("median_ms", "nan"))]
    return texts, process, cold, warm, stats


def other(command, image, runs, parse):
    texts, process = None, []
    for i in range(runs):
        seconds, done = run(command + [str(image)])
        process.append(seconds * 1000)
        if i == 0:
            texts = parse(done.stdout)
    return texts, process


def zbar_texts(stdout):
    return [line for line in stdout.splitlines() if line]


def zxing_texts(stdout):
    # ZXingReader -1 quotes the text; an otpauth URI holds no quote or backslash to unescape.
    return [m.group(1) for m in map(ZXING_LINE.match, stdout.splitlines()) if m]


def case_name(path):
    return re.sub(r"-\d+$", "", path.stem)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("tool")
    parser.add_argument("corpus", type=pathlib.Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--filter", default="")
    args = parser.parse_args()

    images = sorted(p for p in args.corpus.iterdir() if p.suffix in (".png", ".jpg") and args.filter in p.name)
    cases = collections.OrderedDict()
    strategies = collections.Counter()
    for image in images:
        expected = sorted((image.with_suffix(".txt")).read_text().splitlines())
        texts, s_process, s_cold, s_warm, stats = sandi(args.tool, image, args.runs)
        z_texts, z_process = other(ZBAR, image, args.runs, zbar_texts)
        x_texts, x_process = other(ZXING, image, args.runs, zxing_texts)
        for found in filter(None, stats.get("strategies", "").split(",")):
            strategies[found] += 1
        row = cases.setdefault(case_name(image), collections.defaultdict(list))
        row["n"].append(1)
        for tool, found in (("sandi", texts), ("zbar", z_texts), ("zxing", x_texts)):
            row[tool + "_ok"].append(sorted(found) == expected)
        row["cold"] += s_cold
        row["warm"] += s_warm
        row["sandi_process"] += s_process
        row["zbar_process"] += z_process
        row["zxing_process"] += x_process
        for stage in ("gray_ms", "whole_ms", "search_ms", "regions_ms"):
            row[stage].append(float(stats.get(stage, "nan")))
        print(f"# {image.name}: sandi {sorted(texts) == expected} "
              f"zbar {sorted(z_texts) == expected} zxing {sorted(x_texts) == expected} "
              f"{stats.get('decode_ms')} ms {stats.get('strategies', '')}", flush=True)
    report(cases, strategies, args.markdown)


def report(cases, strategies, markdown):
    def med(values):
        return f"{statistics.median(values):.0f}"

    header = ["case", "sandi", "zbarimg", "ZXingReader", "sandi decode ms", "sandi warm ms",
              "sandi process ms", "zbarimg process ms", "ZXingReader process ms"]
    rows = []
    totals = collections.Counter()
    for name, row in cases.items():
        n = len(row["n"])
        ok = {tool: sum(row[tool + "_ok"]) for tool in ("sandi", "zbar", "zxing")}
        for tool, count in ok.items():
            totals[tool] += count
        totals["n"] += n
        rows.append([name, f"{ok['sandi']}/{n}", f"{ok['zbar']}/{n}", f"{ok['zxing']}/{n}", med(row["cold"]),
                     med(row["warm"]), med(row["sandi_process"]), med(row["zbar_process"]),
                     med(row["zxing_process"])])
    n = totals["n"]
    rows.append(["**all**", f"{totals['sandi']}/{n}", f"{totals['zbar']}/{n}", f"{totals['zxing']}/{n}"] + [""] * 5)
    print_table(header, rows, markdown)

    print()
    stage_rows = []
    for res in sorted({name.split("-")[0] for name in cases}, key=lambda r: int(r[1:].split("x")[0])):
        stages = collections.defaultdict(list)
        for name, row in cases.items():
            if name.startswith(res + "-"):
                for stage in ("cold", "gray_ms", "whole_ms", "search_ms", "regions_ms"):
                    stages[stage] += row[stage]
        stage_rows.append([res[1:]] + [med(stages[s]) for s in ("cold", "gray_ms", "whole_ms", "search_ms",
                                                                  "regions_ms")])
    print_table(["resolution", "decode ms", "to grey/halve ms", "whole image ms", "region search ms",
                 "region decode ms"], stage_rows, markdown)
    print()
    print_table(["strategy@scale", "codes found first by it"],
                [[k, str(v)] for k, v in sorted(strategies.items(), key=lambda kv: -kv[1])], markdown)

    cold_4k = [t for name, row in cases.items() if name.startswith("r3840x2160-") for t in row["cold"]]
    if cold_4k:
        print(f"\n4K full-desktop decode (sandi, in-process, first call): median {statistics.median(cold_4k):.0f} ms"
              f" over {len(cold_4k)} runs (target < 150 ms)")
    worse = [name for name, row in cases.items() if sum(row["sandi_ok"]) < sum(row["zbar_ok"])]
    print("cases where sandi reads fewer images than zbarimg:", ", ".join(worse) if worse else "none")


def print_table(header, rows, markdown):
    if markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "|".join("---" if i == 0 else "--:" for i in range(len(header))) + "|")
        for row in rows:
            print("| " + " | ".join(row) + " |")
        return
    widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    for r in [header] + rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths)))


if __name__ == "__main__":
    main()
