"""A quick look at a web page's markup before the HTML parser gets it.

trafilatura (on lxml) takes minutes on some crafted pages: one element with 40,000
attributes took 52 s, 200,000 more than two minutes.  A single linear pass over the
tags counts elements, attributes (per element and in all) and how deep elements
nest; a page beyond the limits is refused with one sentence naming the limit.  The
limits are far above what real pages use (see ``bench/README.md``, "Hostile input"):
the saved news pages of the extraction benchmark stay below a tenth of each
(at most 1,564 elements, 3,595 attributes, 18 on one element, 51 levels).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing_app.core.errors import ArticleImportError
from briefing_app.core.i18n import QT_TRANSLATE_NOOP

#: Attributes on one element (real pages: a few dozen at most).
MAX_ATTRIBUTES_PER_ELEMENT = 500
#: Attributes in the whole page.
MAX_ATTRIBUTES = 60_000
#: Elements in the whole page.
MAX_ELEMENTS = 30_000
#: How deep elements may nest (counted loosely: unclosed paragraphs count as open).
MAX_DEPTH = 1_000

_TAG_START = re.compile(r"<(/?)([A-Za-z][\w:.-]*)")
_ATTRIBUTE = re.compile(r"[^\s=/>\"']+\s*(?:=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?")
_RAW_TEXT = re.compile(r"<(script|style|textarea|title)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
_VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    "basefont", "frame", "isindex", "keygen",
})


@dataclass(frozen=True)
class MarkupCounts:
    elements: int = 0
    attributes: int = 0
    most_attributes: int = 0
    depth: int = 0


def count_markup(html: str) -> MarkupCounts:
    """Elements, attributes and nesting depth of ``html`` in one linear pass."""
    html = _RAW_TEXT.sub(" ", html)
    elements = attributes = most = depth = deepest = 0
    pos = 0
    while m := _TAG_START.search(html, pos):
        closing, name = m.group(1), m.group(2).lower()
        end = html.find(">", m.end())  # a ">" inside a quoted value ends the tag early: counts stay close enough
        if end < 0:
            end = len(html)
        rest = html[m.end() : end]
        pos = end + 1
        if closing:
            depth = max(0, depth - 1)
            continue
        elements += 1
        n = sum(1 for _ in _ATTRIBUTE.finditer(rest)) if rest.strip(" /") else 0
        attributes += n
        most = max(most, n)
        if name not in _VOID and not rest.rstrip().endswith("/"):
            depth += 1
            deepest = max(deepest, depth)
    return MarkupCounts(elements, attributes, most, deepest)


def check_markup(html: str, name: str = "") -> None:
    """Refuse a page whose markup would keep the parser busy for minutes."""
    counts = count_markup(html)
    for found, limit, message in (
        (counts.most_attributes, MAX_ATTRIBUTES_PER_ELEMENT,
         QT_TRANSLATE_NOOP("BriefingError", "This web page has an element with {found} attributes; Briefing Desk reads pages with up to {limit} per element.")),
        (counts.attributes, MAX_ATTRIBUTES,
         QT_TRANSLATE_NOOP("BriefingError", "This web page has {found} attributes; Briefing Desk reads pages with up to {limit}.")),
        (counts.elements, MAX_ELEMENTS,
         QT_TRANSLATE_NOOP("BriefingError", "This web page has {found} elements; Briefing Desk reads pages with up to {limit}.")),
        (counts.depth, MAX_DEPTH,
         QT_TRANSLATE_NOOP("BriefingError", "This web page nests its elements {found} levels deep; Briefing Desk reads pages up to {limit} levels.")),
    ):
        if found > limit:
            raise ArticleImportError(
                message,
                hint=QT_TRANSLATE_NOOP("BriefingError", "Select the article in your browser, copy it and paste it instead."),
                found=f"{found:,}",
                limit=f"{limit:,}",
                path=name or None,
            )
