#!/usr/bin/env python3
"""The strategy table: each decoding strategy of qr_strategies alone, over the whole corpus.

    strategies.py QR_STRATEGIES CORPUS_DIR [--markdown] [--filter SUBSTRING]

For each group of hard cases: images read (exactly the expected texts). Times are medians per
resolution of the strategy alone, in-process, on its second run (no first touch of memory); the
luminance image is made beforehand for the
zxing-* and whole-* rows (about 3 ms at 1080p, 10 ms at 4K), while the sandi-* rows start from the
BGRX screen grab as decodeQr() does.
"""
import argparse
import collections
import json
import pathlib
import statistics
import subprocess

GROUPS = ["plain", "small", "scaled", "jpeg", "dark/inverted", "low contrast", "logo", "two codes", "7680x2160",
          "no code"]


def group(name):
    if "none" in name:
        return "no code"
    if name.startswith("r7680x2160"):
        return "7680x2160"
    if "dimmed" in name:
        return "low contrast"
    if "-two-" in name:
        return "two codes"
    if "-H-" in name:
        return "logo"
    if "darkmode" in name or "inverted" in name or "-dark-" in name:
        return "dark/inverted"
    if "jpg" in name:
        return "jpeg"
    if "-f1" in name:
        return "scaled"
    if any(f"-{s}-" in name for s in ("s1", "a1.5", "s2")):
        return "small"
    return "plain"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("tool")
    parser.add_argument("corpus", type=pathlib.Path)
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--filter", default="")
    args = parser.parse_args()

    read = collections.defaultdict(collections.Counter)  # strategy -> group -> images read
    totals = collections.Counter()  # group -> images
    times = collections.defaultdict(lambda: collections.defaultdict(list))  # strategy -> resolution -> ms
    order = []
    for image in sorted(p for p in args.corpus.glob("*.ppm") if args.filter in p.name):
        expected = sorted(image.with_suffix(".txt").read_text().splitlines())
        done = subprocess.run([args.tool, str(image)], capture_output=True, text=True, check=True)
        g = group(image.stem)
        totals[g] += 1
        resolution = image.stem.split("-")[0][1:]
        for line in done.stdout.splitlines():
            row = json.loads(line)
            name = row["strategy"]
            if name not in order:
                order.append(name)
            read[name][g] += sorted(row["texts"]) == expected
            if "skipped" not in "".join(row["texts"]):
                times[name][resolution].append(row["ms"])
        print(f"# {image.name}", flush=True)

    groups = [g for g in GROUPS if totals[g]]
    resolutions = sorted({r for t in times.values() for r in t}, key=lambda r: int(r.split("x")[0]))
    header = ["strategy"] + [f"{g} ({totals[g]})" for g in groups] + ["all"] + [f"ms {r}" for r in resolutions]
    rows = []
    for name in order:
        rows.append([name] + [str(read[name][g]) for g in groups] + [str(sum(read[name].values()))] +
                    [f"{statistics.median(times[name][r]):.0f}" if times[name][r] else "–" for r in resolutions])
    if args.markdown:
        print("| " + " | ".join(header) + " |")
        print("|---|" + "--:|" * (len(header) - 1))
        for row in rows:
            print("| " + " | ".join(row) + " |")
    else:
        widths = [max(len(r[i]) for r in [header] + rows) for i in range(len(header))]
        for r in [header] + rows:
            print("  ".join(c.ljust(w) for c, w in zip(r, widths)))


if __name__ == "__main__":
    main()
