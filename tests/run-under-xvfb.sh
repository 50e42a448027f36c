#!/bin/sh
# Runs a command on a private X server (Xvfb, through xvfb-run) inside a private D-Bus session, with
# nothing shared with the user's desktop: a fresh HOME and XDG_RUNTIME_DIR (mode 700) in a temporary
# folder, the xcb platform, no Wayland display, and a bus without service files
# (app/no-secret-service.conf), so that no real desktop portal or keyring can be started on it. For the tests where a real X screen matters:
# screen grabs, window mapping (docs: /work/shared/DEBIAN-NOTES.md, "GUI without a screen").
#
#   run-under-xvfb.sh [--server-args "XVFB ARGS"] COMMAND [ARGS...]
#   run-under-xvfb.sh --bus-only COMMAND [ARGS...]    only the private bus and folders, no X
#
# The default server is one 1920 × 1080 screen: -screen 0 1920x1080x24. Exit status: the
# command's; 77 (skip) when xvfb-run, xauth or dbus-run-session is not installed.
set -eu

server_args="-screen 0 1920x1080x24"
with_x=yes
while [ $# -gt 0 ]; do
    case "$1" in
        --server-args) server_args="$2"; shift 2 ;;
        --bus-only) with_x=no; shift ;;
        *) break ;;
    esac
done
[ $# -gt 0 ] || { echo "usage: $0 [--server-args ARGS | --bus-only] COMMAND [ARGS...]" >&2; exit 2; }
command -v dbus-run-session >/dev/null || { echo "$0: dbus-run-session missing (package dbus)" >&2; exit 77; }
if [ "$with_x" = yes ]; then
    command -v xvfb-run >/dev/null || { echo "$0: xvfb-run missing (package xvfb)" >&2; exit 77; }
    command -v xauth >/dev/null || { echo "$0: xauth missing (package xauth)" >&2; exit 77; }
fi

root=$(mktemp -d "${TMPDIR:-/tmp}/sandi-xvfb.XXXXXX")
trap 'rm -rf "$root"' EXIT
mkdir -m 700 "$root/home" "$root/runtime"
export HOME="$root/home" XDG_RUNTIME_DIR="$root/runtime"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS XDG_SESSION_TYPE XDG_CURRENT_DESKTOP DESKTOP_SESSION

here=$(cd "$(dirname "$0")" && pwd)
bus="--config-file=$here/app/no-secret-service.conf"
status=0
if [ "$with_x" = yes ]; then
    export QT_QPA_PLATFORM=xcb
    # -a: the first free display number, so that parallel tests do not collide.
    dbus-run-session "$bus" -- xvfb-run -a -s "$server_args" "$@" || status=$?
else
    dbus-run-session "$bus" -- "$@" || status=$?
fi
exit "$status"
