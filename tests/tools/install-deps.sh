#!/bin/sh
# Installs what building and testing Login Companion needs on Debian 12, and nothing when it is
# already there (so running it again is quick). Needs root or sudo for apt.
set -eu

PACKAGES="cmake ninja-build g++ pkg-config
qt6-base-dev qt6-declarative-dev qt6-webengine-dev qt6-networkauth-dev qtkeychain-qt6-dev
qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
qml6-module-qtquick-window qml6-module-qtwebengine qml6-module-qtqml-workerscript
qml6-module-qtquick-templates qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel
libgl-dev libssl-dev
xvfb xauth libxcb1-dev dbus dbus-x11 gnome-keyring libsecret-tools openssl
mmdebstrap lintian appstream desktop-file-utils curl python3
fonts-lexi-gulim"
# fonts-lexi-gulim: the smallest Debian font with every Hangul syllable (270 KiB), for the test
# of the Korean window (tst_koreanwindow); the package itself recommends fonts-noto-cjk.
# python3: tst_agent runs docs/examples/agent_token.py.
# xvfb and libxcb1-dev: tst_login_e2e closes a login window on an X server of its own.

missing=""
for package in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing="$missing $package"
done

# Node may come from elsewhere than Debian (with npm bundled); any node >= 18 with npm will do.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    missing="$missing nodejs npm"
fi

if [ -n "$missing" ]; then
    echo "Installing:$missing"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # shellcheck disable=SC2086
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
fi

# The test and demo OpenID provider, pinned by tests/oidc/package-lock.json.
HERE=$(cd "$(dirname "$0")/.." && pwd)
STAMP="$HERE/oidc/node_modules/.login-companion-npm-ci.stamp"
if [ ! -f "$STAMP" ] || [ "$HERE/oidc/package-lock.json" -nt "$STAMP" ]; then
    (cd "$HERE/oidc" && npm ci --no-audit --no-fund --loglevel=error)
    touch "$STAMP"
fi
