#!/bin/sh
# Start or stop the mutant provider (mutant-provider.mjs) for the RP conformance tests:
#
#   tests/rp/fixture.sh start STATE_DIR    # on a free port; STATE_DIR/port holds it
#   tests/rp/fixture.sh stop STATE_DIR
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
SUPPORT=$HERE/../support/server-fixture.sh
[ $# -eq 2 ] || { echo "usage: $0 start|stop STATE_DIR" >&2; exit 2; }
if [ "$1" = start ]; then
    mkdir -p "$2"
    exec "$SUPPORT" start "$2" port -- \
        node "$HERE/mutant-provider.mjs" --port 0 --port-file "$(cd "$2" && pwd)/port"
fi
exec "$SUPPORT" "$1" "$2"
