#!/usr/bin/env bash
# House rules a script can check: layer boundaries (docs/architecture.md) and clang-format.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0

# core/ is Qt-free; ui/ never touches OpenSSL, ZXing or the keychain; app/ never includes widgets.
if grep -rnE '^\s*#\s*include\s*[<"](Q[A-Za-z]|qt[0-9a-z]*/)' core; then
    echo "check: core/ must not include Qt headers" >&2; status=1
fi
if [ -d ui ] && grep -rnE '^\s*#\s*include\s*[<"](openssl/|ZXing/|qt6keychain/)' ui; then
    echo "check: ui/ must go through app/ for OpenSSL, ZXing and the keychain" >&2; status=1
fi
if grep -rnE '^\s*#\s*include\s*[<"](QtWidgets/|QWidget|QDialog|QMainWindow|ui/)' app --include='*.h' --include='*.cpp' \
    | grep -v '^app/main.cpp'; then
    echo "check: app/ (except main.cpp) must not use widgets or ui/" >&2; status=1
fi
if grep -rnE '^\s*#\s*include\s*"(app|ui)/' core; then
    echo "check: core/ must not include app/ or ui/" >&2; status=1
fi

# libqrencode is wrapped once, by the core's QR encoder (tests draw their own codes with it).
if grep -rlE '^\s*#\s*include\s*[<"]qrencode\.h' core app ui server | grep -v '^core/qr/qrencoder.cpp$'; then
    echo "check: libqrencode only in core/qr/qrencoder.cpp" >&2; status=1
fi

# server/: OpenSSL only in acceptoridentity.cpp; Qt's HttpServer (a preview in 6.4) only in httpfrontend.cpp.
if [ -d server ] && grep -rlE '^\s*#\s*include\s*[<"]openssl/' server | grep -v '^server/acceptoridentity.cpp$'; then
    echo "check: server/ uses OpenSSL only in acceptoridentity.cpp" >&2; status=1
fi
if [ -d server ] && grep -rlE '^\s*#\s*include\s*[<"](QHttpServer|QtHttpServer/|QAbstractHttpServer)' server \
    | grep -v '^server/httpfrontend.cpp$'; then
    echo "check: server/ uses Qt HttpServer only in httpfrontend.cpp" >&2; status=1
fi

# Formatting: clang-format 14 with the repository's .clang-format.
fmt=$(command -v clang-format-14 || command -v clang-format || true)
if [ -n "$fmt" ]; then
    files=$(git ls-files '*.cpp' '*.h' 2>/dev/null || find core app ui tests bench fuzz -name '*.cpp' -o -name '*.h')
    bad=""
    for f in $files; do
        [ -f "$f" ] || continue
        "$fmt" --dry-run -Werror "$f" >/dev/null 2>&1 || bad="$bad $f"
    done
    if [ -n "$bad" ]; then
        echo "check: not clang-formatted (run: $fmt -i$bad)" >&2; status=1
    fi
else
    echo "check: clang-format not installed; formatting not checked" >&2
fi
[ $status -eq 0 ] && echo "check: layers and formatting OK"
exit $status
