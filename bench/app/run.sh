#!/usr/bin/env bash
# Measures the Sandi window under Xvfb with 1 and with 100 accounts: cold start to the first code
# painted, memory (RSS), and idle CPU over 60 s with the window shown and minimized. Builds
# nothing: pass a Release build directory that holds app/sandi and app/sandi-cli.
#   bench/app/run.sh [BUILD_DIR]        # default: build-release, else build-appbench
#   MARKDOWN=1 bench/app/run.sh ...     # the tables in Markdown, for docs/performance.md
#   RUNS=10 IDLE=60 COUNTS="1 100"      # starts per count, idle seconds, account counts
#   NICE=-10 bench/app/run.sh ...       # the whole session (X, keyring, app) at a higher priority
#                                       # than other work on a shared machine (needs root)
# Each count runs in a fresh HOME with its own D-Bus session and an unlocked gnome-keyring (the
# recipe of tests/app/run-with-keyring.sh), so nothing touches the user's accounts or keychain.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"

build="${1:-}"
if [ -z "$build" ]; then
    build="$root/build-release"
    [ -x "$build/app/sandi" ] || build="$root/build-appbench"
fi
case "$build" in /*) ;; *) [ -d "$build" ] || build="$root/$build" ;; esac
build="$(cd "$build" && pwd)"
for exe in sandi sandi-cli; do
    [ -x "$build/app/$exe" ] || { echo "$0: $build/app/$exe missing; build it first (Release)" >&2; exit 2; }
done
grep -q '^CMAKE_BUILD_TYPE:STRING=Release$' "$build/CMakeCache.txt" 2>/dev/null ||
    echo "$0: warning: $build is not a Release build" >&2
for tool in Xvfb xprop xdotool dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "$0: $tool missing (scripts/deps.sh --test)" >&2; exit 2; }
done

runs="${RUNS:-10}"
idle="${IDLE:-60}"
counts="${COUNTS:-1 100}"
nice="${NICE:-0}"
results="$(mktemp -d "${TMPDIR:-/tmp}/sandi-appbench.XXXXXX")"
trap 'rm -rf "$results"' EXIT

for n in $counts; do
    home="$results/home-$n"
    mkdir -m 700 "$home" "$results/runtime-$n"
    # A private session: no desktop, bus or keyring of the user's, and no dbus-x11 autolaunch.
    nice -n "$nice" env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS -u XDG_CURRENT_DESKTOP -u DESKTOP_SESSION \
        -u SESSION_MANAGER HOME="$home" XDG_RUNTIME_DIR="$results/runtime-$n" XDG_DATA_HOME="$home/.local/share" \
        XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache" QT_QPA_PLATFORM=xcb \
        dbus-run-session -- sh -c 'echo "" | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' \
        sh /usr/bin/python3 "$root/bench/app/appbench.py" measure --build "$build" --accounts "$n" --runs "$runs" \
        --idle "$idle" --out "$results/result-$n.json"
done

echo
echo "build: $build; $(nproc) CPUs; $(uname -r); session niceness $nice"
files=()
for n in $counts; do files+=("$results/result-$n.json"); done
/usr/bin/python3 "$root/bench/app/appbench.py" table ${MARKDOWN:+--markdown} "${files[@]}"
