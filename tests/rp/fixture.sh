#!/bin/sh
# Start or stop the mutant OpenID provider (tests/rp/mutant-provider.mjs) for tests.
#
#   tests/rp/fixture.sh start STATE_DIR   # start on a free port, wait until it answers
#   tests/rp/fixture.sh stop STATE_DIR    # stop it and remove STATE_DIR/pid and STATE_DIR/port
#
# After "start", STATE_DIR/port holds the port; each case's issuer is
# http://127.0.0.1:$(cat STATE_DIR/port)/<case> (see README.md). The provider's output goes to
# STATE_DIR/provider.log. Both commands are idempotent. No npm packages are needed.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
TIMEOUT=${RP_FIXTURE_TIMEOUT:-30}

usage() {
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
}

[ $# -eq 2 ] || usage
ACTION=$1
mkdir -p "$2"
STATE=$(cd "$2" && pwd)
PIDFILE=$STATE/pid
PORTFILE=$STATE/port
LOG=$STATE/provider.log

is_running() {
    [ -s "$PIDFILE" ] || return 1
    pid=$(cat "$PIDFILE")
    kill -0 "$pid" 2>/dev/null || return 1
    # Guard against a recycled pid: it must still be our provider.
    if [ -r "/proc/$pid/cmdline" ]; then
        tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q 'mutant-provider\.mjs' || return 1
    fi
    return 0
}

# The index page (GET /) lists the cases; it touches no case's state or request log.
http_ok() {
    url=$1
    if command -v curl >/dev/null 2>&1; then
        [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" 2>/dev/null)" = 200 ]
    else
        node -e 'fetch(process.argv[1], { signal: AbortSignal.timeout(2000) })
            .then((r) => process.exit(r.status === 200 ? 0 : 1), () => process.exit(1))' "$url"
    fi
}

fail() {
    echo "rp fixture: $*" >&2
    if [ -f "$LOG" ]; then
        echo "---- $LOG ----" >&2
        cat "$LOG" >&2
        echo "---- end of log ----" >&2
    fi
    do_stop >/dev/null 2>&1 || true
    exit 1
}

do_start() {
    command -v node >/dev/null 2>&1 || { echo "rp fixture: node not found" >&2; exit 1; }
    if is_running && [ -s "$PORTFILE" ] && http_ok "http://127.0.0.1:$(cat "$PORTFILE")/"; then
        echo "rp fixture: already running on port $(cat "$PORTFILE") (pid $(cat "$PIDFILE"))" >&2
        return 0
    fi
    do_stop >/dev/null 2>&1 || true

    rm -f "$PORTFILE"
    : >"$LOG"
    # setsid puts the provider in its own process group (pgid = its pid), so stop can
    # signal the whole group; nohup + redirections detach it from any terminal.
    cd "$HERE"
    if command -v setsid >/dev/null 2>&1; then
        nohup setsid node "$HERE/mutant-provider.mjs" --port 0 --port-file "$PORTFILE" \
            </dev/null >>"$LOG" 2>&1 &
    else
        nohup node "$HERE/mutant-provider.mjs" --port 0 --port-file "$PORTFILE" \
            </dev/null >>"$LOG" 2>&1 &
    fi
    echo $! >"$PIDFILE"

    deadline=$(( $(date +%s) + TIMEOUT ))
    while :; do
        if ! kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
            fail "provider exited during start-up"
        fi
        if [ -s "$PORTFILE" ] && http_ok "http://127.0.0.1:$(cat "$PORTFILE")/"; then
            echo "rp fixture: issuers http://127.0.0.1:$(cat "$PORTFILE")/<case> (pid $(cat "$PIDFILE"))" >&2
            return 0
        fi
        [ "$(date +%s)" -lt "$deadline" ] || fail "provider not ready after ${TIMEOUT}s"
        sleep 0.1
    done
}

do_stop() {
    if is_running; then
        pid=$(cat "$PIDFILE")
        # The provider leads its own process group when started via setsid.
        kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
        i=0
        while kill -0 "$pid" 2>/dev/null && [ $i -lt 50 ]; do
            sleep 0.1
            i=$((i + 1))
        done
        if kill -0 "$pid" 2>/dev/null; then
            kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    rm -f "$PIDFILE" "$PORTFILE"
}

case $ACTION in
    start) do_start ;;
    stop) do_stop ;;
    *) usage ;;
esac
