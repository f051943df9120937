#!/bin/sh
# The agent's figures (issue 13), side by side in one run with oidc-agent on the same provider:
#
#   1. one `token` request over an open connection (bench_agent_request sequential);
#   2. `login-companion token` with the agent running, next to an empty Qt console program,
#      `oidc-token` and `login-companion token --no-agent` (bench_command_latency);
#   3. a forced refresh through the agent (`token --min-validity 999999`), next to
#      `oidc-token -f` and the direct way;
#   4. 100 concurrent `token` requests on an access token about to expire: the refreshes that
#      reached the provider (its own count, GET /__test/refresh-stats), p50 and p99;
#   5. the agent's resident memory, idle with 10 accounts (VmRSS), with and without --tray, and
#      that of the tray icon's own process (login-companion-tray, shown on an Xvfb whose system
#      tray selection bench_tray_host owns, as a desktop's panel does).
#
#   bench/agent_figures.sh
#   RUNS=50 REQUESTS=5000 BIN=/path/to/build bench/agent_figures.sh
#
# It starts its own oidc-provider (tests/oidc/provider.mjs, access tokens of ACCESS_TTL seconds,
# default 75, so a token is "about to expire" within a quarter of a minute), oidc-agent (Debian's
# oidc-agent-cli: apt-get install oidc-agent) with an account on the provider's confidential
# client, and the agent, all in a throwaway HOME and keyring (tests/support/with-keyring.sh).
# Uses the binaries in BIN (default: build/); build them first:
#   cmake --build build --target login-companion login-companion-agent login-companion-tray \
#         bench_empty_qt bench_command_latency bench_agent_request bench_tray_host
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SELF="$ROOT/bench/agent_figures.sh"
BIN=${BIN:-$ROOT/build}
RUNS=${RUNS:-30}
REQUESTS=${REQUESTS:-2000}
ACCESS_TTL=${ACCESS_TTL:-75}
CLI="$BIN/app/cli/login-companion"
REQUEST="$BIN/bench/bench_agent_request"
LATENCY="$BIN/bench/bench_command_latency"
EMPTY="$BIN/bench/bench_empty_qt"
TRAY_HOST="$BIN/bench/bench_tray_host"

refresh_count() { # the provider's refresh_token grants for one login: "success error"
    curl -fsS "$ISSUER/__test/refresh-stats?account=$1" \
        | sed 's/.*"success":\([0-9]*\),"error":\([0-9]*\).*/\1 \2/'
}

sign_in() { # sign_in LOGIN: the system-browser sign-in, the browser being browser-stand-in.mjs
    BENCH_LOGIN=$1 "$CLI" login --profile "$STATE/bench.json" --browser system --account "$1" \
        >/dev/null 2>"$STATE/login.err" || { cat "$STATE/login.err" "$STATE/browser.log" >&2; exit 1; }
}

rss_kib() { sed -n 's/^VmRSS:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$1/status"; }

start_agent() { # start_agent [--tray]: the agent, via the command line as a user starts it
    "$CLI" agent "$@" 2>>"$STATE/agent.log" &
    AGENT_PID=$!
    "$REQUEST" wait
}

stop_agent() {
    kill "$AGENT_PID" 2>/dev/null || true
    wait "$AGENT_PID" 2>/dev/null || true
}

inside_keyring() {
    # The profile installed by id, as for any account the agent keeps fresh unasked.
    mkdir -p "$XDG_CONFIG_HOME/login-companion/profiles"
    cp "$STATE/bench.json" "$XDG_CONFIG_HOME/login-companion/profiles/bench.json"

    echo "== 5. resident memory, idle with 10 accounts"
    n=1
    while [ $n -le 10 ]; do
        sign_in "idle-$n-$$"
        n=$((n + 1))
    done
    start_agent
    sleep 3 # every account's tokens read from the keychain
    echo "   agent: $(rss_kib "$AGENT_PID") KiB resident (no tray)"
    stop_agent
    # A desktop with a system tray: an Xvfb, and the tray selection owned by bench_tray_host.
    Xvfb -displayfd 3 -nolisten tcp -screen 0 1024x768x24 3>"$STATE/xvfb.display" 2>/dev/null &
    XVFB_PID=$!
    until [ -s "$STATE/xvfb.display" ]; do sleep 0.1; done
    DISPLAY=":$(cat "$STATE/xvfb.display")"
    export DISPLAY
    "$TRAY_HOST" >"$STATE/tray_host.out" &
    TRAY_HOST_PID=$!
    until grep -q ready "$STATE/tray_host.out" 2>/dev/null; do sleep 0.1; done
    QT_QPA_PLATFORM=xcb start_agent --tray
    sleep 3
    TRAY_PID=$(pgrep -P "$AGENT_PID")
    echo "   agent --tray: $(rss_kib "$AGENT_PID") KiB resident;" \
         "its tray icon (login-companion-tray, X11 on Xvfb): $(rss_kib "$TRAY_PID") KiB resident"
    stop_agent
    kill "$TRAY_HOST_PID" "$XVFB_PID" 2>/dev/null || true
    wait "$TRAY_HOST_PID" "$XVFB_PID" 2>/dev/null || true
    unset DISPLAY
    start_agent

    # oidc-agent, with an account on the confidential client of the same provider.
    eval "$(oidc-agent --no-autoload --quiet -a "$STATE/oidc-XXXXXX/oidc-agent.sock")" >/dev/null
    OIDC_PID=$OIDCD_PID
    rt=$(node "$ROOT/tests/oidc/confidential-grant.mjs" "$ISSUER" "oidc-agent-$$")
    oidc-gen bench -m --iss="$ISSUER/" --client-id=login-companion-confidential \
        --client-secret=confidential-test-secret --rt="$rt" \
        --scope="openid offline_access profile email" --redirect-uri=http://localhost:4242/ \
        --no-save --prompt=none --confirm-default --no-url-call >/dev/null 2>"$STATE/oidc-gen.err" \
        || { cat "$STATE/oidc-gen.err" >&2; exit 1; }

    sign_in "bench-$$"
    token="token --profile $STATE/bench.json --account bench-$$"

    echo "== 1. one token request over an open connection"
    "$REQUEST" sequential "$REQUESTS" "$STATE/bench.json" "bench-$$" 60 | sed 's/^/   /'

    echo "== 2. a cached token from a new process ($RUNS runs each; wall time, and the CPU time"
    echo "   the process itself used: the agent's share is not in it)"
    # shellcheck disable=SC2086 # $token is split on purpose
    "$LATENCY" "$RUNS" -- "$EMPTY" -- "$CLI" $token -- oidc-token bench \
        -- "$CLI" $token --no-agent | sed "s|^|   |; s|$STATE/||; s|$BIN/||"

    echo "== 3. a forced refresh ($RUNS runs each)"
    # shellcheck disable=SC2086
    "$LATENCY" "$RUNS" -- "$CLI" $token --min-validity 999999 -- oidc-token -f bench \
        -- "$CLI" $token --min-validity 999999 --no-agent | sed "s|^|   |; s|$STATE/||; s|$BIN/||"

    echo "== 4. 100 concurrent token requests on an access token about to expire"
    login="hundred-$$"
    sign_in "$login"
    # Until it has less than the requests' 60 s left (the agent would refresh it ahead of
    # expiry only at 80 % of its lifetime).
    sleep $((ACCESS_TTL - 60 + 2))
    set -- $(refresh_count "$login")
    before=$(($1 + $2))
    line=$("$REQUEST" concurrent 100 "$STATE/bench.json" "$login" 60 2>&1)
    set -- $(refresh_count "$login")
    echo "   $line"
    echo "   refreshes that reached the provider: $(($1 + $2 - before))"

    kill "$OIDC_PID" 2>/dev/null || true
    stop_agent
}

if [ "${1-}" = --inside-keyring ]; then
    inside_keyring
    exit 0
fi

for file in "$CLI" "$REQUEST" "$LATENCY" "$EMPTY" "$TRAY_HOST"; do
    [ -x "$file" ] || { echo "missing $file (build it first, see the top of $0)" >&2; exit 1; }
done
command -v oidc-agent >/dev/null || { echo "oidc-agent is missing: apt-get install oidc-agent" >&2; exit 1; }
STATE=$(mktemp -d "${TMPDIR:-/tmp}/lc-bench-agent.XXXXXX")
trap '"$ROOT/tests/support/server-fixture.sh" stop "$STATE/provider" >/dev/null 2>&1 || true; rm -rf "$STATE"' EXIT INT TERM
mkdir -p "$STATE/provider"
"$ROOT/tests/oidc/fixture.sh" start "$STATE/provider" >/dev/null # npm ci if needed
"$ROOT/tests/support/server-fixture.sh" start "$STATE/provider" port -- \
    node "$ROOT/tests/oidc/provider.mjs" --port 0 --port-file "$STATE/provider/port" --quiet \
    --access-token-ttl "$ACCESS_TTL" >/dev/null
ISSUER="http://127.0.0.1:$(cat "$STATE/provider/port")"
sed "s|http://127.0.0.1:4380|$ISSUER|g; s|\"id\": \"demo\"|\"id\": \"bench\"|" \
    "$ROOT/resources/providers/demo.json" >"$STATE/bench.json"
cat >"$STATE/browser.sh" <<EOF
#!/bin/sh
node '$ROOT/tests/oidc/browser-stand-in.mjs' --login "\$BENCH_LOGIN" "\$1" >/dev/null 2>>'$STATE/browser.log' &
EOF
chmod 700 "$STATE/browser.sh"
export LOGIN_COMPANION_BROWSER="$STATE/browser.sh" STATE ISSUER CLI REQUEST LATENCY EMPTY \
    TRAY_HOST RUNS REQUESTS ACCESS_TTL

echo "login-companion: $CLI; oidc-agent $(oidc-agent --version 2>&1 | head -n 1); $(nproc) cores"
echo "provider $ISSUER (access tokens live $ACCESS_TTL s; refresh tokens rotate)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$ROOT/tests/support/with-keyring.sh" sh "$SELF" --inside-keyring
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
