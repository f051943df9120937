#!/bin/sh
# Builds Login Companion and starts it on the built-in demo provider: a local OpenID provider
# on http://127.0.0.1:4380 that accepts any username and password. Stop with Ctrl+C or by
# closing the window.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
"$ROOT/tests/tools/build.sh"

STATE=$(mktemp -d "${TMPDIR:-/tmp}/lc-demo.XXXXXX")
cleanup() {
    [ -f "$STATE/pid" ] && kill "$(cat "$STATE/pid")" 2>/dev/null || true
    rm -rf "$STATE"
}
trap cleanup EXIT INT TERM

if node -e "fetch('http://127.0.0.1:4380/.well-known/openid-configuration').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"; then
    echo "Demo provider already running on http://127.0.0.1:4380"
else
    node "$ROOT/tests/oidc/provider.mjs" --port 4380 --port-file "$STATE/port" --quiet \
        >"$STATE/provider.log" 2>&1 &
    echo $! >"$STATE/pid"
    for _ in $(seq 1 100); do [ -s "$STATE/port" ] && break; sleep 0.1; done
    [ -s "$STATE/port" ] || { cat "$STATE/provider.log"; exit 1; }
    echo "Demo provider on http://127.0.0.1:4380: sign in with any username and password."
fi

# Chromium refuses to run as root with its sandbox on.
[ "$(id -u)" -ne 0 ] || export QTWEBENGINE_DISABLE_SANDBOX=1
APP="$ROOT/build/app/cli/login-companion"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    "$APP" "$@"
else
    # No desktop here: run on a virtual display with a private keyring, so the app still
    # starts and works (useful over SSH or in a container; nothing is visible).
    echo "No display found: running on Xvfb with a throwaway keyring."
    xvfb-run -a "$ROOT/tests/support/with-keyring.sh" "$APP" "$@"
fi
