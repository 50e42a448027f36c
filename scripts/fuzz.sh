#!/usr/bin/env bash
# Builds the libFuzzer targets with clang-14 (ASan+UBSan) and runs each one for a bounded time on
# a copy of its seed corpus, two at a time (one per core of the CI machine). Fails when any target
# finds a crash, leak or sanitizer report, and prints that target's log.
#   scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 30)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
jobs=${FUZZ_JOBS:-$(nproc)}
build=build-fuzz
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSANDI_CORE_ONLY=ON -DSANDI_BUILD_TESTS=OFF \
    -DSANDI_FUZZ=ON -DSANDI_SANITIZE=address,undefined -DCMAKE_CXX_COMPILER=clang++-14 >/dev/null
cmake --build "$build"
mkdir -p "$build/artifacts"

fuzz_one() {
    local exe=$1 seconds=$2 build=$3
    local name=${exe##*/fuzz_}
    local work="$build/corpus/$name"
    mkdir -p "$work"
    cp -n fuzz/corpus/"$name"/* "$work"/ 2>/dev/null || true
    if ! "$exe" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$build/artifacts/${name}-" "$work" 2>"$build/fuzz_$name.log"; then
        tail -n 60 "$build/fuzz_$name.log"
        echo "fuzz_$name FAILED"
        return 1
    fi
    echo "== fuzz_$name: ${seconds}s $(grep -E '^stat::number_of_executed_units|^Done' "$build/fuzz_$name.log" | tr '\n' ' ')"
}
export -f fuzz_one
# xargs exits non-zero (123) when any run failed; every target still runs to the end.
printf '%s\n' "$build"/fuzz/fuzz_* | xargs -P "$jobs" -I{} bash -c 'fuzz_one "$@"' _ {} "$seconds" "$build"
echo "fuzzing: all targets ran ${seconds}s without a crash"
