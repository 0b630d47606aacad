"""Register the fonts shipped in ``resources/fonts`` so German and Chinese text render.

Noto Sans covers Latin with German punctuation; Droid Sans Fallback covers CJK (太仓).
Missing files are skipped: the system fonts then have to do.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from briefing_app.resources import resource_path


def register_fonts() -> list[str]:
    families: list[str] = []
    folder = resource_path("fonts")
    if not folder.is_dir():
        return families
    for path in sorted(folder.glob("*.tt[fc]")) + sorted(folder.glob("*.otf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def missing_glyphs(text: str) -> list[str]:
    """Characters of ``text`` that no available font can draw (they would show as boxes).

    Used by ``--smoke`` so an install check proves German and Chinese render with the
    fonts at hand — in a bundle on a machine without system fonts, only the shipped ones.
    """
    from PySide6.QtGui import QFont, QRawFont

    wanted = {ch for ch in text if not ch.isspace() and ch.isprintable()}
    if not wanted:
        return []
    fonts = [QRawFont.fromFont(QFont(family)) for family in QFontDatabase.families()]
    return sorted(ch for ch in wanted if not any(f.isValid() and f.supportsCharacter(ord(ch)) for f in fonts))
