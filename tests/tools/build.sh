#!/bin/sh
# Installs the dependencies (once), then configures and builds into build/ (incrementally).
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
"$ROOT/tests/tools/install-deps.sh"
if [ ! -f "$ROOT/build/build.ninja" ]; then
    cmake -S "$ROOT" -B "$ROOT/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$ROOT/build" --parallel
