#!/usr/bin/env bash
# Installs what is missing, builds Sandi (Release) and runs sandi-cli with the given arguments.
#   scripts/run.sh code 'otpauth://totp/Demo:alice?secret=JBSWY3DPEHPK3PXP&issuer=Demo'
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/deps.sh"
cmake -S "$root" -B "$root/build-release" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSANDI_BUILD_TESTS=OFF >/dev/null
cmake --build "$root/build-release" >/dev/null
if [ $# -eq 0 ]; then
    set -- --help
fi
exec "$root/build-release/app/sandi-cli" "$@"
