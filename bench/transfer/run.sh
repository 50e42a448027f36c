#!/usr/bin/env bash
# Import and export of ACCOUNTS accounts (default 1,000) through sandi-cli, plain and encrypted,
# and the same accounts through keepassxc-cli (XML into an encrypted database, and back out).
# Each sandi phase runs in a fresh HOME with its own D-Bus session and unlocked gnome-keyring
# (tests/app/run-with-keyring.sh), so nothing touches the user's accounts or keychain, and the
# keychain starts empty: phase A imports the links and exports; phase B restores the backup.
#   bench/transfer/run.sh [BUILD_DIR]      # default: build-release, else build
#   RUNS=3 ACCOUNTS=1000 MARKDOWN=1 bench/transfer/run.sh ...
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$root/build-release}"
[ -x "$build/app/sandi-cli" ] || build="$root/build"
cli="$build/app/sandi-cli"
[ -x "$cli" ] || { echo "$0: $cli missing; build sandi-cli first (Release)" >&2; exit 2; }
grep -q '^CMAKE_BUILD_TYPE:STRING=Release$' "$build/CMakeCache.txt" 2>/dev/null ||
    echo "$0: note: $build is not a Release build" >&2
runs="${RUNS:-3}"
accounts="${ACCOUNTS:-1000}"
work="$(mktemp -d "${TMPDIR:-/tmp}/sandi-transferbench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
bench="$root/bench/transfer/transferbench.py"
keyring="$root/tests/app/run-with-keyring.sh"

python3 "$bench" make --accounts "$accounts" --dir "$work"
for run in $(seq "$runs"); do
    echo "transferbench: run $run of $runs" >&2
    rm -f "$work/backup.sandi"
    "$keyring" python3 "$bench" sandi-a --cli "$cli" --dir "$work"
    "$keyring" python3 "$bench" sandi-b --cli "$cli" --dir "$work"
    command -v secret-tool >/dev/null && "$keyring" python3 "$bench" keychain --dir "$work"
    if command -v keepassxc-cli >/dev/null; then
        python3 "$bench" keepassxc --dir "$work"
    fi
done
echo
echo "sandi-cli: $cli; $(nproc) CPUs; $(uname -r); load $(cut -d' ' -f1-3 /proc/loadavg)"
command -v keepassxc-cli >/dev/null && echo "keepassxc-cli $(keepassxc-cli --version)"
python3 "$bench" table ${MARKDOWN:+--markdown} --dir "$work"
