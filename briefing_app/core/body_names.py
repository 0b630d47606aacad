"""Bodies a text names by a description's head word, for a description that speaks.

"the ministry" is the "Ministry of Commerce" written before it, "das Ministerium" the
"Handelsministerium", "the embassy" "the Chinese embassy", "die Kammer" "die Deutsche
Industrie- und Handelskammer": the speaker resolver asks this when no body with that word
has spoken yet (bodies that spoke are in the entity tracker).
"""

from __future__ import annotations

import re

from .name_words import is_nationality_like
from .territories import territories

#: What stands before a body's name and is no part of it.
_LEADING = re.compile(r"^(?:The|A|An|Die|Der|Das|Eine|Ein|Unsere|Ihre|Seine|Diese|Jede|Keine|Alle)\s+")
#: How far back a body's name is looked for.
_REACH = 3000


#: Descriptions whose body is named with another word: "die Notenbank" is the "Europäische
#: Zentralbank", "the regulator" the "Federal Cartel Office".
_NAMED_OTHERWISE = {
    "notenbank": ("zentralbank", "bundesbank"),
    "währungshüter": ("zentralbank", "bundesbank"),
    "aufsicht": ("aufsichtsbehörde", "finanzaufsicht", "amt", "behörde"),
    "behörde": ("amt", "agentur", "ministerium", "aufsicht"),
    "authority": ("office", "agency", "administration", "commission"),
    "wettbewerbshüter": ("kartellamt", "kommission"),
    "regulator": ("office", "authority", "agency", "commission"),
    "watchdog": ("office", "authority", "agency", "commission"),
}


def named_body_before(text: str, lang: str, pos: int, head: str) -> str | None:
    """The body last named before ``pos`` with the description's ``head`` word (or a word
    the same kind of body is named with), or None."""
    found = _named_with(text, lang, pos, head)
    for other in _NAMED_OTHERWISE.get(head.lower(), ()) if found is None else ():
        found = _named_with(text, lang, pos, other)
        if found is not None:
            break
    return found


def _named_with(text: str, lang: str, pos: int, head: str) -> str | None:
    if lang == "en":
        # "the Ministry of Commerce"; "the Chinese embassy" (a people's or a country's body)
        named = _last_written(text, pos, head.capitalize(), r"(?<![\w-])(?:[A-Z][\w&'’-]*\s+){0,3}" +
                              re.escape(head.capitalize()) + r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w&'’-]*"
                              r"(?:\s+[A-Z][\w&'’-]*){0,3})?")
        country = _last_written(text, pos, head.lower(), r"(?<![\w-])(?:[A-Z][\w&'’-]*\s+){1,2}" +
                                re.escape(head.lower()) + r"(?![\w-])")
        if country is not None:
            before = _LEADING.sub("", country[1]).split()[:-1]
            if not before or not all(is_nationality_like(w) or w.rstrip("'’s") in territories() for w in before):
                country = None  # "In Berlin embassy staff …" names no body
        found = max((m for m in (named, country) if m is not None), default=None)
    else:
        # the compound with the adjective and the pair of words the name has ("Deutsche Industrie-
        # und Handelskammer"), or the word itself after the name's adjectives ("Europäische Zentralbank")
        compound = _last_written(text, pos, head.lower(), r"(?<![\w-])(?:[A-ZÄÖÜ][\w]*(?:e|en|er|es)\s+)?"
                                 r"(?:[A-ZÄÖÜ][\w]*-\s+(?:und|oder)\s+)?[A-ZÄÖÜ][\w-]*" +
                                 re.escape(head.lower()) + r"(?![\w-])")
        adjectives = _last_written(text, pos, head.capitalize(), r"(?<![\w-])(?:[A-ZÄÖÜ][\w]*(?:e|en|er|es)\s+){1,2}" +
                                   re.escape(head.capitalize()) + r"(?![\w-])")
        found = max((m for m in (compound, adjectives) if m is not None), default=None)
    if found is None:
        return None
    name = _LEADING.sub("", found[1]).strip()
    return name if name.lower() != head.lower() else None


def _last_written(text: str, pos: int, key: str, pattern: str) -> tuple[int, str] | None:
    """Where and as what ``pattern`` last matches in the text before ``pos``, around the last
    ``key`` (a cheap test first; the pattern runs only near it)."""
    lo = max(0, pos - _REACH)
    i = text.rfind(key, lo, pos)
    if i < 0:
        return None
    near = max(lo, i - 120)
    last = None
    for m in re.finditer(pattern, text[near:pos]):
        if _LEADING.sub("", m.group(0)).strip().lower() != key.lower():
            last = m  # the head word alone ("the Commission said") names nothing more
    return (near + last.start(), last.group(0)) if last is not None else None
