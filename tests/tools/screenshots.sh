#!/bin/sh
# Takes the README's screenshots under Xvfb: the login window on the provider's login page, the
# error view (a dead server) and the TLS refusal (a self-signed certificate), in light and dark;
# the error view at the minimum width (360 px); the accounts window. Writes docs/images/*.png.
# LC_BUILD_DIR=DIR uses an existing build instead of building one in build/.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
if [ -z "${LC_BUILD_DIR:-}" ]; then
    "$ROOT/tests/tools/build.sh" >/dev/null
    LC_BUILD_DIR="$ROOT/build"
fi
BUILD=$LC_BUILD_DIR
command -v import >/dev/null 2>&1 || {
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends imagemagick >/dev/null
}

STATE=$(mktemp -d "${TMPDIR:-/tmp}/lc-shots.XXXXXX")
cleanup() {
    "$ROOT/tests/oidc/fixture.sh" stop "$STATE/oidc" >/dev/null 2>&1 || true
    "$ROOT/tests/pages/fixture.sh" stop "$STATE/pages" >/dev/null 2>&1 || true
    rm -rf "$STATE"
}
trap cleanup EXIT INT TERM
"$ROOT/tests/oidc/fixture.sh" start "$STATE/oidc" >/dev/null
"$ROOT/tests/pages/fixture.sh" start "$STATE/pages" >/dev/null
OIDC="http://127.0.0.1:$(cat "$STATE/oidc/port")"
HTTPS=$(node -e "console.log(require('$STATE/pages/ports.json').https)")

profile() { # id, display name, authorization endpoint
    cat >"$STATE/$1.json" <<JSON
{ "id": "$1", "displayName": "$2", "authorizationEndpoint": "$3", "tokenEndpoint": "$OIDC/token",
  "clientId": "login-companion-demo", "redirectUri": "http://localhost/callback",
  "scopes": ["openid"], "pageLoadTimeoutSeconds": 5 }
JSON
}
# `login --profile FILE` installs the file, and an installed profile may not take a built-in id.
sed "s|http://127.0.0.1:4380|$OIDC|g; s|\"id\": \"demo\"|\"id\": \"demo-local\"|" \
    "$ROOT/resources/providers/demo.json" >"$STATE/demo.json"
profile dead "Example Game Account" "http://127.0.0.1:45678/authorize"
profile tls "Example Game Account" "https://127.0.0.1:$HTTPS/plain/auth"

shoot() { # output name, seconds to wait, screen WxH, color scheme, command...
    name=$1 wait=$2 screen=$3 scheme=$4
    shift 4
    printf "'%s' " "$@" >"$STATE/cmd"
    cat >"$STATE/shot.sh" <<SH
LOGIN_COMPANION_COLOR_SCHEME=$scheme $(cat "$STATE/cmd") >/dev/null 2>&1 &
pid=\$!
sleep $wait
import -window root '$ROOT/docs/images/$name.png'
# The window is login-companion's child: end both, and wait, before HOME is removed.
pkill -TERM -P \$pid 2>/dev/null || true
kill \$pid 2>/dev/null || true
wait \$pid 2>/dev/null || true
sleep 1
SH
    xvfb-run -a -s "-screen 0 ${screen}x24" "$ROOT/tests/support/with-keyring.sh" sh "$STATE/shot.sh"
    echo "docs/images/$name.png"
}
[ "$(id -u)" -ne 0 ] || export QTWEBENGINE_DISABLE_SANDBOX=1
export QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu
CLI="$BUILD/app/cli/login-companion"
WINDOW="$BUILD/app/window/login-companion-window"
for scheme in light dark; do
    suffix=""; [ "$scheme" = light ] || suffix="-dark"
    shoot "login-window$suffix" 12 480x720 "$scheme" "$CLI" login --profile "$STATE/demo.json"
    shoot "error-view$suffix" 12 480x720 "$scheme" "$CLI" login --profile "$STATE/dead.json"
    shoot "tls-refusal$suffix" 12 480x720 "$scheme" "$CLI" login --profile "$STATE/tls.json"
    shoot "accounts$suffix" 10 520x720 "$scheme" "$CLI"
done
# The minimum width: nothing clipped, the buttons on a second row.
shoot error-view-360 12 360x640 light "$WINDOW" login --profile "$STATE/dead.json" \
    -qwindowgeometry 360x640+0+0
