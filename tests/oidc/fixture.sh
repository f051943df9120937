#!/bin/sh
# Start or stop the test OpenID provider (provider.mjs, oidc-provider from package-lock.json):
#
#   tests/oidc/fixture.sh start STATE_DIR   # npm ci if needed, start on a free port
#   tests/oidc/fixture.sh stop STATE_DIR
#
# After "start", STATE_DIR/port holds the port: the issuer is http://127.0.0.1:$(cat STATE_DIR/port).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
SUPPORT=$HERE/../support/server-fixture.sh
[ $# -eq 2 ] || { echo "usage: $0 start|stop STATE_DIR" >&2; exit 2; }
if [ "$1" = start ]; then
    STAMP=$HERE/node_modules/.login-companion-npm-ci.stamp
    if [ ! -d "$HERE/node_modules/oidc-provider" ] || [ ! -f "$STAMP" ] \
        || [ "$HERE/package-lock.json" -nt "$STAMP" ]; then
        (cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error >&2)
        touch "$STAMP"
    fi
    mkdir -p "$2"
    exec "$SUPPORT" start "$2" port -- \
        node "$HERE/provider.mjs" --port 0 --port-file "$(cd "$2" && pwd)/port" --quiet
fi
exec "$SUPPORT" "$1" "$2"
