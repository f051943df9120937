#!/bin/sh
# Prints how long the accounts window takes to open with 1,000 accounts (COUNT changes that) and
# to filter them as one types (TYPED, default "player12"), offscreen, in a throwaway HOME.
# Build bench_accounts_window first (BIN=DIR picks another build folder). The figures mean
# little on a busy machine: the load average is printed with them.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${BIN:-$ROOT/build}
COUNT=${COUNT:-1000}
TYPED=${TYPED:-player12}
ROUNDS=${ROUNDS:-3}

scratch=$(mktemp -d "${TMPDIR:-/tmp}/lc-bench-window.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
export HOME="$scratch" XDG_CONFIG_HOME="$scratch/.config" XDG_DATA_HOME="$scratch/.local/share"
export XDG_CACHE_HOME="$scratch/.cache" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu
[ "$(id -u)" -ne 0 ] || export QTWEBENGINE_DISABLE_SANDBOX=1

round=1
while [ "$round" -le "$ROUNDS" ]; do
    echo "round $round"
    "$BIN/bench/bench_accounts_window" "$COUNT" "$TYPED" 2>/dev/null | sed 's/^/  /'
    round=$((round + 1))
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
