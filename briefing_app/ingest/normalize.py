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
#: A wide gap inside a line: a run of spaces between two of its words (a tab parts a table's
#: cells: a browser copies a table's row with tabs).
_WIDE_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
#: Entries a page lays out side by side with wide gaps (a menu: 'Newspost  Today's Paper
#: Magazines  Podcasts'): this many at least, each of a few words without a figure.
_GAPPED_ENTRIES = 4
_GAPPED_ENTRY_WORDS = 3


def _gapped_entries(line: str) -> str:
    """A line of short entries parted by wide gaps keeps its gaps as ' | ', the way menus are
    written elsewhere: collapsed to one space, 'Newspost Today's Paper Magazines Podcasts'
    would read as a headline. A table's row (its cells parted by tabs, or with figures) and
    sentences spaced apart stay as they are."""
    if "  " not in line or "\t" in line or any(c.isdigit() for c in line):
        return line
    entries = _WIDE_GAP.split(line.strip())
    if len(entries) < _GAPPED_ENTRIES or any(len(entry.split()) > _GAPPED_ENTRY_WORDS or not entry[0].isalpha()
                                             or entry[-1] in ".!?:;," for entry in entries):
        return line  # (a breadcrumb's '›' between wide gaps is a separator already)
    return " | ".join(entries)


def normalize_text(text: str) -> str:
    """One space kind, one newline kind, no invisible characters, NFC."""
    text = unicodedata.normalize("NFC", text)
    text = _NEWLINES.sub("\n", text)
    text = "\n".join(_gapped_entries(line) for line in text.split("\n"))
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
