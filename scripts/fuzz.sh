#!/usr/bin/env bash
# Builds the libFuzzer targets with clang-14 (ASan+UBSan) and runs each one for a bounded time on
# a copy of its seed corpus. Fails on the first crash, leak or sanitizer report.
#   scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
build=build-fuzz
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSANDI_CORE_ONLY=ON -DSANDI_BUILD_TESTS=OFF \
    -DSANDI_FUZZ=ON -DSANDI_SANITIZE=address,undefined -DCMAKE_CXX_COMPILER=clang++-14 >/dev/null
cmake --build "$build"
mkdir -p "$build/artifacts"
for exe in "$build"/fuzz/fuzz_*; do
    name=${exe##*/fuzz_}
    work="$build/corpus/$name"
    mkdir -p "$work"
    cp -n fuzz/corpus/"$name"/* "$work"/ 2>/dev/null || true
    echo "== fuzz_$name: ${seconds}s"
    "$exe" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$build/artifacts/${name}-" "$work" 2>"$build/fuzz_$name.log" ||
        { tail -n 60 "$build/fuzz_$name.log"; echo "fuzz_$name FAILED"; exit 1; }
    grep -E '^stat::number_of_executed_units|^Done' "$build/fuzz_$name.log" | tr '\n' ' '; echo
done
echo "fuzzing: all targets ran ${seconds}s without a crash"
