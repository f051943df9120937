#!/bin/sh
# Installs the dependencies (once), then configures and builds into build/ (incrementally).
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
"$ROOT/tests/tools/install-deps.sh"
# Every test must be built here: a missing Node.js fails the configure step instead of leaving
# the integration and end-to-end tests out (as a packager's build without Node.js does).
if [ ! -f "$ROOT/build/build.ninja" ] \
    || ! grep -qsx 'LOGIN_COMPANION_REQUIRE_NODE_TESTS:BOOL=ON' "$ROOT/build/CMakeCache.txt"; then
    cmake -S "$ROOT" -B "$ROOT/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DLOGIN_COMPANION_REQUIRE_NODE_TESTS=ON
fi
cmake --build "$ROOT/build" --parallel
