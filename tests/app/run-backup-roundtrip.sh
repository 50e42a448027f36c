#!/bin/sh
# The backup round trip across two machines' worth of state: runs TEST's exportPhase in one fresh
# HOME and keychain, then its importPhase in another (each through run-with-keyring.sh). The two
# share only a temporary folder (SANDI_ROUNDTRIP_DIR) with the backup and the codes shown.
#   run-backup-roundtrip.sh PATH/TO/tst_backuproundtrip
set -eu
[ $# -eq 1 ] || { echo "usage: $0 TEST" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
SANDI_ROUNDTRIP_DIR=$(mktemp -d "${TMPDIR:-/tmp}/sandi-roundtrip.XXXXXX")
export SANDI_ROUNDTRIP_DIR
trap 'rm -rf "$SANDI_ROUNDTRIP_DIR"' EXIT
"$here/run-with-keyring.sh" "$1" exportPhase
"$here/run-with-keyring.sh" "$1" importPhase
