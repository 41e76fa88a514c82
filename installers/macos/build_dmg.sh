#!/usr/bin/env bash
# Build Ghostless.app (build.spec's BUNDLE) and dist/Ghostless-<version>.dmg on macOS,
# signed and notarized when the environment says how. `make package` runs this on macOS.
#
# Environment (all optional; without them: an ad-hoc signed app, an unsigned,
# un-notarized dmg, which Gatekeeper only opens with right-click > Open):
#   MACOS_SIGN_IDENTITY     "Developer ID Application: Name (TEAMID)", in the login
#                           keychain (or in MACOS_KEYCHAIN). PyInstaller signs every
#                           binary and the .app with it, hardened runtime on, using
#                           installers/macos/entitlements.plist; this script signs the dmg.
#   MACOS_KEYCHAIN          a keychain file to search for the identity (CI: a temporary one).
#   MACOS_NOTARY_PROFILE    a `xcrun notarytool store-credentials` profile name, or else
#   MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_PASSWORD (an app-specific password), MACOS_NOTARY_TEAM_ID
#                           to notarize the dmg with notarytool and staple the ticket.
#   PYTHON                  the Python with PyInstaller (default: .venv/bin/python).
#   SKIP_BUILD=1            reuse dist/Ghostless.app instead of running PyInstaller.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
VERSION="$(PYTHONPATH="$ROOT/desktop" "$PYTHON" -c 'import ghostless; print(ghostless.__version__)')"
APP="dist/Ghostless.app"
DMG="dist/Ghostless-$VERSION.dmg"

if [ "${SKIP_BUILD:-}" != 1 ]; then
  "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN build.spec
fi
[ -d "$APP" ] || { echo "build_dmg: $APP missing" >&2; exit 1; }

# The bundle is what the issue asks: a tray app (no Dock icon) with its id and version.
/usr/libexec/PlistBuddy -c 'Print :LSUIElement' "$APP/Contents/Info.plist" | grep -qx true
/usr/libexec/PlistBuddy -c 'Print :CFBundleIdentifier' "$APP/Contents/Info.plist" | grep -qx app.ghostless.Ghostless
/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$APP/Contents/Info.plist" | grep -qx "$VERSION"
codesign --verify --deep --strict --verbose=2 "$APP"

# The frozen self-check, as CI runs it on every OS.
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/ghostless" self-check --data-dir "$(mktemp -d)/data"

# The dmg: the app and a link to /Applications to drag it onto.
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
for attempt in 1 2 3; do  # hdiutil fails now and then with "resource busy"
  hdiutil create -volname "Ghostless $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG" && break
  [ "$attempt" = 3 ] && exit 1
  sleep 5
done

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" \
    ${MACOS_KEYCHAIN:+--keychain "$MACOS_KEYCHAIN"} "$DMG"
  if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$DMG" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
  elif [ -n "${MACOS_NOTARY_APPLE_ID:-}" ]; then
    xcrun notarytool submit "$DMG" --apple-id "$MACOS_NOTARY_APPLE_ID" \
      --password "$MACOS_NOTARY_PASSWORD" --team-id "$MACOS_NOTARY_TEAM_ID" --wait
  else
    echo "build_dmg: signed but not notarized (no MACOS_NOTARY_* set)" >&2
  fi
  if [ -n "${MACOS_NOTARY_PROFILE:-}${MACOS_NOTARY_APPLE_ID:-}" ]; then
    xcrun stapler staple "$DMG"
    spctl --assess --type open --context context:primary-signature --verbose "$DMG"
  fi
else
  echo "build_dmg: no MACOS_SIGN_IDENTITY: ad-hoc signed app, unsigned dmg" >&2
fi
echo "app: $(du -sm "$APP" | cut -f1) MB, dmg: $(du -m "$DMG" | cut -f1) MB"
echo "$DMG"
