#!/bin/sh
# Takes the README's screenshots of the login window under Xvfb: the provider's login page, the
# error view (a dead server) and the TLS refusal (a self-signed certificate). Writes
# docs/images/*.png.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
"$ROOT/tests/tools/build.sh" >/dev/null
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
sed "s|http://127.0.0.1:4380|$OIDC|g" "$ROOT/resources/providers/demo.json" >"$STATE/demo.json"
profile dead "Example Game Account" "http://127.0.0.1:45678/authorize"
profile tls "Example Game Account" "https://127.0.0.1:$HTTPS/plain/auth"

shoot() { # profile file, output name, seconds to wait
    cat >"$STATE/shot.sh" <<SH
'$ROOT/build/app/cli/login-companion' login --profile '$1' >/dev/null 2>&1 &
sleep $3
import -window root '$ROOT/docs/images/$2.png'
kill \$! 2>/dev/null || true
SH
    xvfb-run -a -s "-screen 0 480x720x24" "$ROOT/tests/support/with-keyring.sh" sh "$STATE/shot.sh"
    echo "docs/images/$2.png"
}
[ "$(id -u)" -ne 0 ] || export QTWEBENGINE_DISABLE_SANDBOX=1
export QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu
shoot "$STATE/demo.json" login-window 4
shoot "$STATE/dead.json" error-view 4
shoot "$STATE/tls.json" tls-refusal 4
