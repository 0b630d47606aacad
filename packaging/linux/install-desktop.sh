#!/usr/bin/env bash
# Install the built bundle for the current user (no root): app folder, command,
# menu entry, icons, and the .briefing file type.  Undo with --uninstall.
#   bash packaging/linux/install-desktop.sh [BUNDLE_DIR]     (default: dist/BriefingDesk)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
ID=io.briefingdesk.BriefingDesk
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
BIN="$HOME/.local/bin"
APPDIR="$DATA/briefing-desk"

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$APPDIR" "$BIN/briefing-app" "$DATA/applications/$ID.desktop" "$DATA/mime/packages/$ID.xml" \
         "$DATA/metainfo/$ID.metainfo.xml"
  find "$DATA/icons/hicolor" -name "$ID.*" -delete 2>/dev/null || true
else
  BUNDLE="${1:-$ROOT/dist/BriefingDesk}"
  [ -x "$BUNDLE/briefing-app" ] || { echo "No bundle at $BUNDLE: run bash packaging/build first." >&2; exit 1; }
  mkdir -p "$APPDIR" "$BIN" "$DATA/applications" "$DATA/mime/packages" "$DATA/metainfo"
  rm -rf "$APPDIR" && cp -a "$BUNDLE" "$APPDIR"
  ln -sf "$APPDIR/briefing-app" "$BIN/briefing-app"
  sed "s|^Exec=.*|Exec=$APPDIR/briefing-app %f|" "$HERE/$ID.desktop" > "$DATA/applications/$ID.desktop"
  cp "$HERE/$ID.xml" "$DATA/mime/packages/$ID.xml"
  VERSION=$("$APPDIR/briefing-app" --version | awk '{print $NF}')
  sed "s/@VERSION@/$VERSION/" "$HERE/$ID.metainfo.xml" > "$DATA/metainfo/$ID.metainfo.xml"
  for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$DATA/icons/hicolor/${size}x${size}/apps" "$DATA/icons/hicolor/${size}x${size}/mimetypes"
    cp "$ROOT/resources/icons/briefing-desk-$size.png" "$DATA/icons/hicolor/${size}x${size}/apps/$ID.png"
    cp "$ROOT/resources/icons/briefing-desk-$size.png" \
       "$DATA/icons/hicolor/${size}x${size}/mimetypes/application-x-briefing-desk.png"
  done
  mkdir -p "$DATA/icons/hicolor/scalable/apps"
  cp "$ROOT/resources/icons/briefing-desk.svg" "$DATA/icons/hicolor/scalable/apps/$ID.svg"
fi
command -v update-mime-database >/dev/null && update-mime-database "$DATA/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$DATA/icons/hicolor" 2>/dev/null || true
echo "done"
