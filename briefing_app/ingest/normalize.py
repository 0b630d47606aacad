"""Whitespace and newline normalisation shared by every import path.

Text copied from web pages carries no-break spaces, zero-width joiners, soft hyphens,
tabs and ragged runs of spaces; Windows and old Mac files end lines differently.  The
boilerplate rules and the figure grammar should see one kind of space and one kind of
newline, and a figure like ``4.300`` must never be split by an invisible character.
The result is also what ``RemovedLine.line`` counts in, so it must be deterministic:
restoring a line recomputes these lines from the original bytes.
"""

from __future__ import annotations

import re
import unicodedata

#: Invisible characters that only break words and numbers apart for a matcher:
#: zero-width space/non-joiner/joiner, word joiner, BOM, soft hyphen, LRM/RLM marks.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f"), None)
#: Every other horizontal space (no-break, thin, narrow, en/em, ideographic) and tabs.
_SPACES = re.compile(r"[\t\x0b\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_RUNS_OF_SPACES = re.compile(r" {2,}")
_NEWLINES = re.compile(r"\r\n?|[\x0c\x1c-\x1e\x85\u2028\u2029]")


def normalize_text(text: str) -> str:
    """One space kind, one newline kind, no invisible characters, NFC."""
    text = unicodedata.normalize("NFC", text)
    text = _NEWLINES.sub("\n", text)
    text = text.translate(_INVISIBLE)
    text = _SPACES.sub(" ", text)
    text = _CONTROLS.sub("", text)
    return _RUNS_OF_SPACES.sub(" ", text)


def normalized_lines(text: str) -> list[str]:
    """The lines of ``text``, stripped, with at most one blank line in a row.

    A blank line is a paragraph break.  Leading and trailing blank lines are dropped.
    """
    lines: list[str] = []
    for raw in normalize_text(text).split("\n"):
        line = raw.strip()
        if line or (lines and lines[-1]):
            lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return lines


def paragraph_lines(paragraphs: list[str]) -> list[str]:
    """Lines for text whose units are paragraphs (web page blocks, Word paragraphs).

    Each paragraph becomes its own block, separated by a blank line, so the cleaned
    text keeps one paragraph per block.
    """
    return normalized_lines("\n\n".join(paragraphs))
