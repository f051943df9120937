#!/bin/sh
# Starts or stops one of the tests' loopback servers in the background (the CTest fixtures).
#
#   server-fixture.sh start STATE_DIR READY_FILE -- COMMAND [ARGS...]
#   server-fixture.sh stop STATE_DIR
#
# COMMAND must write READY_FILE (inside STATE_DIR, atomically) once it listens; start waits for
# it (FIXTURE_TIMEOUT seconds, default 30) and fails with the server's log otherwise. The
# server runs in its own process group, logging to STATE_DIR/server.log; stop ends the group.
# Both are idempotent.
set -eu

usage() {
    echo "usage: $0 start STATE_DIR READY_FILE -- COMMAND [ARGS...] | stop STATE_DIR" >&2
    exit 2
}

[ $# -ge 2 ] || usage
ACTION=$1
mkdir -p "$2"
STATE=$(cd "$2" && pwd)
PIDFILE=$STATE/pid
LOG=$STATE/server.log

stop() {
    if [ -s "$PIDFILE" ]; then
        pid=$(cat "$PIDFILE")
        kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
        i=0
        while kill -0 "$pid" 2>/dev/null && [ $i -lt 50 ]; do
            sleep 0.1
            i=$((i + 1))
        done
        kill -KILL -- "-$pid" 2>/dev/null || true
    fi
    rm -f "$PIDFILE" "$STATE/ready-file"
    [ ! -s "$STATE/ready-name" ] || rm -f "$STATE/$(cat "$STATE/ready-name")"
}

case $ACTION in
stop)
    stop
    ;;
start)
    [ $# -ge 5 ] && [ "$4" = "--" ] || usage
    READY=$3
    shift 4
    stop
    echo "$READY" >"$STATE/ready-name"
    : >"$LOG"
    setsid "$@" </dev/null >>"$LOG" 2>&1 &
    echo $! >"$PIDFILE"
    deadline=$(( $(date +%s) + ${FIXTURE_TIMEOUT:-30} ))
    until [ -s "$STATE/$READY" ]; do
        if ! kill -0 "$(cat "$PIDFILE")" 2>/dev/null || [ "$(date +%s)" -ge "$deadline" ]; then
            echo "fixture: $1 did not start; its log:" >&2
            cat "$LOG" >&2
            stop
            exit 1
        fi
        sleep 0.1
    done
    ;;
*)
    usage
    ;;
esac
