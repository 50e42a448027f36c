#!/bin/sh
# Part of test_deb.sh, run by tests/run-under-xvfb.sh (private X screen, D-Bus session, HOME):
# the installed Sandi running, then `xdg-open 'otpauth://…'` as a browser would, which must start
# a second /usr/bin/sandi through the menu entry that hands the link to the first one, whose
# "Add account?" dialog then appears; Enter adds the account, sandi-cli sees it. Then, with no
# Sandi running, xdg-open starts one that asks "Add account?" at once.
# SANDI_PACKAGE_TEST_OUT: where the screenshots go.
set -eu
out=${SANDI_PACKAGE_TEST_OUT:?}
link='otpauth://totp/LPSE%20Demo:ppk1?secret=JBSWY3DPEHPK3PXP&issuer=LPSE%20Demo' # RFC 4648 test key

# The keychain recipe of DEBIAN-NOTES.md: a private, unlocked Secret Service on this bus.
echo "sandi-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
# A window manager, so that the dialog gets the keyboard focus as on a desktop.
if command -v openbox >/dev/null; then
    openbox >/dev/null 2>&1 &
fi

# What xdg-open will run, with nothing configured for this user: the system's mimeinfo.cache.
handler=$(xdg-mime query default x-scheme-handler/otpauth)
echo "xdg-mime query default x-scheme-handler/otpauth: $handler"
[ "$handler" = sandi.desktop ] || { echo "FAIL: otpauth handler is '$handler'" >&2; exit 1; }

/usr/bin/sandi >"$out/sandi.log" 2>&1 &
sandi=$!
trap 'kill $sandi 2>/dev/null || true' EXIT
timeout 30 xdotool search --sync --onlyvisible --name '^Sandi$' >/dev/null ||
    { echo "FAIL: no Sandi window" >&2; cat "$out/sandi.log" >&2; exit 1; }
sleep 1 # let the account list load (the dialog waits for it anyway)

start=$(date +%s%N)
xdg-open "$link"
dialog=$(timeout 30 xdotool search --sync --onlyvisible --name '^Add account\?$' | head -n 1)
[ -n "$dialog" ] || { echo "FAIL: no 'Add account?' dialog after xdg-open" >&2; cat "$out/sandi.log" >&2; exit 1; }
echo "'Add account?' shown $(( ($(date +%s%N) - start) / 1000000 )) ms after xdg-open (window $dialog)"
owner=$(xdotool getwindowpid "$dialog")
[ "$owner" = "$sandi" ] || { echo "FAIL: the dialog belongs to process $owner, not to the running Sandi" >&2; exit 1; }
import -window root "$out/xdg-open-dialog.png"

# Enter is the dialog's default button: Add.
xdotool windowactivate --sync "$dialog" 2>/dev/null || true
xdotool key --clearmodifiers Return
for _ in $(seq 50); do
    xdotool search --onlyvisible --name '^Add account\?$' >/dev/null 2>&1 || break
    sleep 0.2
done
sleep 0.5
import -window root "$out/xdg-open-added.png"
accounts=$(/usr/bin/sandi-cli list)
echo "sandi-cli list: $accounts"
[ "$accounts" = "$(printf 'LPSE Demo\tppk1')" ] || { echo "FAIL: account not added" >&2; exit 1; }
kill "$sandi"
wait "$sandi" 2>/dev/null || true
trap - EXIT

# With no Sandi running, the link starts one (xdg-open waits for it, so in the background).
xdg-open 'otpauth://totp/LPSE%20Kota:pokja2?secret=GEZDGNBVGY3TQOJQ&issuer=LPSE%20Kota' &
opener=$!
dialog=$(timeout 30 xdotool search --sync --onlyvisible --name '^Add account\?$' | head -n 1)
[ -n "$dialog" ] || { echo "FAIL: xdg-open did not start Sandi with 'Add account?'" >&2; kill "$opener"; exit 1; }
started=$(xdotool getwindowpid "$dialog")
echo "'Add account?' shown by the Sandi that xdg-open started (process $started)"
import -window root "$out/xdg-open-cold-start.png"
kill "$started"
wait "$opener" 2>/dev/null || true
echo "xdg-open flow: OK"
