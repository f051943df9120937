#!/bin/sh
# Figures for `login --batch --headless` (issue 12): COUNT test accounts (default 20), each with
# its own password at the test provider (tests/oidc, POST /__test/passwords) and in the keychain
# (`credentials set`), signed in one after the other by the real login window, offscreen, with
# autofill on the provider's login and consent pages.
#
#   bench/batch_signin.sh
#   COUNT=20 ROUNDS=3 BIN=/path/to/build bench/batch_signin.sh
#
# Prints, per round, the wall time of the whole `login --batch` and the per-account times it
# reported (min, median, max), and the machine's load average (the times mean little on a busy
# machine). Everything runs in a throwaway HOME and keyring (tests/support/with-keyring.sh).
# Build login-companion and login-companion-window in BIN (default: build/) first.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SELF="$ROOT/bench/batch_signin.sh"
BIN=${BIN:-$ROOT/build}
COUNT=${COUNT:-20}
ROUNDS=${ROUNDS:-1}
CLI="$BIN/app/cli/login-companion"

# Nearest-rank percentile of the numbers in a file: percentile FILE FRACTION
percentile() {
    sort -n "$1" | awk -v f="$2" '{ v[NR] = $1 } END {
        r = int(f * NR); if (r < f * NR) r++; if (r < 1) r = 1; printf "%.1f", v[r] }'
}

now_ms() { date +%s%3N; }

inside_keyring() {
    round=1
    while [ "$round" -le "$ROUNDS" ]; do
        csv="$STATE/accounts-$round.csv"
        passwords="{"
        echo "profile,label,username" >"$csv"
        i=1
        while [ "$i" -le "$COUNT" ]; do
            login="bench-$round-$i-$$"
            password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
            printf %s "$password" | "$CLI" credentials set --profile "$STATE/bench.json" \
                --account "$login" --username "$login" >/dev/null
            passwords="$passwords\"$login\":\"$password\","
            echo "$STATE/bench.json,$login,$login" >>"$csv"
            i=$((i + 1))
        done
        printf '%s' "${passwords%,}}" | curl -fsS -X POST -H 'content-type: application/json' \
            --data-binary @- "$ISSUER/__test/passwords"

        started=$(now_ms)
        status=0
        "$CLI" login --batch "$csv" --headless >"$STATE/out-$round.txt" 2>"$STATE/err-$round.txt" \
            || status=$?
        elapsed=$(($(now_ms) - started))
        signed_in=$(grep -c "	signed in	" "$STATE/out-$round.txt" || true)
        sed -n 's/.*	signed in	\([0-9.]*\) s$/\1/p' "$STATE/out-$round.txt" >"$STATE/each-$round.s"
        echo "round $round: $signed_in of $COUNT accounts signed in (exit $status) in" \
            "$(awk -v ms="$elapsed" 'BEGIN { printf "%.1f", ms / 1000 }') s wall;" \
            "per account: min $(percentile "$STATE/each-$round.s" 0) s," \
            "median $(percentile "$STATE/each-$round.s" 0.5) s," \
            "max $(percentile "$STATE/each-$round.s" 1) s;" \
            "$(awk -v ms="$elapsed" -v n="$COUNT" 'BEGIN { printf "%.2f", ms / 1000 / n }') s per account overall"
        if [ "$status" -ne 0 ]; then
            grep -v "	signed in	" "$STATE/out-$round.txt" >&2 || true
            cat "$STATE/err-$round.txt" >&2
        fi
        round=$((round + 1))
    done
}

if [ "${1-}" = --inside-keyring ]; then
    inside_keyring
    exit 0
fi

[ -x "$CLI" ] || { echo "missing $CLI (build login-companion and login-companion-window)" >&2; exit 1; }
STATE=$(mktemp -d "${TMPDIR:-/tmp}/lc-bench-batch.XXXXXX")
trap '"$ROOT/tests/oidc/fixture.sh" stop "$STATE" >/dev/null 2>&1 || true; rm -rf "$STATE"' EXIT INT TERM
"$ROOT/tests/oidc/fixture.sh" start "$STATE" >/dev/null
ISSUER="http://127.0.0.1:$(cat "$STATE/port")"
sed "s|http://127.0.0.1:4380|$ISSUER|g; s|\"id\": \"demo\"|\"id\": \"bench\"|" \
    "$ROOT/resources/providers/demo.json" >"$STATE/bench.json"
# Chromium refuses to run as root with its sandbox (containers, CI).
[ "$(id -u)" -ne 0 ] || export QTWEBENGINE_DISABLE_SANDBOX=1
export STATE ISSUER CLI COUNT ROUNDS

echo "login-companion: $CLI; $(nproc) cores; provider $ISSUER; $COUNT accounts, $ROUNDS round(s)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$ROOT/tests/support/with-keyring.sh" sh "$SELF" --inside-keyring
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
