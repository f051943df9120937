#!/bin/sh
# Prints how long `login-companion token` takes for a cached token, next to an empty Qt console
# program (the target: within a few milliseconds of it) and `accounts` (the same start-up, no
# keychain), so the keychain's share shows. Signs in once through the real window
# against the local test provider, in a throwaway keyring.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${RUNS:-20}
"$ROOT/tests/tools/build.sh" >/dev/null

STATE=$(mktemp -d "${TMPDIR:-/tmp}/lc-bench.XXXXXX")
trap '"$ROOT/tests/oidc/fixture.sh" stop "$STATE" >/dev/null 2>&1 || true; rm -rf "$STATE"' EXIT INT TERM
"$ROOT/tests/oidc/fixture.sh" start "$STATE" >/dev/null
ISSUER="http://127.0.0.1:$(cat "$STATE/port")"
sed "s|http://127.0.0.1:4380|$ISSUER|g; s|\"id\": \"demo\"|\"id\": \"bench\"|" \
    "$ROOT/resources/providers/demo.json" >"$STATE/bench.json"

export QT_QPA_PLATFORM=offscreen QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu
[ "$(id -u)" -ne 0 ] || export QTWEBENGINE_DISABLE_SANDBOX=1
BIN="$ROOT/build"
"$ROOT/tests/support/with-keyring.sh" sh -c "
    '$BIN/app/cli/login-companion' login --profile '$STATE/bench.json' \
        --page-script '$ROOT/tests/oidc/autofill.js' >/dev/null
    '$BIN/bench/bench_command_latency' $RUNS \
        -- '$BIN/bench/bench_empty_qt' \
        -- '$BIN/app/cli/login-companion' accounts \
        -- '$BIN/app/cli/login-companion' token --profile '$STATE/bench.json'
    ldd '$BIN/app/cli/login-companion' | wc -l | sed 's/^/shared libraries of login-companion: /'
"
