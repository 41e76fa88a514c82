#!/usr/bin/env bash
# Wrap the PyInstaller onedir (dist/ghostless, from build.spec) into a .deb:
#
#   /opt/ghostless/…                                         the onedir, as built
#   /usr/bin/ghostless                                       a launcher on the PATH
#   /usr/share/applications/app.ghostless.Ghostless.desktop  the menu entry
#   /usr/share/icons/hicolor/{16x16…512x512,scalable}/apps/  the icon (build/icons, from the SVG)
#   /usr/share/metainfo/app.ghostless.Ghostless.metainfo.xml AppStream metadata
#
# Usage: installers/linux/build_deb.sh [DIST_DIR [ICONS_DIR]]   (defaults: dist, build/icons)
# Needs dpkg-deb (dpkg), and checks with desktop-file-validate and appstreamcli where installed.
# Prints the path of the .deb on its last line.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DIST="${1:-$ROOT/dist}"
ICONS="${2:-$ROOT/build/icons}"
HERE="$ROOT/installers/linux"
APP_ID=app.ghostless.Ghostless

PYTHON="${PYTHON:-python3}"
VERSION="$(PYTHONPATH="$ROOT/desktop" "$PYTHON" -c 'import ghostless; print(ghostless.__version__)')"
ARCH="$(dpkg --print-architecture)"
ONEDIR="$DIST/ghostless"
[ -x "$ONEDIR/ghostless" ] || { echo "build_deb: $ONEDIR/ghostless missing; run pyinstaller build.spec first" >&2; exit 1; }
[ -f "$ICONS/png/256.png" ] || { echo "build_deb: $ICONS/png missing (build.spec renders it)" >&2; exit 1; }

STAGE="$(mktemp -d "${TMPDIR:-/tmp}/ghostless-deb.XXXXXX")"
chmod 755 "$STAGE"
trap 'rm -rf "$STAGE"' EXIT
umask 022

# The app itself.
mkdir -p "$STAGE/opt" "$STAGE/usr/bin"
cp -a "$ONEDIR" "$STAGE/opt/ghostless"
# A launcher, not a symlink: the onedir must run from its own folder, and
# sys.executable (which start-at-login records) stays /opt/ghostless/ghostless.
cat > "$STAGE/usr/bin/ghostless" <<'EOF'
#!/bin/sh
exec /opt/ghostless/ghostless "$@"
EOF
chmod 755 "$STAGE/usr/bin/ghostless"

# Desktop integration.
install -D -m 644 "$HERE/$APP_ID.desktop" "$STAGE/usr/share/applications/$APP_ID.desktop"
for png in "$ICONS"/png/*.png; do
  size="$(basename "$png" .png)"
  install -D -m 644 "$png" "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
install -D -m 644 "$ROOT/resources/icons/app.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
RELEASE_DATE="$(git -C "$ROOT" log -1 --format=%cs 2>/dev/null || date -u +%F)"
mkdir -p "$STAGE/usr/share/metainfo"
sed -e "s/@VERSION@/$VERSION/" -e "s/@DATE@/$RELEASE_DATE/" "$HERE/$APP_ID.metainfo.xml" \
  > "$STAGE/usr/share/metainfo/$APP_ID.metainfo.xml"
install -D -m 644 "$ROOT/installers/linux/copyright" "$STAGE/usr/share/doc/ghostless/copyright"

if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$STAGE/usr/share/applications/$APP_ID.desktop"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --explain "$STAGE/usr/share/metainfo/$APP_ID.metainfo.xml" >/dev/null \
    || appstreamcli validate --no-net "$STAGE/usr/share/metainfo/$APP_ID.metainfo.xml"
fi

# The newest glibc symbol any bundled binary needs: the oldest libc6 it runs on.
GLIBC="$(find "$STAGE/opt/ghostless" -type f \( -name '*.so*' -o -name ghostless \) \
  -exec objdump -T {} + 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sort -uV | tail -1 | cut -d_ -f2)"
GLIBC="${GLIBC:-$(dpkg-query -W -f='${Version}' libc6 | cut -d- -f1)}"
SIZE_KB="$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)"

mkdir -p "$STAGE/DEBIAN"
# PyInstaller bundles most libraries; these it leaves to the system (GL and EGL
# drivers, libxcb and Wayland, which must match the display server, and glibc).
cat > "$STAGE/DEBIAN/control" <<EOF
Package: ghostless
Version: $VERSION
Architecture: $ARCH
Maintainer: Ghostless <packaging@ghostless.invalid>
Installed-Size: $SIZE_KB
Depends: libc6 (>= $GLIBC), libgl1, libegl1, libxcb1, libfontconfig1, libwayland-client0, libwayland-cursor0, libwayland-egl1
Recommends: gnome-keyring | keepassxc | kwalletmanager
Section: misc
Priority: optional
Description: keeps track of whose turn it is in professional conversations
 Ghostless tracks every open conversation with recruiters, clients and
 colleagues, knows whose turn it is, and reminds you before the polite
 window to reply closes. It lives in the tray and sends desktop
 notifications; passwords are kept in the system keyring (Secret Service).
EOF

mkdir -p "$DIST"
DEB="$DIST/ghostless_${VERSION}_${ARCH}.deb"
rm -f "$DIST"/ghostless_*.deb
dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$DEB" >/dev/null
echo "$DEB"
