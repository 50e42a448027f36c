#!/usr/bin/env bash
# QR decoding benchmark: builds sandi_qr_scan and qr_strategies in Release, generates the corpus
# (bench/qr/make_corpus.sh, once), then scores sandi_core, zbarimg and ZXingReader side by side on
# every case: images read per case and median times. See docs/performance.md, "QR decoding (core)".
#   bench/qr/run.sh                      # the comparison, 3 runs per image and tool
#   bench/qr/run.sh --filter r3840x2160  # extra flags go to bench/qr/score.py
#   STRATEGIES=1 bench/qr/run.sh         # instead: each decoding strategy alone (strategy table)
#   MARKDOWN=1 …                         # tables in Markdown, for docs/performance.md
#   BUILD=dir CORPUS=dir …               # default build-bench and build-bench/qr-corpus
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${BUILD:-$root/build-bench}"
corpus="${CORPUS:-$build/qr-corpus}"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSANDI_BUILD_BENCHMARKS=ON \
    -DSANDI_CORE_ONLY=ON >/dev/null
cmake --build "$build" --target sandi_qr_scan qr_strategies >/dev/null
if [ ! -f "$corpus/.complete" ]; then
    rm -rf "$corpus"
    "$root/bench/qr/make_corpus.sh" "$corpus" >/dev/null
    touch "$corpus/.complete"
fi

echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "peers: zbarimg $(zbarimg --version 2>&1), ZXingReader $(dpkg-query -W -f='${Version}' zxing-cpp-tools)"
if [ -n "${STRATEGIES:-}" ]; then
    python3 "$root/bench/qr/strategies.py" "$build/bench/qr/qr_strategies" "$corpus" ${MARKDOWN:+--markdown} "$@"
else
    python3 "$root/bench/qr/score.py" "$build/bench/qr/sandi_qr_scan" "$corpus" ${MARKDOWN:+--markdown} "$@"
fi
