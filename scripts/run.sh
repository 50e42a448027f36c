#!/usr/bin/env bash
# Installs what is missing, builds Sandi (Release), then starts the window (no arguments) or runs
# sandi-cli with the given arguments.
#   scripts/run.sh                                                                   the window
#   scripts/run.sh code 'otpauth://totp/Demo:alice?secret=JBSWY3DPEHPK3PXP&issuer=Demo'   a code
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/deps.sh"
cmake -S "$root" -B "$root/build-release" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSANDI_BUILD_TESTS=OFF >/dev/null
cmake --build "$root/build-release" >/dev/null
if [ $# -eq 0 ]; then
    if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        echo "run.sh: no screen to show the window on (DISPLAY is not set); sandi-cli: scripts/run.sh --help" >&2
        exit 1
    fi
    exec "$root/build-release/app/sandi"
fi
exec "$root/build-release/app/sandi-cli" "$@"
