"""Checks for every value read from a project file before the rest of the app sees it.

The file may come from anyone, and SQLite stores whatever a column is given: a number
where text belongs, a JSON object where a name belongs, ``"sNaN"`` or ``"1e999999"`` as a
figure's value, JSON nested a million levels deep.  Widgets and writers trust the types
of the core records, so a wrong type here used to end the whole app.  Each check names
the field it refused, and the loader turns that into one sentence for the user.
"""

from __future__ import annotations

import json
import math
from decimal import Decimal, InvalidOperation
from typing import Any

from ..core.briefing import MAX_TAKEAWAY_CHARS, Section
from ..core.numbers import in_figure_range

#: Longest article text (characters); imports stop far below this.
MAX_TEXT_CHARS = 60_000_000
#: Longest short field: a title, a name, a comment, a translation.
MAX_FIELD_CHARS = 200_000
#: Longest JSON document in one column (an article's metadata with its removed lines).
MAX_JSON_CHARS = 50_000_000
#: Deepest JSON nesting; our own files nest four levels.
MAX_JSON_DEPTH = 32
#: Most entries in one list (tags, removed lines, briefing items).
MAX_LIST_ITEMS = 1_000_000
#: Longest stored figure value; its size is bounded by ``core.numbers.in_figure_range``
#: (1e999999 made formatting the value run for minutes).
MAX_FIGURE_CHARS = 80
#: Section names a briefing's per-section records (takeaways) may use.
SECTION_KEYS = frozenset(s.value for s in Section)


class BadField(ValueError):
    """A value in the file that is not what Briefing Desk writes there; ``field`` names it."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


def text(value: object, field: str, limit: int = MAX_FIELD_CHARS) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise BadField(field)
    return value


def integer(value: object, field: str, low: int = -(2**62), high: int = 2**62) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise BadField(field)
    return value


def blob(value: object, field: str) -> bytes:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    raise BadField(field)


def json_object(value: object, field: str) -> dict[str, Any]:
    """Parse a JSON column: size and nesting are checked before the parser sees it."""
    raw = text(value, field, MAX_JSON_CHARS)
    if _depth(raw) > MAX_JSON_DEPTH:
        raise BadField(field)
    try:
        parsed = json.loads(raw, parse_constant=_refuse_constant)
    except (ValueError, RecursionError) as exc:
        raise BadField(field) from exc
    if not isinstance(parsed, dict):
        raise BadField(field)
    return parsed


def _refuse_constant(name: str) -> None:
    raise ValueError(name)  # NaN, Infinity: never written by us


def _depth(raw: str) -> int:
    """Deepest bracket nesting outside strings (linear, no recursion)."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in raw:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


# -- records ----------------------------------------------------------------------------


def _optional(
    d: dict[str, Any], key: str, field: str, kinds: tuple[type, ...], limit: int = MAX_FIELD_CHARS, *, nullable: bool = False
) -> None:
    """A key that may be missing; when present it has one of ``kinds`` (or is null, if ``nullable``)."""
    if key not in d or (nullable and d[key] is None):
        return
    v = d[key]
    if isinstance(v, bool) and bool not in kinds:
        raise BadField(f"{field}.{key}")
    if not isinstance(v, kinds) or (isinstance(v, str) and len(v) > limit):
        raise BadField(f"{field}.{key}")
    if isinstance(v, float) and not math.isfinite(v):
        raise BadField(f"{field}.{key}")


def _strings(d: dict[str, Any], field: str, *keys: str, nullable: bool = False) -> None:
    for key in keys:
        _optional(d, key, field, (str,), nullable=nullable)


def _string_list(d: dict[str, Any], key: str, field: str) -> None:
    if key not in d:
        return
    v = d[key]
    if not isinstance(v, list) or len(v) > MAX_LIST_ITEMS:
        raise BadField(f"{field}.{key}")
    for item in v:
        if not isinstance(item, str) or len(item) > MAX_FIELD_CHARS:
            raise BadField(f"{field}.{key}")


def _records(d: dict[str, Any], key: str, field: str) -> list[dict[str, Any]]:
    if key not in d:
        return []
    v = d[key]
    if not isinstance(v, list) or len(v) > MAX_LIST_ITEMS or not all(isinstance(i, dict) for i in v):
        raise BadField(f"{field}.{key}")
    return v


def _record(d: dict[str, Any], key: str, field: str, *, nullable: bool = True) -> dict[str, Any] | None:
    if key not in d or (nullable and d[key] is None):
        return None
    v = d[key]
    if not isinstance(v, dict):
        raise BadField(f"{field}.{key}")
    return v


def _count(d: dict[str, Any], key: str, field: str, high: int = 10_000_000) -> None:
    if key in d:
        integer(d[key], f"{field}.{key}", 0, high)


def article_metadata(meta: dict[str, Any]) -> None:
    """The ``articles.metadata`` JSON: every field Article.from_dict reads."""
    f = "article"
    _strings(meta, f, "title", "outlet", "author", "section", "language", "url", "original_name", "original_format")
    _strings(meta, f, "published", "retrieved_at", nullable=True)
    _string_list(meta, "tags", f)
    for line in _records(meta, "removed", f):
        text(line.get("text"), "article.removed.text")
        text(line.get("reason"), "article.removed.reason")
        if "line" in line:
            integer(line["line"], "article.removed.line", -1, 100_000_000)
    _count(meta, "page_count", f)
    _count(meta, "line_count", f, 100_000_000)


def annotation_data(data: dict[str, Any]) -> None:
    """The ``annotations.data`` JSON: comment, tags and the kind's own record."""
    f = "mark"
    _strings(data, f, "comment", "cue")
    _string_list(data, "tags", f)
    _optional(data, "needs_review", f, (bool,))
    _optional(data, "confidence", f, (int, float))
    conf = data.get("confidence")
    if conf is not None and not 0 <= conf <= 1:
        raise BadField("mark.confidence")
    quote = _record(data, "quote", f)
    if quote is not None:
        _strings(quote, "mark.quote", "speaker", "role", "organisation", "translation")
        if quote.get("speech", "indirect") not in ("direct", "indirect"):
            raise BadField("mark.quote.speech")
    person = _record(data, "person", f)
    if person is not None:
        _strings(person, "mark.person", "name", "role", "organisation")
    figure = _record(data, "figure", f)
    if figure is not None:
        _strings(figure, "mark.figure", "unit", "scale_word", "qualifier", "label")
        _optional(figure, "approx", "mark.figure", (bool,))
        figure_value(figure.get("value"))


def figure_value(value: object) -> Decimal | None:
    """A figure's stored value: a finite decimal of sane size, or none."""
    if value is None or value == "":
        return None
    if not isinstance(value, str) or len(value) > MAX_FIGURE_CHARS:
        raise BadField("mark.figure.value")
    try:
        number = Decimal(value)
    except (InvalidOperation, ValueError) as exc:
        raise BadField("mark.figure.value") from exc
    if not in_figure_range(number):  # the figure grammar's own bounds: one sane range
        raise BadField("mark.figure.value")
    return number


def briefing_data(data: dict[str, Any]) -> None:
    """The ``briefing.data`` JSON: meeting, marking, messages and the sections' items."""
    f = "briefing"
    meeting = _record(data, "meeting", f, nullable=False)
    if meeting is not None:
        _strings(meeting, "briefing.meeting", "title", "place", "counterpart")
        _strings(meeting, "briefing.meeting", "date", nullable=True)
        _string_list(meeting, "delegation", "briefing.meeting")
        _string_list(meeting, "participants", "briefing.meeting")
    _strings(data, f, "classification", "executive_summary")
    _optional(data, "label_language", f, (str,), 16)
    for key in ("objectives", "key_messages", "questions"):
        _string_list(data, key, f)
    sections = _record(data, "sections", f, nullable=False)
    for items in (sections or {}).values():
        if not isinstance(items, list) or len(items) > MAX_LIST_ITEMS:
            raise BadField("briefing.sections")
        for item in items:
            if not isinstance(item, dict):
                raise BadField("briefing.sections")
            text(item.get("annotation_id"), "briefing.sections.annotation_id", 200)
            _strings(item, "briefing.sections", "text_override", "translation")
    takeaways = _record(data, "takeaways", f, nullable=False)
    for key, value in (takeaways or {}).items():
        if key not in SECTION_KEYS:
            raise BadField("briefing.takeaways")
        text(value, "briefing.takeaways", MAX_TAKEAWAY_CHARS)
