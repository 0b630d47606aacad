"""Sentence splitting for German and English press text, returning spans into the text.

Why not a library: the analyser needs offsets into the clean text (annotations anchor on
them), must know press abbreviations ("Prof.", "Mrd.", "z. B.", "U.S."), German ordinals
("am 3. Oktober") and numbers with dots ("4.300"), and must not cut a quotation in two
("„Wir investieren. Jetzt.“, sagte sie" is one sentence).  A single left-to-right scan over
candidate boundaries keeps it linear in the text length.

A boundary is a run of ``.``, ``!``, ``?`` or ``…`` (plus closing quotes/brackets) followed
by white space and a plausible sentence start, unless the word before the dot is an
abbreviation, an initial, or (German) an ordinal number.  A blank line always ends a
sentence; a single line break ends one when the line looks like a headline.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .calendar_words import MONTHS

# Abbreviations after which a dot does not end a sentence (compared lower-cased, without dot).
_ABBREV_DE = {
    "prof", "dr", "dres", "dipl", "ing", "mag", "st", "nr", "abs", "art", "bzw", "ca", "vgl", "ggf",
    "inkl", "exkl", "evtl", "usw", "etc", "mio", "mrd", "bio", "tsd", "mill", "jh", "jhd", "jahrh",
    "str", "tel", "hr", "hrn", "fr", "bd", "bde", "sog", "gegr", "geb", "verh", "max", "min", "mind",
    "rd", "zzgl", "abzgl", "insb", "bspw", "u", "z", "b", "a", "o", "d", "h", "s", "v", "chr", "mr",
    "mrs", "ms", "inc", "ltd", "co", "corp", "gmbh", "jr", "sr", "okt", "dez", "jan", "feb", "apr",
    "aug", "sept", "sep", "nov", "kap", "ziff", "lt", "gem", "zit", "hrsg", "vs", "no",
}
_ABBREV_EN = {
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "ltd", "co", "corp", "plc", "vs", "etc",
    "no", "nos", "approx", "est", "dept", "gov", "gen", "col", "capt", "lt", "sgt", "rep", "sen",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig",
    "e", "i", "u", "s", "cf", "al", "mt", "ft", "bn", "mn", "rev", "hon",
}
# Abbreviations that are often the last word of a sentence: a dot after them ends it when
# the next word is capitalised and not a number (English "Inc. said" stays one sentence).
_SENTENCE_FINAL_OK = {"etc", "usw", "inc", "ltd", "co", "corp", "plc", "gmbh"}

_CLOSERS = "\"'”’“»«」』)]›‹"
_OPENERS = "\"'„“‚‘«»「『(‹›"

# candidate: terminal punctuation run, optional closers, then white space
_CANDIDATE = re.compile(r"[.!?…]+[" + re.escape(_CLOSERS) + r"]*(?=\s)|\n[ \t]*\n|\n|[。！？]")
_WORD_BEFORE = re.compile(r"([^\W_]+)\.?$")
_NEXT_START = re.compile(r"\s*([" + re.escape(_OPENERS) + r"]?)(\S*)")

_MONTHS_LOWER = {m.lower() for m in MONTHS}


def split_sentences(text: str, language: str = "de") -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of the sentences of ``text``; white space is trimmed off each span."""
    abbrev = _ABBREV_EN if language == "en" else _ABBREV_DE
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    quote_open_at = -1  # position of an unclosed typographic opening quote
    soft_wraps = is_hard_wrapped(text)
    for m in _CANDIDATE.finditer(text):
        end = m.end()
        token = m.group(0)
        if token == "\n" and soft_wraps:
            continue  # a line wrapped at a fixed width: the sentence goes on
        if token.startswith("\n"):
            _emit(text, start, m.start(), spans)
            start = end
            quote_open_at = -1
            continue
        if token == "\n":
            # a single line break ends a headline-like line (short, no closing punctuation)
            line_start = text.rfind("\n", 0, m.start()) + 1
            prev = text[m.start() - 1] if m.start() else ""
            if m.start() - line_start < 120 and prev not in ",;:-–(" and not prev.islower():
                _emit(text, start, m.start(), spans)
                start = end
            continue
        if token in "。！？":
            _emit(text, start, end, spans)
            start = end
            continue
        if not _is_boundary(text, start, m.start(), end, token, abbrev, language):
            continue
        # Inside a typographic quotation („…“, «…», »…«) a full stop does not end the
        # sentence: the frame ("…, sagte sie") usually follows the closing mark.
        quote_open_at = _open_quote_state(text, start, end, quote_open_at)
        if quote_open_at >= 0 and end - quote_open_at < 600:
            continue
        quote_open_at = -1
        _emit(text, start, end, spans)
        start = end
    _emit(text, start, n, spans)
    return spans


_LINE_END_TERMINAL = re.compile(r"[.!?:…\"'”“»«)\]]\s*$")


def is_hard_wrapped(text: str) -> bool:
    """The text is wrapped at a fixed line width (wire copy, e-mail, PDF text), so a single
    line break is a soft wrap, not the end of a headline or paragraph.

    Evidence: most lines that are followed by another line of the same paragraph end
    without sentence punctuation, and there are several of them.  A paste with one
    paragraph per line (every line a complete sentence) is not hard-wrapped.
    """
    lines = text.split("\n")
    inside = 0
    open_ended = 0
    for line, nxt in pairwise(lines):
        if not line.strip() or not nxt.strip():
            continue
        inside += 1
        if not _LINE_END_TERMINAL.search(line) and 25 <= len(line) <= 100:
            open_ended += 1
    return open_ended >= 5 and open_ended >= 0.6 * inside


def paragraph_break(text: str) -> str:
    """What separates two paragraphs of ``text``: a blank line where the text has any, else a
    single line break ("one paragraph per line", as many pastes and feeds come) unless the
    lines are wrapped at a fixed width."""
    if "\n\n" in text or is_hard_wrapped(text):
        return "\n\n"
    return "\n"


_TYPO_OPEN = {"„": "“", "»": "«", "«": "»", "「": "」"}


_TYPO_MARK = re.compile("[" + "".join(sorted(set(_TYPO_OPEN) | set(_TYPO_OPEN.values()))) + "]")


def _open_quote_state(text: str, start: int, end: int, current: int) -> int:
    """Position of a typographic quote opened in text[start:end] and not closed there, else -1.

    Only the quotation marks are visited (a regex scan), not every character: this runs
    once per sentence candidate and was a tenth of the whole analysis time as a loop.
    """
    depth_at = -1
    closer = ""
    for m in _TYPO_MARK.finditer(text, start, end):
        i, ch = m.start(), m.group()
        if depth_at < 0 and ch in _TYPO_OPEN:
            # » … « (German) and « … » (French/Swiss) use the same characters the other way round
            depth_at, closer = i, _TYPO_OPEN[ch]
        elif depth_at >= 0 and ch == closer:
            depth_at = -1
    return depth_at


def _is_boundary(text: str, sent_start: int, punct_start: int, end: int, token: str,
                 abbrev: set[str], language: str) -> bool:
    nxt = _NEXT_START.match(text, end)
    opener, next_word = (nxt.group(1), nxt.group(2)) if nxt else ("", "")
    if not next_word and not opener:
        return True  # end of text
    first = next_word[:1] if next_word else ""
    if token[0] in "!?…" or "!" in token or "?" in token:
        # "Kaufen Sie Kupfer!, schließt er" has a comma after the mark: not a boundary
        return not first or first.isupper() or first.isdigit() or bool(opener)
    # a plain dot (possibly followed by closing quotes)
    before = text[max(sent_start, punct_start - 40):punct_start]
    wm = _WORD_BEFORE.search(before)
    word = wm.group(1) if wm else ""
    lw = word.lower()
    if first and first.islower() and not opener:
        return False  # "Prof. … u. a. wenn", "am 5. und 20."
    if first in ",;:":
        return False
    if token == "." and word:
        if word.isdigit():
            # German ordinal or date: "am 3. Oktober", "13. Oktober", "22.09."
            if language != "en" and len(word) <= 2:
                return False
            if next_word.rstrip(".,").lower() in _MONTHS_LOWER:
                return False
        if len(word) == 1 and word.isalpha():
            return False  # initials and "z. B." / "U.S."
        if lw in abbrev:
            if lw in _SENTENCE_FINAL_OK and first.isupper() and not next_word[:1].isdigit():
                return language != "en" or _looks_like_sentence_start(next_word)
            return False
        # dotted acronyms "U.S." / "z.B." / "i.e."
        if re.search(r"(?:\b[^\W\d_]\.){2,}$", text[max(sent_start, punct_start - 10):punct_start + 1]):
            return _looks_like_sentence_start(next_word)
    return True


def _looks_like_sentence_start(word: str) -> bool:
    return word[:1].isupper() and word.lower() in {"the", "a", "an", "it", "he", "she", "they", "we", "but", "in", "this"}


def _emit(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
