#!/bin/sh
# `sandi --hidden` (what the start-at-login entry runs), on a private X screen
# (tests/run-under-xvfb.sh): with a system tray (faketray) no window shows, and a second launch,
# as from the menu, shows it; with no tray the window shows at once, since nothing else could
# bring it back.
#   test_hidden_start.sh SANDI FAKETRAY
set -u
sandi=$1
faketray=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
visible() { xdotool search --onlyvisible --name '^Sandi$' 2>/dev/null | wc -l; }

# No tray: --hidden still shows the window.
"$sandi" --hidden >/dev/null 2>&1 &
first=$!
timeout 20 xdotool search --sync --onlyvisible --name '^Sandi$' >/dev/null || { kill $first; fail "no window without a tray"; }
kill $first
wait $first 2>/dev/null

# A tray: --hidden shows no window, but Sandi runs (it takes over a second launch).
"$faketray" >"$HOME/faketray.out" &
tray=$!
timeout 10 sh -c "until grep -q ready '$HOME/faketray.out'; do sleep 0.1; done" || fail "faketray did not start"
"$sandi" --hidden >/dev/null 2>&1 &
hidden=$!
trap 'kill $hidden $tray 2>/dev/null' EXIT
# Wait until it listens for other launches: a second launch then hands over and exits 0.
sleep 3
kill -0 $hidden || fail "sandi --hidden exited"
[ "$(visible)" = 0 ] || fail "sandi --hidden showed a window although a tray exists"
timeout 20 "$sandi" || fail "the second launch did not hand over"
timeout 20 xdotool search --sync --onlyvisible --name '^Sandi$' >/dev/null || fail "a second launch did not show the window"
pid=$(xdotool getwindowpid "$(xdotool search --onlyvisible --name '^Sandi$' | head -n 1)")
[ "$pid" = "$hidden" ] || fail "the window belongs to $pid, not to the hidden Sandi $hidden"
echo "hidden start: OK"
