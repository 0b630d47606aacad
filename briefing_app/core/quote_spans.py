"""Where a quote's content starts and ends inside its sentence.

The span rules of the annotation guidelines: the reported content only, without a
dateline ("Wien – ") or a lead-in ending in a colon, without surrounding quotation marks
and frame punctuation; of two overlapping suggestions the direct or more confident wins.
"""

from __future__ import annotations

import re

from .results import QuoteSuggestion

DATELINE = re.compile(
    r"^(?:[A-ZÄÖÜ][\w/.-]*(?:\s+[A-ZÄÖÜ][\w.-]*)?\s+[–-]\s+(?=[A-ZÄÖÜ])"
    # wire datelines: "BEIJING, Nov. 5 (Xinhua) -- ", "HEFEI, China, Nov 20 (Xinhua) -- ",
    # "Berlin (Reuters) - ", "BERLIN Oct 29 "
    r"|[A-ZÄÖÜ][\w/.'-]*(?:,?\s+[A-ZÄÖÜ][\w.'-]*){0,2},?\s+(?:[A-Z][a-z]{2,4}\.?\s+\d{1,2},?\s+|\d{1,2}\.\s+[A-ZÄÖÜ][a-zäöü]+\s+)?"
    r"\([A-Za-z][\w ./-]{1,30}\)\s*(?:--|[–—-])\s+(?=\S)"
    r"|[A-ZÄÖÜ]{3,}(?:\s+[A-ZÄÖÜ]{3,})?,?\s+[A-Z][a-z]{2,4}\.?\s+\d{1,2}\s+(?:--|[–—-]\s+)?(?=[A-Z])"
    # "Beijing, Oct 5 - ", "Brussels, March 3, 2025 — "
    r"|[A-ZÄÖÜ][\w.'-]*(?:\s+[A-ZÄÖÜ][\w.'-]*){0,2},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s+(?:--|[–—-])\s+(?=[A-Z])"
    # "Brussels, 20.06.2025 - ", "Peking, 3.11.2025 – "
    r"|[A-ZÄÖÜ][\w.'-]*(?:\s+[A-ZÄÖÜ][\w.'-]*){0,2},\s+\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})\s+(?:--|[–—-])\s+(?=[A-ZÄÖÜ]))"
)


def clause_prefix(before: str) -> tuple[str, int]:
    """The part of ``before`` after the last colon or dash (a merged subheading, a lead-in)."""
    cut = max(before.rfind(": "), before.rfind(" – "))
    if cut < 0:
        return before, 0
    off = cut + 2 if before[cut] == ":" else cut + 3
    return before[off:], off


def content_start(text: str, cs: int, ce: int) -> int:
    """Skip a dateline ("Wien – ") and a lead-in that ends with a colon before the content."""
    seg = text[cs:ce]
    m = DATELINE.match(seg)
    if m:
        cs += m.end()
        seg = text[cs:ce]
    i = seg.rfind(": ")
    if i > 0 and i + 2 < len(seg) and seg[i + 2].isupper():
        cs += i + 2
    return cs


# (opening, closing) quotation marks: English, German, French and German-style guillemets
_MARK_PAIRS = (("“", "”"), ("„", "“"), ("«", "»"), ("»", "«"))


def trim_span(text: str, s: int, e: int) -> tuple[int, int]:
    """The span without the spaces, punctuation and quotation marks around it; a quotation
    mark that closes one opened inside the span stays (“should "remain partners".” keeps
    its closing mark), and so does one that opens a quotation closed inside it."""
    while s < e and (text[s].isspace() or text[s] in ",:;\"'„“”«»‚‘’"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ".,;:!?\"'“”„«»‘’"):
        e -= 1
    if e < len(text) and text[e] in "\"”“»«" and _opens_inside(text[s:e], text[e]):
        e += 1
    elif s > 0 and text[s - 1] in "\"“„«»" and _closes_inside(text[s:e], text[s - 1]):
        s -= 1
    return s, e


def _opens_inside(span: str, closing: str) -> bool:
    if closing == '"':
        return span.count('"') % 2 == 1
    return any(c == closing and span.count(o) > span.count(c) for o, c in _MARK_PAIRS if o != c)


def _closes_inside(span: str, opening: str) -> bool:
    if opening == '"':
        return span.count('"') % 2 == 1
    return any(o == opening and span.count(c) > span.count(o) for o, c in _MARK_PAIRS if o != c)


def dedupe(quotes: list[QuoteSuggestion]) -> list[QuoteSuggestion]:
    out: list[QuoteSuggestion] = []
    for q in quotes:
        if out and q.start < out[-1].end:
            prev = out[-1]
            inter = min(q.end, prev.end) - q.start
            if inter > 0.5 * min(q.end - q.start, prev.end - prev.start):
                if (q.kind == "direct" and prev.kind != "direct") or q.confidence > prev.confidence:
                    out[-1] = q
                continue
        out.append(q)
    return out
