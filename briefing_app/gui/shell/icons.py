"""Action icons from qtawesome's Material Design set, drawn in the palette's text colour.

Icons follow the light or dark system theme because they take the colour of the
window text; a name the installed icon font lacks gives an empty icon, never an error.

Only the one icon font the app uses (``mdi6``) is loaded: ``qtawesome.icon`` would first
checksum and load all ten fonts qtawesome ships (some 6 MB), a visible part of the start
time; the desktop bundle carries only this font for the same reason.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from PySide6.QtGui import QGuiApplication, QIcon, QPalette

ICON_FONT = "mdi6"


@lru_cache(maxsize=1)
def _icon_font() -> Any:
    """qtawesome's IconicFont holding only :data:`ICON_FONT` (falls back to all fonts)."""
    import qtawesome as qta
    from qtawesome.iconic_font import IconicFont

    spec = next((f for f in getattr(qta, "_BUNDLED_FONTS", ()) if f[0] == ICON_FONT), None)
    if spec is None:  # a qtawesome that lists its fonts differently: its own loader
        return qta
    return IconicFont(spec)


@lru_cache(maxsize=None)
def icon(name: str, colour: str = "") -> QIcon:
    """``colour`` (e.g. a warning's vermillion) overrides the text colour."""
    app = QGuiApplication.instance()
    pal = app.palette() if app is not None else QPalette()  # type: ignore[union-attr]
    try:
        return _icon_font().icon(
            name,
            color=colour or pal.color(QPalette.ColorRole.WindowText),
            color_disabled=pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText),
        )
    except Exception:  # noqa: BLE001 - an unknown glyph name must not stop the app
        return QIcon()
