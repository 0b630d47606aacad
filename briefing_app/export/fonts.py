"""Fonts for the outputs: which characters need an East Asian font, and the bundled TTFs.

PowerPoint picks the East Asian typeface of a run (``a:ea``) for CJK characters by
itself, so the deck writer only has to name one.  reportlab has no such fallback: the
PDF writer registers the bundled Noto Sans (German, punctuation) and Droid Sans Fallback
(Chinese) and wraps every CJK run in its own ``<font>`` tag (:func:`markup`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from html import escape as _html_escape

from ..core.errors import ExportError
from ..core.i18n import QT_TRANSLATE_NOOP
from ..resources import FONT_BOLD, FONT_CJK, FONT_ITALIC, FONT_REGULAR, resource_path

# Typeface named on CJK runs in decks; present on Windows/Office, substituted elsewhere.
EA_FONT = "Microsoft YaHei"

PDF_REGULAR = "BriefingSans"
PDF_BOLD = "BriefingSans-Bold"
PDF_ITALIC = "BriefingSans-Italic"
PDF_CJK = "BriefingCJK"

_FILES = {PDF_REGULAR: FONT_REGULAR, PDF_BOLD: FONT_BOLD, PDF_ITALIC: FONT_ITALIC, PDF_CJK: FONT_CJK}

_CJK_RANGES = (
    (0x2E80, 0x2FDF),  # radicals
    (0x3000, 0x303F),  # CJK punctuation
    (0x3040, 0x30FF),  # kana
    (0x3400, 0x4DBF),  # extension A
    (0x4E00, 0x9FFF),  # unified ideographs
    (0xAC00, 0xD7AF),  # hangul
    (0xF900, 0xFAFF),  # compatibility ideographs
    (0xFF00, 0xFFEF),  # full-width forms
    (0x20000, 0x2FA1F),  # extensions B–F
)


# One character class over the ranges: text fitting asks this for every character of a deck.
_CJK_CHAR = re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _CJK_RANGES) + "]")


def is_cjk(ch: str) -> bool:
    return _CJK_CHAR.match(ch) is not None


def has_cjk(text: str) -> bool:
    return _CJK_CHAR.search(text) is not None


def _register(name: str) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    filename = _FILES[name]
    path = resource_path("fonts", filename)
    if not path.is_file():
        raise ExportError(
            QT_TRANSLATE_NOOP("BriefingError", "The font file {file} is missing from the installation."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Reinstall Briefing Desk; the PDF handout needs its bundled fonts."),
            file=filename,
            path=str(path),
        )
    pdfmetrics.registerFont(TTFont(name, str(path)))


@lru_cache(maxsize=1)
def register_pdf_fonts() -> None:
    """Register the bundled Noto Sans faces with reportlab once per process."""
    from reportlab.lib.fonts import addMapping

    for name in (PDF_REGULAR, PDF_BOLD, PDF_ITALIC):
        _register(name)
    addMapping(PDF_REGULAR, 0, 0, PDF_REGULAR)
    addMapping(PDF_REGULAR, 1, 0, PDF_BOLD)
    addMapping(PDF_REGULAR, 0, 1, PDF_ITALIC)
    addMapping(PDF_REGULAR, 1, 1, PDF_BOLD)


@lru_cache(maxsize=1)
def register_cjk_font() -> None:
    """Register Droid Sans Fallback (a large file, ~40 % of a handout's time) only for text that needs it."""
    from reportlab.lib.fonts import addMapping

    _register(PDF_CJK)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(PDF_CJK, bold, italic, PDF_CJK)


@lru_cache(maxsize=1)
def _latin_coverage() -> frozenset[int]:
    """Code points the bundled Noto Sans has glyphs for."""
    from reportlab.pdfbase import pdfmetrics

    register_pdf_fonts()
    return frozenset(pdfmetrics.getFont(PDF_REGULAR).face.charToGlyph)


def needs_fallback(ch: str) -> bool:
    """CJK, or any other character Noto Sans lacks (≈, →): set in the fallback font."""
    return is_cjk(ch) or (ord(ch) not in _latin_coverage() and not ch.isspace())


# Signs neither bundled font can draw, written as the nearest sign they have.
_PDF_SUBSTITUTES = str.maketrans({"\u2248": "~", "\u2192": "->"})


def markup(text: str) -> str:
    """Escape ``text`` for a platypus Paragraph and switch font on each run Noto Sans cannot show."""
    text = text.translate(_PDF_SUBSTITUTES)
    out: list[str] = []
    run: list[str] = []
    run_cjk = False
    for ch in text:
        c = needs_fallback(ch)
        if run and c != run_cjk:
            out.append(_wrap("".join(run), run_cjk))
            run = []
        run.append(ch)
        run_cjk = c
    if run:
        out.append(_wrap("".join(run), run_cjk))
    return "".join(out).replace("\n", "<br/>")


def attribute(text: str) -> str:
    """``text`` as the inside of a double-quoted markup attribute (a link target)."""
    return _html_escape(" ".join(text.split("\n")).replace("\r", " ").replace("\t", " "), quote=True)


def _wrap(s: str, cjk: bool) -> str:
    s = _html_escape(s, quote=False)  # &, <, > as xml.sax's escape, without its urllib import
    if not cjk:
        return s
    register_cjk_font()
    return f'<font name="{PDF_CJK}">{s}</font>'
