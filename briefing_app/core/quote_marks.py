"""Quotation-mark pairs in a text, in every common style („…“ “…” "…" «…» »…« ‚…‘ '…' 「…」).

Pairs are found over the whole text before sentences are read, because a quotation may
span several sentences and its frame ("…", sagte sie / she said: "…") sits outside it.
An opening mark without its close ends at the next opening mark (BBC-style paragraph
continuations) or at the paragraph end; apostrophes and scare quotes of a few characters
are not taken as quotations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .sentences import paragraph_break

_PAIRS = {"„": "“", "“": "”", "«": "»", "»": "«", "‚": "‘", "「": "」", "『": "』", "‘": "’", "”": "”"}
# closing marks taken when the proper one never comes: pasted and re-typeset texts mix styles
# („…”, „…", "…“, “…“, ”…”), so a mark in closing position (after a word, before a space or
# punctuation) ends the quotation
_SLOPPY_CLOSERS = {"„": "”\"", "“": "“\"", "\"": "“”", "”": "“\"", "‚": "’"}
OPENING_MARK = re.compile(r"[„“”«»‚‘「『\"']")


@dataclass
class Marked:
    open: int
    close: int  # index of the closing mark (or content end when unclosed)
    start: int  # content span
    end: int


def find_marked(text: str, language: str) -> list[Marked]:
    """Quotation-mark pairs; an opening mark without a close ends at the next opening mark
    (BBC paragraph continuations) or the paragraph end."""
    brk = paragraph_break(text)
    out: list[Marked] = []
    n = len(text)
    i = 0
    para_end = -1  # the next paragraph break at or after the current opening (openings only move forward)
    while i < n:
        m = OPENING_MARK.search(text, i)
        if not m:
            break
        o = m.start()
        ch = text[o]
        if not _is_opening(text, o, ch, language):
            i = o + 1
            continue
        close_ch = _PAIRS.get(ch, ch)
        if (ch == "“" and language == "de") or (ch == "‘" and language != "en"):
            i = o + 1
            continue  # a German closing mark seen first: not an opening
        j = o + 1
        limit = min(n, o + 3000)
        if para_end < o:
            para_end = text.find(brk, o)
            if para_end < 0:
                para_end = n
        limit = min(limit, para_end)
        close = -1
        while j < limit:
            c = text[j]
            if (c == close_ch and (ch not in "\"'‘" or _is_closing(text, j))
                    and not (ch in "'‘" and j + 1 < n and text[j + 1].isalpha())
                    and not (ch in "'‘" and _plural_possessive(text, j, close_ch, limit))):
                close = j
                break
            if ch == "\"" and c == "\"" and _is_opening(text, j, c, language) and not _is_closing(text, j):
                break  # new paragraph-continuation opening
            if ch in "„“«»「" and c in "„«»「" and c != close_ch and c == ch:
                break
            j += 1
        if close < 0 and ch in _SLOPPY_CLOSERS:
            for j2 in range(o + 2, j):
                if text[j2] in _SLOPPY_CLOSERS[ch] and _is_closing(text, j2):
                    close = j2
                    break
        if close < 0:
            runs_on = ch == "“" and language == "en" and text.startswith("“", _next_paragraph(text, j, brk))
            # a closing mark lost in copying: the quotation still ends with its sentence at the
            # paragraph end ("Li said: “We will invest more.⏎⏎")
            lost_close = j >= limit and limit == para_end and text[o + 1:limit].rstrip()[-1:] in (".", "!", "?") \
                and not OPENING_MARK.search(text, o + 1, limit)
            if ch in "'‘" or (j >= limit and ch not in "\"" and not runs_on and not lost_close):
                i = o + 1
                continue
            end = j
            while end > o + 1 and text[end - 1].isspace():
                end -= 1
            if end - (o + 1) < 15:
                i = o + 1
                continue
            out.append(Marked(o, end, o + 1, end))
            i = j
            continue
        s, e = o + 1, close
        # a trailing comma belongs to the frame ("…required," said)
        while e > s and text[e - 1] in ", \u00a0":
            e -= 1
        while s < e and text[s].isspace():
            s += 1
        if e > s:
            out.append(Marked(o, close, s, e))
        i = close + 1
    return out


def _plural_possessive(text: str, j: int, close_ch: str, limit: int) -> bool:
    """Whether the single mark at ``j`` is the apostrophe of a plural possessive inside single
    quotation marks (‘The firms’ confidence is low,’ he said): "s’" before a lower-case word,
    with the quotation's own closing mark after punctuation still to come."""
    if text[j - 1] != "s" or not text.startswith(" ", j + 1) or not text[j + 2:j + 3].islower():
        return False
    k = text.find(close_ch, j + 1, limit)
    while k > 0:
        if text[k - 1] in ",.!?":
            return True
        k = text.find(close_ch, k + 1, limit)
    return False


def _next_paragraph(text: str, i: int, brk: str) -> int:
    """Start of the paragraph after position ``i`` (or the text's end)."""
    j = text.find(brk, i)
    if j < 0:
        return len(text)
    while j < len(text) and text[j].isspace():
        j += 1
    return j


def next_opening(text: str, start: int, end: int, language: str) -> int:
    """Position of the next real opening quotation mark in ``text[start:end]`` (an apostrophe
    as in "company's" is none), or -1."""
    for m in OPENING_MARK.finditer(text, start, end):
        if _is_opening(text, m.start(), m.group(), language):
            return m.start()
    return -1


def _is_opening(text: str, i: int, ch: str, language: str) -> bool:
    if ch in "„«‚「『":
        return True
    if ch == "»":
        return language == "de" or (i + 1 < len(text) and not text[i + 1].isspace())
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if ch == "”":
        return (prev.isspace() or prev in "([") and nxt.isalnum()  # ”…” (one mark for both ends)
    if ch in "'‘":
        return (prev.isspace() or prev in "(\"“[—–-:") and nxt.isalnum()
    if (prev.isspace() or prev in "([—–-:/") and not nxt.isspace():
        return True
    if ch in "\"“" and prev in ",:" and nxt.isupper():
        return True  # a space lost after the frame: 'he said,"We …', 'he said,“We …'
    # a pasted text with spaces inside the marks: " We are … , "
    return ch in "\"“" and (prev.isspace() or not i) and nxt == " " and text[i + 2:i + 3].isupper()


def _is_closing(text: str, j: int) -> bool:
    prev = text[j - 1] if j else " "
    nxt = text[j + 1] if j + 1 < len(text) else " "
    if prev == " " and j >= 2 and text[j - 2] in ".,!?" and (nxt.isspace() or nxt in ".,;:"):
        return True  # the closing mark of " … , "
    if prev in ",.!?" and nxt.isalpha():
        return True  # a space lost after the mark: '…,"said Li',
    return not prev.isspace() and (nxt.isspace() or nxt in ".,;:!?)]-–—'\"")
