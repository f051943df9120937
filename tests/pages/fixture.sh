#!/bin/sh
# Start or stop tests/pages/pages.mjs:  fixture.sh start|stop STATE_DIR  (STATE_DIR/ports.json)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
[ $# -eq 2 ] || { echo "usage: $0 start|stop STATE_DIR" >&2; exit 2; }
mkdir -p "$2"
STATE=$(cd "$2" && pwd)
stop() {
    if [ -s "$STATE/pid" ]; then kill "$(cat "$STATE/pid")" 2>/dev/null || true; fi
    rm -f "$STATE/pid" "$STATE/ports.json"
}
case $1 in
start)
    stop
    setsid node "$HERE/pages.mjs" --ports-file "$STATE/ports.json" >"$STATE/pages.log" 2>&1 &
    echo $! >"$STATE/pid"
    i=0
    while [ ! -s "$STATE/ports.json" ]; do
        i=$((i + 1))
        if [ $i -gt 300 ]; then cat "$STATE/pages.log" >&2; stop; exit 1; fi
        sleep 0.1
    done ;;
stop) stop ;;
*) echo "usage: $0 start|stop STATE_DIR" >&2; exit 2 ;;
esac
