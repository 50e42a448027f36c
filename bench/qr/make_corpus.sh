#!/usr/bin/env bash
# Generates the QR decoding benchmark corpus: screenshot-like images of a browser showing an SPSE
# activation QR code, in every hard case core/qr is built for, and images with no code at all.
#   bench/qr/make_corpus.sh OUTDIR [PATTERN]     (only the cases whose name contains PATTERN)
# For each image NAME it writes NAME.png or NAME.jpg (what zbarimg and ZXingReader read), NAME.ppm
# (the same pixels, decoded, for sandi_qr_scan, which reads only PPM/PGM so that the core needs no
# image library) and NAME.txt (the expected texts, one per line; empty when there is no code).
# Deterministic; needs qrencode and ImageMagick's convert. Takes a few minutes on two cores.
set -euo pipefail
out=${1:?usage: make_corpus.sh OUTDIR [PATTERN]}
only=${2:-}
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# RFC 6238 Appendix B seeds in Base32 (20, 32 and 64 bytes): test secrets, never real ones. The
# three instances of a case differ in secret, account and position, so in QR version (5 to 10).
secrets=(GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ
    GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA
    GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNA)
algorithms=(SHA1 SHA256 SHA512)
accounts=(budi rina.kusuma@lpse.jakartaprov.go.id panitia.pengadaan@lpse.kabupaten-bandung.go.id)
uri() { # instance [account suffix]
    echo "otpauth://totp/SPSE:${accounts[$1]}${2:-}?secret=${secrets[$1]}&issuer=SPSE&algorithm=${algorithms[$1]}&digits=6&period=30"
}

# Lines of Indonesian-looking text, at most $2 characters wide, from seed $1.
paragraph() {
    python3 - "$1" "$2" "$3" <<'EOF'
import random, sys
random.seed(int(sys.argv[1]))
width, lines = int(sys.argv[2]), int(sys.argv[3])
words = ("aktivasi totp pengguna spse kode verifikasi silakan pindai dengan aplikasi autentikator "
         "lelang pengadaan barang jasa pemerintah penyedia kata sandi masuk akun lpse daftar paket "
         "tender nomor surat dokumen kualifikasi evaluasi harga penawaran 2024 unggah").split()
for _ in range(lines):
    line = ""
    while len(line) < width - 12:
        line += random.choice(words) + " "
    print(line.strip())
EOF
}

# browser W H THEME UI SEED OUT: a browser window over the whole W × H, UI the HiDPI factor.
browser() {
    local w=$1 h=$2 theme=$3 ui=$4 seed=$5 file=$6
    local page=#f6f6f6 strip=#dee1e6 tab=#ffffff bar=#ffffff addr=#eceef1 ink=#303134
    if [ "$theme" = dark ]; then
        page=#202124 strip=#121214 tab=#35363a bar=#35363a addr=#202124 ink=#e8eaed
    fi
    local chars=$((w * 45 / 100 / (8 * ui)))
    local lines=$(((h - 200 * ui) / (20 * ui)))
    convert -size "${w}x${h}" "xc:$page" \
        -fill "$strip" -draw "rectangle 0,0 $w,$((38 * ui))" \
        -fill "$tab" -draw "roundrectangle $((8 * ui)),$((6 * ui)) $((240 * ui)),$((44 * ui)) $((8 * ui)),$((8 * ui))" \
        -fill "$bar" -draw "rectangle 0,$((38 * ui)) $w,$((78 * ui))" \
        -fill "$addr" -draw "roundrectangle $((90 * ui)),$((44 * ui)) $((w - 200 * ui)),$((72 * ui)) $((14 * ui)),$((14 * ui))" \
        -font DejaVu-Sans -pointsize $((13 * ui)) -fill "$ink" \
        -annotate +$((24 * ui))+$((29 * ui)) "SPSE - Aktivasi TOTP" \
        -annotate +$((110 * ui))+$((63 * ui)) "https://spse.inaproc.id/eproc4/totp/aktivasi" \
        -fill '#b71c1c' -draw "rectangle 0,$((78 * ui)) $w,$((134 * ui))" \
        -fill white -pointsize $((20 * ui)) -annotate +$((40 * ui))+$((114 * ui)) "SPSE 4.5  Sistem Pengadaan Secara Elektronik" \
        -fill "$ink" -pointsize $((14 * ui)) -interline-spacing $((6 * ui)) \
        -annotate +$((40 * ui))+$((180 * ui)) "$(paragraph "$seed" "$chars" "$lines")" \
        "$file"
}

# editor W H SEED OUT: a dark code editor full of monospace text (the other monitor).
editor() {
    convert -size "$1x$2" xc:#1e1e1e -font DejaVu-Sans-Mono -pointsize 26 -fill '#d4d4d4' \
        -interline-spacing 10 -annotate +120+80 "$(paragraph "$3" 140 $(($2 / 38)))" "$4"
}

# code VARIANT TEXT OUT: the QR code image as a page would show it.
#   s<N>          N px per module            a1.5       1.5 px per module (area average of s3)
#   f<P>s<N>      s<N> scaled to P % with bilinear filtering (fractional display scaling)
#   …-H           error correction H with a logo over the middle
code() {
    local variant=$1 text=$2 file=$3 level=M
    [[ $variant == *-H ]] && level=H && variant=${variant%-H}
    case $variant in
    a1.5)
        qrencode -l $level -s 3 -m 4 -o "$tmp/q.png" "$text"
        convert "$tmp/q.png" -filter Box -resize 50% "$file"
        ;;
    f*s*)
        local pct=${variant#f} size=${variant#*s}
        qrencode -l $level -s "$size" -m 4 -o "$tmp/q.png" "$text"
        convert "$tmp/q.png" -filter Triangle -resize "${pct%s*}%" "$file"
        ;;
    s*) qrencode -l $level -s "${variant#s}" -m 4 -o "$file" "$text" ;;
    esac
    if [ $level = H ]; then
        local side
        side=$(identify -format %w "$file")
        local l=$((side * 22 / 100)) c=$((side / 2))
        convert "$file" -fill '#b71c1c' -draw "roundrectangle $((c - l / 2)),$((c - l / 2)) $((c + l / 2)),$((c + l / 2)) 6,6" \
            -fill white -font DejaVu-Sans-Bold -pointsize $((l / 3)) -gravity center -annotate +0+0 SPSE "$file"
    fi
}

# place SCREEN CODE X Y LOOK OUT: the code on a card at (X, Y). LOOK: normal, inverted (light
# modules on black, as a dark-mode extension shows it), darkmode (light on the dark page) or
# dimmed (grey on grey, 50 levels apart, like a page dimmed behind a dialog).
place() {
    local screen=$1 qr=$2 x=$3 y=$4 look=$5 file=$6 card=white
    case $look in
    inverted) convert "$qr" -negate "$tmp/look.png" && card=black ;;
    darkmode) convert "$qr" -negate +level-colors '#202124,#e8eaed' "$tmp/look.png" && card='#202124' ;;
    dimmed) convert "$qr" +level-colors '#8c8c8c,#bebebe' "$tmp/look.png" && card='#bebebe' ;;
    *) cp "$qr" "$tmp/look.png" ;;
    esac
    local side
    side=$(identify -format %w "$tmp/look.png")
    convert "$screen" -fill "$card" -stroke '#9e9e9e' \
        -draw "rectangle $((x - 24)),$((y - 24)) $((x + side + 24)),$((y + side + 48))" -stroke none \
        "$tmp/look.png" -geometry "+$x+$y" -composite "$file"
}

# emit NAME IMAGE FORMAT TEXTS...: writes NAME.FORMAT, NAME.ppm and NAME.txt.
emit() {
    local name=$1 image=$2 format=$3
    shift 3
    case $format in
    png) convert "$image" -depth 8 "$out/$name.png" && convert "$out/$name.png" -depth 8 "$out/$name.ppm" ;;
    jpg*) convert "$image" -quality "${format#jpg}" "$out/$name.jpg" && convert "$out/$name.jpg" -depth 8 "$out/$name.ppm" ;;
    esac
    printf '%s\n' "$@" | sed '/^$/d' >"$out/$name.txt"
    echo "$name"
}

# case RES VARIANT LOOK FORMAT [two]: three instances of one hard case at one resolution.
one_case() {
    local res=$1 variant=$2 look=$3 format=$4 extra=${5:-}
    [[ "r${res}-${variant}-${look}-${format}${extra:+-$extra}" == *"$only"* ]] || return 0
    local w=${res%x*} h=${res#*x} ui=1 theme=dark
    [ "$w" -ge 3840 ] && ui=2
    case $look in normal | inverted | dimmed) theme=light ;; esac
    for i in 0 1 2; do
        local name="r${res}-${variant}-${look}-${format}${extra:+-$extra}-$i"
        local x=$((w * 55 / 100 + i * 37)) y=$((h * 28 / 100 + i * 23))
        if [ "$w" -eq 7680 ]; then # dual monitor: an editor left, the browser right, code in a corner
            editor 3840 2160 $((i + 7)) "$tmp/left.png"
            browser 3840 2160 "$theme" 2 $((i + 3)) "$tmp/right.png"
            convert "$tmp/left.png" "$tmp/right.png" +append "$tmp/screen.png"
            local corners_x=(7300 200 7300) corners_y=(1760 220 220)
            x=${corners_x[$i]} y=${corners_y[$i]}
        else
            browser "$w" "$h" "$theme" "$ui" $((i + 3)) "$tmp/screen.png"
        fi
        code "$variant" "$(uri $i)" "$tmp/code.png"
        place "$tmp/screen.png" "$tmp/code.png" "$x" "$y" "$look" "$tmp/shot.png"
        if [ "$extra" = two ]; then
            code "$variant" "$(uri $(((i + 1) % 3)) .cadangan)" "$tmp/code2.png"
            place "$tmp/shot.png" "$tmp/code2.png" $((x - w / 4)) $((y + h / 3)) "$look" "$tmp/shot2.png"
            emit "$name" "$tmp/shot2.png" "$format" "$(uri $i)" "$(uri $(((i + 1) % 3)) .cadangan)"
        else
            emit "$name" "$tmp/shot.png" "$format" "$(uri $i)"
        fi
    done
}

# Images with no code: a text-heavy page, random noise, a photo-like plasma field.
no_code() {
    local res=$1 kind=$2 w=${1%x*} h=${1#*x} ui=1
    [[ "r${res}-none-${kind}" == *"$only"* ]] || return 0
    [ "$w" -ge 3840 ] && ui=2
    for i in 0 1 2; do
        case $kind in
        text) browser "$w" "$h" light "$ui" $((i + 20)) "$tmp/none.png" ;;
        noise) convert -seed $((i + 1)) -size "${w}x${h}" xc:gray50 +noise Random "$tmp/none.png" ;;
        photo) convert -seed $((i + 1)) -size "${w}x${h}" plasma:fractal -blur 0x3 "$tmp/none.png" ;;
        esac
        emit "r${res}-none-${kind}-png-$i" "$tmp/none.png" png
    done
}

one_case 1366x768 s3 normal png
one_case 1366x768 s1 normal png
one_case 1366x768 f125s2 normal png
one_case 1366x768 s2 normal jpg70
one_case 1366x768 s2 darkmode png
one_case 1920x1080 s4 normal png
one_case 1920x1080 s1 normal png
one_case 1920x1080 a1.5 normal png
one_case 1920x1080 f125s1 normal png
one_case 1920x1080 f150s1 normal png
one_case 1920x1080 f175s1 normal png
one_case 1920x1080 f125s2 normal png
one_case 1920x1080 a1.5 normal jpg70
one_case 1920x1080 f150s1 normal jpg70
one_case 1920x1080 s3 dark png
one_case 1920x1080 s2 darkmode png
one_case 1920x1080 s3 inverted png
one_case 1920x1080 s3-H normal png
one_case 1920x1080 a1.5 dimmed png
one_case 1920x1080 s2 normal png two
no_code 1920x1080 text
no_code 1920x1080 noise
no_code 1920x1080 photo
one_case 2560x1440 f125s2 normal png
one_case 2560x1440 f150s1 normal png
one_case 2560x1440 s2 normal jpg70
one_case 2560x1440 s2 darkmode png
one_case 3840x2160 s4 normal png
one_case 3840x2160 s2 normal png
one_case 3840x2160 f150s2 normal png
one_case 3840x2160 f175s2 normal png
one_case 3840x2160 f150s2 normal jpg70
one_case 3840x2160 s3 darkmode png
one_case 3840x2160 s4-H normal png
one_case 3840x2160 s3 normal png two
no_code 3840x2160 text
one_case 7680x2160 s2 normal png
one_case 7680x2160 a1.5 normal png
one_case 7680x2160 s2 normal jpg70
one_case 7680x2160 s2 darkmode png
