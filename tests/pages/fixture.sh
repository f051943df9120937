#!/bin/sh
# Start or stop the misbehaving pages (pages.mjs) for the login window's tests:
#
#   tests/pages/fixture.sh start STATE_DIR   # STATE_DIR/ports.json: {"http":P,"https":Q,"sha256":…}
#   tests/pages/fixture.sh stop STATE_DIR
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
SUPPORT=$HERE/../support/server-fixture.sh
[ $# -eq 2 ] || { echo "usage: $0 start|stop STATE_DIR" >&2; exit 2; }
if [ "$1" = start ]; then
    mkdir -p "$2"
    exec "$SUPPORT" start "$2" ports.json -- \
        node "$HERE/pages.mjs" --ports-file "$(cd "$2" && pwd)/ports.json"
fi
exec "$SUPPORT" "$1" "$2"
