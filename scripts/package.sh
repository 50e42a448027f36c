#!/usr/bin/env bash
# Builds Sandi's Debian packages (docs/packaging.md): installs the build dependencies if missing,
# builds in Release without tests, runs CPack. Prints the paths of the .deb files.
#   scripts/package.sh [BUILD_DIR]     (default: build-package)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build-package}"
"$root/scripts/deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSANDI_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j "${JOBS:-$(nproc)}"
rm -f "$build"/sandi*.deb
(cd "$build" && cpack -G DEB >/dev/null)
ls "$build"/sandi*.deb
