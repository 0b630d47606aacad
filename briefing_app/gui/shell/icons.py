"""Action icons from qtawesome, drawn in the palette's text colour.

Icons follow the light or dark system theme because they take the colour of the
window text; a name the installed icon font lacks gives an empty icon, never an error.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QGuiApplication, QIcon, QPalette


@lru_cache(maxsize=None)
def icon(name: str, colour: str = "") -> QIcon:
    """``colour`` (e.g. a warning's vermillion) overrides the text colour."""
    import qtawesome as qta

    app = QGuiApplication.instance()
    pal = app.palette() if app is not None else QPalette()  # type: ignore[union-attr]
    try:
        return qta.icon(
            name,
            color=colour or pal.color(QPalette.ColorRole.WindowText),
            color_disabled=pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText),
        )
    except Exception:  # noqa: BLE001 - an unknown glyph name must not stop the app
        return QIcon()
