"""Estimating how much room text needs, so slides never overflow their boxes.

PowerPoint's own "shrink text on overflow" only takes effect when PowerPoint re-lays
the slide, and LibreOffice and viewers ignore it; so the writer decides sizes itself.
Widths are measured with the bundled Noto Sans (a little wider than Arial or Calibri,
which errs on the safe side) and CJK characters with Droid Sans Fallback, then lines
are wrapped greedily at spaces the way a text frame does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from PIL import ImageFont

from ..resources import FONT_BOLD, FONT_CJK, FONT_REGULAR, resource_path
from .fonts import is_cjk

MEASURE_PT = 100  # fonts are loaded once at this size and scaled
LINE_HEIGHT = 1.2  # line pitch as a multiple of the font size


@lru_cache(maxsize=4)
def _font(name: str) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(resource_path("fonts", name)), MEASURE_PT)


def text_width(text: str, size_pt: float, bold: bool = False) -> float:
    """Width of one line of ``text`` in points."""
    return _measured(text, bold) * size_pt / MEASURE_PT


@lru_cache(maxsize=16_384)
def _measured(text: str, bold: bool) -> float:
    """Width at MEASURE_PT; fitting asks for the same words at many sizes, so it is kept."""
    latin = _font(FONT_BOLD if bold else FONT_REGULAR)
    width = 0.0
    for run, is_east_asian in split_runs(text):
        width += (_font(FONT_CJK) if is_east_asian else latin).getlength(run)
    return width


def split_runs(text: str) -> list[tuple[str, bool]]:
    """``"Taicang (太仓)"`` -> ``[("Taicang (", False), ("太仓", True), (")", False)]``."""
    runs: list[tuple[str, bool]] = []
    for ch in text:
        flag = is_cjk(ch)
        if runs and runs[-1][1] == flag:
            runs[-1] = (runs[-1][0] + ch, flag)
        else:
            runs.append((ch, flag))
    return runs


_TOKENS = re.compile(r"\S+\s*|\s+")


def count_lines(text: str, size_pt: float, width_pt: float, bold: bool = False) -> int:
    """Lines that ``text`` wraps to in a box ``width_pt`` wide (explicit newlines respected)."""
    total = 0
    for para in text.split("\n") or [""]:
        lines, current = 1, 0.0
        for token in _TOKENS.findall(para):
            w = text_width(token.rstrip(), size_pt, bold)
            if current and current + w > width_pt:
                lines += 1
                current = 0.0
            while w > width_pt:  # one word wider than the box: it breaks by characters
                lines += 1
                w -= width_pt
            current += text_width(token, size_pt, bold)
        total += lines
    return total


@dataclass(frozen=True)
class Para:
    """One paragraph as the writer will set it (size at scale 1.0)."""

    text: str
    size_pt: float
    bold: bool = False
    space_before_pt: float = 0.0
    indent_pt: float = 0.0  # room taken by a bullet
    min_pt: float = 0.0  # never set smaller than this; 0 = the caller's floor

    def at(self, scale: float, floor_pt: float = 0.0) -> float:
        """The size this paragraph is set at for ``scale`` (clamped at its minimum)."""
        return round(max(self.size_pt * scale, self.min_pt or floor_pt), 1)


def words_fit(paras: list[Para], width_pt: float, scale: float = 1.0, floor_pt: float = 0.0) -> bool:
    """True when no single word is wider than its line (a frame would break it mid-word)."""
    for p in paras:
        for token in p.text.split():
            if text_width(token, p.at(scale, floor_pt), p.bold) > width_pt - p.indent_pt:
                return False
    return True


def height_needed(paras: list[Para], width_pt: float, scale: float = 1.0, floor_pt: float = 0.0) -> float:
    h = 0.0
    for i, p in enumerate(paras):
        size = p.at(scale, floor_pt)
        n = count_lines(p.text, size, width_pt - p.indent_pt, p.bold)
        h += n * size * LINE_HEIGHT + (p.space_before_pt * scale if i else 0.0)
    return h


def fit_scale(paras: list[Para], width_pt: float, height_pt: float, floor_pt: float) -> float | None:
    """Largest scale (1.0 down in small steps) at which ``paras`` fit, or None.

    Each paragraph stops shrinking at its own minimum (``min_pt``, else ``floor_pt``);
    shrinking ends when every paragraph has reached it.  Set sizes with ``Para.at``.
    """
    if not paras:
        return 1.0
    lowest = min((p.min_pt or floor_pt) / p.size_pt for p in paras)  # each stops at its own minimum
    scale = 1.0
    while scale >= lowest - 0.05 + 1e-9:
        s = max(scale, lowest)
        if height_needed(paras, width_pt, s, floor_pt) <= height_pt and words_fit(paras, width_pt, s, floor_pt):
            return s
        if s == lowest:
            break
        scale -= 0.05
    return None
