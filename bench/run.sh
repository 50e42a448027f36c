#!/usr/bin/env bash
# Builds bench_totp in Release (build-bench), runs it with repetitions and prints TOTP codes/s for
# sandi_core, bare OpenSSL 3 and liboath with the ratios sandi/bare and sandi/liboath (medians).
#   bench/run.sh                               # 20 repetitions, interleaved
#   bench/run.sh --benchmark_filter=SHA1       # extra flags go to the benchmark (the last wins)
#   MARKDOWN=1 bench/run.sh                    # the tables in Markdown, for docs/performance.md
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build-bench"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSANDI_BUILD_BENCHMARKS=ON \
    -DSANDI_CORE_ONLY=ON >/dev/null
cmake --build "$build" --target bench_totp >/dev/null

# Random interleaving runs the repetitions of all benchmarks in a shuffled order, so that a burst of
# load from other processes spreads over every contender instead of one; the median discards it.
json="$build/bench/bench_totp.json"
"$build/bench/bench_totp" --benchmark_repetitions=20 --benchmark_enable_random_interleaving=true \
    --benchmark_min_time=0.1 --benchmark_report_aggregates_only=true \
    --benchmark_out="$json" --benchmark_out_format=json "$@" >"$build/bench/bench_totp.txt"
echo "full output: $build/bench/bench_totp.txt and $json"
echo
python3 "$root/bench/totp_table.py" "$json" ${MARKDOWN:+--markdown}
