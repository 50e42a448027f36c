#!/usr/bin/env bash
# Installs what is missing, then builds and runs every test:
#   1. style and layer checks
#   2. the core tests under AddressSanitizer + UndefinedBehaviorSanitizer
#   3. a bounded libFuzzer run of every fuzz target (FUZZ_SECONDS each, default 30, two at a time)
#   4. the Debian package: built in Release, installed, an otpauth:// link opened with xdg-open
#      into the installed Sandi under Xvfb, purged (tests/package/test_deb.sh; SANDI_SKIP_PACKAGE=1
#      skips it, e.g. on a machine where installing into /usr is unwelcome);
#   5. the whole suite (core, differential, CLI, app, window, server) in a normal build; CTest
#      prints its summary last.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
jobs=$(nproc)

"$root/scripts/deps.sh" --test

echo "== style and layer checks"
"$root/scripts/check.sh"

echo "== core tests under ASan+UBSan"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSANDI_CORE_ONLY=ON \
    -DSANDI_SANITIZE=address,undefined >/dev/null
cmake --build build-asan
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-asan --output-on-failure -j "$jobs"

echo "== fuzzing"
"$root/scripts/fuzz.sh" "${FUZZ_SECONDS:-30}"

if [ "${SANDI_SKIP_PACKAGE:-0}" != 1 ]; then
    echo "== Debian package"
    "$root/tests/package/test_deb.sh" "$root/build-package"
fi

echo "== full test suite"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build
ctest --test-dir build --output-on-failure -j "$jobs"

