#!/usr/bin/env bash
# Builds the two .debs with CPack (skybeam-setup-cli: the headless commands; skybeam-setup: the wizard),
# checks that the cli package needs nothing of the desktop stack (its Depends, and every library its
# executable and modules resolve to belongs to a package its Depends pull in), installs the cli package
# alone and runs the commands, then adds the GUI package and starts the wizard offscreen through
# /usr/bin/skybeam-setup, removes both, and checks that nothing is left behind. Needs root (or
# passwordless sudo): exits 77 (skipped) otherwise.
set -euo pipefail
BUILD_DIR=$1
if [ "$(id -u)" -eq 0 ]; then SUDO=(); elif sudo -n true 2>/dev/null; then SUDO=(sudo -n); else
    echo "SKIP: installing a .deb needs root or passwordless sudo"; exit 77; fi
for pkg in skybeam-setup skybeam-setup-cli; do
    if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        echo "SKIP: $pkg is already installed on this machine; not touching it"; exit 77; fi
done
fail() { echo "FAIL: $*"; exit 1; }
WORK=$(mktemp -d)
cleanup() {
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq --purge skybeam-setup skybeam-setup-cli \
        >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT

(cd "$BUILD_DIR" && cpack -G DEB -B "$WORK" >/dev/null) || fail "cpack -G DEB failed"
CLI_DEB=$(ls "$WORK"/skybeam-setup-cli_*.deb)
GUI_DEB=$(ls "$WORK"/skybeam-setup_*.deb)
echo "Built $(basename "$CLI_DEB") and $(basename "$GUI_DEB")"

# The cli package: the headless part, no desktop stack.
CLI_DEPENDS=$(dpkg-deb -f "$CLI_DEB" Depends)
for pkg in libqt6keychain1 libsecret-1-0 libqt6core6 libqt6network6; do
    grep -q "$pkg" <<<"$CLI_DEPENDS" || fail "skybeam-setup-cli Depends lacks $pkg (QtKeychain dlopens libsecret)"
done
if grep -Eq "libqt6gui|libqt6widgets|qt6-qpa-plugins|libx11|libxcb|libwayland" <<<"$CLI_DEPENDS"; then
    fail "skybeam-setup-cli depends on the desktop stack: $CLI_DEPENDS"; fi
CLI_CONTENTS=$(dpkg-deb -c "$CLI_DEB")
for f in ./usr/bin/skybeam-setup ./usr/lib/skybeam-setup/skybeam-setup-cli ./usr/lib/skybeam-setup/skybeam-setup-local \
         ./usr/lib/skybeam-setup/skybeam-keychain.so ./usr/lib/skybeam-setup/skybeam-notify.so \
         ./usr/share/man/man1/skybeam-setup.1.gz \
         ./usr/lib/systemd/user/skybeam-setup-remind.service ./usr/lib/systemd/user/skybeam-setup-remind.timer; do
    grep -q " $f\$" <<<"$CLI_CONTENTS" || fail "skybeam-setup-cli lacks $f"
done
grep -q "skybeam-setup-gui\|applications/" <<<"$CLI_CONTENTS" && fail "skybeam-setup-cli carries the GUI"
# The units are shipped, never enabled by the package.
grep -q "wants/" <<<"$CLI_CONTENTS" && fail "skybeam-setup-cli enables the reminder units"

# The GUI package: the wizard, the desktop files, on top of the cli package.
GUI_DEPENDS=$(dpkg-deb -f "$GUI_DEB" Depends)
grep -q "skybeam-setup-cli (= " <<<"$GUI_DEPENDS" || fail "skybeam-setup does not depend on skybeam-setup-cli: $GUI_DEPENDS"
for pkg in libqt6widgets6 qt6-qpa-plugins; do
    grep -q "$pkg" <<<"$GUI_DEPENDS" || fail "skybeam-setup Depends lacks $pkg"
done
for pkg in qt6-translations-l10n qt6-image-formats-plugins; do
    dpkg-deb -f "$GUI_DEB" Recommends | grep -q "$pkg" || fail "skybeam-setup Recommends lacks $pkg"
done
GUI_CONTENTS=$(dpkg-deb -c "$GUI_DEB")
for f in ./usr/lib/skybeam-setup/skybeam-setup-gui ./usr/share/applications/org.skybeam.TikTokSetup.desktop \
         ./usr/share/metainfo/org.skybeam.TikTokSetup.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/org.skybeam.TikTokSetup.svg \
         ./usr/share/icons/hicolor/48x48/apps/org.skybeam.TikTokSetup.png; do
    grep -q " $f\$" <<<"$GUI_CONTENTS" || fail "skybeam-setup lacks $f"
done
grep -q " ./usr/bin/" <<<"$GUI_CONTENTS" && fail "skybeam-setup and skybeam-setup-cli both ship a file in /usr/bin"

"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$CLI_DEB" >/dev/null \
    || fail "apt-get install skybeam-setup-cli failed"
[ -x /usr/bin/skybeam-setup ] || fail "/usr/bin/skybeam-setup missing after install"
[ ! -e /usr/lib/skybeam-setup/skybeam-setup-gui ] || fail "the cli package installed the GUI"

# Every library the headless executable and its modules load comes from a package the cli package's
# Depends pull in (so a server without the desktop stack has them), and none is a desktop library.
CLOSURE=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces \
          --no-enhances skybeam-setup-cli 2>/dev/null | grep -v '^ ' | sed 's/:amd64$//; s/[<>]//g' | sort -u)
for binary in /usr/bin/skybeam-setup /usr/lib/skybeam-setup/skybeam-setup-cli /usr/lib/skybeam-setup/skybeam-setup-local \
              /usr/lib/skybeam-setup/skybeam-keychain.so /usr/lib/skybeam-setup/skybeam-notify.so; do
    LIBS=$(ldd "$binary") || fail "ldd $binary failed"
    grep -q "not found" <<<"$LIBS" && fail "$binary lacks a library: $LIBS"
    grep -Eq "libQt6Gui|libQt6Widgets|libX11|libxcb|libwayland|libEGL|libGLX" <<<"$LIBS" \
        && fail "$binary links the desktop stack: $LIBS"
    while read -r path; do
        real=$(readlink -f "$path")
        owner=$(dpkg -S "$path" 2>/dev/null || dpkg -S "$real" 2>/dev/null || true)
        owner=${owner%%:*}
        [ -n "$owner" ] || fail "$binary loads $path, which no package owns"
        grep -qx "$owner" <<<"$CLOSURE" || fail "$binary loads $path from $owner, outside skybeam-setup-cli's dependencies"
    done < <(awk '/=> \// {print $3} /^\t\/lib/ {print $1}' <<<"$LIBS")
done
ldd /usr/lib/skybeam-setup/skybeam-setup-local | grep -q "libQt6Network" && fail "skybeam-setup-local links QtNetwork"
ldd /usr/bin/skybeam-setup | grep -q "libQt6" && fail "the skybeam-setup launcher links Qt"

VERSION=$(env -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/skybeam-setup --version) || fail "installed skybeam-setup --version failed"
[[ "$VERSION" == "skybeam-setup "* ]] || fail "unexpected version output: $VERSION"
ROXY=$(mktemp -d)
set +e
OUT=$(env -u DISPLAY -u WAYLAND_DISPLAY ROXY_HOME="$ROXY" /usr/bin/skybeam-setup validate --tiktok)
RC=$?
STATUS_OUT=$(env -u DISPLAY -u WAYLAND_DISPLAY ROXY_HOME="$ROXY" /usr/bin/skybeam-setup status 2>&1)
STATUS_RC=$?
GUI_ERR=$(env -u DISPLAY -u WAYLAND_DISPLAY ROXY_HOME="$ROXY" /usr/bin/skybeam-setup 2>&1 >/dev/null)
GUI_RC=$?
set -e
[ "$RC" -eq 1 ] || fail "installed validate --tiktok on an empty home should exit 1, got $RC"
grep -q "^TikTok Credentials: FAIL$" <<<"$OUT" || fail "installed validate printed: $OUT"
[ "$STATUS_RC" -eq 1 ] || fail "installed status on an empty home should exit 1, got $STATUS_RC: $STATUS_OUT"
# Without the GUI package, the wizard names the package that has it.
[ "$GUI_RC" -eq 1 ] || fail "skybeam-setup without the GUI package should exit 1, got $GUI_RC"
grep -q "skybeam-setup package" <<<"$GUI_ERR" || fail "skybeam-setup without the GUI package said: $GUI_ERR"
man -w skybeam-setup >/dev/null 2>&1 || [ -f /usr/share/man/man1/skybeam-setup.1.gz ] || fail "man page not installed"

# The GUI package on top: /usr/bin/skybeam-setup becomes the wizard (offscreen, to its first frame).
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$GUI_DEB" >/dev/null \
    || fail "apt-get install skybeam-setup failed"
FRAME=$(ROXY_HOME="$ROXY" QT_QPA_PLATFORM=offscreen timeout 60 /usr/bin/skybeam-setup --benchmark-startup) \
    || fail "the installed wizard did not start"
[[ "$FRAME" == first-paint-monotonic-ns=* ]] || fail "the installed wizard printed: $FRAME"
rm -rf "$ROXY"

"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq --purge skybeam-setup skybeam-setup-cli >/dev/null \
    || fail "removal failed"
for f in /usr/bin/skybeam-setup /usr/lib/skybeam-setup /usr/share/applications/org.skybeam.TikTokSetup.desktop \
         /usr/lib/systemd/user/skybeam-setup-remind.timer; do
    [ ! -e "$f" ] || fail "$f left after removal"
done
echo "1 passed, 0 failed: skybeam-setup-cli and skybeam-setup built, installed (the cli alone first), ran ($VERSION) and removed cleanly"
