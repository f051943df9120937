#!/bin/sh
# Start or stop the provider emulators (tests/providers/emulators.mjs) for tests.
#
#   tests/providers/fixture.sh start STATE_DIR   # start on free ports, wait until they answer
#   tests/providers/fixture.sh stop STATE_DIR    # stop them and remove STATE_DIR/pid and STATE_DIR/ports.json
#
# After "start", STATE_DIR/ports.json holds the ports (see README.md):
#   {"rayteams":P1,"ottmMember":P2,"ottmApi":P3,"lightOauth2":P4,"upbond":P5,"backend":P6,
#    "lightOauth2Sha256":"AB:CD:…","lightOauth2CertPem":"-----BEGIN CERTIFICATE-----…"}
# STATE_DIR/pid holds the pid and STATE_DIR/log the output (one line per request, no query
# values, no bodies). Both commands are idempotent. No npm packages are needed.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
TIMEOUT=${PROVIDERS_FIXTURE_TIMEOUT:-30}

usage() {
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
}

[ $# -eq 2 ] || usage
ACTION=$1
mkdir -p "$2"
STATE=$(cd "$2" && pwd)
PIDFILE=$STATE/pid
PORTSFILE=$STATE/ports.json
LOG=$STATE/log

is_running() {
    [ -s "$PIDFILE" ] || return 1
    pid=$(cat "$PIDFILE")
    kill -0 "$pid" 2>/dev/null || return 1
    # Guard against a recycled pid: it must still be our emulators.
    if [ -r "/proc/$pid/cmdline" ]; then
        tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q 'emulators\.mjs' || return 1
    fi
    return 0
}

# All six emulators answer GET /__health with 200 (it touches no state and is not logged).
# One node call reads ports.json and checks them all; the light-oauth2 emulator (HTTPS) is
# checked against the certificate published in ports.json.
all_ok() {
    [ -s "$PORTSFILE" ] || return 1
    node -e '
        const fs = require("fs"), http = require("http"), https = require("https");
        let p;
        try { p = JSON.parse(fs.readFileSync(process.argv[1], "utf8")); } catch { process.exit(1); }
        const names = ["rayteams", "ottmMember", "ottmApi", "lightOauth2", "upbond", "backend"];
        if (!names.every((n) => Number.isInteger(p[n])) || !p.lightOauth2CertPem) process.exit(1);
        const get = (n) => new Promise((resolve) => {
            const tls = n === "lightOauth2";
            const req = (tls ? https : http).get(`${tls ? "https" : "http"}://127.0.0.1:${p[n]}/__health`,
                { ca: tls ? p.lightOauth2CertPem : undefined, timeout: 2000 },
                (res) => { res.resume(); resolve(res.statusCode === 200); });
            req.on("timeout", () => req.destroy());
            req.on("error", () => resolve(false));
        });
        Promise.all(names.map(get)).then((r) => process.exit(r.every(Boolean) ? 0 : 1));
    ' "$PORTSFILE" 2>/dev/null
}

fail() {
    echo "providers fixture: $*" >&2
    if [ -f "$LOG" ]; then
        echo "---- $LOG ----" >&2
        cat "$LOG" >&2
        echo "---- end of log ----" >&2
    fi
    do_stop >/dev/null 2>&1 || true
    exit 1
}

do_start() {
    command -v node >/dev/null 2>&1 || { echo "providers fixture: node not found" >&2; exit 1; }
    if is_running && all_ok; then
        echo "providers fixture: already running (pid $(cat "$PIDFILE")), ports in $PORTSFILE" >&2
        return 0
    fi
    do_stop >/dev/null 2>&1 || true

    rm -f "$PORTSFILE"
    : >"$LOG"
    # setsid puts the emulators in their own process group (pgid = their pid), so stop can
    # signal the whole group (including a running openssl); nohup + redirections detach them
    # from any terminal.
    cd "$HERE"
    if command -v setsid >/dev/null 2>&1; then
        nohup setsid node "$HERE/emulators.mjs" --ports-file "$PORTSFILE" \
            </dev/null >>"$LOG" 2>&1 &
    else
        nohup node "$HERE/emulators.mjs" --ports-file "$PORTSFILE" \
            </dev/null >>"$LOG" 2>&1 &
    fi
    echo $! >"$PIDFILE"

    deadline=$(( $(date +%s) + TIMEOUT ))
    while :; do
        if ! kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
            fail "emulators exited during start-up"
        fi
        if all_ok; then
            echo "providers fixture: running (pid $(cat "$PIDFILE")), ports in $PORTSFILE" >&2
            return 0
        fi
        [ "$(date +%s)" -lt "$deadline" ] || fail "emulators not ready after ${TIMEOUT}s"
        sleep 0.1
    done
}

do_stop() {
    if is_running; then
        pid=$(cat "$PIDFILE")
        # The emulators lead their own process group when started via setsid.
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
    rm -f "$PIDFILE" "$PORTSFILE"
}

case $ACTION in
    start) do_start ;;
    stop) do_stop ;;
    *) usage ;;
esac
