"""Action icons: glyphs of the Material Design icon font, in the palette's text colour.

Icons follow the light or dark system theme because they take the colour of the
window text; a name the icon font lacks gives an empty icon, never an error.

The font and its name -> code point map are the ones qtawesome ships (``mdi6``), but
qtawesome itself is not imported: it goes through qtpy, which star-imports every Qt
module and then checksums and loads all ten of qtawesome's fonts — together a large part
of the app's start time, for the one font the app uses.  This module loads that font
once and paints glyphs the way qtawesome does (glyph at 7/8 of the icon height).
"""

from __future__ import annotations

import importlib.util
import json
from functools import cache, lru_cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)

ICON_FONT = "mdi6"
_FONT_FILES = "materialdesignicons6-webfont"
_GLYPH_SCALE = 0.875  # a 16 px icon gets a 14 px glyph: room for the font's bearings


def _fonts_folder() -> Path | None:
    """qtawesome's font folder, found without importing the package."""
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


@lru_cache(maxsize=1)
def _icon_font() -> tuple[str, dict[str, str]]:
    """(font family, icon name -> character) of the icon font; empty when it is missing."""
    folder = _fonts_folder()
    if folder is None:
        return "", {}
    # "materialdesignicons6-webfont-6.9.96.ttf", or without the version in older qtawesome
    ttf = next(iter(sorted(folder.glob(f"{_FONT_FILES}*.ttf"))), None)
    charmap = next(iter(sorted(folder.glob(f"{_FONT_FILES}-charmap*.json"))), None)
    if ttf is None or charmap is None:
        return "", {}
    font_id = QFontDatabase.addApplicationFont(str(ttf))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return "", {}
    codes = json.loads(charmap.read_text(encoding="utf-8"))
    return families[0], {name: chr(int(code, 16)) for name, code in codes.items()}


class _GlyphEngine(QIconEngine):
    """Paints one glyph at whatever size and state the icon is asked for."""

    def __init__(self, family: str, char: str, color: QColor, disabled: QColor) -> None:
        super().__init__()
        self.family, self.char, self.color, self.disabled = family, char, color, disabled

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        font = QFont(self.family)
        font.setPixelSize(max(1, round(_GLYPH_SCALE * rect.height())))
        painter.setFont(font)
        painter.setPen(self.disabled if mode == QIcon.Mode.Disabled else self.color)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pm = QPixmap(size)
        pm.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pm)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pm

    def clone(self) -> QIconEngine:
        return _GlyphEngine(self.family, self.char, self.color, self.disabled)


def app_palette() -> QPalette:
    """The running application's palette (Qt's default one before the application exists)."""
    app = QGuiApplication.instance()
    return app.palette() if isinstance(app, QGuiApplication) else QPalette()


@cache
def icon(name: str, colour: str = "") -> QIcon:
    """The icon ``"mdi6.<name>"``; an empty icon for an unknown name or a missing font.
    ``colour`` (e.g. a warning's vermillion) overrides the text colour."""
    prefix, _, glyph = name.partition(".")
    family, chars = _icon_font()
    char = chars.get(glyph) if prefix == ICON_FONT else None
    if not family or char is None:
        return QIcon()
    pal = app_palette()
    color = QColor(colour) if colour else pal.color(QPalette.ColorRole.WindowText)
    return QIcon(_GlyphEngine(family, char, color,
                              pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)))
