#!/bin/sh
# Figures for "one refresh per account at a time" (issue 9): N `login-companion token` processes
# started at the same moment on one account, against the test provider (tests/oidc), which
# rotates refresh tokens and revokes the whole grant when a consumed one is presented again.
#
#   bench/concurrent_token.sh
#   COUNTS="20 100" ROUNDS=3 BIN=/path/to/build bench/concurrent_token.sh
#
# For each N in COUNTS and each of ROUNDS rounds, a fresh account is signed in (system-browser
# sign-in, the browser being tests/oidc/browser-stand-in.mjs), then:
#   cached:  N concurrent `token` calls while the access token is valid (no refresh expected);
#   refresh: N concurrent `token --min-validity 999999` calls (every caller finds the token
#            expiring, so each would refresh on its own without a cross-process lock).
# Latency is each process's wall time from spawn to exit (bench_concurrent_launch). The refresh
# requests are counted by the provider itself (GET /__test/refresh-stats, tests/oidc/provider.mjs).
# After each refresh round one more `token` call tells whether the account is still usable.
# Everything runs in a throwaway HOME and keyring (tests/support/with-keyring.sh). Uses the
# binaries in BIN (default: build/); build them first:
#   flock /tmp/lc-build.lock cmake --build build --target login-companion bench_concurrent_launch
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SELF="$ROOT/bench/concurrent_token.sh"
BIN=${BIN:-$ROOT/build}
COUNTS=${COUNTS:-20 100}
ROUNDS=${ROUNDS:-3}
CLI="$BIN/app/cli/login-companion"
LAUNCH="$BIN/bench/bench_concurrent_launch"

# Nearest-rank percentile of the numbers in a file: percentile FILE FRACTION
percentile() {
    sort -n "$1" | awk -v f="$2" '{ v[NR] = $1 } END {
        r = int(f * NR); if (r < f * NR) r++; if (r < 1) r = 1; printf "%.1f", v[r] }'
}

# The provider's refresh counters for one account: "success error reused"
refresh_stats() {
    curl -fsS "$ISSUER/__test/refresh-stats?account=$1" \
        | sed 's/.*"success":\([0-9]*\),"error":\([0-9]*\),"reused":\([0-9]*\).*/\1 \2 \3/'
}

inside_keyring() {
    for n in $COUNTS; do
        : >"$STATE/cached-$n.ms"
        : >"$STATE/refresh-$n.ms"
        refreshes="" failures="" cached_refreshes="" cached_failures="" usable=""
        round=1
        while [ "$round" -le "$ROUNDS" ]; do
            login="bench-$n-$round-$$"
            BENCH_LOGIN=$login "$CLI" login --profile "$STATE/bench.json" --browser system \
                --account "$login" >/dev/null 2>"$STATE/login.err" || {
                echo "sign-in failed:" >&2
                cat "$STATE/login.err" "$STATE/browser.log" >&2
                exit 1
            }
            token="token --profile $STATE/bench.json --account $login"

            set -- $(refresh_stats "$login")
            before=$(($1 + $2))
            # shellcheck disable=SC2086 # $token is split on purpose
            line=$("$LAUNCH" "$n" --latencies "$STATE/cached-$n.ms" -- "$CLI" $token)
            set -- $(refresh_stats "$login")
            requests=$(($1 + $2 - before))
            echo "N=$n round $round cached:  $line; refresh requests $requests"
            cached_refreshes="$cached_refreshes $requests"
            cached_failures="$cached_failures $(echo "$line" | sed -n 's/.* failed \([0-9]*\).*/\1/p')"

            before=$(($1 + $2))
            before_ok=$1 before_error=$2 before_reused=$3
            # shellcheck disable=SC2086
            line=$("$LAUNCH" "$n" --latencies "$STATE/refresh-$n.ms" -- "$CLI" $token \
                --min-validity 999999)
            set -- $(refresh_stats "$login")
            requests=$(($1 + $2 - before))
            # shellcheck disable=SC2086
            if "$CLI" $token >/dev/null 2>&1; then after="usable"; else after="NOT usable (exit $?)"; fi
            echo "N=$n round $round refresh: $line"
            echo "    provider: $requests refresh requests ($(($1 - before_ok)) answered with tokens," \
                "$(($2 - before_error)) rejected, $(($3 - before_reused)) reuse detections" \
                "revoking the grant); account afterwards: $after"
            refreshes="$refreshes $requests"
            failures="$failures $(echo "$line" | sed -n 's/.* failed \([0-9]*\).*/\1/p')"
            usable="$usable $(echo "$after" | cut -d' ' -f1)"
            round=$((round + 1))
        done
        echo "== N=$n, $ROUNDS rounds"
        echo "   cached:  p50 $(percentile "$STATE/cached-$n.ms" 0.50) ms" \
            " p99 $(percentile "$STATE/cached-$n.ms" 0.99) ms;" \
            "refresh requests per round:$cached_refreshes; failed calls per round:$cached_failures"
        echo "   refresh: p50 $(percentile "$STATE/refresh-$n.ms" 0.50) ms" \
            " p99 $(percentile "$STATE/refresh-$n.ms" 0.99) ms;" \
            "refresh requests per round:$refreshes; failed calls per round:$failures;" \
            "account afterwards:$usable"
    done
}

if [ "${1-}" = --inside-keyring ]; then
    inside_keyring
    exit 0
fi

for file in "$CLI" "$LAUNCH"; do
    [ -x "$file" ] || { echo "missing $file (build login-companion and bench_concurrent_launch)" >&2; exit 1; }
done
STATE=$(mktemp -d "${TMPDIR:-/tmp}/lc-bench-concurrent.XXXXXX")
trap '"$ROOT/tests/oidc/fixture.sh" stop "$STATE" >/dev/null 2>&1 || true; rm -rf "$STATE"' EXIT INT TERM
"$ROOT/tests/oidc/fixture.sh" start "$STATE" >/dev/null
ISSUER="http://127.0.0.1:$(cat "$STATE/port")"
sed "s|http://127.0.0.1:4380|$ISSUER|g; s|\"id\": \"demo\"|\"id\": \"bench\"|" \
    "$ROOT/resources/providers/demo.json" >"$STATE/bench.json"
# The "system browser": walks the provider's pages in the background as $BENCH_LOGIN.
cat >"$STATE/browser.sh" <<EOF
#!/bin/sh
node '$ROOT/tests/oidc/browser-stand-in.mjs' --login "\$BENCH_LOGIN" "\$1" >/dev/null 2>>'$STATE/browser.log' &
EOF
chmod 700 "$STATE/browser.sh"
export LOGIN_COMPANION_BROWSER="$STATE/browser.sh" STATE ISSUER CLI LAUNCH COUNTS ROUNDS

echo "login-companion: $CLI; $(nproc) cores; provider $ISSUER (rotating refresh tokens, reuse revokes the grant)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$ROOT/tests/support/with-keyring.sh" sh "$SELF" --inside-keyring
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
