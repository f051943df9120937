#!/bin/sh
# Start or stop the seed providers' emulators (emulators.mjs):
#
#   tests/providers/fixture.sh start STATE_DIR   # on free ports; STATE_DIR/ports.json holds them
#   tests/providers/fixture.sh stop STATE_DIR
#
# ports.json: {"rayteams":P1,"ottmMember":P2,"ottmApi":P3,"lightOauth2":P4,"upbond":P5,
# "backend":P6,"lightOauth2Sha256":"AB:CD:…","lightOauth2CertPem":"…"} (see README.md).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
SUPPORT=$HERE/../support/server-fixture.sh
[ $# -eq 2 ] || { echo "usage: $0 start|stop STATE_DIR" >&2; exit 2; }
if [ "$1" = start ]; then
    mkdir -p "$2"
    exec "$SUPPORT" start "$2" ports.json -- \
        node "$HERE/emulators.mjs" --ports-file "$(cd "$2" && pwd)/ports.json"
fi
exec "$SUPPORT" "$1" "$2"
