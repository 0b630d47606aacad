"""Anchors: where an annotation points in an article, robust to later text changes.

Modelled on the W3C Web Annotation selectors that Hypothesis uses: a TextPosition
(start/end) plus a TextQuote (exact text with prefix and suffix context) plus the hash
of the text the anchor was made on.  Re-anchoring tries, in order:

1. the stored position, if the text there still equals ``exact``  -> ``exact``
2. a unique occurrence of prefix+exact+suffix, or of ``exact`` alone -> ``moved``
3. a fuzzy match scored on quote, context and nearness            -> ``fuzzy``
4. nothing                                                          -> ``orphaned``

Nothing is dropped silently: the caller keeps orphaned annotations and shows them.
Figures never re-anchor onto different digits (``digits_must_match``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from .article import text_hash
from .errors import AnchorError
from .i18n import QT_TRANSLATE_NOOP

CONTEXT_CHARS = 32


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""
    text_hash: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "exact": self.exact,
            "prefix": self.prefix,
            "suffix": self.suffix,
            "text_hash": self.text_hash,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Anchor:
        return cls(
            start=int(d["start"]),
            end=int(d["end"]),
            exact=d["exact"],
            prefix=d.get("prefix", ""),
            suffix=d.get("suffix", ""),
            text_hash=d.get("text_hash", ""),
        )


def make_anchor(text: str, start: int, end: int, *, hash_of_text: str | None = None) -> Anchor:
    """Anchor the range ``[start, end)`` of ``text``; refuses empty or out-of-range spans.

    Callers that anchor many ranges in one text pass its ``text_hash`` once as
    ``hash_of_text``: hashing a long article for every anchor made analysis quadratic.
    """
    if not (0 <= start < end <= len(text)):
        raise AnchorError(
            QT_TRANSLATE_NOOP("BriefingError", "The range {start}–{end} does not lie inside the article ({length} characters)."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Select the text again."),
            start=str(start),
            end=str(end),
            length=str(len(text)),
        )
    return Anchor(
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
        text_hash=hash_of_text or text_hash(text),
    )


class AnchorStatus(StrEnum):
    EXACT = "exact"
    MOVED = "moved"
    FUZZY = "fuzzy"
    ORPHANED = "orphaned"

    @property
    def needs_review(self) -> bool:
        return self in (AnchorStatus.FUZZY, AnchorStatus.ORPHANED)


@dataclass(frozen=True)
class AnchorResult:
    status: AnchorStatus
    anchor: Anchor | None  # the anchor re-made on the new text; None when orphaned


_DIGITS = re.compile(r"\d")


def _digits(s: str) -> str:
    return "".join(_DIGITS.findall(s))


def reanchor(
    anchor: Anchor, text: str, *, digits_must_match: bool = False, hash_of_text: str | None = None
) -> AnchorResult:
    """Find ``anchor`` in ``text`` (see the module docstring for the order).

    Callers that re-anchor many marks in one text pass its ``text_hash`` once as
    ``hash_of_text`` (hashing a long article per mark costs seconds).
    """
    if not anchor.exact:
        # an orphan (it waits at an empty range) has no words to look for: the empty string
        # "occurs" everywhere, and an empty range is no mark
        return AnchorResult(AnchorStatus.ORPHANED, None)
    digest = hash_of_text or text_hash(text)
    at_position = 0 <= anchor.start < anchor.end <= len(text) and text[anchor.start : anchor.end] == anchor.exact
    if at_position and anchor.text_hash == digest:
        return AnchorResult(AnchorStatus.EXACT, anchor)
    if at_position:
        return AnchorResult(AnchorStatus.EXACT, make_anchor(text, anchor.start, anchor.end, hash_of_text=digest))

    with_context = anchor.prefix + anchor.exact + anchor.suffix
    hits = _all_occurrences(text, with_context)
    if len(hits) == 1:
        start = hits[0] + len(anchor.prefix)
        return AnchorResult(AnchorStatus.MOVED, make_anchor(text, start, start + len(anchor.exact), hash_of_text=digest))
    hits = _all_occurrences(text, anchor.exact)
    if hits:  # several: the one nearest the old position
        start = min(hits, key=lambda h: abs(h - anchor.start))
        return AnchorResult(AnchorStatus.MOVED, make_anchor(text, start, start + len(anchor.exact), hash_of_text=digest))

    found = _fuzzy(anchor, text)
    if found is not None:
        start, end = found
        if not digits_must_match or _digits(text[start:end]) == _digits(anchor.exact):
            return AnchorResult(AnchorStatus.FUZZY, make_anchor(text, start, end, hash_of_text=digest))
    return AnchorResult(AnchorStatus.ORPHANED, None)


def fits_text(anchor: Anchor, text: str) -> bool:
    """Whether ``anchor`` can be shown in ``text`` as it is.

    Either its range holds exactly its quote, or it is an orphan's empty range inside
    the text (see :func:`orphaned_anchor`).
    """
    if not 0 <= anchor.start <= anchor.end <= len(text):
        return False
    return anchor.start == anchor.end or text[anchor.start : anchor.end] == anchor.exact


def orphaned_anchor(anchor: Anchor, text: str) -> Anchor:
    """Where an orphaned mark waits for review: an empty range near its old place.

    Quote and context are kept (they say what the mark was, and a later re-anchoring
    can still find it); the old text hash is kept too, so the mark is never mistaken
    for one made on the new text.
    """
    at = min(max(anchor.start, 0), len(text))
    return Anchor(at, at, anchor.exact, anchor.prefix, anchor.suffix, anchor.text_hash)


def _all_occurrences(text: str, needle: str) -> list[int]:
    if not needle:
        return []
    out, i = [], text.find(needle)
    while i != -1:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def _fuzzy(anchor: Anchor, text: str) -> tuple[int, int] | None:
    """Best approximate occurrence of ``exact``, weighing context and distance.

    rapidfuzz's ``partial_ratio_alignment`` finds the best-aligned window for the quote;
    the score is then mixed with how well the context around it matches and how far it
    moved, so that of two similar passages the one in the old neighbourhood wins.
    """
    from rapidfuzz import fuzz

    exact = anchor.exact
    if len(exact) < 4:
        return None
    # Search a window around the old position first, then the whole text.
    candidates: list[tuple[float, int, int]] = []
    for lo, hi in ((max(0, anchor.start - 2000), anchor.end + 2000), (0, len(text))):
        region = text[lo:hi]
        if not region:
            continue
        al = fuzz.partial_ratio_alignment(exact, region, score_cutoff=75)
        if al is None:
            continue
        start, end = lo + al.dest_start, lo + al.dest_end
        ctx = 0.0
        if anchor.prefix:
            ctx += fuzz.ratio(anchor.prefix, text[max(0, start - len(anchor.prefix)) : start]) / 2
        else:
            ctx += 50
        if anchor.suffix:
            ctx += fuzz.ratio(anchor.suffix, text[end : end + len(anchor.suffix)]) / 2
        else:
            ctx += 50
        distance_penalty = min(20.0, abs(start - anchor.start) / max(1, len(text)) * 100)
        score = al.score * 0.7 + ctx * 0.3 - distance_penalty
        candidates.append((score, start, end))
    if not candidates:
        return None
    score, start, end = max(candidates)
    return (start, end) if score >= 70 else None
