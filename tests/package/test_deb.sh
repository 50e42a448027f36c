#!/bin/sh
# The Debian package, end to end, the way a user gets it (issue #9, docs/packaging.md):
#   1. scripts/package.sh: a Release build and `cpack -G DEB` (sandi_*.deb, sandi-cli_*.deb);
#   2. desktop-file-validate and appstreamcli validate on the files inside the packages;
#   3. apt-get install ./sandi_*.deb ./sandi-cli_*.deb, then /usr/bin/sandi-cli --version;
#   4. under Xvfb (open_link_under_xvfb.sh): /usr/bin/sandi running, `xdg-open 'otpauth://…'`
#      reaches it and shows "Add account?", Add saves the account (sandi-cli list sees it);
#   5. apt-get purge, and every file the packages installed is gone.
#
#   tests/package/test_deb.sh [BUILD_DIR]     (default: build-package in the source tree)
#
# It installs into and removes from the real system, so it needs root (CI runs scripts/test.sh
# as root on a fresh Debian 12); as another user it runs itself again through sudo. Files land in
# BUILD_DIR/package-test/ (screenshots, logs). Exit status 0 when everything holds.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build-package}
case "$build" in /*) ;; *) build="$PWD/$build" ;; esac
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "$0: needs root (or sudo) to install the package" >&2; exit 1; }
    exec sudo "$0" "$build"
fi
out="$build/package-test"
step() { echo "== package: $*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

step "Release build and cpack (scripts/package.sh, the README's install command)"
"$root/scripts/package.sh" "$build"
gui_deb=$(ls "$build"/sandi_*.deb)
cli_deb=$(ls "$build"/sandi-cli_*.deb)
acceptor_deb=$(ls "$build"/sandi-acceptor_*.deb)
version=$(sed -n 's/^project(Sandi VERSION \([0-9.]*\).*/\1/p' "$root/CMakeLists.txt")
echo "$gui_deb"; dpkg-deb --field "$gui_deb" Package Version Depends Recommends
echo "$cli_deb"; dpkg-deb --field "$cli_deb" Package Version Depends
echo "$acceptor_deb"; dpkg-deb --field "$acceptor_deb" Package Version Depends

step "validate the menu entry and the AppStream metainfo inside the package"
rm -rf "$out"
mkdir -p "$out/contents"
dpkg-deb -x "$gui_deb" "$out/contents"
desktop-file-validate "$out/contents/usr/share/applications/sandi.desktop"
# The component id is "sandi", like the desktop file, until the project has a domain for a
# reverse-DNS id (docs/packaging.md); every other check is as strict as appstreamcli's default.
appstreamcli validate --no-net --override=cid-desktopapp-is-not-rdns=info \
    "$out/contents/usr/share/metainfo/sandi.metainfo.xml"
for size in 16 22 24 32 48 64 128 256 512; do
    test -s "$out/contents/usr/share/icons/hicolor/${size}x${size}/apps/sandi.png" || fail "no ${size}px icon"
done
test -s "$out/contents/usr/share/icons/hicolor/scalable/apps/sandi.svg" || fail "no SVG icon"
test -s "$out/contents/usr/share/man/man1/sandi.1.gz" || fail "no sandi(1)"

step "apt-get install"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -q "$gui_deb" "$cli_deb" "$acceptor_deb" >"$out/apt-install.log" 2>&1 || { cat "$out/apt-install.log"; fail "install"; }
dpkg-query -W -f='${Package} ${Version} ${Status}\n' sandi sandi-cli sandi-acceptor
dpkg -L sandi sandi-cli sandi-acceptor | sort -u >"$out/installed-paths"
grep -qx /usr/bin/sandi "$out/installed-paths" || fail "sandi not in /usr/bin"
/usr/bin/sandi-acceptor --help | grep -q -- '--dev-http' || fail "sandi-acceptor --help"
for package in sandi sandi-cli sandi-acceptor; do
    grep -q '^License: GPL-3+' "/usr/share/doc/$package/copyright" || fail "no copyright file in $package"
done
test "$(/usr/bin/sandi-cli --version)" = "sandi-cli $version" || fail "sandi-cli --version: $(/usr/bin/sandi-cli --version)"
test "$(/usr/bin/sandi --version)" = "sandi $version" || fail "sandi --version: $(/usr/bin/sandi --version)"
zcat /usr/share/man/man1/sandi-cli.1.gz | grep -q '^\.TH SANDI-CLI 1 .*Sandi '"$version" || fail "man page version"
# The dpkg triggers of desktop-file-utils registered the otpauth handler for the whole system.
grep -q '^x-scheme-handler/otpauth=.*sandi.desktop' /usr/share/applications/mimeinfo.cache ||
    fail "otpauth not in mimeinfo.cache"

step "xdg-open otpauth:// into the running Sandi, under Xvfb"
LANG=C.UTF-8 LC_ALL=C.UTF-8 SANDI_PACKAGE_TEST_OUT="$out" \
    "$root/tests/run-under-xvfb.sh" "$root/tests/package/open_link_under_xvfb.sh" || fail "xdg-open flow"

step "apt-get purge"
apt-get purge -y -q sandi sandi-cli sandi-acceptor >"$out/apt-purge.log" 2>&1 || { cat "$out/apt-purge.log"; fail "purge"; }
if dpkg-query -W sandi sandi-cli sandi-acceptor >/dev/null 2>&1; then
    dpkg-query -W -f='${Package} ${Status}\n' sandi sandi-cli sandi-acceptor
    fail "still known to dpkg"
fi
left=""
while read -r path; do
    # Folders such as /usr/share/icons/hicolor/16x16/apps belong to other packages too.
    [ -d "$path" ] && [ ! -L "$path" ] && continue
    if [ -e "$path" ] || [ -L "$path" ]; then left="$left $path"; fi
done <"$out/installed-paths"
[ -z "$left" ] || fail "left behind:$left"
! grep -q 'sandi.desktop' /usr/share/applications/mimeinfo.cache || fail "otpauth still registered"
echo "package test: OK ($(grep -vc '^/\.$' "$out/installed-paths") paths installed and removed)"
