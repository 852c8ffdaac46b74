#!/usr/bin/env bash
# Builds the .deb with CPack, installs it with apt-get, runs the installed binary, removes it, and checks
# that nothing is left behind. Needs root (or passwordless sudo): exits 77 (skipped) otherwise.
set -euo pipefail
BUILD_DIR=$1
if [ "$(id -u)" -eq 0 ]; then SUDO=(); elif sudo -n true 2>/dev/null; then SUDO=(sudo -n); else
    echo "SKIP: installing a .deb needs root or passwordless sudo"; exit 77; fi
if dpkg-query -W -f='${Status}' skybeam-setup 2>/dev/null | grep -q "install ok installed"; then
    echo "SKIP: skybeam-setup is already installed on this machine; not touching it"; exit 77; fi
fail() { echo "FAIL: $*"; exit 1; }
WORK=$(mktemp -d)
cleanup() {
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq --purge skybeam-setup >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT

(cd "$BUILD_DIR" && cpack -G DEB -B "$WORK" >/dev/null) || fail "cpack -G DEB failed"
DEB=$(ls "$WORK"/skybeam-setup_*.deb)
echo "Built $(basename "$DEB")"
dpkg-deb -f "$DEB" Depends | grep -q "libqt6keychain1" || fail "Depends lacks libqt6keychain1"
dpkg-deb -f "$DEB" Depends | grep -q "libsecret-1-0" || fail "Depends lacks libsecret-1-0 (QtKeychain dlopens it)"
for pkg in qt6-translations-l10n qt6-image-formats-plugins; do
    dpkg-deb -f "$DEB" Recommends | grep -q "$pkg" || fail "Recommends lacks $pkg"
done
CONTENTS=$(dpkg-deb -c "$DEB")
for f in ./usr/bin/skybeam-setup ./usr/share/applications/org.skybeam.TikTokSetup.desktop \
         ./usr/share/metainfo/org.skybeam.TikTokSetup.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/org.skybeam.TikTokSetup.svg \
         ./usr/share/icons/hicolor/48x48/apps/org.skybeam.TikTokSetup.png \
         ./usr/share/man/man1/skybeam-setup.1.gz; do
    grep -q " $f\$" <<<"$CONTENTS" || fail "package lacks $f"
done
file -b "$WORK/_CPack_Packages/Linux/DEB/"*/usr/bin/skybeam-setup 2>/dev/null | grep -q "stripped" || true

"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$DEB" >/dev/null \
    || fail "apt-get install ./deb failed"
[ -x /usr/bin/skybeam-setup ] || fail "/usr/bin/skybeam-setup missing after install"
VERSION=$(/usr/bin/skybeam-setup --version) || fail "installed skybeam-setup --version failed"
[[ "$VERSION" == "skybeam-setup "* ]] || fail "unexpected version output: $VERSION"
ROXY=$(mktemp -d)
set +e
OUT=$(ROXY_HOME="$ROXY" /usr/bin/skybeam-setup validate --tiktok)
RC=$?
set -e
rm -rf "$ROXY"
[ "$RC" -eq 1 ] || fail "installed validate --tiktok on an empty home should exit 1, got $RC"
grep -q "^TikTok Credentials: FAIL$" <<<"$OUT" || fail "installed validate printed: $OUT"
man -w skybeam-setup >/dev/null 2>&1 || [ -f /usr/share/man/man1/skybeam-setup.1.gz ] || fail "man page not installed"

"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq --purge skybeam-setup >/dev/null || fail "removal failed"
[ ! -e /usr/bin/skybeam-setup ] || fail "/usr/bin/skybeam-setup left after removal"
[ ! -e /usr/share/applications/org.skybeam.TikTokSetup.desktop ] || fail "desktop file left after removal"
echo "1 passed, 0 failed: .deb built, installed, ran ($VERSION) and removed cleanly"
