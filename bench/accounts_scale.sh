#!/bin/sh
# Figures for "1,000 accounts" (issue 12): `login-companion accounts` and `accounts --json` with
# one account and with COUNT accounts (default 1000), next to `login-companion version` (the
# start-up alone) and an empty Qt program (what the machine gives any process right now):
# median, minimum and maximum wall time of RUNS runs each, and the median CPU time
# (bench_command_latency; a busy machine inflates wall time most, so the load average is printed
# too). The list is written straight into a throwaway HOME (bench/seed_accounts.sh): listing
# needs no sign-in and no keychain.
#
#   bench/accounts_scale.sh
#   COUNT=5000 RUNS=30 BIN=/path/to/build bench/accounts_scale.sh
#
# Target: under 100 ms at 1,000 accounts. Uses the binaries in BIN (default: build/); build
# them first:
#   cmake --build build --target login-companion bench_command_latency bench_empty_qt
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${BIN:-$ROOT/build}
COUNT=${COUNT:-1000}
RUNS=${RUNS:-20}
CLI="$BIN/app/cli/login-companion"
LATENCY="$BIN/bench/bench_command_latency"
EMPTY_QT="$BIN/bench/bench_empty_qt"
for program in "$CLI" "$LATENCY" "$EMPTY_QT"; do
    [ -x "$program" ] || { echo "accounts_scale.sh: build $program first" >&2; exit 1; }
done

SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/lc-accounts-scale.XXXXXX")
trap 'rm -rf "$SCRATCH"' EXIT INT TERM
export XDG_RUNTIME_DIR="$SCRATCH/run"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"

# measure LABEL HOME_DIR [-- MORE COMMANDS]: both listings of the account list under HOME_DIR.
measure() {
    echo "$1:"
    home=$2
    shift 2
    HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config XDG_CACHE_HOME=$home/cache \
        "$LATENCY" "$RUNS" "$@" -- "$CLI" accounts -- "$CLI" accounts --json \
        | sed "s|$CLI|login-companion|; s|$EMPTY_QT|an empty Qt program|; s/^/  /"
}

"$ROOT/bench/seed_accounts.sh" "$SCRATCH/one/data" "$SCRATCH/one/config" 1
"$ROOT/bench/seed_accounts.sh" "$SCRATCH/many/data" "$SCRATCH/many/config" "$COUNT"
rows=$(HOME="$SCRATCH/many" XDG_DATA_HOME="$SCRATCH/many/data" \
    XDG_CONFIG_HOME="$SCRATCH/many/config" "$CLI" accounts 2>/dev/null | wc -l)
[ "$rows" -eq "$COUNT" ] || { echo "accounts_scale.sh: listed $rows of $COUNT accounts" >&2; exit 1; }
bytes=$(wc -c <"$SCRATCH/many/data/login-companion/accounts.json")

measure "1 account" "$SCRATCH/one" -- "$EMPTY_QT" -- "$CLI" version
measure "$COUNT accounts (accounts.json: $bytes bytes)" "$SCRATCH/many"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
