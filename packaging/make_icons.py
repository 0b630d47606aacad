"""Render the app icon for every platform from the one source image.

resources/icons/briefing-desk.svg  ->  resources/icons/briefing-desk-{16..512}.png,
briefing-desk.ico (Windows) and briefing-desk.icns (macOS).  Rendering uses Qt's SVG
renderer (already a dependency); the .ico/.icns containers are written by Pillow.
Run: .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "briefing-desk.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render_pngs() -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # held so Qt stays alive while rendering
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    out = []
    for size in SIZES:
        img = QImage(size, size, QImage.Format.Format_ARGB32)
        img.fill(Qt.GlobalColor.transparent)
        painter = QPainter(img)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = ICONS / f"briefing-desk-{size}.png"
        img.save(str(path))
        out.append(path)
    return out


def write_containers() -> None:
    from PIL import Image

    big = Image.open(ICONS / "briefing-desk-512.png")
    big.save(ICONS / "briefing-desk.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    big.save(ICONS / "briefing-desk.icns")


if __name__ == "__main__":
    for p in render_pngs():
        print(p.relative_to(ROOT))
    write_containers()
    print("resources/icons/briefing-desk.ico, resources/icons/briefing-desk.icns")
