#!/bin/sh
# Builds Login Companion and runs every test: unit, integration (real oidc-provider, real
# gnome-keyring) and end to end (the real login window, offscreen).
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
"$ROOT/tests/tools/build.sh"
cd "$ROOT/build"
ctest --output-on-failure --parallel 2 --timeout 600
