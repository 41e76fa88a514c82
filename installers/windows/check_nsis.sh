#!/usr/bin/env bash
# Compile installers/windows/ghostless.nsi with makensis (Debian: nsis) so a broken
# script fails the build. Warnings count as errors (-WX).
#
# Usage: installers/windows/check_nsis.sh [SOURCE_DIR]
#   SOURCE_DIR: the onedir to pack; default a stub (a fake ghostless.exe and _internal/),
#   which is quick and checks the script, not the payload. Writes dist/Ghostless-<v>-setup-check.exe.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PYTHON="${PYTHON:-python3}"
VERSION="$(PYTHONPATH="$ROOT/desktop" "$PYTHON" -c 'import ghostless; print(ghostless.__version__)')"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/ghostless-nsis.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
SOURCE="${1:-}"
if [ -z "$SOURCE" ]; then
  SOURCE="$WORK/stub"
  mkdir -p "$SOURCE/_internal/resources/icons"
  printf 'MZ stub for the NSIS check\n' > "$SOURCE/ghostless.exe"
  cp "$ROOT/resources/icons/app.svg" "$SOURCE/_internal/resources/icons/"
fi
ICON="$ROOT/build/icons/app.ico"
if [ ! -f "$ICON" ]; then
  QT_QPA_PLATFORM=offscreen "$PYTHON" "$ROOT/installers/tools/icons.py" "$WORK/icons"
  ICON="$WORK/icons/app.ico"
fi
mkdir -p "$ROOT/dist"
OUT="$ROOT/dist/Ghostless-$VERSION-setup-check.exe"
makensis -V2 -WX -DVERSION="$VERSION" -DSOURCE_DIR="$SOURCE" -DICON="$ICON" -DOUTFILE="$OUT" \
  "$ROOT/installers/windows/ghostless.nsi"
file "$OUT" 2>/dev/null || ls -l "$OUT"
