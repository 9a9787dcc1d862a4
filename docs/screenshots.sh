#!/usr/bin/env bash
# Retake the README's pictures (docs/*.png) as a hall PC shows them: each view in a real X window under
# Xvfb at 1366×768, on the demo database (var/demo.sqlite3, made if missing), in a private settings folder
# so no remembered view or geometry interferes; then a printed ticket (PNG) and the printed roster (PDF
# page 1 → PNG). Usage: make screenshots   (or: bash docs/screenshots.sh [--lang en] [OUTDIR])
set -euo pipefail
cd "$(dirname "$0")/.."
lang=zh_CN
if [[ ${1:-} == --lang ]]; then lang=$2; shift 2; fi
out=${1:-docs}
size=1366x768
td=.venv/bin/taxdesk
[[ -x $td ]] || { echo "screenshots: run make setup first" >&2; exit 2; }

need=()
for tool in Xvfb xdotool import pdftoppm; do command -v "$tool" >/dev/null || need+=("$tool"); done
if ((${#need[@]})); then
    echo "screenshots: installing xvfb, xdotool, imagemagick, poppler-utils and Qt's xcb libraries"
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends xvfb xdotool imagemagick poppler-utils \
        libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-shape0 libxcb-render-util0 libxcb-image0 \
        libxcb-randr0 libxkbcommon-x11-0 libpulse0 >/dev/null
fi

mkdir -p "$out" var
db="sqlite:///$PWD/var/demo.sqlite3"
"$td" --db "$db" init --demo
# The demo's administrator signs in for every command and view below (demo only: see README, Signing in).
export TAXDESK_USER=admin TAXDESK_PASSWORD=taxdesk-demo
week=$(date -d "next monday" +%G-W%V)
"$td" --db "$db" roster solve --point HALL --week "$week" --time-limit 20 >/dev/null

config=$(mktemp -d)
display=:$((70 + RANDOM % 20))
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$config"' EXIT
sleep 1

# picture name -> the view it shows
declare -A views=(
    [front-desk]=desk [window-console]=window [supervisor-advice]=supervisor [booking]=booking
    [staffing]=staffing [roster]=roster [display-board]=board
)
for picture in "${!views[@]}"; do
    mode=${views[$picture]}
    DISPLAY=$display QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME=$config \
        "$td" --db "$db" --mode "$mode" --point HALL --lang "$lang" >"$config/$mode.log" 2>&1 &
    app=$!
    for _ in $(seq 60); do
        sleep 0.5
        DISPLAY=$display xdotool search --onlyvisible --name . >/dev/null 2>&1 && break
    done
    sleep 6  # the view reads, forecasts or solves in the background: let it settle
    DISPLAY=$display import -window root "$out/$picture.png"
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    echo "screenshots: $out/$picture.png ($mode)"
done

ticket=$("$td" --db "$db" ticket issue --point HALL --service "$("$td" --db "$db" services --point HALL --json \
    | .venv/bin/python -c 'import json, sys; print(json.load(sys.stdin)[0]["code"])')" --json \
    | .venv/bin/python -c 'import json, sys; print(json.load(sys.stdin)["id"])')
"$td" --db "$db" ticket render "$ticket" --png "$out/ticket.png"
echo "screenshots: $out/ticket.png"
"$td" --db "$db" roster print --point HALL --week "$week" --pdf "$config/roster.pdf"
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$config/roster.pdf" "$out/roster-print"
echo "screenshots: $out/roster-print.png"
