#!/bin/sh
# Runs a command with SANDI_TEST_SMALL_DISK set to an empty 256 KiB tmpfs, so that a test can
# fill a real file system and see the kernel's "no space left on device" (ENOSPC). The tmpfs is
# mounted in a private user and mount namespace (unshare), which needs no root where unprivileged
# user namespaces are allowed (Debian's default) and disappears with the command.
# Exit status: the command's; 77 (skip) when no namespace or tmpfs can be had.
set -eu
[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; }
if ! command -v unshare >/dev/null || ! unshare --user --map-root-user --mount true 2>/dev/null; then
    echo "$0: unprivileged user namespaces are not available here; skipping" >&2
    exit 77
fi
mountpoint=$(mktemp -d "${TMPDIR:-/tmp}/sandi-small-disk.XXXXXX")
trap 'rmdir "$mountpoint"' EXIT
status=0
unshare --user --map-root-user --mount sh -c '
    dir=$1; shift
    mount -t tmpfs -o size=256k,mode=700 tmpfs "$dir" || { echo "cannot mount a tmpfs; skipping" >&2; exit 77; }
    SANDI_TEST_SMALL_DISK=$dir exec "$@"' sh "$mountpoint" "$@" || status=$?
exit "$status"
