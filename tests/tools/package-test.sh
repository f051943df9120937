#!/bin/sh
# The Debian package as a person gets it: builds the .deb, checks it (lintian: no errors;
# desktop-file-validate and appstreamcli validate: clean), creates a clean Debian 12 root with
# mmdebstrap from the package source apt uses here, installs the .deb there with apt (Depends
# only, no Recommends: what the package declares must be enough), then, inside the root, signs in
# through the real login window (offscreen) to the test OpenID provider running outside on
# 127.0.0.1, and checks that `login-companion token` hands out a token the provider accepts.
#
#   sh tests/tools/package-test.sh          # uses build/ (the README's build), building it first
#   LC_BUILD_DIR=/path sh tests/tools/package-test.sh   # another build directory, as it is
#
# Needs root (mmdebstrap, chroot, mounts) and about 1.5 GB in TMPDIR (default /var/tmp).
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
START=$(date +%s)
step() { echo "package-test: [$(( $(date +%s) - START ))s] $*"; }

[ "$(id -u)" -eq 0 ] || { echo "package-test: needs root (mmdebstrap, chroot, mount)" >&2; exit 2; }
if [ -n "${LC_BUILD_DIR:-}" ]; then
    BUILD=$(cd "$LC_BUILD_DIR" && pwd)
    "$ROOT/tests/tools/install-deps.sh"
else
    BUILD=$ROOT/build
    "$ROOT/tests/tools/build.sh"
fi

STATE=$(mktemp -d "${TMPDIR:-/var/tmp}/lc-package-test.XXXXXX")
CHROOT=$STATE/root
cleanup() {
    status=$?
    "$ROOT/tests/oidc/fixture.sh" stop "$STATE/oidc" >/dev/null 2>&1 || true
    if [ $status -ne 0 ] && [ -s "$STATE/oidc/server.log" ]; then
        echo "package-test: the provider's log:" >&2
        tail -n 30 "$STATE/oidc/server.log" >&2
    fi
    for mount in dev/shm proc dev; do
        if mountpoint -q "$CHROOT/$mount" 2>/dev/null; then umount -l "$CHROOT/$mount"; fi
    done
    # Never delete through a mount that is still there (the host's /dev).
    if grep -q " $CHROOT/" /proc/mounts; then
        echo "package-test: $CHROOT still has mounts; left in place" >&2
        exit 1
    fi
    rm -rf "$STATE"
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step "building the .deb"
(cd "$BUILD" && cpack -G DEB -B "$STATE/deb" >"$STATE/cpack.log" 2>&1) \
    || { cat "$STATE/cpack.log" >&2; exit 1; }
DEB=$(ls "$STATE"/deb/login-companion_*_amd64.deb)
step "$(basename "$DEB"): $(du -k "$DEB" | cut -f1) KiB"

step "lintian (no errors allowed)"
lintian --fail-on error "$DEB" || { echo "package-test: lintian found errors" >&2; exit 1; }
dpkg-deb -x "$DEB" "$STATE/contents"
desktop-file-validate "$STATE"/contents/usr/share/applications/*.desktop
appstreamcli validate --no-net "$STATE"/contents/usr/share/metainfo/*.metainfo.xml

step "creating a clean Debian 12 root (mmdebstrap)"
if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    SOURCES=/etc/apt/sources.list.d/debian.sources
else
    SOURCES=/etc/apt/sources.list
fi
# The package source apt uses here, read from stdin: no mirror is named in this repository.
# dpkg's unsafe I/O: no fsync for a root that is thrown away (minutes saved on a busy disk).
mmdebstrap --quiet --variant=apt --dpkgopt=force-unsafe-io \
    --include=dbus,gnome-keyring,libsecret-tools,ca-certificates bookworm "$CHROOT" <"$SOURCES"

step "installing the .deb with apt inside the root"
cp /etc/resolv.conf "$CHROOT/etc/resolv.conf"
cp "$DEB" "$CHROOT/tmp/"
chroot "$CHROOT" sh -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends -o Dpkg::Options::=--force-unsafe-io \
    /tmp/$(basename "$DEB")" >"$STATE/apt.log" 2>&1 \
    || { tail -n 40 "$STATE/apt.log" >&2; exit 1; }
grep -E '^[0-9]+ upgraded, |^After this operation' "$STATE/apt.log" || true
chroot "$CHROOT" dpkg -s login-companion | grep -E '^(Version|Installed-Size):'

step "starting the test provider on 127.0.0.1 (outside the root)"
"$ROOT/tests/oidc/fixture.sh" start "$STATE/oidc" >/dev/null
ISSUER="http://127.0.0.1:$(cat "$STATE/oidc/port")"
mkdir -p "$CHROOT/tmp/lc"
sed "s|http://127.0.0.1:4380|$ISSUER|g; s|\"id\": \"demo\"|\"id\": \"package-test\"|" \
    "$ROOT/resources/providers/demo.json" >"$CHROOT/tmp/lc/profile.json"
{ echo 'window.__loginCompanionUser = "packaged";'; cat "$ROOT/tests/oidc/autofill.js"; } \
    >"$CHROOT/tmp/lc/autofill.js"

step "signing in through the installed window (offscreen), then asking for a token"
mount --bind /dev "$CHROOT/dev"
mount -t proc proc "$CHROOT/proc"
mount -t tmpfs tmpfs "$CHROOT/dev/shm"
cat >"$CHROOT/tmp/lc/run.sh" <<'SH'
set -eu
mkdir -p -m 700 /tmp/lc/run
echo -n package-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
login-companion login --profile /tmp/lc/profile.json --page-script /tmp/lc/autofill.js
login-companion accounts
login-companion token --profile /tmp/lc/profile.json >/tmp/lc/token
SH
timeout 300 chroot "$CHROOT" env -i PATH=/usr/bin:/bin HOME=/root XDG_RUNTIME_DIR=/tmp/lc/run \
    QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 \
    QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu \
    dbus-run-session -- sh /tmp/lc/run.sh

step "checking the token at the provider's userinfo endpoint"
TOKEN=$(cat "$CHROOT/tmp/lc/token")
[ -n "$TOKEN" ] || { echo "package-test: token printed nothing" >&2; exit 1; }
STATUS=$(curl -s -o "$STATE/userinfo.json" -w '%{http_code}' \
    -H "Authorization: Bearer $TOKEN" "$ISSUER/me")
[ "$STATUS" = 200 ] || { echo "package-test: userinfo answered $STATUS" >&2; exit 1; }
grep -q '"sub":"packaged"' "$STATE/userinfo.json" \
    || { echo "package-test: userinfo names someone else: $(cat "$STATE/userinfo.json")" >&2; exit 1; }

step "passed: installed with apt on a clean Debian 12, signed in, token accepted (userinfo 200)"
echo "package-test: 1 passed, 0 failed"
