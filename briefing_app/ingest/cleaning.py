"""From normalised lines to clean text, removed lines and metadata.

This is where the rules of :mod:`.boilerplate` and :mod:`.metadata` meet the layout of
a page: metadata lines are only believed in the margins, above the first body
paragraph or below the last (in the middle, "Quelle: Destatis" under a chart is part
of the article); the headline is the first substantial short line on top; and the
clean text is rendered from the lines that stay.

:func:`render` is a pure function of the lines and the set of removed indices, which
is what makes restoring a removed line exact: recompute the lines from the original
bytes, drop one index from the set, render again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing_app.core.article import RemovedLine

from .boilerplate import RULES, Rule, classify, is_reported_speech, looks_like_body, word_count
from .metadata import Found, Metadata, parse_breadcrumb_section, parse_metadata_line, parse_url
from .reflow import reflow


@dataclass(frozen=True)
class Profile:
    """Which rules a kind of source gets.

    Copied text gets everything.  A web page has already been through trafilatura,
    which drops menus and keeps the headline out of the text, so it gets only the
    line rules that proved safe on the extraction benchmark.
    """

    rules: tuple[Rule, ...] = RULES
    metadata: bool = True
    headline: bool = True
    reflow: bool = False
    #: Metadata reasons this source never has (a web page's bare URLs are link lists).
    skip_metadata: frozenset[str] = frozenset()


TEXT = Profile()
PDF = Profile(reflow=True)


@dataclass
class Cleaned:
    text: str
    removed: list[RemovedLine]
    meta: Metadata = field(default_factory=Metadata)


_HEADING_MARK = re.compile(r"^#{1,6}\s+")
_NO_HEADLINE_END = re.compile(r"[.,;:-]$")


def clean_lines(
    lines: list[str],
    profile: Profile = TEXT,
    *,
    known_title: str = "",
    preset: dict[int, str] | None = None,
) -> Cleaned:
    """Sort ``lines`` into article text and clutter, collecting metadata on the way.

    ``preset`` holds lines the reader has already recognised (a PDF's page numbers).
    """
    body = [i for i, line in enumerate(lines) if line and looks_like_body(line)]
    first_body = body[0] if body else len(lines)
    last_body = body[-1] if body else -1
    reasons: dict[int, str] = dict(preset or {})
    skip = set(profile.skip_metadata)
    if sum(1 for line in lines if parse_url(line)) > 2:
        skip.add("url")  # a list of links is content; the page's own address comes alone
    collector = _MetadataCollector()
    i = 0
    while i < len(lines):
        line = lines[i]
        if i in reasons:
            i += 1
            continue
        found = parse_metadata_line(line) if (line and profile.metadata) else None
        if found and (first_body <= i <= last_body or looks_like_body(line)):
            found = None  # inside the body "Quelle: Destatis" is a figure's source, "Themen: …" an agenda
        if found and found.reason in skip:
            found = None
        if found:
            reasons[i] = found.reason
            collector.add(found)
            if found.reason == "tags" and not found.values.get("tags"):
                i = _collect_tag_list(lines, i + 1, reasons, collector)
                continue
        elif line and (reason := classify(line, profile.rules)):
            reasons[i] = reason
            if reason == "breadcrumb" and not collector.meta.section:
                collector.meta.section = parse_breadcrumb_section(line)
        i += 1
    headline = _find_headline(lines, reasons, known_title, guess=profile.headline)
    if headline is not None:
        reasons[headline] = "headline"
        collector.meta.title = _HEADING_MARK.sub("", lines[headline])
    removed = [RemovedLine(lines[i], reason, i) for i, reason in sorted(reasons.items())]
    return Cleaned(render(lines, set(reasons), reflow_paragraphs=profile.reflow), removed, collector.meta)


def render(lines: list[str], removed: set[int], *, reflow_paragraphs: bool = False) -> str:
    """The clean text: kept lines, paragraphs separated by exactly one blank line."""
    paragraphs: list[list[str]] = [[]]
    for i, line in enumerate(lines):
        if i in removed:
            continue
        if line:
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    blocks = [p for p in paragraphs if p]
    if reflow_paragraphs:
        return "\n\n".join(paragraph for block in blocks for paragraph in reflow(block))
    return "\n\n".join("\n".join(block) for block in blocks)


class _MetadataCollector:
    """First value wins, except that a labelled publication date beats an update stamp
    and an outlet named in the dateline beats a 'Quelle:' line."""

    def __init__(self) -> None:
        self.meta = Metadata()
        self._date_rank = -1
        self._outlet_from_dateline = False

    def add(self, found: Found) -> None:
        values = found.values
        meta = self.meta
        if values.get("published") and found.date_rank > self._date_rank:
            meta.published = values["published"]  # type: ignore[assignment]
            self._date_rank = found.date_rank
        if values.get("outlet"):
            from_dateline = found.reason == "dateline"
            if not meta.outlet or (from_dateline and not self._outlet_from_dateline):
                meta.outlet = str(values["outlet"])
                self._outlet_from_dateline = from_dateline
        for key in ("author", "url"):
            if values.get(key) and not getattr(meta, key):
                setattr(meta, key, str(values[key]))
        for tag in values.get("tags", ()):  # type: ignore[union-attr]
            if tag not in meta.tags:
                meta.tags.append(tag)


def _collect_tag_list(lines: list[str], start: int, reasons: dict[int, str], collector: _MetadataCollector) -> int:
    """'Themen:' alone on a line, the tags one per line below it (up to a blank line)."""
    i = start
    while i < len(lines) and lines[i] and i - start < 15:
        line = lines[i]
        if word_count(line) > 4 or _NO_HEADLINE_END.search(line) and not line.endswith(","):
            break
        reasons[i] = "tags"
        collector.add(Found("tags", {"tags": [line.strip(" ,")]}))
        i += 1
    return i


def _find_headline(lines: list[str], reasons: dict[int, str], known_title: str, *, guess: bool) -> int | None:
    """The headline line: the page's known title, or the first substantial line on top
    if it is short and does not end like a sentence.

    Kickers above it ("Wirtschaft") are skipped; if the first substantial line is a
    sentence, the text has no headline line and nothing is taken.
    """
    candidates = [i for i, line in enumerate(lines) if line and i not in reasons][:12]
    if known_title:
        for i in candidates[:3]:
            if is_same_title(lines[i], known_title):
                return i
    if not guess:
        return None
    for position, i in enumerate(candidates):
        line = _HEADING_MARK.sub("", lines[i])
        if word_count(line) < 3 or sum(c.isalpha() for c in line) < 12:
            continue  # a kicker ("Wirtschaft") or a stray symbol: look further down
        has_text_after = position + 1 < len(candidates) or any(
            line and j not in reasons for j, line in enumerate(lines) if j > i
        )
        continues = i + 1 < len(lines) and lines[i + 1][:1].islower()  # a wrapped line, not a title
        if _is_headline_like(line) and has_text_after and not continues:
            return i
        return None
    return None


def _is_headline_like(line: str) -> bool:
    bare = line.rstrip("\"“”»«'’)")
    return (
        word_count(line) <= 25
        and len(line) <= 250
        and not _NO_HEADLINE_END.search(bare)
        and not is_reported_speech(line)
    )


def is_same_title(line: str, title: str) -> bool:
    """The line is the page title, or the title without its site name
    ('Black Friday per nostalgici' in 'Black Friday per nostalgici - Remember 80/90')."""
    line_words, title_words = comparable(line), comparable(title)
    if not line_words:
        return False
    if line_words == title_words:
        return True
    tail = title_words[len(line_words) :]
    return (
        title_words.startswith(line_words + " ") and word_count(line) >= 3 and len(tail.split()) <= 8
    )


def comparable(text: str) -> str:
    """Words only, case-folded: for comparing titles written with other punctuation."""
    return " ".join(re.findall(r"\w+", text.casefold()))
