#!/bin/sh
# Runs a command with a throwaway HOME inside its own D-Bus session that has an unlocked
# gnome-keyring (a real Secret Service), so tests never touch the user's keychain or each other's.
#
#   with-keyring.sh COMMAND [ARGS...]
set -eu
scratch=$(mktemp -d "${TMPDIR:-/tmp}/lc-test-home.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
export HOME="$scratch"
export XDG_DATA_HOME="$scratch/.local/share" XDG_CONFIG_HOME="$scratch/.config"
export XDG_CACHE_HOME="$scratch/.cache" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- sh -c '
    echo -n test-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' with-keyring "$@"
