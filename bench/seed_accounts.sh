#!/bin/sh
# Writes an account list of COUNT accounts straight into a data directory, for benchmarks of the
# lists (`accounts`, `accounts --json`, the accounts window): no sign-in, no keychain entry.
#
#   bench/seed_accounts.sh DATA_DIR CONFIG_DIR COUNT
#
# DATA_DIR and CONFIG_DIR are what XDG_DATA_HOME and XDG_CONFIG_HOME will be for the program
# measured. The accounts are spread over four profiles: two built-in ones (demo, rayteams-dev),
# one installed here (bench-staging, CONFIG_DIR/login-companion/profiles/) and one that cannot
# load (light-oauth2, whose placeholder has no value), with a mix of valid, expired and
# sign-in-required rows, labels in no particular order, and the first account of each profile
# as its default.
set -eu
[ $# -eq 3 ] || { echo "usage: $0 DATA_DIR CONFIG_DIR COUNT" >&2; exit 2; }
DATA=$1/login-companion CONFIG=$2/login-companion COUNT=$3
mkdir -p "$DATA" "$CONFIG/profiles"
chmod 700 "$DATA"
cat >"$CONFIG/profiles/bench-staging.json" <<'JSON'
{ "id": "bench-staging", "displayName": "Bench staging provider", "environment": "staging",
  "authorizationEndpoint": "https://id.example.test/auth", "tokenEndpoint": "https://id.example.test/token",
  "clientId": "bench", "redirectUri": "http://127.0.0.1/callback" }
JSON
awk -v count="$COUNT" 'BEGIN {
    split("demo rayteams-dev bench-staging light-oauth2", profiles, " ")
    printf "{\n    \"version\": 1,\n    \"accounts\": [\n"
    for (i = 0; i < count; i++) {
        profile = profiles[i % 4 + 1]
        # A permutation of 0..count-1, so that the list is not already sorted.
        n = (i * 7919) % count
        state = i % 10
        expires = state < 7 ? "2099-01-01T00:00:00Z" : "2020-01-01T00:00:00Z"
        printf "        {\"profile\": \"%s\", \"label\": \"player-%05d\", \"subject\": \"subject-%05d\", ", profile, n, n
        printf "\"displayName\": \"Player %d\", \"email\": \"player-%05d@example.test\", ", n, n
        printf "\"expiresAt\": \"%s\", \"signInRequired\": %s", expires, state == 9 ? "true" : "false"
        if (i < 4) printf ", \"default\": true"
        printf "}%s\n", i + 1 < count ? "," : ""
    }
    printf "    ]\n}\n"
}' >"$DATA/accounts.json"
chmod 600 "$DATA/accounts.json"
