#!/bin/sh
# Renders the PNG sizes of Sandi's icon from the SVGs into png/<size>.png (committed; run again
# after editing an SVG). 16 px comes from sandi-16.svg, drawn on whole pixels; the rest from
# sandi.svg; then installer/windows/sandi.ico. Needs rsvg-convert (Debian package librsvg2-bin)
# and ImageMagick (imagemagick); optipng if installed.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
command -v rsvg-convert >/dev/null || { echo "$0: rsvg-convert missing (apt-get install librsvg2-bin)" >&2; exit 1; }
mkdir -p "$here/png"
for size in 16 22 24 32 48 64 128 256 512; do
    src="$here/sandi.svg"
    [ "$size" -le 16 ] && src="$here/sandi-16.svg"
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$src" -o "$here/png/$size.png"
    if command -v optipng >/dev/null; then optipng -quiet -o5 -strip all "$here/png/$size.png"; fi
done
echo "rendered: $(ls "$here/png" | tr '\n' ' ')"
# Windows: one .ico with the sizes Explorer and the taskbar use (ImageMagick).
if command -v convert >/dev/null; then
    convert "$here/png/16.png" "$here/png/24.png" "$here/png/32.png" "$here/png/48.png" "$here/png/64.png" \
        "$here/png/256.png" "$here/../windows/sandi.ico"
    echo "rendered: windows/sandi.ico"
else
    echo "$0: convert missing (apt-get install imagemagick): windows/sandi.ico not rendered" >&2
fi
