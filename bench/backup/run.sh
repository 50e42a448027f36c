#!/usr/bin/env bash
# Builds bench_backup and prints the cost of one automatic backup after an edit with 10, 100 and
# 1,000 accounts (docs/performance.md, "Automatic backups"), as Markdown tables.
#   bench/backup/run.sh                    # Release build in build-bench-app (needs Qt), 20 runs
#   bench/backup/run.sh BUILD [FLAGS...]   # an existing build folder; FLAGS go to bench_backup
#                                          # (--runs R, --counts 10,100, --dir PATH)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$root/build-bench-app}"
[ $# -gt 0 ] && shift
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake "$build" -DSANDI_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$build" --target bench_backup >/dev/null
echo "build: $(grep -E '^CMAKE_BUILD_TYPE' "$build/CMakeCache.txt"); load: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
"$build/bench/backup/bench_backup" --markdown "$@"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
