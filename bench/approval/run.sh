#!/usr/bin/env bash
# Login approval in the window: from the browser's password submit to the prompt painted in
# Sandi (median and p95 over 50 logins), and Sandi's idle CPU and wake-ups with five enrolled
# acceptors, shown and hidden in the tray. Builds nothing: pass a build directory that holds
# app/sandi, server/sandi-acceptor and tests/ui/faketray (`ninja sandi sandi-acceptor faketray`).
#   bench/approval/run.sh [BUILD_DIR] [--logins N] [--idle SECONDS] [--markdown] [--out FILE.json]
# Runs in a fresh HOME with a private D-Bus session and an unlocked gnome-keyring
# (tests/app/run-with-keyring.sh); needs chromium, chromium-driver, xdotool, xvfb and imagemagick.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$root/build}"
shift || true
build="$(cd "$build" && pwd)"
for exe in app/sandi server/sandi-acceptor; do
    [ -x "$build/$exe" ] || { echo "$0: $build/$exe missing; build it first" >&2; exit 2; }
done
exec "$root/tests/app/run-with-keyring.sh" /usr/bin/python3 "$root/bench/approval/approvalbench.py" --build "$build" "$@"
