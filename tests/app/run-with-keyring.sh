#!/bin/sh
# Runs a command against a private, unlocked Secret Service, with nothing shared with the user's
# own session: a fresh HOME and XDG_RUNTIME_DIR (mode 700) in a temporary folder, a private D-Bus
# session (dbus-run-session), and a headless gnome-keyring-daemon unlocked with a test password
# (docs: /work/shared/DEBIAN-NOTES.md, "The keychain, headless"). DISPLAY and WAYLAND_DISPLAY are
# unset, so no password dialog can ever wait for an answer.
#
#   run-with-keyring.sh COMMAND [ARGS...]                      with a Secret Service
#   run-with-keyring.sh --no-secret-service COMMAND [ARGS...]  a private bus where none can start
#
# The command sees SANDI_TEST_KEYRING=running or =absent. Exit status: the command's; 77 (skip)
# when dbus-run-session or gnome-keyring-daemon is not installed.
set -eu

mode=running
if [ "${1:-}" = "--no-secret-service" ]; then
    mode=absent
    shift
fi
[ $# -gt 0 ] || { echo "usage: $0 [--no-secret-service] COMMAND [ARGS...]" >&2; exit 2; }
command -v dbus-run-session >/dev/null || { echo "$0: dbus-run-session missing (package dbus)" >&2; exit 77; }
if [ "$mode" = running ]; then
    command -v gnome-keyring-daemon >/dev/null ||
        { echo "$0: gnome-keyring-daemon missing (package gnome-keyring)" >&2; exit 77; }
fi

root=$(mktemp -d "${TMPDIR:-/tmp}/sandi-keyring.XXXXXX")
trap 'rm -rf "$root"' EXIT
mkdir -m 700 "$root/home" "$root/runtime"
export HOME="$root/home" XDG_RUNTIME_DIR="$root/runtime" SANDI_TEST_KEYRING="$mode"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS XDG_CURRENT_DESKTOP DESKTOP_SESSION

status=0
if [ "$mode" = running ]; then
    # The password must end in a newline: printf '' leaves the keyring locked. Not empty: with an
    # empty password gnome-keyring stores the keyring unencrypted, as a real login keyring is not,
    # and the tests that scan HOME for secrets would find the keychain's own copy.
    dbus-run-session -- sh -c 'echo "sandi-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' \
        sh "$@" || status=$?
else
    here=$(cd "$(dirname "$0")" && pwd)
    dbus-run-session --config-file="$here/no-secret-service.conf" -- "$@" || status=$?
fi
exit "$status"
