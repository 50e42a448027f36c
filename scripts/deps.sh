#!/usr/bin/env bash
# Installs Sandi's Debian 12 build and test dependencies (idempotent, non-interactive).
#   scripts/deps.sh          what building and running needs
#   scripts/deps.sh --test   plus what the tests, sanitizer and fuzz runs need
set -euo pipefail

build_pkgs=(
    g++ cmake ninja-build pkg-config dpkg-dev ca-certificates
    qt6-base-dev libssl-dev libexpected-dev libzxing-dev nlohmann-json3-dev
    qt6-tools-dev qt6-l10n-tools qtkeychain-qt6-dev
    qt6-multimedia-dev
    # sandi-acceptor: Qt HttpServer (whose package forgets its dependency on qt6-websockets-dev),
    # the SQLite driver of Qt SQL, libqrencode for the activation QR.
    qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite libqrencode-dev
    # The camera at run time: Qt Multimedia's GStreamer backend (Debian's default), with H.264 and
    # MJPEG webcam decoding.
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav
)
test_pkgs=(
    libgtest-dev libbenchmark-dev
    clang-14 libfuzzer-14-dev libclang-rt-14-dev clang-format-14
    oathtool liboath-dev python3 python3-pyotp python3-protobuf python3-cryptography
    libqrencode-dev libjpeg62-turbo-dev qrencode zbar-tools zxing-cpp-tools imagemagick librsvg2-bin
    xvfb xauth dbus gnome-keyring libsecret-tools fonts-dejavu-core
    x11-utils xdotool openbox
    ffmpeg
    # sandi-acceptor's walk-through in a real browser (tests/server/browser_walkthrough.py).
    chromium chromium-driver
    # The Debian package test (tests/package/test_deb.sh): validators, xdg-open, pgrep.
    desktop-file-utils appstream xdg-utils procps
    libx11-dev  # tests/ui/faketray: a system tray for the --hidden test
)

pkgs=("${build_pkgs[@]}")
if [ "${1:-}" = "--test" ]; then
    pkgs+=("${test_pkgs[@]}")
fi

missing=()
for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "deps.sh: run as root (or install sudo): ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
fi
echo "deps.sh: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
